package facets

// A jihadist group named only as what someone else is likened to or
// called: "الحوثيون يمارسون "سلوك داعش" مع طالبات جامعة صنعاء"، "اعتبار
// منفذي العمليتين نسخة عبرية من تنظيم «داعش»" of Jewish extremists,
// "محاولة تأسيس خلافة شبيهة بتنظيم داعش"، "على غرار ما يفعله تنظيم
// داعش"، "ميليشيات لا تختلف كثيرا عن داعش"، and the Houthis' slur on
// the southern resistance, "وصف الحوثيين للمقاومة الجنوبية بأنه من
// عناصر «القاعدة ودواعش ومرتزقة»". The name measures another party's
// deeds or smears it; the group itself does nothing in the story, and the
// blind coders left it out each time (AL-internationalNews-423,
// 2015-08-03-153, aud39j's 2015-08-02-117). A group that a likeness word
// only comes near ("ما يشبه "ولاء كتابي لتنظيم داعش"", a pledge to the
// real group) is not read so: only a few filler words may stand between.

var (
	// likenessWords liken someone to the group: a copy, a conduct, a
	// resemblance, "على غرار".
	likenessWords = wordSet("نسخة نسخه نسخته النسخة سلوك السلوك بسلوك شبيهة شبيهه شبيه الشبيهة الشبيه يشبه تشبه أشبه اشبه شبيها غرار")
	// unlikeWords liken by a negated difference: "لا تختلف عن داعش"، "لا
	// تقل خطرا عن القاعدة"، and Erdogan's "أنتم لا تختلفون عن داعش" to France
	// (the second person plural and the subjunctive forms too).
	unlikeWords = wordSet("يختلف تختلف يختلفون تختلفون يختلفوا تختلفوا يقل تقل")
	// labelVerbs call someone something: "وصف الحوثيين للمقاومة ...".
	labelVerbs = wordSet("وصف وصفه وصفها وصفهم وصفت وصفوا يصف تصف يصفون يصفها يصفهم تصفهم")
	// labelThat is "بأنه" after the label verb and its object.
	labelThat = wordSet("بأنه بأنها بأنهم بانه بانها بانهم")
	// likenessFillers may stand between the likeness word and the name:
	// prepositions ("نسخة عبرية من"، "لا تختلف كثيرا عن"، "بذات السلوك في
	// تنظيمي القاعدة وداعش")، the clause of
	// "على غرار ما يفعله"، an adjective of the copy, and "من عناصر" after
	// "بأنه".
	likenessFillers = wordSet("من عن في تنظيمي ما يفعله يفعل تفعله تفعل يفعلون يقوم تقوم يقومون به بها ذات بذات كثيرا خطرا صفة عبرية عبريه يهودية يهوديه شيعية شيعيه جديدة جديده أخرى اخرى مصغرة مصغره عناصر أعضاء اعضاء")
)

// likenessMention reports a mention whose sentence likens someone to it or
// calls someone by it: a likeness word, a negated "differs" or "is less",
// or "بأنه" after a label verb, stands before it with only likenessFillers
// between (at most four words back), and no word of fighting or harm
// stands within six words of it ("سلوك داعش في ذبح الرهائن" tells the
// group's own deed).
func likenessMention(toks []token, m mention) bool {
	if likenessDeed(toks, m) {
		return true
	}
	if !inArticle(toks, likenessWords) && !inArticle(toks, unlikeWords) && !inArticle(toks, labelThat) {
		return false
	}
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-5 && toks[j].sent == s; j-- {
		t := &toks[j]
		switch {
		case t.has(likenessWords):
			return !harmNear(toks, m)
		case t.has(unlikeWords):
			return j > 0 && toks[j-1].sent == s && toks[j-1].has(negationWords) && !harmNear(toks, m)
		case t.has(labelThat):
			return nearBefore(toks, j, 6, labelVerbs) && !harmNear(toks, m)
		case t.has(likenessFillers):
			continue
		}
		return false
	}
	return false
}

// harmNear reports a word of fighting or harm within six words of m.
func harmNear(toks []token, m mention) bool {
	return nearWord(toks, m.start, m.end, 6, fightWords) || nearWord(toks, m.start, m.end, 6, harmWords)
}

// A group named only as the author of the deeds an event is likened to:
// "ورغم أن الواقعة تشبه هجمات مميتة بسيارات نفذها أنصار لتنظيم داعش"،
// "الحادث الذي يحمل بصمات هجمات فتاكة بمركبات نفذها مؤيدون لتنظيم داعش"
// of the Toronto ramming, whose officials deny any tie; "والتي تقول إنها
// تشبه دعوات تنظيم داعش عبر الفيديو لمهاجمة الشرطة" of the Liège gunman;
// "تشابه مع قنابل أخرى استخدمها حزب الله" of the Houthis' bombs. The deeds
// measure another's act, and the group does nothing in the story
// (holdout51 Q14: a comparison with a denied link is no tie; holdout41 Q63:
// a likeness is not covered by a judicial tie). Unlike likenessMention's
// reading, the harm near the name is the likened deed's own ("هجمات
// فتاكة"، "لمهاجمة الشرطة"), so no harm guard is asked; the deed noun
// between is what sets the name apart from the act told.

var (
	// hallmarkWords liken by a trace or a match, but only with a deed
	// noun after them: "تحمل بصمات تنظيم داعش" alone is an attribution.
	hallmarkWords = plainWords("بصمات بصمة تشابه تتشابه يتشابه")
	// likenedDeeds are the deeds likened: attacks, calls, bombs, methods.
	likenedDeeds = plainWords("هجمات الهجمات هجوم اعتداءات الاعتداءات عمليات العمليات دعوات الدعوات قنابل القنابل " +
		"متفجرات المتفجرات ألغام الألغام عبوات العبوات أساليب الأساليب")
	// likenedDeedFillers may stand among the deed words: the deed's
	// adjectives and means, the verb of its doing and its doers ("نفذها
	// أنصار لـ")، a relative pronoun and "مع" ("تشابه مع قنابل أخرى").
	likenedDeedFillers = plainWords("فتاكة فتاكه مميتة مميته دامية داميه أخرى اخرى مماثلة مماثله بمركبات بسيارات " +
		"نفذها نفذتها نفذه شنها شنتها استخدمها استخدمتها استعملها استعملتها يستخدمها تستخدمها " +
		"مؤيدون مؤيدو أنصار انصار موالون مناصرون التي الذي مع")
)

// likenessDeed reports a mention that names only the author of deeds a
// likeness word (likenessWords, or hallmarkWords) puts beside another
// act: walking back at most nine words in its sentence, only deed words
// (likenedDeeds, at least one) and their fillers stand between the name
// and the likeness word.
func likenessDeed(toks []token, m mention) bool {
	s := toks[m.start].sent
	deed := false
	for j := m.start - 1; j >= 0 && j >= m.start-9 && toks[j].sent == s; j-- {
		w := toks[j].w
		switch {
		case likenedDeeds[w]:
			deed = true
		case likenedDeedFillers[w]:
		case toks[j].has(likenessWords) || hallmarkWords[w]:
			return deed
		default:
			return false
		}
	}
	return false
}
