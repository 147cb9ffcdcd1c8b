package facets

import (
	"testing"
	"time"
)

// The round-7 party rules of actors_match.go, written from a second sample
// of articles nobody had tuned to (testdata/fresh2-gold.jsonl). One class per
// group; each row a real title and sentence of the corpora (article id
// given; the untouched gold part is never quoted), with the actors that must
// and must not be read.
func TestActorRound7Rules(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// "نشر" beside a country is as often spreading or publishing as
		// deploying: it makes no sentence about fighting.
		{class: "spreading", id: "SK-technology-539-20180430", title: "أصحاب نظرية \"الأرض المسطحة\" يعرضون الأدلة",
			text: "ودائما ما يشدد \"مجتمع الأرض المسطحة\"، كما تصفهم العديد من التقارير الإخبارية، على أن \"هناك مؤامرة منظمة من أميركا لنشر الأكاذيب وإخفاء الحقائق\".",
			not:  []string{"usa"}},
		// ... while a force's own words (قواته) and storming still do.
		{class: "spreading", id: "2015-08-01-800", title: "سورية.. التحالف يدمر جسرين للدواعش",
			text: "إلى ذلك أظهر فيديو نشر على موقع \"يوتيوب\" أمس استعدادات المعارضة السورية، تمهيداً للاقتحام الوشيك لقلب درعا المدينة التي تتحصن بها قوات النظام السوري.",
			want: []string{"opposition", "syrian-government"}},

		// A definite strike noun ascribed with a hedge: "الضربات التي
		// يعتقد أنها إسرائيلية".
		{class: "hedged strikes", id: "SK-middleEast-1366-20180430", title: "الكنيست الإسرائيلي يوافق على منح رئيس الوزراء قرار الحرب",
			text: "كما يأتي تمرير القانون بعد عدد من الضربات التي يعتقد أنها إسرائيلية، لقواعد عسكرية إيرانية في سوريا، آخرها ضربة صاروخية لقواعد للميليشيات الموالية لإيران في ريفي حماة وحلب، ليل الأحد الاثنين.",
			want: []string{"israel", "iran"}},

		// A country that denies a strike is not its author.
		{class: "denial", id: "BB-middleEast-362-20180417", title: "مفتشو الأسلحة الكيمياوية \"سيدخلون دوما الأربعاء\"",
			text: "وفي حادث منفصل الثلاثاء، أفادت وسائل إعلام سورية باختصار بأن وسائل الدفاع في البلاد ردت على هجوم صاروخي فوق مدينة حمص الغربية. ونفت الولايات المتحدة وإسرائيل، كلتاهما، شن أي غارات.",
			not:  []string{"israel", "usa"}},

		// A country arms are bought from is a seller, no party.
		{class: "arms seller", id: "SK-internationalNews-3287-20181003", title: "صور جوية تكشف \"رعب الـ40 مترا\" بين أميركا والصين",
			text: "لكن العلاقات ازدادت سوءا في الأسابيع الماضية عقب قرار الولايات المتحدة فرض عقوبات اقتصادية على الصين بسبب شراءها مقاتلات وصواريخ أرض جو من روسيا.",
			not:  []string{"russia"}},

		// Generic rebels who are Kurds, or in a story about the PKK or
		// the Taliban, are not Syria's opposition.
		{class: "other rebels", id: "2015-08-04-195", title: "«الأوروبي» والولايات المتحدة يحضان أنقرة على «رد متكافئ» على «العمال الكردستاني»",
			text: "وبدأت تركيا في 24 يوليو (تموز) ما سمته «حربا على الارهاب»، مستهدفة في شكل متزامن المتمردين الاكراد ومتطرفي تنظيم «داعش» في شمال سوريا. وفي هجوم جديد صباح اليوم استهدف قافلة عسكرية، قتل جنديان تركيان اضافيان على الاقل، ونسب إلى حزب العمال الكردستاني، في وقت واصلت انقرة قصفها العنيف لقواعد المتمردين في شمال العراق.",
			want: []string{"isis", "turkey"}, not: []string{"opposition"}},
		{class: "other rebels", id: "2015-07-25-1227", title: "الطيران الأمريكي يقتل قيادياً كبيراً في تنظيم القاعدة بأفغانستان",
			text: "أعلنت وزارة الدفاع الأميركية، الجمعة، أن قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين آخرين، في غارة أميركية استهدفته في أفغانستان. وتقاتل القوات الأفغانية حركة طالبان في ولايات عدة.",
			want: []string{"usa"}, not: []string{"opposition"}},

		// One person killed or hurt in an attack, or by a force the
		// sentence names, is a civilian victim ...
		{class: "victims", id: "BB-internationalNews-1051-20180905", title: "بريطانيا تتهم \"ضابطين روسيين\" بمحاولة اغتيال الجاسوس السابق سكريبال",
			text: "ووصفت ماي محاولة الاغتيال بأنها \"هجوم مقزز وشنيع\" أودى بحياة امرأة بريئة، كما خلف ثلاثة أشخاص آخرين في حالة صحية حرجة.",
			want: []string{"civilians"}},
		{class: "victims", id: "2015-08-06-312", title: "بدء عروض مهرجان فلسطين الدولي للرقص والموسيقى",
			text: "وتأتي انطلاقة المهرجان هذا العام في وقت تشهد فيه الأراضي الفلسطينية مواجهات متواصلة بين الفلسطينيين وقوات إسرائيل قتل فيها الأسبوع الماضي ثلاثة فلسطينيين أحدهم رضيع قضي حرقا.",
			want: []string{"civilians", "israel"}},
		// Persons killed in an attack ("الهجوم أودى بحياة أكثر من 40
		// شخصا") are civilians, as those of a bombing are.
		{class: "victims", id: "BB-middleEast-362-20180417", title: "مفتشو الأسلحة الكيمياوية \"سيدخلون دوما الأربعاء\"",
			text: "ويقول نشطاء على الأرض في سوريا إن الهجوم أودى بحياة أكثر من 40 شخصا، وأصاب مئات آخرين كانوا يختبئون في مخابئ تحت الأرض في المدينة خوفا من القنابل.",
			want: []string{"civilians"}},
		// ... not one of a road accident or a fire.
		{class: "victims", id: "AL-technology-108-20180320", title: "حادث قاتل للسيارات الذاتية.. وفاة امرأة وسحب مركبات",
			text: "تسببت سيارة أوبر ذاتية القيادة بمقتل امرأة الاثنين في تامبي، في ولاية أريزونا الأميركية على ما أعلنت الشركة في بيان.",
			not:  []string{"civilians"}},
		{class: "victims", id: "2015-07-31-1381", title: "إخماد حريق في شقة بنسيم جدة",
			text: "وتم إخلاء السكان عن طريق السلالم المتحركة وسيارة السلالم، فيما أصيبت امرأتان باختناق، وتم علاجهما من قبل الهلال الأحمر في الموقع.",
			not:  []string{"civilians"}},

		// People displaced are not killed, hurt or targeted: displacement
		// alone makes no civilians actor.
		{class: "displaced", id: "SK-economy-34-20180219", title: "تحذير دولي من تفاقم سوء التغذية في أفريقيا",
			text: "وحذر مسؤولو الأمم المتحدة من أن تزايد انعدام الأمن الغذائي يؤدي إلى نزوح مزيد من السكان في أنحاء المنطقة، حيث أصبحت الحاجة للغذاء أكبر القضايا في دول مثل جنوب السودان.",
			not:  []string{"civilians"}},

		// "The war on ISIS" in a sentence where nobody is hit is a
		// campaign's name ...
		{class: "war on isis", id: "BB-middleEast-581-20180604", title: "وزير خارجية الأردن: الحكومة ستحترم مطالب الشعب",
			text: "وقال الصفدي \"نتحمل عبء اللاجئين نيابة عن المجتمع الدولي في مواجهة الحرب ضد تنظيم الدولة الإسلامية\".",
			not:  []string{"isis"}},
		// ... a toll of that war makes ISIS a party.
		{class: "war on isis", id: "2015-08-03-831", title: "1332 قتيلا في يوليو الماضي",
			text: "أعلنت بعثة الأمم المتحدة في بغداد أمس عن مقتل 1332عراقيا نتيجة أعمال العنف خلال يوليو الماضي، منهم 844 مدنيا و488 عسكريا خلال الحرب على تنظيم داعش.",
			want: []string{"isis", "civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+": "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+": "+c.id+" actors", f.Actors, c.not...)
	}
}
