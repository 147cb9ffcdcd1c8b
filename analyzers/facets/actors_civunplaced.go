package facets

// Persons counted with no civilian place and no civilian word. "قتل 7
// أشخاص ... في هجوم بقنبلة على نقطة تفتيش تابعة للشرطة"، "الهجوم الذي
// استهدف مبنى حكوميا في أفغانستان، وراح ضحيته 15 شخصا"، "وذلك بعد تفجير
// انتحاري قتل 32 شخصا": an attack's dead or wounded told only as a count of
// persons (شخصا، أشخاص، شخص، قتيلا، قتلى), where the sentence names no place
// the public gathers or lives and the article nowhere names civilians,
// residents, women, children, a family, worshippers, passers-by or another
// civilian role. rul67f-2.b (adjudication README, round 67) rules such
// persons no civilians at a security or state site or where no site is
// told, and rul67f-2.c leaves an attack told as background without them;
// round 43's ruling 6 says the same of a chemical attack's persons
// (gassedPersons, actors_civgassed.go, which this generalizes). A civilian
// place in the sentence, or in the title or lead, keeps them (rul67f-2.a:
// civilianSiteMentions and gatheringSiteMentions read the place itself).
// Two kinds stay with the older readings, as the golds code them apart
// from the ruled kind: a strike or shelling in the sentence (the war's
// persons killed by jets or shells, coded both ways), and a convoy (an
// attack on a named figure, rul46a-2's kind). Over the pool and blind golds
// the veto stands in pool 0 articles coded / 6 not and blind 2 / 15, and
// moves pool 0 / 6, blind 1 / 15 (the one coded a Baghdad market named
// only deep in the article).

var (
	// unplacedSiteWords name places where the public gathers or lives:
	// civilianSiteWords' and gatheringSiteWords' places, homes, shelters,
	// houses of worship, and a few more (a stadium, a shopping street, a
	// party, prayers, a camp, a supermarket, villages, and (m67pers2) a
	// factory and a cultural centre told "مركزا ثقافيا"; an airport in
	// the persons' sentence is unplacedAirport's).
	unplacedSiteWords = union(civilianSiteWords, gatheringSiteWords, homeWords, shelterWords, worshipPlaces, worshipPlurals,
		wordList("مسجدا جامعا استاد الاستاد تجاري التجاري تجارية التجارية حفل الحفل حفلة احتفال احتفالات صلاة الصلاة مخيم المخيم مخيمات "+
			"أعراس الأعراس ملاهي سوبرماركت متجر المتجر قرى القرى قرية القرية مصنع المصنع مصنعا بمصنع مصانع المصانع ثقافيا"))
	// unplacedNamedWords name people as civilians, by the word, by kin,
	// age or sex, or by a civilian role: gassedNamedWords, childWords,
	// worshippers, families, passers-by and tourists, journalists and
	// medics, pupils and workers, and the roles below. Any of them
	// anywhere in the article leaves the persons to the other readings.
	unplacedNamedWords = union(gassedNamedWords, childWords, worshipperWords, familyVictimWords, passerbyWords, shotRoles, countedRoleWords,
		wordList("طلاب الطلاب طالب طالبا طالبة تلاميذ التلاميذ ركاب الركاب رهائن الرهائن رهينة كرهائن لاجئين اللاجئين نازحين النازحين "+
			"متظاهرين المتظاهرين محتجين المحتجين ناخبين الناخبين موظفين الموظفين موظفي زوار الزوار حجاج الحجاج مزارعا مزارعين المزارعين "+
			"سائق السائق مشجعين المشجعين ناشط الناشط ناشطا ناشطين الناشطين شبان الشبان شباب الشباب شاب شابا الأبرياء أبرياء مدنية المدنية "+
			"أطفالا طفلا فتى الفتى عامل عاملا عمال العمال مشيعين المشيعين تشييع جنازة طبيب الطبيب طبيبا اطباء الاطباء معلم المعلم معلمين "+
			"المعلمين مواطن مواطنا رجل رجلا الرجل رجال"))
	// unplacedKeepWords in the sentence keep the persons to the older
	// readings: a strike or shelling, and a convoy.
	unplacedKeepWords = plainWords("قصف القصف بقصف قصفا غارة الغارة غارات الغارات ضربة جوي جوية الجوية الجوي موكب الموكب لموكب")
	// unplacedAirportWords name an airport, unplacedMilitaryWords an air
	// base's: "مطار كابول الدولي" is a public place, "مطار تيفور العسكري"
	// (T4) is not (m67pers2).
	unplacedAirportWords  = plainWords("مطار المطار بمطار لمطار")
	unplacedMilitaryWords = plainWords("العسكري العسكرية عسكري عسكرية")
)

// personsCount reports a civilians mention that counts persons only: a
// persons word (personWords), the singular or dual person (plainPersons),
// or a bombing's or attack's toll noun (bombTollMentions,
// attackTollMentions).
func personsCount(toks []token, m mention) bool {
	e := m.e
	return personWords[e.words[0]] || e == victimEntry && toks[m.start].has(plainPersons) || e == bombTollEntry || e == attackTollEntry
}

// unplacedPersons reports a persons count m (personsCount) whose sentence
// names no public place, no civil airport and no strike, shelling or
// convoy, in an article whose title and lead name no public place, whose
// text names no civilian (unplacedNamedWords) and tells no attack's site as
// a public place deeper down (siteToldDeeper). The article-wide tests run last, and only
// at a persons count the other rules kept.
func unplacedPersons(toks []token, m mention) bool {
	if sentenceHas(toks, m.start, unplacedSiteWords) {
		return false
	}
	s := toks[m.start].sent
	airport, military := false, false
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		if unplacedKeepWords[toks[j].w] {
			return false
		}
		airport = airport || unplacedAirportWords[toks[j].w]
		military = military || unplacedMilitaryWords[toks[j].w]
	}
	if airport && !military {
		return false
	}
	return !titleLeadHas(toks, leadSentences(toks), unplacedSiteWords) && !inArticleAny(toks, unplacedNamedWords) && !siteToldDeeper(toks)
}

// unplacedSiteVerbs and unplacedSiteNouns tell an attack's site: "ووقع
// الانفجار في مركز ثقافي"، "استهدف الهجوم سوقا".
var (
	unplacedSiteVerbs = plainWords("وقع ووقع استهدف واستهدف استهدفت واستهدفت")
	unplacedSiteNouns = plainWords("الانفجار الانفجاران التفجير التفجيران الهجوم الاعتداء")
)

// siteToldDeeper reports a sentence anywhere in the article that tells the
// attack's site as a public place (m67pers2): a verb of falling or aiming
// (unplacedSiteVerbs), the blast or attack (unplacedSiteNouns) and a
// public place (unplacedSiteWords) in one sentence. 2015-07-21-1426 names
// Suruc's cultural centre so only deep in the article.
func siteToldDeeper(toks []token) bool {
	for i := 0; i < len(toks); {
		s, verb, noun := toks[i].sent, false, false
		j := i
		for ; j < len(toks) && toks[j].sent == s; j++ {
			verb = verb || unplacedSiteVerbs[toks[j].w]
			noun = noun || unplacedSiteNouns[toks[j].w]
		}
		if verb && noun && sentenceHas(toks, i, unplacedSiteWords) {
			return true
		}
		i = j
	}
	return false
}
