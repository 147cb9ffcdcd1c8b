package facets

import (
	"testing"
	"time"
)

// TestActorIsraelAdministrativeDetention pins round 49's m49afn class:
// "الاعتقال الإداري" (detention without charge by a military order) is
// Israel's measure, and the golds code Israel wherever a story tells it,
// though the state is named there only by its bare name, its defence
// ministry or its media (israelDetentionMentions, actors_ildetention.go).
// The want rows fail on main. Guards: France's administrative detention of
// a preacher, in an article that names no Israel; a sports team's
// administrative staff beside an Israeli name; a detention word with no
// administrative word.
func TestActorIsraelAdministrativeDetention(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-10-1330", title: "إسرائيل تعتقل «إدارياً» إرهابيين يهوديين",
			text: "أفادت وسائل إعلام إسرائيلية بأنه تم تحويل اثنين من اليهود المتشددين إلى الاعتقال الإداري، وذلك في ثاني إجراء من نوعه منذ مقتل رضيع فلسطيني ووالده في اعتداء بالحرق ارتكبه يهود متشددون في الضفة الغربية.",
			want: []string{"israel"}},
		{id: "2015-08-06-3115", title: "لأول مرة .. احتجاز دون محاكمة لإرهابي إسرائيلي أحرق رضيعاً فلسطينياً",
			text: "وقالت وزارة الدفاع الإسرائيلية، إن الإرهابي مردخاي مئير؛ وهو من سكان المستوطنات اليهودية في الضفة الغربية المحتلة احتُجز وطُبق عليه ما يسمّى \"الاحتجاز الإداري\" لستة أشهر.",
			want: []string{"israel"}},
		{id: "2015-08-09-103", title: "الشرطة الإسرائيلية تعتقل المزيد من المشتبه بهم في حرق الطفل الفلسطيني",
			text: "أعلنت وزارة الدفاع الإسرائيلية اليوم (الأحد) أنّه تم وضع متطرفين يهوديين اثنين قيد الاعتقال الإداري من دون توجيه أي تهمة لستة أشهر قابلة للتجديد، مما يرفع عدد المعتقلين إداريا من اليهود إلى ثلاثة بعد مقتل طفل فلسطيني حرقا.",
			want: []string{"israel"}},
		{id: "2015-08-06-2173", title: "نتنياهو يفشل في كبح المستوطنين",
			text: "ورأى مسؤولون فلسطينيون أن لجوء الحكومة الإسرائيلية إلى إجراءات مثل فرض الاعتقال الإداري على عدد من المستوطنين الإسرائيليين المتطرفين إنما هي محاولة لخفض الضغوط الدولية التي تتعرض لها الحكومة الإسرائيلية.",
			want: []string{"israel"}},
		// Guard: France's measure, in an article that names no Israel
		// (FR-internationalNews-821).
		{id: "FR-internationalNews-821-20180420", title: "السلطات الفرنسية ترحل إماما سلفيا بسبب خطبه المتطرفة إلى الجزائر",
			text: "وأودع إمام مسجد \"السنة\" في وسط مرسيليا قيد الاحتجاز الإداري. وكان متهما بإلقاء خطب شديدة التطرف.",
			not:  []string{"israel"}},
		// Guard: an administrative word after no detention word, beside
		// an Israeli name.
		{id: "guard-staff", title: "منتخب إسرائيلي يصل إلى الرياض",
			text: "وأشاد المدرب بالجهازين الإداري والفني للفريق الإسرائيلي قبل المباراة الودية.",
			not:  []string{"israel"}},
		// Guard: a detention with no administrative word, by Israel's
		// bare name in a statement (no arrest by its forces told).
		{id: "guard-plain-detention", title: "نادي الأسير يطالب بالإفراج عن المعتقلين",
			text: "وطالب نادي الأسير إسرائيل بالإفراج عن المعتقلين المرضى في سجونها.",
			not:  []string{"israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
