package facets

// The regime's spokesman as a title's speaker (rul45c-2,
// testdata/adjudication/README.md): "الجعفري بمجلس الأمن: اخذنا الاحتياطات
// إن رفض الإرهابيون بإدلب إلقاء السلاح"، "مستشارة الأسد: تركيا أدخلت
// الإرهابيين لسوريا"، "وزير سوري بارز لـCNN: لا نخاف من عمل عسكري
// أمريكي". The ruling codes the regime where the title has the government
// as speaker and the subject is its war. The lexicon does not read these
// names as the regime ("المعلم" is also a teacher; an envoy or a minister
// is whoever's), so such a title gave no id, while regimeBackdrop already
// keeps one on the same test. Only the speaker who opens the title before
// its colon counts: one quoted by another ("نائب كويتي: الجعفري زعلان")
// or met by another ("وزير خارجية البحرين عن لقائه بالمعلم") is not the
// story's voice. The war is the title's own words after the speaker:
// fighting, forces, terrorists (spokesmanWarWords, militaryWords,
// terrorLabelWords; the bare army, governmentArmy, since aud62c); without
// them the spokesman does state business ("الجعفري يؤكد لمجلس الأمن: فريق
// أمني دولي زار دوما").
//
// Assad himself opening the title is the same voice (aud62c): "بشار الأسد:
// الجيش يواجه نقصا في الطاقة البشرية"، "الأسد: الجيش متعب.. والحديث عن حل
// سياسي «بلا معنى»"، "الأسد: العملية بالغوطة ستستمر". The lexicon reads no
// bare "الأسد" (a village's name too, actors_masskiller.go), so his own
// speech on his army gave no id. The bare army is a war word here: in the
// regime's speaker's title it is his. Counted over the pool and blind golds:
// titles opened by "الأسد"، "بشار الأسد" or "الرئيس الأسد" with such a word
// after the speaker are 5 coded / 0 not; those without it are split (the
// reconstruction's cost, talks with America, a trip abroad: 8 / 3).

var (
	// regimeSpokesmanEntry is the regime named by its spokesman.
	regimeSpokesmanEntry = &entry{words: []string{"الجعفري"}, kind: kindActor, ids: []string{"syrian-government"}}
	// regimeOfficeWords open a speaker named by office: "وزير سوري"،
	// "مستشارة الأسد"، "مندوب سوريا"، "وزير الخارجية السوري".
	regimeOfficeWords = wordSet("وزير مندوب مستشارة مستشار سفير")
	// regimeOfficeOwners say the office is the regime's.
	regimeOfficeOwners = wordSet("سوري السوري سوريا سورية الأسد الاسد")
)

// regimeSpeakerSpan is how many words may open the title before its colon
// and still be one speaker: "مندوب سوريا لدى الأمم المتحدة".
const regimeSpeakerSpan = 5

// titleSpeakerEnd is where the speaker that opens a title (toks[0], a
// title token) ends: the first token after a punctuation within
// regimeSpeakerSpan words, with more of the title after it. 0 when there
// is no such punctuation (regimeSpokesmanMentions, stateSpeakerMentions).
func titleSpeakerEnd(toks []token) int {
	end := 1
	for end < len(toks) && end <= regimeSpeakerSpan && toks[end].title && !toks[end].gap {
		end++
	}
	if end > regimeSpeakerSpan || end >= len(toks) || !toks[end].title {
		return 0
	}
	return end
}

// regimeSpokesmanMentions returns a mention of Syria's government over the
// speaker that opens the title, before its first punctuation, when that
// speaker is one of regimeSpokesmen (first or second word: "وليد المعلم"),
// an office of the regime (an office word first, the regime's name
// within the speaker), Damascus speaking or Assad himself (assadSpeaker),
// and the title after the speaker names the war (the war words above, or
// the bare army, governmentArmy).
func regimeSpokesmanMentions(toks []token) []mention {
	if len(toks) == 0 || !toks[0].title {
		return nil
	}
	// The capital speaking as the state opens the title: "دمشق تدين
	// «احتلال» عفرين وتطالب «القوات الغازية» بالانسحاب". The capital
	// rules leave a speaking Damascus out (actors_capital.go); as the
	// title's speaker on its war it is the regime's voice.
	capital := capitalSpeaker(toks)
	end := 1
	if !capital {
		if end = titleSpeakerEnd(toks); end == 0 {
			return nil // no speaker before a colon
		}
	}
	speaker := capital || toks[0].has(regimeSpokesmen) || end > 1 && toks[1].has(regimeSpokesmen) ||
		toks[0].has(regimeOfficeWords) && hasBetween(toks, 1, end, regimeOfficeOwners) || assadSpeaker(toks, end)
	if !speaker {
		return nil
	}
	for j := end; j < len(toks) && toks[j].title; j++ {
		if titleWarWord(&toks[j]) {
			return []mention{{e: regimeSpokesmanEntry, start: 0, end: end}}
		}
	}
	return nil
}

// capitalSpeaker reports a title (toks[0] a title token) opened by "دمشق"
// and a speech verb right after it, with no punctuation between: the
// capital speaking as the state.
func capitalSpeaker(toks []token) bool {
	return toks[0].w == "دمشق" && len(toks) > 1 && toks[1].title && !toks[1].gap && toks[1].has(capitalSpeechVerbs)
}

// titleWarWord reports a word that makes the regime's speaker's title one
// on its war (see above): fighting, forces, terrorists or the bare army.
// syriaSpeakerMentions asks the same of the state's name (and adds the
// chemical words).
func titleWarWord(t *token) bool {
	return t.has(spokesmanWarWords) || t.has(militaryWords) || t.has(terrorLabelWords) || t.has(governmentArmy)
}

// assadSpeaker reports Assad as the speaker that opens the title, its words
// before toks[end]: "الأسد" first, or second after "بشار" or "الرئيس"
// ("بشار الأسد:"، "الرئيس الأسد:"), not a kinsman or an office of his
// ("رفعت الأسد"، "مستشارة الأسد", the latter read above).
func assadSpeaker(toks []token, end int) bool {
	if toks[0].has(bareAssad) {
		return true
	}
	return end > 1 && toks[1].has(bareAssad) && (toks[0].w == assadFirstName || toks[0].has(leaderTitles))
}

// assadFirstName is "بشار", normalized.
var assadFirstName = normName("بشار")
