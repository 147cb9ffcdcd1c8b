package facets

import (
	"testing"
	"time"
)

// TestActorStateWagesCampaign pins a foreign state named by its country or
// its capital as the author of a military campaign of its own — its own
// offensive or operations right after the name ("بدأت أنقرة هجومها"،
// "لبدء روسيا عملياتها العسكرية"), or a waging verb with an operation named
// by its military adjective ("تخوض أنقرة حاليا حملة عسكرية"): stateWages,
// actors_statewages.go; each want row fails on main. The guards stay as they
// were: a leader's verbal attack, a call on a state to strike, a state and
// its army as what a spy reports on, and a chain store's operations. Two
// want rows keep their article's two lead sentences before them: in a
// lead the name would count by the war lead alone (inWarLead).
func TestActorStateWagesCampaign(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-207-20180301", title: "تركيا تسجن نائبة كردية قريبة أوجلان",
			text: "وتأتي إدانة ديليك أوجلان على خلفية الضغوط المتزايدة على الأوساط الموالية للأكراد، منذ أن بدأت أنقرة هجومها ضد مقاتلين أكرا شمال غربي سوريا الشهر الماضي.",
			want: []string{"turkey"}},
		{id: "FR-internationalNews-2222-20180709", title: "تركيا: أبرز التحديات التي تواجه أردوغان خلال ولايته الرئاسية الجديدة",
			text: "يؤدي الرئيس رجب طيب أردوغان اليمين الدستورية الاثنين لولاية جديدة من خمس سنوات، بصلاحيات تم تعزيزها بشكل واسع، بموجب تعديل دستوري تم تبنيه إثر استفتاء في نيسان/أبريل 2017. وعلى الساحة الدولية تواجهه العديد من التحديات، وتظل أبرزها العلاقات مع كل من الولايات المتحدة وروسيا والاتحاد الأوروبي، إلى جانب النزاع المسلح في سوريا، وحلم أردوغان بجعل بلاده إحدى القوى الكبرى عالميا. لكن أمام اتساع بقعة النزاع الذي وصل إلى أراضيها، ومع تدفق أكثر من ثلاثة ملايين لاجئ وتمركز جماعات مسلحة على حدودها وخصوصا من الأكراد، تخوض أنقرة حاليا حملة عسكرية في سوريا وتسعى إلى تسريع وتيرة عودة السوريين إلى بلادهم.",
			want: []string{"turkey"}},
		{id: "BB-middleEast-286-20180404", title: "بوتين قبل قمة سوريا: خطر تنظيم الدولة الإسلامية مازال قائما",
			text: "يستضيف الرئيس التركي، رجب طيب أردوغان، اليوم نظيريه الروسي، فلاديمير بوتين، والإيراني، حسن روحاني، وذلك في قمة ثلاثية لبحث النزاع في سوريا. وتُجرى المحادثات في العاصمة التركية أنقرة، حيث يواصل الزعماء الثلاثة عملية يقولون إنها تهدف إلى إنهاء الحرب. وكان هذا الخطر أحد الأسباب المعلنة لبدء روسيا عملياتها العسكرية هناك.",
			want: []string{"russia"}},
		// Guard: a leader's attack in words.
		{id: "BB-internationalNews-121-20180309", title: "ترامب وكيم جونغ أون: تاريخ من السباب المتبادل",
			text: "وعلى غرار زعيمهم وردا على هجوم ترامب المباشر على كيم، صعدت وسائل الإعلام في كوريا الشمالية من سبابها لشخص ترامب.",
			not:  []string{"usa"}},
		// Guard: a call on a state to strike, its strike a purpose.
		{id: "2015-07-26-1312", title: "من عموميات الوضع النووي بالمنطقة..؟!",
			text: "ودعوة اسرائيل لقصفها، بسبب إصرار ايران على امتلاك التقنية النووية المتقدمة.",
			not:  []string{"israel"}},
		// Guard: a state and its army as a spy's subject.
		{id: "2015-08-10-166", title: "سويدي من أصل لبناني معتقل في إسرائيل بتهمة تجنيد فلسطينيين عملاء لحزب الله",
			text: "وصل إلى إسرائيل قبل نحو الشهر لكي يلتقي عددا من الشباب العربي فيها لتجنيدهم كجواسيس لحزب الله وتقديم معلومات أمنية له عن إسرائيل وجيشها ومؤسساتها.",
			not:  []string{"israel"}},
		// Guard: a company's operations.
		{id: "SK-economy-140-20180315", title: "\"تويز آر أص\" تعلق متاجرها بأميركا.. وتصدم الأطفال",
			text: "وقالت الشركة إنها تجري مناقشات مع بعض الأطراف المهتمة بعقد صفقة لضم ما يصل إلى 200 من متاجرها الأعلى أداء في الولايات المتحدة إلى عملياتها في كندا.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
