package facets

import (
	"testing"
	"time"
)

// TestActorDealParty pins the states named as the makers of a deal on the
// fighting (dealParty, actors_brokerstate.go): after "اتفاق بين" or
// "أبرمته", in a sentence that says what the deal does to the fighting;
// Turkey's bare name through turkeyAgentMentions. The want rows fail on
// main. Guard: the nuclear deal.
func TestActorDealParty(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-2368-20180718", title: "التلفزيون السوري يؤكد دخول حافلات لإجلاء سكان من كفريا والفوعة",
			text: "أكدت وسائل الإعلام الرسمية في سوريا وصول عشرات الحافلات الأربعاء، إضافة إلى سيارات إسعاف، إلى بلدتي الفوعة وكفريا (شمال غرب سوريا) المحاصرتين من الجماعات المسلحة، بموجب اتفاق بين روسيا وتركيا لإجلاء سكان.",
			want: []string{"russia", "turkey"}},
		{id: "FR-internationalNews-2381-20180719", title: "سوريا: انتهاء إجلاء جميع السكان من بلدتي الفوعة وكفريا",
			text: "وقال مدير المرصد رامي عبد الرحمن إن \"البلدتين باتتا خاليتين من السكان تماما\" بعد إجلاء 6900 شخص من مدنيين ومسلحين موالين للنظام بموجب اتفاق أبرمته روسيا وتركيا الثلاثاء.",
			want: []string{"russia", "turkey"}},
		{id: "CN-middleEast-1120-20180605", title: "اتفاق تركي أمريكي سينقل المسلحين الأكراد من منبج الى شرق الفرات",
			text: "وأصدر مسؤولان بارزان في وزارة الخارجية الأمريكية بيانا موجزاً عن الاتفاق بين الولايات المتحدة وتركيا بشأن وجود \"وحدات الحماية\" الكردية في منبج السورية.",
			want: []string{"usa"}},
		// Guard: the nuclear deal, in a sentence that also tells of an
		// evacuation.
		{id: "guard-nuclear", title: "سوريا وإيران",
			text: "وتتمسك طهران بالاتفاق بين إيران والقوى الست بشأن برنامجها النووي، فيما يتواصل إجلاء المقاتلين من درعا في سوريا.",
			not:  []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorMilitaryIntervention pins a state's military intervention named
// by its adjective ("التدخل العسكري الروسي"), an operation noun of the force
// phrase (operationNouns, actors_forces.go): the want rows fail on main.
// Guard: an intervention with no military modifier ("التدخل الروسي في
// الانتخابات") stays out, as a bare operation does.
func TestActorMilitaryIntervention(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-economy-18-20180215", title: "استثمارات إيران في سوريا أمام معركة شرسة",
			text: "ولكن رغم هذه \"التضحيات الكبيرة\" باتت إيران تخشى من أن تتعرض استثماراتها المالية والبشرية إلى انتكاسة، خصوصا بعد التدخل العسكري الروسي في 2015، الذي رجح كفة الأسد في صراعه مع المعارضة المسلحة.",
			want: []string{"russia"}},
		{id: "2015-08-07-82", title: "الإصغاء العربي لاستغاثة الشعب السوري",
			text: "وقد جاء التدخل العسكري التركي ليوقف تقدم المعارضة الكردية المتحالفة مع الأسد.",
			want: []string{"turkey"}},
		// Guard: no military modifier.
		{id: "guard-meddling", title: "التحقيق في الانتخابات الأمريكية",
			text: "ويواصل المحقق الخاص التحقيق في التدخل الروسي في الانتخابات الرئاسية الأمريكية.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
