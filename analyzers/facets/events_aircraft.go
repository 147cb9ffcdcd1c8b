package facets

import (
	"slices"
	"strings"
	"time"
)

// A strike word told with the aircraft that made it is as specific as "غارة
// جوية": "وشن طيران التحالف سبع غارات على مواقع للمتمردين"، "طيران
// التحالف استهدف أهدافا استراتيجية". Told once in a body, the bare word
// weighed as any one word and typed nothing; with its aircraft beside it,
// it weighs as a phrase does. The aircraft alone (a drone searching, a
// warplane escorting) still weigh as one word (aircraftPhrase).

// civilAviation near a strike word makes its aircraft an industry's:
// "استهداف تنمية قطاع الطيران"، "وتستهدف قطاعي السيارات والطيران
// التجاري" aim at a sector, not with aircraft.
var civilAviation = wordSet("قطاع قطاعي التجاري المدني المدنيه الركاب شركات شركه")

// exposedTo before a strike noun with ل make it one suffered ("تتعرض
// لقصف طائرات التحالف"), not a purpose.
var exposedTo = wordSet("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضها تعرضه تعرضهم لتعرض")

// strikeAircraft name the aircraft that strike.
var strikeAircraft = wordSet("طيران الطيران طائرة الطائرة طائرات الطائرات طائراتها مقاتلات المقاتلات مروحية المروحية مروحيات المروحيات")

// airStrikeTold reports a one-word strike trigger of the tokens [i, end)
// (غارات، قصف، استهدف) with an aircraft word within three words in its
// sentence, no word of civil aviation within four, and no earlier month
// of the year named in that sentence ("واتهمت دمشق في التاسع من نيسان/أبريل الطيران الإسرائيلي باستهداف
// مطار تيفور" in May is an older strike looked back on).
func airStrikeTold(toks []token, e *entry, i, end int, pub time.Time) bool {
	if len(e.words) != 1 {
		return false
	}
	if !slices.Contains(e.ids, "air-drone-strike") && !((slices.Contains(e.ids, evShelling) || slices.Contains(e.ids, evTargeted)) && nearWord(toks, i, end, 3, airWords)) {
		// A bare strike is the air's only where triggerType reads it so.
		return false
	}
	if !nearWord(toks, i, end, 3, strikeAircraft) && !airForceBefore(toks, i, 3) || nearWord(toks, i, end, 4, civilAviation) {
		// The air force named as the doer is its aircraft: "القوات
		// الجوية استهدفت ودمرت 20 هدفا"، "تمكنت القوات الجوية من استهداف
		// وتدمير عدد (7) أوكار" (see airForceBefore).
		return false
	}
	if purposeStrike(toks, i) {
		return false
	}
	return !earlierMonthTold(toks, i, pub)
}

// earlierMonthTold reports a month of the year before the publication's
// named in the sentence of token i: "واتهمت دمشق في التاسع من
// نيسان/أبريل الطيران الإسرائيلي باستهداف مطار تيفور" in May, "- 23 مارس
// 2018: دمرت مقاتلات التحالف العربي زورقين مفخخين" in a July timeline,
// an older strike looked back on.
func earlierMonthTold(toks []token, i int, pub time.Time) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if m, used := monthAt(toks, j); used > 0 && !pub.IsZero() && m < int(pub.Month()) {
			return true
		}
	}
	return false
}

// purposeStrike reports a strike word at i with the ل of purpose: "تتطلب
// مزيدا من طلعات طيران التحالف لاستهداف أرتال داعش"، "أمر يومها شمعون
// بإرسال طائرات لقصف حقول الحشيش". Not after a word of exposure
// (exposedTo: "تعرض لقصف"), where the strike was made.
func purposeStrike(toks []token, i int) bool {
	return strings.HasPrefix(toks[i].w, "ل") && (i == 0 || !toks[i-1].has(exposedTo))
}

// aircraftDowned before or after an aircraft make it the object of air
// defences, a foiling or a watch: "أسقطت الدفاعات الجوية طائرة مسيرة"،
// "إحباط هجوم إرهابي بطائرة بدون طيار"، "أقمارا صناعية وطائرات مراقبة
// وطائرات بدون طيار ... تكثف مراقبتها". Such a drone struck nothing.
var aircraftDowned = wordSet("اسقاط اسقطت اسقط اسقطوا اسقاطها اسقاطه اسقطتها يسقط تسقط اعتراض اعترضت اعترض اعترضتها اعتراضها تصدت التصدي تصدي " +
	"احباط احبط احبطت احبطوا مراقبه المراقبه للمراقبه مراقبتها استطلاع الاستطلاع للاستطلاع تجسس التجسس للتجسس")

// firedAt before "على" and an aircraft make the aircraft the target: "أطلق
// الجيش الإسرائيلي صاروخ باتريوت على طائرة بدون طيار".
var firedAt = wordSet("اطلق اطلقت اطلقوا اطلاق النار صاروخ صاروخا صواريخ باتريوت")

// aircraftGoods before an aircraft make it goods or a possession: bought,
// sold, delivered, made, held or seized ("بشأن تسليم الطائرات المقاتلة إف
// 16"، "لشراء طائرات بدون طيار من طراز بيرقدار"، "روسيا لديها عشرات
// الطائرات الحربية"، "تمكنت أمس من اكتشاف والسيطرة على طائرة مسيرة"). Counted
// over the pool and blind gold articles, an aircraft phrase told so stands
// in ten, and in none does it tell a strike: eight code no air strike, and
// the two that do (the Saada school bus, Sinai 2018) code it for strikes
// told in other sentences. Words of sending or deploying (إرسال، نشر) are
// left out: a sent aircraft is as often the strike's.
var aircraftGoods = wordSet("شراء اقتناء امتلاك تمتلك يمتلك تملك يملك لديها لديه لديهم صفقه صفقات بيع بيعها مبيعات صادرات تصدير " +
	"تسليم تسليمها تسلم تسلمت استلام تزويد تزود يزود تصنيع انتاج صنع صنعت تطوير السيطره سيطرت ضبط ضبطت الاستيلاء استولت اغتنام")

// aircraftNotStriking reports an aircraft trigger of the tokens [i, end)
// (طائرة بدون طيار، الطيران الحربي: every word an aircraft's, no strike
// word) that its sentence tells shot down, intercepted, foiled or
// watching (aircraftDowned within four words before or three after),
// fired at ("صاروخ باتريوت على طائرة بدون طيار"), or as goods
// (aircraftGoods within three words before). The aircraft alone types an
// air strike when the lead names it; these did not strike.
func aircraftNotStriking(toks []token, i, end int) bool {
	for k := i; k < end; k++ {
		if !toks[k].has(aircraftPhrase) {
			return false
		}
	}
	if nearBefore(toks, i, 4, aircraftDowned) || nearWord(toks, end-1, end, 3, aircraftDowned) || nearBefore(toks, i, 3, aircraftGoods) {
		return true
	}
	return i > 1 && toks[i-1].w == "علي" && nearBefore(toks, i-1, 3, firedAt)
}

// policeRaid words beside a bare غارة make it a raid on the ground, a
// police or immigration swoop in the sense English gives "raid": "شاهد دهس
// متظاهرة في غارة لندنية ضد مخالفي الهجرة"، "نفذت غارة الدهم". Not the
// police alone ("غارة على مقر الشرطة" in Gaza is the air's).
var policeRaid = wordSet("الدهم دهم مداهمه المداهمه انفاذ الهجره مخالفي")

// raidOnGround reports a one-word air strike trigger of the tokens [i,
// end) with a word of policeRaid within four words and no aircraft or air
// adjective in its sentence.
func raidOnGround(toks []token, i, end int) bool {
	return end == i+1 && nearWord(toks, i, end, 4, policeRaid) &&
		!sentenceHas(toks, i, strikeAircraft) && !sentenceHas(toks, i, airAdjectives)
}

// strikeFliers name the aircraft or the air force that does a strike, as
// the subject before its verb: "أن طائراته قصفت موقعاً في مجمع عسكري
// لحركة حماس"، "طائرات سلاح الجو الإسرائيلي قصفت هدفاً"، "مقاتلاته
// استهدفت عشرات المواقع". After the verb an aircraft is as often the
// target ("يستهدف الطائرة بالحجارة"، "إطلاق نار استهدف مروحية عسكرية").
var strikeFliers = union(strikeAircraft, wordList("طائراته طائراتنا مقاتلاته مقاتلاتها مروحياته مروحياتها"))

// flierPartners are the guns and ships listed beside aircraft as a
// strike's doers: "نفذت طائراته وسفنه ومدفعيته ضربات" is shelling too.
var flierPartners = wordSet("مدفعيته مدفعيتها ومدفعيته ومدفعيتها المدفعيه مدفعيه والمدفعيه سفنه سفنها وسفنه وسفنها البوارج بوارج الدبابات دبابات")

// airDoerBefore reports an aircraft or the air force (strikeFliers) within
// the four words before the strike word at i in its sentence, no gun or
// ship (flierPartners) listed between.
func airDoerBefore(toks []token, i int) bool {
	return nearBeforeUnless(toks, i, 4, strikeFliers, flierPartners)
}

// airForceWords are the two words of a state's air force, "سلاح الجو"
// (airForceNoun); the first takes و or ب or ل as any token's forms do.
var (
	airForceFirst  = wordSet("سلاح")
	airForceSecond = wordSet("الجو")
)

// airForceNear reports the air force named within three words of the
// strike word of the tokens [i, end) in its sentence: "سلاح الجو قام
// بقصف تمركزات للمجموعات الإرهابية"، "قصف سلاح الجو الإسرائيلي أهدافا".
// The air force flies; its bare strike is an air strike, which a
// round-36 blind audit found typed shelling (airWords hold its adjective
// الجوي، not the noun الجو).
func airForceNear(toks []token, i, end int) bool {
	s := toks[i].sent
	for j := max(i-4, 0); j < len(toks) && j <= end+3 && toks[j].sent <= s; j++ {
		if toks[j].sent == s && j+1 < len(toks) && toks[j+1].sent == s && (j+1 < i || j >= end) &&
			toks[j].has(airForceFirst) && toks[j+1].has(airForceSecond) {
			return true
		}
	}
	return false
}

// coalitionGround are the guns, ships and shells that make a coalition's
// strike ground or sea fire: "قصفت بوارج التحالف"، "مدفعية التحالف".
var coalitionGround = union(flierPartners, shellWords, wordList("مدفعيه مدفعي المدفعي صاروخ صواريخ الصواريخ صاروخا هاون البحريه بحريه سفينه السفن بارجه"))

// coalitionStrike reports a bare strike whose doer is the coalition
// (coalitionWords), named up to six words before it or three after in its
// sentence, with no gun, ship or shell in that sentence or the title
// (coalitionGround), and no ل of purpose (purposeStrike):
// "قيادة التحالف : قصف مقرات قيادة عبد الملك الحوثي"، "التحالف يقصف
// معسكرًا حوثيًّا قرب صنعاء"، "استهدف التحالف الدولي ... مواقع عسكرية
// حكومية". The coalitions of both wars strike from the air; a round-36
// blind audit found their bare strikes typed shelling. A force with no
// aircraft named as the doer (groundDoer) is read before this, and a bare
// استهدف still needs a weapon beside it (triggerType): "واستهدفت قوات
// التحالف في عملية نوعية الإرهابيين" tells no strike the gold types.
func coalitionStrike(toks []token, i, end int) bool {
	if !inArticle(toks, coalitionWords) || purposeStrike(toks, i) || sentenceHas(toks, i, coalitionGround) {
		return false
	}
	if titleHas(toks, coalitionGround) {
		// "قصف مدفعي مكثف على معاقل الحوثيين في صعدة" over "قصف
		// التحالف العربي ... معاقل المتمردين": the title tells the
		// weapon.
		return false
	}
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+3 && toks[j].sent == s; j++ {
		if toks[j].has(coalitionWords) {
			return true
		}
	}
	// A ground doer nearer stops the look: "التحالف: إفشال هجوم
	// حوثي-إيراني استهدف ناقلة نفط", the coalition speaks of a strike a
	// ground force made.
	return nearBeforeUnless(toks, i, 6, coalitionWords, groundDoers)
}

// raidedByAir reports a verb of destroying or raiding (evRaided) whose
// subject, the word right after it in its sentence, is an aircraft:
// "ودمر طيران التحالف العربي، دبابتين و4 مركبات عسكرية للحوثيين"، "دمرت
// مقاتلات التحالف مخزنا للأسلحة"، "أغارت طائرات التحالف على مواقع
// الحوثيين". Yemen's war reports tell the coalition's strikes so, with no
// strike word; a round-38 blind sample's Al-Anad battle typed the strike.
// A verb with another subject ("دمرت القوات دبابة") is no strike.
func raidedByAir(toks []token, i, end int) bool {
	if toks[i].has(raidNouns) {
		// The noun's word after it is its object ("بتدمير طائرات"
		// destroys aircraft): only a doer before it counts.
		return airDoerSubject(toks, i)
	}
	return end < len(toks) && toks[end].sent == toks[end-1].sent && !toks[end].gap && toks[end].has(strikeAircraft) ||
		airDoerSubject(toks, i)
}

// airRaidTold reports a verb or noun of destroying (evRaided) with its
// aircraft or air force as subject (raidedByAir): a strike told with its
// aircraft, which weighs as a phrase does, as airStrikeTold's does. "وأوضح
// البيان أن القوات الجوية دمرت 9 أهداف خاصة بالإرهابيين" is an Egyptian
// statement's air strike, told once past its lead.
func airRaidTold(toks []token, e *entry, i, end int, pub time.Time) bool {
	if !(len(e.ids) == 1 && e.ids[0] == evRaided || airAttacked(toks, i, end)) || !raidedByAir(toks, i, end) || earlierMonthTold(toks, i, pub) {
		return false
	}
	// After the verb only the aircraft in the plural or the air arm
	// (raidFliers) is firmly its subject: a singular one is as often its
	// object ("أن الجيش الروسي دمر طائرة دون طيار"), which still types
	// the strike but weighs as a word does.
	return airDoerSubject(toks, i) || end < len(toks) && toks[end].has(raidFliers)
}

// raidNouns are the noun of destroying that evRaided reads after the
// doer's قيام or قامت: "قيام القوات الجوية بتدمير سيارة دفع رباعي مفخخة".
var raidNouns = wordSet("بتدمير")

// airDoerSubject reports the aircraft or the air force named as the
// subject before a verb of destroying at i, within the three words before
// it in its sentence, or before its relative التي: "مقاتلات التحالف العربي
// دمرت أرتالا وتعزيزات للحوثيين"، "وبدعم من مقاتلاته التي دمرت 8 مركبات
// عسكرية"، "القوات الجوية دمرت 9 أهداف خاصة بالإرهابيين"، "القوات الجوية
// استهدفت ودمرت 20 هدفا"، "قيام القوات الجوية بتدمير سيارة دفع رباعي".
// Egypt's Sinai statements and Yemen's war reports tell air strikes so,
// with no strike word; a round-48 blind audit found them missed. A gun
// or ship listed between (flierPartners) makes the doer a joint force
// whose weapon is not told.
func airDoerSubject(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(passiveManner) {
		// "إن الطائرة الأولى دمرت بشكل شبه كامل في الحادث": the verb
		// is the passive, told with its manner, of an aircraft destroyed.
		return false
	}
	return nearBeforeUnless(toks, i, 3, raidFliers, flierPartners) || airForceBefore(toks, i, 3)
}

var (
	// raidFliers are the aircraft told as a destroying verb's subject
	// before it: strikeFliers but the singular aircraft, which before
	// the verb is mostly the plane destroyed ("الطائرة الأولى دمرت").
	raidFliers = wordSet("طيران الطيران طائرات الطائرات طائراتها مقاتلات المقاتلات مروحيات المروحيات طائراته طائراتنا مقاتلاته مقاتلاتها مروحياته مروحياتها")
	// passiveManner right after a verb of destroying tell it passive:
	// "دمرت بشكل شبه كامل"، "دمرت بالكامل"، "دمرت تماما".
	passiveManner = wordSet("بشكل بالكامل تماما كليا جزئيا كاملا")
)

// airForceNouns are the first words of a state's air force named as a
// noun and its adjective (airForceAdjectives): "القوات الجوية"، "القوة
// الجوية"، "سلاح الجو" is airForceNear's.
var (
	airForceNouns      = wordSet("القوات القوه قوات")
	airForceAdjectives = wordSet("الجويه")
)

// airForceBefore reports the air force (القوات الجوية، القوة الجوية، سلاح
// الجو) ending within the n words before token i in its sentence, with no
// gun or ship (flierPartners) between.
func airForceBefore(toks []token, i, n int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 1 && j >= i-n && toks[j].sent == s; j-- {
		if toks[j].has(flierPartners) {
			return false
		}
		if toks[j-1].sent == s && (toks[j-1].has(airForceNouns) && toks[j].has(airForceAdjectives) ||
			toks[j-1].has(airForceFirst) && toks[j].has(airForceSecond)) {
			return true
		}
	}
	return false
}

// sortieFlownVerbs tell sorties carried out: "نفذ"، "جرى تنفيذ 28 طلعة".
var sortieFlownVerbs = wordSet("نفذ نفذت نفذوا نفذا ينفذ تنفذ ينفذون تنفيذ بتنفيذ")

// sortieAims tell where the sorties struck or what they did: "على مواقع
// عناصر تنظيم داعش"، "أسفرت عن مقتل 36"، "مؤكدا مقتل عدد من مسلحي".
var sortieAims = wordSet("على علي اسفرت اسفر واسفرت مقتل قتل تدمير دمرت")

// sortieFlown reports sorties (evSortie) of the tokens [i, end) told
// carried out, a form of نفذ within the five words before, and aimed or
// fruitful, a target's على or a result within the five words after, in
// its sentence: "ذكر بيان لقيادة القوة الجوية العراقية إنه جرى تنفيذ 28
// طلعة جوية اليوم على مناطق العمليات"، "طيران الجيش العراقي نفذ طلعاته
// الجوية على مواقع"، "نفذ سلاح الجو الليبي ثلاث طلعات جوية، مؤكدا مقتل
// عدد من مسلحي". Iraqi, Libyan and coalition statements count their air
// strikes so, with no strike word; a round-38 blind sample's coalition
// sorties over Anbar typed nothing. A test flight ("نفذت الطائرة أكثر من
// 250 طلعة جوية لإتقان العمل")، a parade's flypast ("طلعات جوية تنفذها 64
// طائرة") or a plea ("بتكثيف الطلعات الجوية") is no strike.
func sortieFlown(toks []token, i, end int) bool {
	return nearBefore(toks, i, 5, sortieFlownVerbs) && nearAfter(toks, end-1, 5, sortieAims)
}
