package facets

import (
	"testing"
	"time"
)

// TestActorAud56cQaedaLaunchBase pins round 56's blind audit aud56c class:
// the bare "القاعدة" as the base something launches or takes off from
// (qaedaLaunchBase, actors_qaedalaunch.go) is no al-Qaeda. Every not row
// fails on main. Guards: the group that set out from a place (no منها
// after the verb), the group named before another verb after التي, and
// the group before a launch noun it does not govern (after a comma).
func TestActorAud56cQaedaLaunchBase(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// blind CN-middleEast-604-20180414 (round 48's blind codings).
		{id: "CN-middleEast-604-20180414", title: "الرئاسة الفرنسية تنشر فيديو لمشاركة مقاتلاتها بضربة سوريا",
			text: "ونشرت الرئاسة الفرنسية فيديو يظهر استعداد عدد من المقاتلات الفرنسية للإقلاع دون تقديم تفاصيل عن القاعدة التي انطلقت منها هذه الطائرات.",
			not:  []string{"al-qaeda"}},
		// pool SK-middleEast-742-20180402.
		{id: "SK-middleEast-742-20180402", title: "تركيا والإخوان.. تحالف إحياء السلطان",
			text: "ووجدوا في أنقرة الحضن الدافئ الذي يؤمن لهم القاعدة للانطلاق في تطبيق أفكارهم واللجوء إلى العنف المسلح.",
			not:  []string{"al-qaeda"}},
		// Guards.
		{id: "aud56c-set-out", title: "تاريخ التنظيمات المتطرفة",
			text: "وكانت القاعدة التي انطلقت من أفغانستان قد نفذت هجمات في عدة دول قبل أن يظهر تنظيم آخر في العراق.",
			want: []string{"al-qaeda"}},
		{id: "aud56c-other-verb", title: "اليمن: مقتل جنود في هجوم",
			text: "وقال مسؤول إن القاعدة التي تبنت الهجوم على معسكر الجيش في أبين أعلنت مقتل 5 جنود.",
			want: []string{"al-qaeda"}},
		{id: "aud56c-comma", title: "اليمن: هجوم على معسكر",
			text: "وتبنت القاعدة، للانطلاق في حملة جديدة، هجوما على معسكر الجيش في أبين أسفر عن مقتل 5 جنود.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
