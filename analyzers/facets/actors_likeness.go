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
	// تقل خطرا عن القاعدة".
	unlikeWords = wordSet("يختلف تختلف يختلفون يقل تقل")
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
