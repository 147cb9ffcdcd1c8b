package facets

import (
	"testing"
	"time"
)

// TestActorCivilians36 pins two civilians classes of round 36.
//   - A definite toll noun right before a civilians word counts them among
//     the dead or hurt ("حصيلة القتلى من المدنيين"، "معظم القتلى من
//     المواطنين"، "الجرحى من المدنيين"): harmWords hold only "قتلى" and
//     "جرحى" without the article.
//   - A military air base ("مطار التيفور العسكري") is a force's site: the
//     persons a strike on it killed are its men (atForceSite).
//
// Guards: the sick counted by "المصابين", and a civil airport's dead.
func TestActorCivilians36(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2953-20180717", title: "",
			text: "كما ارتفعت حصيلة القتلى من المدنيين لأكثر من عشرة من بينهم نساء وأطفال تحت الأنقاض مع عجز شبه كامل لفرق الدفاع المدني وطواقم الإسعاف بسبب كثافة القصف.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-184-20180224", title: "",
			text: "وقال مراسل قناة \"الحدث\"، ردفان الدبيسي، إن معظم القتلى من المواطنين المدنيين.",
			want: []string{"civilians"}},
		{id: "CN-middleEast-103-20180226", title: "",
			text: "طلب الرئيس الروسي، فلاديمير بوتين، الإثنين، هدنة إنسانية يومية للعنف الذي تشهده منطقة الغوطة الشرقية في سوريا. وذكر وزير الدفاع الروسي سيرغي شويغو إن هذا التوقف سيستمر من الساعة التاسعة صباحاً وحتى الثانية ظهراً، وأن بوتين أمر بهذا لإخراج الجرحى من المدنيين، وفقاً لما نقلته الوكالة.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-931-20180415", title: "",
			text: "واتهمت دمشق وموسكو وطهران الاثنين الماضي (9 أبريل) إسرائيل بشن ضربة جوية استهدفت مطار التيفور العسكري في محافظة حمص، ما أدى إلى مقتل 14 شخصاً بينهم سبعة إيرانيين.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "SK-internationalNews-3424-20181011", title: "",
			text: "غير أنه لم يحدد عدد الأطفال المصابين، مضيفا \"يعيش أطفال كثيرون في حالة أشبه بالسبات، غير قادرين على الكلام.\"",
			not:  []string{"civilians"}},
		{id: "guard-civil-airport", title: "",
			text: "وأدى هجوم انتحاري على مطار كابول الدولي إلى مقتل 14 شخصا.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
