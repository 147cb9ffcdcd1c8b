package facets

import (
	"slices"
	"strings"
)

// A bare ضربات is a strike only in war: followed by what it strikes with or
// for, it is a heatstroke ("ضربات الشمس" in a Hajj health campaign), a
// heartbeat ("ضربات القلب"), a tennis serve ("ضربات الإرسال") or a security
// campaign's pre-emptive arrests ("الضربات الأمنية الاستباقية التي تستهدف
// القيادات الوسطى للإخوان"، "ضربات استباقية للجيش المصري ضد الإرهاب" whose
// toll is of raids). Of the corpus articles whose shelling rested on bare
// ضربات alone, half were one of these; none of them is told with a weapon.

var (
	// bareStrikeNouns are the plural strike nouns of the evShelling
	// triggers (not قصف, which is always fire).
	bareStrikeNouns = wordSet("ضربات الضربات")
	// strikeSenses follow a bare ضربات that is no fire: the sun, the
	// heart, a serve, a security campaign, a pre-emption; lightning, a
	// cane, a header, a penalty shoot-out.
	strikeSenses = wordSet("الشمس شمس القلب قلب قلبه قلبها قلبك قلبي الارسال ارسال الامنيه امنيه الاستباقيه استباقيه " +
		"البرق برق بعصا بالعصا الراسيه راسيه صوتيه الجزاء جزاء الترجيح ترجيح")
	// strikeBlows are the adjectives of blows a side deals or takes in a
	// campaign ("ضربات قاصمة"، "ضربات موجعة لعصابات درنة"، "ضربات متتالية
	// تعصف بالنشاط الصناعي"، "الضربات القوية لمنافسه الروسي"): they
	// grade a blow, never name a weapon.
	strikeBlows = wordSet("قاصمه القاصمه قاهره موجعه الموجعه مؤلمه المؤلمه متتاليه المتتاليه متلاحقه المتلاحقه قويه القويه")
	// blowsTaken before a bare ضربات tell blows a side gives way under or
	// takes ("فروا ... تحت ضربات المقاومة"، "على وقع ضربات قوات
	// المقاومة"، "عدم قدرتها على الصمود أمام الضربات المتواصلة"، "التي
	// تلقت ضربات قوية"، "التي تتوالى الضربات عليها").
	blowsTaken = wordSet("تحت وقع امام تلقت تلقى يتلقى تتلقى تلقيت تلقوا تتوالى")
	// ownStrikes are the bare ضربات with a possessive pronoun, the blows
	// of a side told before: "تواصل عملياتها الأمنية وضرباتها الاستباقية
	// لأوكار الإرهاب"، "رجال الأمن ... وضرباتهم الموجعة لهم". They take
	// the same senses and grades as the bare noun. Looked up whole after
	// stripWa, so the forms with و need no entry of their own.
	ownStrikes = plainWords("ضرباتها ضرباتهم ضرباته ضرباتنا ضرباتهما")
	// blowDealers are the fighters whose blows a bare ضربات tells when
	// they stand right after it, its doer in the genitive: "للهرب من ضربات
	// مقاتلي المقاومة الشعبية". Fighters' blows are their fighting, not
	// fire from afar. With مقاتلي, the resistance and the rebels
	// (yemenResistance, read as written: is). Looked up whole.
	blowDealers = plainWords("مقاتلي")
	// condemnedStrikes govern a bare ضربات as what a draft or a state
	// condemns: "مشروع قرار روسي يدين الضربات الغربية"، "مشروع قرار إدانة
	// الضربات". With rallyPurpose ("للاحتجاج على الضربات العسكرية") the
	// strikes are the object of a protest or a vote, not fire told.
	// Looked up whole.
	condemnedStrikes = plainWords("يدين تدين ادانة لادانة")
)

// strikeSense reports a bare ضربات at i that is no fire: followed by a
// word of strikeSenses or strikeBlows (so too its possessed forms,
// ownStrikes), by fighters as its doer (blowDealers), or after a word of
// blowsTaken, in the last two unless an aircraft or a weapon follows
// ("تحت ضربات الطيران الروسي" is an air raid). Of the corpus articles whose shelling rested on bare ضربات alone,
// most were one of these (see above); none of them is told with a weapon.
func strikeSense(toks []token, i, end int) bool {
	if end != i+1 {
		return false
	}
	s := toks[i].sent
	next := end < len(toks) && toks[end].sent == s
	if ownStrikes[stripWa(toks[i].w)] {
		// "وضرباتها الاستباقية": a possessed blow graded or of a sense.
		return next && (toks[end].has(strikeSenses) || toks[end].has(strikeBlows))
	}
	if !toks[i].has(bareStrikeNouns) {
		return false
	}
	if next && (toks[end].has(strikeSenses) || toks[end].has(strikeBlows)) {
		return true
	}
	if next && (blowDealers[toks[end].w] || toks[end].is(yemenResistance)) && !strikeArmsAt(toks, end+1, s) {
		// "ضربات مقاتلي المقاومة": the fighters' blows, unless their
		// aircraft or weapon is named next.
		return true
	}
	if protestedStrikes(toks, i) {
		// "للاحتجاج على الضربات"، "يدين الضربات الغربية".
		return !strikeArmsAt(toks, end, s)
	}
	if !nearBefore(toks, i, 1, blowsTaken) {
		return false
	}
	return !strikeArmsAt(toks, end, s)
}

// protestedStrikes reports a bare ضربات at i right after a word of a
// protest's purpose (rallyPurpose: للاحتجاج، تنديدا …) or of a
// condemnation (condemnedStrikes: يدين، إدانة), with at most على between (normalized علي):
// the strikes are what people protest or a draft condemns. Over the pool
// and blind gold articles such a bare strike noun stands in 3, none coded
// shelling (2015-07-25-1190, FR-middleEast-293, blind BB-middleEast-376).
func protestedStrikes(toks []token, i int) bool {
	s := toks[i].sent
	j := i - 1
	if j >= 0 && toks[j].sent == s && toks[j].w == "علي" {
		j--
	}
	if j < 0 || toks[j].sent != s {
		return false
	}
	return toks[j].has(rallyPurpose) || condemnedStrikes[stripWa(toks[j].w)]
}

// strikeArmsAt reports an aircraft or a weapon at token j in sentence s:
// blows told by it are fire (strikeSense).
func strikeArmsAt(toks []token, j, s int) bool {
	return j < len(toks) && toks[j].sent == s && (toks[j].has(airWords) || toks[j].has(strikeAircraft) || toks[j].has(weaponWords))
}

// blowFigure reports a strike noun at k graded as a blow (strikeBlows right
// after it): "\"ضربة قوية\" من الجيش المصري للإرهابيين بسيناء"، "ضربة موجعة
// لتنظيم القاعدة في أبين". The army statements' titles grade their
// tallies so; such a blow names no weapon the fighters died by
// (killedFighters).
func blowFigure(toks []token, k int) bool {
	return toks[k].has(blowNouns) && wordAfter(toks, k, k+1, strikeBlows)
}

// blowNouns are the strike nouns a blow's adjective may grade.
var blowNouns = wordSet("ضربه الضربه ضربات الضربات")

// A weapon's adjective names no attack after a word of medicine or of the
// mind: chemotherapy ("العلاج الكيميائي في آخر العمر لا يحمل أي منفعة"،
// "جلسات الكيماوي") and suicidal thoughts ("كان لديه ميولات انتحارية"،
// "عانت إليزابيث من أفكار انتحارية"). Health pages use them; war reports
// never put these words before a chemical or suicide attack.
var (
	chemoWords   = wordSet("العلاج علاج بالعلاج للعلاج جلسات جلسه جرعات جرعه")
	suicideMinds = wordSet("ميول ميولات ميولا افكار الافكار افكارا نزعه نزعات النزعه")
	// battlefields before a fighting word name the place where wars are
	// fought, not a fight of the news: "الزج بالنساء في ساحات القتال"،
	// "ثلاث تعتبر ساحات قتال ومعارك"، "لم يسبق أن شهدتها ساحات المعارك"،
	// "المسلحين العائدين من ميادين القتال". In the corpus 150 articles
	// hold one, nearly all as a figure, a gun maker's boast or a
	// recruit's story; a fight that took place is told with its own verb.
	battlefields = wordSet("ساحه ساحات ميدان ميادين")
	// showNouns are the تظاهرة nouns, which besides a demonstration name a
	// show or a festival; showDomains after them tell the festival: "تعيش
	// المدينة المنورة تظاهرة اجتماعية واحتفالية"، "أكبر تظاهرة اقتصادية
	// للتمور"، "تظاهرة ثقافية أدبية"، "تظاهرة رياضية"، "وتظاهرة علمية
	// ضخمة". In the corpus's 25 articles with one of them, none is a
	// protest ("تظاهرة كبرى رفضا لها" is, and كبرى is no domain). Not
	// after احتجاجات: "احتجاجات اجتماعية" are protests. A show of the mind,
	// of music, of the Mediterranean or of the Koran is one too: "شكلت
	// تظاهرة فكرية للملمة جراح الحادث" (tweets condemning the Asir mosque
	// bombing, aud41b)، "هذه التظاهرة الموسيقية الفريدة من نوعها في
	// تونس"، "لجنة تحكيم هذه التظاهرة المتوسطية"، "هذه التظاهرة القرآنية".
	showNouns = wordSet("تظاهره تظاهرات التظاهره التظاهرات")
	// showFestive in a show noun's sentence tell the festival by its
	// name's kin, with no domain word after the noun: "تظاهرة "آرت بروكسل"
	// في بلجيكا التي تحتفي بالفن المعاصر" (round 44's blind sample b)،
	// "ستة ملايين نخلة تشكل تظاهرة عالمية عبر مهرجان «تمورنا ذهب»". Not
	// with a word that tells a protest's aim (showProtestCues): "تظاهرة ضد
	// المهرجان" is one.
	showFestive     = wordSet("تحتفي يحتفي تحتفل يحتفل مهرجان المهرجان بمهرجان معرض المعرض معارض بالفن الفن للفن")
	showProtestCues = wordSet("ضد احتجاجا احتجاج للاحتجاج تنديدا للتنديد رفضا للمطالبه مطالبين تضامنا المتظاهرين متظاهرين المحتجين")
	showDomains     = wordSet("اجتماعيه ثقافيه رياضيه فنيه احتفاليه علميه اقتصاديه ادبيه سياحيه تراثيه سينمائيه شعريه كرويه تسويقيه " +
		"فكريه موسيقيه متوسطيه قرانيه")
)

// toxicWords are the words of the bare toxic-substance triggers (غازات
// سامة، الغازات السامة، مواد سامة). Unlike كيماوي or الكلور they name no
// weapon: a volcano spews them ("قذف أنهاراً من الحمم البركانية وغازات
// سامة"), trees absorb them ("امتصاص الغازات السامة"), snuff holds them
// ("يلوث هؤلاء اللاعبون أفواههم بمواد سامة"). A war uses or fires them,
// or harms people by them, told in their sentence by a word of toxicUse: "استعمل الطيران الحربي
// وصواريخ سكود وموادّ سامّة"، "استعمال الغازات السامة في سوريا". In the
// corpus every one of the bare phrases' articles without such a word was
// no attack.
var (
	toxicWords = wordSet("غازات الغازات سامه السامه مواد")
	toxicUse   = wordSet("استخدام استخدم استخدمت يستخدم تستخدم باستخدام استعمال استعمل استعملت يستعمل تستعمل باستعمال " +
		"هجوم هجمات الهجوم الهجمات هجوما قصف القصف قصفت قذائف صواريخ براميل البراميل سلاح السلاح اسلحه الاسلحه القاء بالقاء القت " +
		// or harms people by them: "لرعاية 500 مصاب بـ\"مواد سامة\""، "أعراض
		// تتفق مع التعرض لمواد سامة".
		"مصاب مصابين المصابين مصابا اصابه اصابات التعرض للتعرض تعرض تعرضوا اختناق")
)

// chemSubstances are the nouns of trade, science and health a bare chemical
// adjective (كيميائية، الكيماوية) grades when it names no weapon: "منتجات
// التنظيف التي تتضمن مواد كيميائية"، "تكليف أسامة فاروق رئيسا تنفيذيا
// للصناعات الكيميائية"، "لمخالفتها اللوائح ... من الناحية الكيميائية"،
// "التسمم الميكروبي، والتسمم الكيميائي"، "الأسمدة الكيماوية"، "للنكهات
// الكيماوية"، "الفحوص الكيميائية". A round-50 corpus audit (c50et) found
// food, cleaning, industry and health pages typed a chemical attack by
// them alone. A war's chemicals are told with their use or their victims
// in the sentence, as the bare toxic phrases are (toxicUse): "هجوم بمواد
// كيماوية هي غاز الكلور"، "استخدام المواد الكيماوية كأسلحة"، "قنابل مليئة
// بالمواد الكيميائية السامة ضربت دوما، واتهموا القوات الحكومية بشن
// الهجوم".
var chemSubstances = wordSet("مواد المواد والمواد للمواد بالمواد لمواد بمواد ومواد وبالمواد ماده الماده بماده لماده بالماده للماده وماده والماده " +
	"مركبات المركبات بالمركبات للمركبات ومركبات والمركبات مركب المركب منظفات المنظفات للمنظفات بالمنظفات اسمده الاسمده بالاسمده للاسمده " +
	"صناعات الصناعات للصناعات والصناعات صناعه الصناعه نكهات النكهات للنكهات الناحيه التركيب تركيب تركيبه التركيبه " +
	"التفاعل تفاعل التفاعلات تفاعلات الفحوصات الفحوص فحوصات فحوص العمليات التسمم تسمم والتسمم المبيدات مبيدات " +
	"منتجات المنتجات الملوثات ملوثات الخصائص التحاليل تحاليل التحليل المكونات مكونات العناصر عناصر")

// chemWarMarks tell a graded chemical a weapon though no use or attack word
// is near: a military grade, a nerve agent, a poisoning done to someone
// (تسميم, not the state تسمم of food pages): "هذا العمل الذي نفذ بواسطة
// مادة كيماوية من فئة عسكرية"، "أول تواصل ... مع مادة الأعصاب الكيماوية"،
// "المادة الكيماوية الروسية الصنع، التي سمم بها الجاسوس الروسي".
var chemWarMarks = wordSet("عسكريه العسكريه الاعصاب اعصاب للاعصاب تسميم بتسميم لتسميم سمم سمموا")

// droneCivil in a drone phrase's sentence (طائرة مسيرة، طائرة بدون طيار)
// tell a civil drone, a product or a toy, not a strike: "طائرات مسيّرة ذكية
// تتسابق في الصين"، "طائرات بدون طيار لإيصال شطائر الهمبرغر في دبي"، "تحطم
// أول طائرة روسية بدون طيار لنقل البريد"، "أول مهمة لتوصيل الطرود"، "عرض
// ضوئي باستخدام 1374 طائرة"، "أول سيرك لطائرات بدون طيار". Round 50's
// c50et audit found the racing drones typed an air strike.
var droneCivil = wordSet("لتوصيل توصيل لايصال ايصال تتسابق يتسابق سباق سباقات ضوئي ضوئيا سيرك تاكسي البريد الطرود شطائر")

// gradedSubstance reports the chemical adjective at i grading a noun of
// chemSubstances, next to it or past one word of the noun's own
// ("منتجات التنظيف الكيميائية"), in its sentence.
func gradedSubstance(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(chemSubstances) {
			return true
		}
	}
	return false
}

// weaponSense reports a chemical trigger after chemoWords, a bare toxic
// phrase (toxicWords) whose sentence tells no use or attack (toxicUse), a
// chemical adjective grading a substance (gradedSubstance) whose sentence
// tells no use or attack either, nor a mark of war (chemWarMarks), a suicide
// trigger after suicideMinds or a clash trigger after battlefields, in one
// sentence, a protest noun of showNouns before a word of showDomains
// (see above), a drone phrase whose sentence tells a civil use
// (droneCivil), and an interception phrase that names what a weapon is
// for (interceptAim).
func weaponSense(toks []token, i int, e *entry) bool {
	if slices.Contains(e.ids, "disrupted-weapons-use") && interceptAim(toks, i) {
		return true
	}
	if e.ids[0] == "peaceful-protest" {
		end := i + len(e.words)
		if end != i+1 || !toks[i].has(showNouns) {
			return false
		}
		return end < len(toks) && toks[end].sent == toks[i].sent && toks[end].has(showDomains) ||
			sentenceHas(toks, i, showFestive) && !sentenceHas(toks, i, showProtestCues)
	}
	if e.ids[0] == "air-drone-strike" {
		// Before the sentence check below: a title's drone may open its
		// sentence ("شاهد.. طائرات مسيّرة ذكية تتسابق").
		end := i + len(e.words)
		return end > i+1 && (toks[end-1].has(droneMarks) || toks[end-1].has(dronePilot)) && sentenceHas(toks, i, droneCivil)
	}
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	switch e.ids[0] {
	case "chemical-weapon":
		return toks[i-1].has(chemoWords) || e.has(toxicWords) && !sentenceHas(toks, i, toxicUse) ||
			len(e.words) == 1 && gradedSubstance(toks, i) && !sentenceHas(toks, i, toxicUse) && !sentenceHas(toks, i, chemWarMarks)
	case "suicide-bomb":
		return toks[i-1].has(suicideMinds)
	case "armed-clash":
		return toks[i-1].has(battlefields)
	}
	return false
}

// interceptAim reports an interception phrase at i that names what an air
// defence is built, bought or able to do, not an interception made: the ل
// of purpose on its verbal noun ("نظام متقدم لاعتراض الصواريخ"، "تم تطوير
// الأنظمة لاعتراض الصواريخ البالستية"، "المصمم لإسقاط صواريخ كروز"،
// "عائدا من مهمة لاعتراض طائرات") or a capacity before its على ("روسيا
// تباهت كثيرا بقدرتها على إسقاط صواريخ توماهوك"، "مدفع ليزر قادر على
// إسقاط الطائرات"). interceptedMissile already refuses the ل for the
// single verbs; this is the phrase lexicon's share. Not after a launch
// within aimReach words of the sentence ("أطلقت صاروخين لاعتراض صواريخ
// اقتربت من هضبة الجولان"): the ل is then the aim of a shot fired.
func interceptAim(toks []token, i int) bool {
	t := toks[i]
	if !t.has(interceptWords) && !t.has(repelNoun) {
		return false
	}
	s := t.sent
	if !strings.HasPrefix(strings.TrimPrefix(t.w, "و"), "ل") {
		if i < 2 || toks[i-1].w != "علي" || toks[i-2].sent != s || !toks[i-2].has(capacityWords) {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-aimReach && toks[j].sent == s; j-- {
		if toks[j].has(aimLaunch) {
			return false
		}
	}
	return true
}

// aimReach is how far before an interception of purpose a launch is read.
const aimReach = 4

var (
	// capacityWords before على tell what a weapon can do.
	capacityWords = wordSet("قادر قادره قادرين قادرون القادر القادره قدره القدره بقدره قدرتها قدرته قدرتهم بقدرتها بقدرته بقدرتهم قدرات القدرات")
	// aimLaunch are the launches whose aim the ل of purpose tells.
	aimLaunch = wordSet("اطلقت اطلق اطلقوا اطلقنا يطلق تطلق اطلاق باطلاق واطلقت واطلق")
)
