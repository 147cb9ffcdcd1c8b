package facets

import (
	"testing"
	"time"
)

// TestActorCouncilCall pins a foreign state named as one that asks the
// Security Council to meet (councilCall, actors_statediplomacy.go; each
// want-none row fails on main): "بناء على طلب واشنطن"، "عرضت فيه
// الولايات المتحدة ... وطالبت ... ودعت". The meeting weighs an attack; the
// callers take no part in it. The guards: a state whose strikes the
// meeting is called over, and a request with no council in the sentence,
// keep the state.
func TestActorCouncilCall(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-1544-20180531", title: "",
			text: "وكانت الولايات المتحدة وزعت الثلاثاء مشروع إعلان عشية الاجتماع المقرر لمجلس الأمن الأربعاء بناء على طلب واشنطن، للبحث في إطلاق صواريخ على إسرائيل من قطاع غزة.",
			not:  []string{"usa"}},
		{id: "CN-middleEast-562-20180410", title: "فيتو روسي ضد مشروع القرار الأمريكي لتحقيق مستقل بشأن استخدام الأسلحة الكيماوية في سوريا",
			text: "وأتى التصويت خلال اجتماع طارئ لمجلس الأمن الدولي عرضت فيه الولايات المتحدة بمسودتها إنكارها للهجوم الكيماوي المشتبه به، وطالبت بالمساعدات الإنسانية \"للمنطقة التي طالها الهجوم\" ودعت لإجراء تحقيق مستقل.",
			not:  []string{"usa"}},
		// Guard: the meeting is called over the state's own strikes.
		{id: "SK-middleEast-1024-20180414", title: "",
			text: "أعلنت روسيا، السبت، أنها دعت إلى اجتماع عاجل لمجلس الأمن الدولي بعد الضربات التي شنتها الولايات المتحدة وحلفاؤها على نظام الرئيس بشار الأسد في سوريا.",
			want: []string{"usa"}},
		// Guard: a request with no council meeting: the state's own
		// strikes.
		{id: "SK-middleEast-1024-20180414b", title: "",
			text: "وقالت واشنطن إن الضربات التي شنتها الولايات المتحدة بناء على طلب الحلفاء استهدفت مواقع للأسلحة الكيماوية في سوريا.",
			want: []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
