package facets

// Round 16's precision readings: people and regimes that an Arabic news
// story names without making them a party of what it tells.

var (
	// speakerVerbs open what people said or think: the reporting verbs
	// and their plural and present forms ("وقال سكان"، "ويرى سكان
	// صنعاء"، "أفاد شهود").
	speakerVerbs = wordSet("قال قالت قالوا يقول يقولون تقول أفاد أفادت أفادوا أكد أكدوا ذكر ذكروا أوضح أوضحوا أضاف أضافوا روى رووا يروي يرى ترى يرون رأى يؤكد يؤكدون وصف وصفوا")
	// quoteOneOf stand between a speaker verb and the people it quotes:
	// "وقال أحد السكان"، "وقال عدد من الأهالي".
	quoteOneOf = wordSet("أحد إحدى بعض عدد من")
	// residentReportVerbs are reporting verbs the residents of a place
	// are the subject of as often as the officials speakerVerbs serve
	// (stateSpeechVerbs, dates.go and the gazetteer read those, so they
	// stay apart): "ورجح السكان وجود ضحايا جراء القصف"، "في حين أشار
	// السكان إلى أن 25 حوثيا ... سقطوا قتلى"، "وتحدث سكان ماتارام عن
	// زلزال قوي" (round 53's blind audit aud53b and m53civ, written in
	// parallel: one set serves both).
	residentReportVerbs = wordSet("أشار أشارت أشاروا يشير تشير يشيرون رجح رجحت رجحوا يرجح يرجحون تحدث تحدثت تحدثوا يتحدث يتحدثون")
	// oneOfThemWords open an appositive that places a speaker among the
	// residents: "وقال عبد الله اسماعيل وهو من سكان المنطقة".
	oneOfThemWords = wordSet("وهو وهي")
)

// quotedPeople reports a civilians word that is the subject of a speaker
// verb right before it ("وقال سكان في العاصمة صنعاء إن طائرات التحالف
// نفذت غارات"، "ويرى سكان صنعاء القديمة"): the residents tell the news,
// as a monitor or an agency does, and are not its victims for that. The
// same people killed or hurt elsewhere in the story are other mentions.
// A preposition of attribution (attributionWords, dates.go) makes them the
// source in the same way: "أدى ... إلى مقتل أربعين شخصا، وفق مسعفين وأطباء
// محليين"، "الهجوم الذي أودى بحسب مسعفين وأطباء بحياة أكثر من 40
// شخصا"، "بحسب سكان": the medics and residents report the toll and are
// not counted in it (m48civ: Douma's AFP phrase in the pool and blind
// codings, whose golds leave civilians out by round 43's ruling 6).
func quotedPeople(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-3 && toks[j].sent == s && !toks[j+1].gap; j-- {
		if toks[j].has(speakerVerbs) || toks[j].has(residentReportVerbs) || toks[j].has(attributionWords) {
			return true
		}
		if !toks[j].has(quoteOneOf) {
			break
		}
	}
	return residentSpeaker(toks, m)
}

// residentSpeaker reports residents named in an appositive "وهو/وهي من"
// right before them whose person a reporting verb (speakerVerbs,
// residentReportVerbs) opens within four words before it, in the same
// sentence with no punctuation but the appositive's comma: "وقال عبد الله
// اسماعيل وهو من سكان المنطقة التي وقع فيها الهجوم لرويترز إنه شاهد خمسة
// من الضحايا"، "وقالت ألبنا مارواها، وهي من سكان المنطقة". The speaker is
// a witness, as "وقال سكان" makes the residents. Without the verb the
// appositive as often places the victims ("المواطن ... وزوجته ... وهم من
// أهالي قرية جمينة"), which stay.
func residentSpeaker(toks []token, m mention) bool {
	at := m.start - 2
	if at < 1 || toks[m.start-1].w != "من" || toks[m.start-1].gap || toks[m.start].gap || !toks[at].has(oneOfThemWords) {
		return false
	}
	s := toks[m.start].sent
	for j := at - 1; j >= 0 && j >= at-4 && toks[j].sent == s; j-- {
		if toks[j+1].gap && j+1 != at {
			return false
		}
		if toks[j].has(speakerVerbs) || toks[j].has(residentReportVerbs) {
			return true
		}
	}
	return false
}

// iranWords name Iran, its capital and its rulers.
var iranWords = wordSet("إيران بإيران لإيران وإيران طهران الإيراني الإيرانية الإيرانيين الإيرانيون خامنئي روحاني الخميني")

// iranRegime reports a generic government name ("النظام"، "النظام
// الحاكم"، "قوات الأمن") in an article whose title names Iran and whose
// title and lead say nothing of Syria, in a sentence that says nothing of
// Syria either: "رغم دفع النظام بتعزيزات من قوات الحرس الثوري"، in a story
// of Iran's protests, is Tehran's regime. A Syria story with Iran in its
// title ("إيران تعزز وجودها في سوريا") names Syria in its title or lead.
func iranRegime(toks []token, m mention, lead map[int]bool) bool {
	for _, w := range m.e.words {
		if syrianWords.contains(w) || syriaWords.contains(w) {
			return false // "النظام السوري" says whose it is
		}
	}
	if sentenceHas(toks, m.start, syrianWords) {
		return false
	}
	iran := false
	for i := range toks {
		t := &toks[i]
		if !t.title && !lead[t.sent] {
			break
		}
		if t.has(syrianWords) || t.has(syriaWords) {
			return false
		}
		if t.title && t.has(iranWords) {
			iran = true
		}
	}
	return iran
}

// civilianWords call people civilians outright.
var civilianWords = wordSet("مدني مدنيا مدنيين مدنيون مدنيان المدني المدنيين المدنيون المدنيان")

// protestPeople reports a civilians word that names protesters
// ("المحتجين"، "المتظاهرين") in a sentence that does not call anyone
// civilians, with no bombing or attack word within six words of it. As
// holdout-13's adjudicator codes it (Q62, and dev 2015-07-24-782),
// protesters facing security forces are not the war's civilians, and one
// who stabs a policeman ("لعملية طعن من قبل أحد المحتجين") is no victim at
// all; a crowd bombed ("تفجير انتحاري استهدف متظاهرين") is. The attack must
// stand by them (m64civ): an attack told further on in their sentence is
// another's ("التي تجمع المتظاهرين في البصرة، وقال أحدهم: ... عندما تعرض
// لقصف إيراني") or the forces' on them ("وحيت ... المتظاهرين في أصفهان ...
// الذين يتصدون لهجوم القوات القمعية").
func protestPeople(toks []token, m mention) bool {
	return toks[m.start].has(protesters) && !sentenceHas(toks, m.start, civilianWords) &&
		!nearWord(toks, m.start, m.end, 6, attackWords) && !nearWord(toks, m.start, m.end, 6, assaultWords)
}
