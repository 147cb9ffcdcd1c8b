package facets

import (
	"testing"
	"time"
)

// Civilians killed in thousands (thousandsCivilians): a plural word for
// civilians or residents counted by a thousands word after a killing noun
// is a war's or a campaign's whole count, a charge or a rationale, and
// names no civilians. The "not" rows fail on main (89ea656); the "want"
// rows guard the thousands the story tells as its own: driven out beside a
// party, besieged under an offensive, harmed now, maimed by mines, and a
// figure counting the singular.
func TestActorThousandsCivilians(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// A killing noun before the thousands (rows fail on main).
		{class: "killed in thousands", id: "SK-internationalNews-1463-20180509", title: "أردوغان \"المحاصر\" داخليا بـ\"تمام\" يهاجم الولايات المتحدة",
			text: "وتتسم العلاقات بين تركيا وإيران بالتذبذب، ففي الوقت الذي أمضى أردوغان سنوات يهاجم إيران وسياساتها المزعزعة لاستقرار المنطقة والتي تسببت في مقتل مئات آلاف المدنيين في سوريا، عاد في الآونة الأخيرة ليتقرب منها.",
			not:  []string{"civilians"}},
		{class: "killed in thousands", id: "BB-middleEast-401-20180424", title: "50 مليون دولار من الإمارات لإعادة بناء جامع النوري بالموصل",
			text: "وقد استمرت معركة الموصل لنحو تسعة أشهر، مخلفة دمارا كبيرا في الكثير من المناطق، كما أدت إلى مقتل الآلاف من المدنيين وتشريد أكثر من 900 ألف آخرين.",
			not:  []string{"civilians"}},
		{class: "killed in thousands", id: "CN-middleEast-1286-20180907", title: "بالأسماء.. أمريكا تعاقب شخصيات جديدة دعمت الأسد",
			text: "وقالت الخزانة إن قوات النظام قامت بشكل منهجي باعتقال وتعذيب وقتل عشرات الآلاف من المدنيين السوريين استجابة لدعواتهم المشروعة وغير العنيفة.",
			not:  []string{"civilians"}},
		{class: "killed in thousands", id: "BB-middleEast-843-20180806", title: "هل توقف كندا تصدير الأسلحة للسعودية كما فعلت ألمانيا؟",
			text: "وأوقفت ألمانيا صادراتها من الأسلحة إلى السعودية بسبب تدخلها في اليمن والذي تسبب بسقوط آلاف المدنيين في العمليات العسكرية التي تشنها في اليمن منذ عام 2015.",
			not:  []string{"civilians"}},
		{class: "killed in thousands", id: "SK-internationalNews-3145-20180906", title: "إثيوبيا تعيد فتح سفارتها في إريتريا",
			text: "أعاد زعيما إثيوبيا وإريتريا، الخميس، فتح السفارة الإثيوبية في العاصمة الإريترية أسمرة، في أحدث خطوة لطي صفحة سوداء بين البلدين، تخللها نزاع دام أسفر عن مقتل عشرات الآلاف من المدنيين.",
			not:  []string{"civilians"}},
		// Thousands the story tells as its own stay (pass on main).
		// Driven out beside a party: displacedObject keeps them.
		{class: "driven out", id: "2015-08-06-487", title: "الرئيس اليمني: انتصارات الجيش الوطني والمقاومة لن تتوقف",
			text: "أكد الرئيس اليمني عبدربه منصور هادي أن الإنتصارات التي حققها الجيش الوطني والمقاومة الشعبية في بلاده مسنودة بقوات التحالف العربي، ضد المليشيات المتمردة، لن تتوقف حتى يتم تطهير كل المحافظات اليمنية من القوى الانقلابية التي تسببت بقتل الأبرياء وتدمير البنى التحتية في المدن وتشريد مئات الآلاف من المواطنين من مساكنهم.",
			want: []string{"civilians"}},
		{class: "besieged", id: "FR-internationalNews-352-20180310", title: "المرصد السوري: قوات النظام عزلت مدينة دوما عن باقي الغوطة الشرقية المحاصرة",
			text: "ومن شأن هذا التقدم أن يضيق الخناق أكثر على الفصائل المعارضة كما على عشرات آلاف المدنيين المحاصرين في الغوطة الشرقية منذ العام 2013.",
			want: []string{"civilians"}},
		{class: "harmed now", id: "SK-middleEast-451-20180321", title: "ميركل تدين قصف الغوطة.. وتندد بما يجري بعفرين",
			text: "وأضافت ميركل، أمام مجلس النواب: \"ما يحدث في عفرين أمر غير مقبول حيث قمع آلاف المدنيين وقتلوا أو أرغموا على الفرار.",
			want: []string{"civilians"}},
		{class: "maimed", id: "SK-middleEast-2682-20180630", title: "مأساة عائلة يمنية جراء ألغام الحوثيين",
			text: "وأودت الألغام بحياة المئات من اليمنيين وأحدثت تشوهات وبتر لأطراف الآلاف من السكان.",
			want: []string{"civilians"}},
		// A figure counting the singular: a campaign's toll the golds code.
		{class: "counted singular", id: "SK-middleEast-250-20180312", title: "مشروع قرار أميركي جديد بشأن الغوطة الشرقية",
			text: "وقتل أكثر من ألف مدني خلال 3 أسابيع من حملة القصف العنيف، التي تشنها قوات النظام السوري على الغوطة الشرقية المحاصرة.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+" "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+" "+c.id+" actors", f.Actors, c.not...)
	}
}
