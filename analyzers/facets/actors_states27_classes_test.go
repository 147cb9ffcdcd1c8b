package facets

import (
	"testing"
	"time"
)

// TestActorAnaphoricCoalition pins the bare "التحالف" after a
// demonstrative ("هذا التحالف"، "بهذا التحالف"): it points back to an
// alliance the text just described — an Arab force for Syria, Yemen's
// Saudi-led coalition — not the coalition against ISIS (anaphoricCoalition,
// actors_coalition.go; the first two rows fail on main). The guards: the
// coalition named by its own words beside the anaphor counts, and so does
// a strike sentence's bare word with no demonstrative before it.
func TestActorAnaphoricCoalition(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-658-20180418", title: "",
			text: "وفيما يتعلق بإرسال القوات إلى سوريا قدمنا مقترحا إلى إدارة أوباما أنه إذا كان الولايات المتحدة سترسل قوات فإن المملكة ستفكر كذلك مع بعض الدول الأخرى في إرسال قوات كجزء من هذا التحالف.",
			not:  []string{"coalition"}},
		{id: "2015-08-07-1078", title: "",
			text: "نشوء التحالف الإقليمي في اليمن بقيادة السعودية: شكل هذا التحالف في أحد أوجهه الرئيسية ضربة للوجود الروسي الجديد في المنطقة.",
			not:  []string{"coalition"}},
		// Guard: the coalition named by its own words beside the anaphor.
		{id: "2015-07-26-155", title: "",
			text: "وأشار إلى أنه يتوجب على الحكومتين البريطانية والفرنسية اليوم أن تعززا من مشاركتهما بهذا التحالف، لأنه بمعدل الغارات القائم يمكن إضعاف «داعش» لكن ليس القضاء عليه. وشدد على ضرورة تكثيف غارات التحالف وتوسيع بنك الأهداف، مع الاستمرار في الحرص على المدنيين.",
			want: []string{"coalition"}},
		// Guard: the bare word with no demonstrative, in a strike sentence.
		{id: "2015-07-21-2136", title: "",
			text: "قُتل وجُرح عشرات من داعش بغارات طائرات التحالف الدولي، والجيش العراقي والقوة الجوية العراقية على مواقع داعش في انحاء العراق، ونفذ التحالف 23 غارة، فيما نفذ طيران الجيش العراقي 30 غارة، إضافة إلى 12 غارة نفذتها طائرات القوة الجوية العراقية، وقتل 16 جنديًا عراقيًا في كمين لداعش في منطقة الطاش جنوب الرمادي.",
			want: []string{"coalition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
