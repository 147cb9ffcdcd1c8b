package facets

// Civilians told only by the place an attack struck. "نفذت اعتداءات
// انتحارية ... وأوقعت 13 قتيلاً وعشرات الجرحى مستهدفة ثلاث كنائس"،
// "استهدفوا الجمعة حافلة ركاب ايرانية ... ما أدى الى مقتل السائق": the
// dead are counted by a toll, and the only word that says who they were is
// the church, the market or the bus the attackers chose. A civilian place
// named as an attack's object, in a sentence that counts dead or wounded,
// stands for the civilians hit there, as "الأحياء السكنية" shelled does
// (residentialMentions).

var (
	// civilianSiteWords name places where civilians, not forces,
	// gather: churches, markets, schools, hospitals, restaurants,
	// hotels, buses. Not mosques: in this corpus the mosque most
	// attacked is the one inside the Asir emergency forces' base
	// ("استهدف مسجداً تابعاً لمقر قوات الطوارئ"), whose dead were
	// soldiers, and its worshippers are counted by "المصلين" anyway.
	civilianSiteWords = wordSet("كنيسة الكنيسة كنائس الكنائس " +
		"سوق السوق سوقا أسواق الأسواق مدرسة المدرسة مدارس المدارس مستشفى المستشفى مستشفيات المستشفيات " +
		"مطعم المطعم مطعما مقهى المقهى فندق الفندق فندقا حافلة الحافلة حافلات الحافلات")
	// siteTargetVerbs before a place make it the attack's object:
	// "مستهدفة ثلاث كنائس"، "استهدفوا الجمعة حافلة". Not "أصاب",
	// "سقط" or "طال" (strikeVerbs): a shell that "fell near" a school
	// names where, not what, it aimed at.
	siteTargetVerbs = wordSet("استهدف استهدفت استهدفوا يستهدف تستهدف مستهدفا مستهدفة مستهدفين قصفت قصفوا يقصف تقصف هاجم هاجمت هاجموا يهاجم تهاجم")
	// siteForceWords right after a place make it a force's own: "مسجد
	// قوات الطوارئ"، "مستشفى عسكري".
	siteForceWords = wordSet("قوات القوات الجيش الشرطة الطوارئ عسكري عسكرية العسكري العسكرية الأمن")
	// siteForceVictimWords in the sentence make the people at the place
	// a force's ("إصابة 18 مجندا بالشرطة في انفجار استهدف حافلة"،
	// "استهدف حافلة لنقل عناصر من الأمن الرئاسي") or the toll a
	// battle's ("مقتل عشرات التونسيين في ساحة المعركة"). Not "الشرطة"
	// alone: the police are as often who tells of the attack ("أفادت
	// الشرطة الإندونيسية ... التي استهدفت 3 كنائس").
	siteForceVictimWords = wordSet("مجند مجندا مجندين مجندون عناصر جنود جندي جنديا جنديين ضباط ضابط عسكريين شرطي شرطيا شرطيين رجال المعركة معركة")
	// exposedFireNouns after a word of undergoing (exposedTo,
	// events_aircraft.go) name the fire a place took: "مستشفى يتعرض
	// للقصف"، "إحدى المستشفيات الـ13 التي تعرضت للقصف".
	exposedFireNouns = wordSet("للقصف لقصف لغارة لغارات للغارات لهجوم للهجوم لهجمات لاستهداف للاستهداف")
	// civilianSiteEntry is the civilians entry such a place stands for.
	civilianSiteEntry = &entry{words: []string{"site"}, kind: kindActor, ids: []string{"civilians"}, weak: true}
)

// civilianSiteMentions returns a civilians mention for each civilian place
// named as an attack's object that no lexicon mention covers: a targeting
// verb within three words before it ("استهدفت ثلاث كنائس"), or an attack
// word (attackOnWords) within three words before على or ضد right before it
// ("هجوم مسلح على حافلة"). "أي" before the attack makes it hypothetical;
// a force word after the place makes it the force's, and forces or a
// battle in the sentence make the toll theirs (siteForceVictimWords). A
// year or "منذ" (sinceWords, events.go) in the sentence makes the attack an earlier one the story
// recalls ("الهجوم الذي وقع في ديسمبر ... 2016 عندما هاجم قائد شاحنة
// سوقا"): background, as the golds code such tolls.
func civilianSiteMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, civilianSiteWords, func(i int) (*entry, int) {
		if siteStruck(toks, i) {
			return civilianSiteEntry, i + 1
		}
		return nil, 0
	})
}

// siteStruck reports the place at token i named as an attack's object, as
// civilianSiteMentions reads it: a targeting verb within three words before
// it, an attack word before على or ضد right before it, or a word of
// undergoing after it; not where siteForceOrPast rules the place out.
func siteStruck(toks []token, i int) bool {
	if siteForceOrPast(toks, i) {
		return false
	}
	s := toks[i].sent
	if siteExposed(toks, i) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s; j-- {
		if toks[j].has(siteTargetVerbs) && !nearBefore(toks, j, 4, noneWords) {
			return true
		}
		if toks[j].has(attackPrepositions) {
			return j == i-1 && nearBefore(toks, j, 3, attackOnWords) && !nearBefore(toks, j, 5, noneWords)
		}
	}
	return false
}

// siteForceOrPast reports a place at token i whose toll is no civilians'
// of the news, however the attack is told: a force's own place ("مستشفى
// عسكري"), forces or a battle in the sentence (siteForceVictimWords), or
// an earlier attack the sentence dates by a year or "منذ". siteStruck and
// blastAtPlace (actors_civgathering.go) both ask it first.
func siteForceOrPast(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(siteForceWords) ||
		sentenceHas(toks, i, siteForceVictimWords) || sentenceHas(toks, i, sinceWords) || sentenceHasYear(toks, i)
}

// siteExposed reports a civilian place at token i that a word of
// undergoing (exposedTo) within four words after it says took fire, the
// fire's noun right after that word: "بين مستشفى يتعرض للقصف" — the place
// as the attack's object told the other way round, as siteTargetVerbs
// before it tell it.
func siteExposed(toks []token, i int) bool {
	s := toks[i].sent
	for k := i + 1; k < len(toks)-1 && k <= i+4 && toks[k].sent == s; k++ {
		if toks[k].has(exposedTo) {
			return toks[k+1].sent == s && toks[k+1].has(exposedFireNouns)
		}
	}
	return false
}

// titleHasYear reports a year written in digits in the title.
func titleHasYear(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if n, ok := digits(toks[k].w); ok && isYear(n) {
			return true
		}
	}
	return false
}

// sentenceHasYear reports a year written in digits in the sentence of
// token i.
func sentenceHasYear(toks []token, i int) bool {
	return sentenceYearFrom(toks, i, 0)
}

// sentenceYearFrom reports a year written in digits, from on, in the
// sentence of token i.
func sentenceYearFrom(toks []token, i, from int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if n, ok := digits(toks[j].w); ok && isYear(n) && n >= from {
			return true
		}
	}
	return false
}

// Persons hit at a force's own place. "ما أدى إلى إصابة 3 أشخاص" where
// "الصواريخ التي استهدفت الموقع العسكري بحمص"، "قتل 3 أشخاص ... في غارة
// جوية ... على موقع لقياديين في تنظيم القاعدة"، "مقتل 26 شخصا في قصف
// بالصواريخ على مواقع عسكرية": an attack on a base, a military site or
// a group's post kills whoever holds it, and a toll of persons there is
// the force's, not civilians (the golds of fresh-7 and holdouts 16 and 21
// code none). A child or a woman named in the toll still counts
// (victimEntry), and a civilian place or homes in the sentence keep the
// persons.

var (
	// forceSiteWords name places a force holds.
	// An air base is an airport its owner word calls military: "ضربة
	// جوية استهدفت مطار التيفور العسكري ... ما أدى إلى مقتل 14 شخصاً"
	// (a bare "مطار" is an airline's).
	forceSiteWords = wordSet("موقع موقعا الموقع مواقع المواقع قاعدة قواعد مقر مقرا المقر مقرات مقار معسكر معسكرا المعسكر معسكرات ثكنة الثكنة ثكنات " +
		"مطار مطارا المطار مطارات المطارات")
	// forceSiteOwners within three words after such a place make it a
	// force's: "الموقع العسكري"، "قاعدة تياس الجوية"، "مقرا أمنيا"،
	// "موقع لقياديين في تنظيم القاعدة"، "مقر جيش بوركينا فاسو". A bare
	// "موقع" is a website or the attack's scene ("موقع تويتر"،
	// "موقع الهجوم").
	forceSiteOwners = wordSet("عسكري عسكرية العسكري العسكرية عسكريا عسكريين الجوية الجوي جوية أمني أمنيا أمنية الأمني الأمنية " +
		"جيش الجيش للجيش لقوات قوات للشرطة الشرطة لقياديين لقيادات لمسلحي للمسلحين للمتشددين لمتشددين للمتطرفين لتنظيم لميليشيا لميليشيات لمليشيا لمليشيات")
	// homeWords in the sentence say homes or a civilian place were hit
	// beside the site, and keep its persons.
	homeWords = wordSet("سكني سكنية السكني السكنية منازل المنازل منزل المنزل منزلا أحياء الأحياء حي")
	// reprisalWords between a force's place and a toll make the toll the
	// cause of the strike on the place.
	reprisalWords = wordSet("بعد بعدما غداة عقب أعقاب إثر ردا")
)

// atForceSite reports a force's place (forceSiteWords, then an owner
// word within three words) in the sentence of the persons mention m, with
// no civilian place or home beside it. A place before the persons with a
// cause word between ("تقصف تركيا مواقع تابعة لتنظيم داعش ... بعدما
// حملت المتطرفين مسؤولية التفجير الانتحاري الذي أسفر عن مقتل 32
// شخصا") is a reprisal's target, not where they died.
func atForceSite(toks []token, m mention) bool {
	s := toks[m.start].sent
	found := false
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(civilianSiteWords) || toks[j].has(homeWords) {
			return false
		}
		if found || !toks[j].has(forceSiteWords) || j < m.start && hasBetween(toks, j+1, m.start, reprisalWords) {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(toks) && toks[k].sent == s; k++ {
			if toks[k].has(forceSiteOwners) {
				found = true
				break
			}
		}
	}
	return found
}

// hasBetween reports a word of set among toks[i:j].
func hasBetween(toks []token, i, j int, set *words) bool {
	for ; i < j; i++ {
		if toks[i].has(set) {
			return true
		}
	}
	return false
}

// titleSiteLeadToll reports a civilian place mention m in the title whose
// toll the lead tells: "داعش يتبنى مسؤولية الهجمات على كنائس في إندونيسيا"
// over "عمليات استشهادية قتلت 11 شخصا على الأقل". A title is too short to
// count the dead beside the place it names, and the lead gives the count
// the title's attack left, or the paragraph after it when the lead only
// restates the title ("تبنى تنظيم داعش ... مسؤولية الهجمات التي استهدفت ثلاث
// كنائس", then the claim's count). A round-37 blind sample coded the
// churchgoers civilians; the gold guide counts worshippers and passers-by
// as such.
func titleSiteLeadToll(toks []token, m mention) bool {
	if !toks[m.start].title {
		return false
	}
	lead := leadPara(toks) + 1
	for j := m.end; j < len(toks) && toks[j].para <= lead; j++ {
		if !toks[j].title && toks[j].has(victimHarmWords) {
			return true
		}
	}
	return false
}
