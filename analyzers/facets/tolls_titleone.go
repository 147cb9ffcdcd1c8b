package facets

// A title that opens on a bare singular قتيل tells one dead: "قتيل و4 جرحى
// بحادثة طعن في باريس"، "المرصد السوري: قتيل في تفجير سيارة على طريق
// قاعدة للتحالف الدولي"، "الخوذ البيضاء لـCNN: قتيل و6 جرحى في غارات
// وقصف على إدلب السورية"، "قتيل فلسطيني آخر باحتجاجات العودة". The noun
// is itself the count, as a dual is (قتيلين = 2), but only where nothing
// counts it: at the title's start or after its source's colon, not after a
// figure ("100 قتيل") or an ordinal ("سقوط أول قتيل"). Round 47 (m47kfn)
// read the corpus's titles: some twenty open so, nearly all one death of
// the news; the body often tells it in words the toll rules lack ("ما أوقع
// قتيلا"، "إن شخصا قتل"، "قتلت القوات الإسرائيلية فلسطينيا").

// titleLoneDead reads the bare قتيل at token i, the first word of the
// title or of its part after a colon or "..", as one dead. It is an act's
// toll (toll.act), the toll only when the text gives no other: a body's
// figure is the fuller telling of the same death ("بمصرع شخص متأثرا
// بإصابته" under "قتيل وجرحى برصاص امرأة"), not a second one to add.
func titleLoneDead(toks []token, i int) (toll, bool) {
	if !toks[i].title || toks[i].w != "قتيل" {
		return toll{}, false
	}
	if i > 0 && toks[i-1].sent == toks[i].sent && !toks[i].gap {
		return toll{}, false
	}
	if i+1 < len(toks) && toks[i+1].title && !toks[i+1].gap && toks[i+1].has(loneDeadNot) {
		// "قتيل وجريح": one figure of the dead and wounded together.
		return toll{}, false
	}
	return toll{kind: killedKind, n: 1, tok: i, act: true}, true
}

// loneDeadNot are words after a title's bare قتيل that make it no count of
// one: the dead and the wounded told as one ("قتيل وجريح").
var loneDeadNot = wordSet("وجريح")
