package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansGassed pins civilians choked by an attack's gas
// (gassedVictims, actors_civgassed.go): choking beside a shelling or a
// chemical attack is the attack's harm; the want row fails on main. The
// guards: migrants choked in a lorry and infants choked in their beds are
// no attack's victims.
func TestActorCiviliansGassed(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-844-20180408", title: "مجزرة دوما.. رسالة \"في موعدها\"",
			text: "وميدانيا تؤكد المصادر وقوع المئات من حالات الاختناق لأشخاص بينهم أطفال، إثر القصف بالغازات السامة.",
			want: []string{"civilians"}},
		// Guards: choking with no attack.
		{id: "FR-internationalNews-2342-20180716", title: "ليبيا: ثمانية مهاجرين بينهم ستة أطفال قضوا اختناقا داخل شاحنة تبريد",
			text: "وتضمن بيان للمديرية على فيس بوك أن \"نتيجة لطول الوقت تعرضوا للاختناق فتوفي منهم ثمانية، بينهم ستة أطفال وامرأة واحدة وشاب في مقتبل العمر\".",
			not:  []string{"civilians"}},
		{id: "SK-technology-247-20180325", title: "أسباب صادمة ومعدلات مرتفعة لوفيات المواليد في أميركا",
			text: "وأضافت: \"وجدنا كذلك أن أعدادا مذهلة من الأطفال تموت بسبب الاختناق مما يشير إلى أن الأمهات والآباء إما يستخدمون أغطية غير آمنة أو يتركون المواليد ينامون بمفردهم\".",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
