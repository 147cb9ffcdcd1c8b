package facets

import (
	"testing"
	"time"
)

// TestActorStateDiplomacy pins foreign states named only in their
// diplomacy: a title's speaker and a spokesman's office (fresh-10), a
// state sanctioning or sanctioned (the corpus), a party to an arms purchase
// (holdout-12, the corpus). The samples' golds code no party there. The
// guards: a title opened by an office, not the state ("خارجية أمريكا:"
// in a Syria war story, which tune's coders count), and a spokesman's
// state in a sentence that tells of its strike, where the state the
// sanctions fall on is still cut ("عقوبات جديدة على روسيا ... عقب الضربة").
func TestActorStateDiplomacy(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-1265-20180521", title: "البنتاغون: واشنطن ستتخذ خطوات لمواجهة نفوذ إيران الخبيث",
			text: "قال المتحدث باسم البنتاغون، الاثنين، إن أميركا ستتخذ كل الخطوات الضرورية لمواجهة النفوذ الإيراني الخبيث في المنطقة، وإنه مازال يدرس ما إذا كان ذلك قد يتضمن إجراءات جديدة أو مضاعفة الإجراءات الحالية.",
			not:  []string{"usa"}},
		{id: "2015-08-02-30", title: "مصرع طيار روسي وإصابة آخر في استعراض جوي عسكري في روسيا",
			text: "ونقلت تقارير محلية عن متحدث باسم وزارة الدفاع الروسية قوله اليوم إن تحطم الطائرة المروحية حدث خلال استعراض جوي عسكري في روسيا.",
			not:  []string{"russia"}},
		{id: "FR-middleEast-25-20180220", title: "العثور على حطام الطائرة الإيرانية المفقودة في جبال زاغروس جنوب غرب البلاد",
			text: "واشتكت إيران من أن العقوبات التي فرضتها الولايات المتحدة عليها قوضت سلامة طائرات شركاتها ما يجعل من الصعب صيانة أسطولها القديم وتحديثه.",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-1401-20180506", title: "قضية السلاح تزعج أنقرة: \"لا نسير بأوامر الغرب\"",
			text: "وكانت تركيا وقعت اتفاقا مع روسيا في ديسمبر لشراء بطاريات صواريخ إس-400 سطح جو، ضمن خطط أنقرة لتعزيز قدراتها الدفاعية، وسط تهديدات من المقاتلين الأكراد والمتشددين في الداخل، وصراعات على حدودها في سوريا والعراق.",
			not:  []string{"russia"}},
		// Guards.
		{id: "CN-middleEast-1125-20180606", title: "خارجية أمريكا: الدشيشة معقل سيء الصيت لداعش بسوريا ونرحب بتقدم SDF نحوها",
			text: "نيويورك، الولايات المتحدة الأمريكية (CNN)— أعربت وزارة الخارجية الأمريكية، عن ترحيبها بالعمليات التي اطلقتها قوات سوريا الديمقراطية ضد معقل تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ\"داعش،\" في منطقة الدشيشة بسوريا، واصفة المنطقة بأنها \"معقل سيء الصيت للتنظيم\"",
			want: []string{"usa"}},
		{id: "SK-internationalNews-950-20180415", title: "غدا.. موعد جديد مع سلسلة التصعيد الأميركي الروسي",
			text: "يبدو أن مسلسل التصعيد الأميركي الروسي مايزال متواصلا، حيث أعلنت سفيرة واشنطن بالأمم المتحدة نيكي هيلي أن بلادها تعد عقوبات جديدة على روسيا بسبب دعمها سوريا، وذلك عقب الضربة الأميركية البريطانية الفرنسية على مواقع للنظام السوري، ردا على هجوم كيماوي في دوما.",
			want: []string{"usa"}, not: []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
