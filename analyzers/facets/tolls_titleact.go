package facets

import "slices"

// A title's act toll over a later figure. An act's one victim (toll.act:
// the title's bare قتيل, an assassination, a fate told with its pronoun)
// is the toll only of a text that gives no other figure of dead, since a
// text's own figure counts its main event more fully. But a figure that
// stands only past the lead is another event's: "الخوذ البيضاء لـCNN: قتيل
// و6 جرحى في غارات وقصف على إدلب" over "والثلاثاء الماضي، قُتل ما لا يقل
// عن 14 شخصاً" of the week's earlier raids, "المرصد السوري: قتيل في تفجير
// سيارة على طريق قاعدة للتحالف الدولي" over "من جانب آخر ... إن ستة
// أشخاص ... قتلوا في انفجار بمدينة الميادين". The title tells the news,
// and the lead that would count it more fully gives no figure ("إن رجلا
// واحدا على الأقل قتل"، "إن شخصا قتل" are not read as tolls), so the
// title's one dead stands.

// titleActStands reports an act's toll in the title while neither the
// title nor the lead (inTitleOrLead) gives a killed toll of another kind:
// the title's act is then the main event's toll, and the figures further
// down are another story's.
func titleActStands(toks []token, ts []toll) bool {
	return slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind && t.act && toks[t.tok].title }) &&
		!slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind && !t.act && sameNewsToll(toks, t.tok) })
}

// sameNewsToll reports a toll at token i that may count the title's news:
// in the title or the lead, or within the first paragraphs (maxTollPara)
// unless its sentence tells another time (otherTime: "والثلاثاء الماضي") or
// it or its paragraph opens another story (opensOtherStory: "من جانب
// آخر"). "وأفادت مراسلة العربية بمصرع شخص متأثرا بإصابته" in the second
// paragraph under "قتيل وجرحى برصاص امرأة ثم انتحارها" is the title's dead
// told again, and its count stands as before.
func sameNewsToll(toks []token, i int) bool {
	if inTitleOrLead(toks, i) {
		return true
	}
	return toks[i].para <= maxTollPara && !otherTime(toks, i) &&
		!opensOtherStory(toks, sentStart(toks, i)) && !opensOtherStory(toks, paraStart(toks, i))
}
