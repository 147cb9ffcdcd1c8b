package facets

// A story of sanctions on an armed group, or of its leaders put on a
// terror list, that tells no event: "السعودية وحلفاؤها تدرج 10 من قادة حزب
// الله على قائمة الإرهاب"، "السعودية تعلن فرض عقوبات جديدة تستهدف قادة حزب
// الله". The golds code the group where some sentence tells its war, in the
// article's own voice or a profile of the listed ("يقاتل حزب الله إلى جانب
// قوات النظام السوري"، "تدخل حزب الله في الحرب الأهلية السورية"), and leave
// it out where its role is only the designating statement's charge ("يطيلون
// أمد المعاناة الإنسانية في سوريا") — the agreed kind under ruling rul45d-3
// (testdata/adjudication/README.md).

// designationWords put a group or its leaders on a terror list; titleHas
// reads them under their proclitics too ("بإدراج"، "وبتصنيف").
var designationWords = wordSet("تدرج يدرج أدرجت أدرج إدراج تصنف يصنف صنفت تصنيف")

// sanctionsTitle reports a title of sanctions or a terror listing, not of
// an election: "مقاعد نيابية أكثر لحزب الله.. تعني عقوبات أميركية إضافية"
// is the party's seats (AL-internationalNews-954, the title guard of
// TestActorPoliticalMilitia), which politicalMilitias reads as before.
func sanctionsTitle(toks []token) bool {
	return titleHas(toks, sanctionWords, designationWords) && !titleHas(toks, electionWords)
}

// warTold reports a mention of the actor id whose sentence tells fighting,
// a militia's war or harm (fightWords, militiaWarWords, harmWords) and
// names Syria, its regime or a Syrian place: "يقاتل حزب الله إلى جانب قوات
// النظام السوري"، "والذي لعب دوراً حاسماً في قتل أكثر من 500 ألف مدني في
// الحرب السورية". The charge "يطيلون أمد المعاناة الإنسانية في سوريا،
// ويأججون العنف" names no such word.
func warTold(toks []token, ms []mention, id string) bool {
	for _, m := range ms {
		if m.e.kind != kindActor || m.e.ids[0] != id {
			continue
		}
		if (sentenceHas(toks, m.start, fightWords) || sentenceHas(toks, m.start, militiaWarWords) || sentenceHas(toks, m.start, harmWords)) &&
			syriaInSentence(toks, ms, m) {
			return true
		}
	}
	return false
}
