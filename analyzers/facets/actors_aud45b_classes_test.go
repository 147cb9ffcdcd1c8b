package facets

import (
	"testing"
	"time"
)

// TestActorMinorsAtProtest pins round 45's blind audit b class: minors told
// as part of a protest's toll ("41 فلسطينيا على الأقل بينهم طفل ... في
// اشتباكات"، "فلسطينيان بينهما فتى") are counted among the marchers, whom
// round 43's ruling (class 2) codes no civilians (minorsAtProtest,
// actors_civmarch.go); and a clash word of the protest ("اشتباكات") is no
// strike that makes the count another event's (marchStrikeWords). The not
// rows fail on main.
//
// Guards: a journalist counted among a protest's dead keeps civilians
// (the ruling's role outside the march: roleAmongProtestDead,
// actors_civshot.go); a man shot in a raid's clashes (marchRaidWords)
// stays the civilian holdout-14's gold codes; an infant among the dead of
// clashes (the golds' Duma arson baby,
// fresh2's 2015-08-06-312) and a toll an Israeli strike left (a strike word
// in the sentence) stay civilians; a child told in the same sentence as a
// bombing is no marcher.
func TestActorMinorsAtProtest(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-500-20180514", title: "افتتاح السفارة الأمريكية في القدس",
			text: "قتلت القوات الإسرائيلية 41 فلسطينيا على الأقل بينهم طفل في السابعة اضافة إلى نحو 1800 جريح في اشتباكات عنيفة في منطقة الجدار العازل في قطاع غزة، حسب مسؤولين فلسطينيين.",
			want: []string{"israel"}, not: []string{"civilians"}},
		{id: "AL-internationalNews-1532-20180609", title: "",
			text: "والجمعة، أعلنت وزارة الصحة الفلسطينية، مقتل أربعة فلسطينيين، بينهم طفل، وإصابة و618 آخرين، برصاص الجيش الإسرائيلي وذلك قرب السياج الأمني الفاصل بين شرقي قطاع غزة وإسرائيل، خلال مواجهات مع متظاهرين.",
			not:  []string{"civilians"}},
		{id: "FR-middleEast-472-20180515", title: "",
			text: "وصرحت \"قتل عشرات الفلسطينيين بينهم أطفال وأصيب مئات بنيران إسرائيلية خلال احتجاجات واسعة مستمرة قرب سياج غزة.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "SK-middleEast-868-20180409", title: "",
			text: "وازدادت وتيرة العنف مجددا، الجمعة، فاندلعت مواجهات لدى تظاهر الآلاف عند الحدود، حيث قتل 9 فلسطينيين، بينهم صحفي.",
			want: []string{"civilians"}},
		{id: "2015-08-06-312", title: "",
			text: "وتأتي انطلاقة المهرجان هذا العام في وقت تشهد فيه الأراضي الفلسطينية مواجهات متواصلة بين الفلسطينيين وقوات إسرائيل قتل فيها الأسبوع الماضي ثلاثة فلسطينيين أحدهم رضيع.",
			want: []string{"civilians"}},
		{id: "2015-07-23-254", title: "",
			text: "من جهة أخرى، قالت مصادر فلسطينية إن القوات الإسرائيلية قتلت فلسطينيا بالرصاص أمس الأربعاء أثناء قيامها بدهم لاعتقال ناشطين في الضفة الغربية المحتلة إذ اندلعت اشتباكات بينها وبين السكان.",
			want: []string{"civilians"}},
		{id: "made-up guard: a strike's toll", title: "",
			text: "وقتل أربعة فلسطينيين بينهم طفل في غارة جوية إسرائيلية على منزل في قطاع غزة خلال اشتباكات ليلية.",
			want: []string{"civilians"}},
		{id: "made-up guard: a bombing's toll", title: "",
			text: "قتل 12 عراقيا بينهم طفلان في تفجير سيارة مفخخة قرب تجمع للمحتجين في بغداد.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
