package facets

import "testing"

// TestEventTypesM59et2ArmsQuantities pins the round-59 reader m59et2's rule:
// a seizing or finding word (armsSeizing) with a quantity (كميات، كمية) of
// firearms, ammunition or explosives after it in its clause is disrupted
// weapons use, with or without an arrest (armsQuantitiesSeized,
// events_armsquantity.go). The pool and blind gold articles with the
// construction code it 10 to 2. The true rows fail on main. Guards: a
// quantity that ends a list of arms counted one by one (SK-middleEast-3792),
// a quantity in another clause after punctuation and و (2015-08-03-442), a
// purpose, a past month and a threat.
func TestEventTypesM59et2ArmsQuantities(t *testing.T) {
	const dis = "disrupted-weapons-use"
	checkTypes(t, []typeCase{
		{"the resistance finds large quantities of arms", "SK-middleEast-1951-20180526", "قوات التحالف العربي والمقاومة اليمنية على مشارف الحديدة",
			`كما عثرت المقاومة اليمنية على كميات كبيرة من الأسلحة و الذخائر و آليات عسكرية تابعة للحوثيين، وذلك بعد فرارهم من منطقة المغرس و مزارع بمديرية التحيتا.`,
			"2018-05-26 12:00", dis, true},
		{"the find seventeen words after its verb", "SK-middleEast-1954-20180526", "تقدم مهم للمقاومة اليمنية.. وفرار جماعي للحوثيين",
			`وعثرت قوات المقاومة اليمنية خلال عمليات تمشيط وتطهير أوكار وجيوب المتمردين الحوثيين في المناطق التي تم تحريرها على كميات كبيرة من الأسلحة والذخائر والآليات العسكرية التابعة للميليشيات بعد فرارهم من منطقة المغرس ومزارع كانت تتحصن بها في مديرية التحيتا.`,
			"2018-05-26 12:00", dis, true},
		{"the army seizes large quantities of arms", "SK-middleEast-2514-20180621", "تحرير السدرة ورأس لانوف.. والجيش يكشف تفاصيل الضربة الخاطفة",
			`وأوضح أن "غرفة العمليات لم تبلغ سوى عن سقوط شهيدين في صفوف الجيش الليبي"، مشير إلى أن الجيش "ضبط كميات كبيرة من الأسلحة والذخائر والسيارات المصفحة"، التي كانت بحوزة الميليشيات.`,
			"2018-06-21 12:00", dis, true},
		{"hideouts with quantities of ammunition", "CN-middleEast-955-20180517", `جيش مصر يعلن قتل 19 تكفيريا بـ"عملية سيناء 2018"`,
			`ولفت المتحدث في بيانه إلى "اكتشاف وتدمير عدد من المخابئ تحت الأرض، عثر بداخلها على كميات من الذخائر والأسلحة وعدد من أجهزة الاتصال بشمال سيناء.`,
			"2018-05-17 12:00", dis, true},
		{"guard: a quantity ending a list of arms counted one by one", "SK-middleEast-3792-20181009", `الأمن المصري يوجه "ضربة استباقية قوية" لوكر إرهابيين بالعريش`,
			`وأوضحت الوكالة الرسمية، أن قوات الأمن داهمت تلك العناصر بالمزرعة المشار إليها، مما أسفر عن مقتلهم جميعا عقب تبادل لإطلاق النيران، وعثر بحوزتهم على 3 بنادق آلية وبندقيتي خرطوش وكمية كبيرة من الذخائر.`,
			"2018-10-09 12:00", dis, false},
		{"guard: the quantity in another clause", "2015-08-03-442", "رجال الجمارك.. يجب حسن الاختيار وتكثيف المزايا",
			`ومازلنا نسمع بين الحين والآخر طرفا من جهودهم، فهذه عملية تهريب مخدرات أُحبطت، وهذه أغذية فيها ضرر على المواطنين حُجزت، وهذه كمية من المتفجرات التي يراد تهريبها بالفطنة كشفت.`,
			"2015-08-03 12:00", dis, false},
		{"guard: a purpose", "", "حملة أمنية",
			`وبدأت قوات الأمن حملة واسعة لضبط كميات من الأسلحة المنتشرة في المدينة.`,
			"2018-05-17 12:00", dis, false},
		{"guard: a past month (adapted)", "", "حصاد العام",
			`وفي يناير الماضي، ضبطت قوات الأمن كميات كبيرة من الأسلحة والذخائر في المنطقة.`,
			"2018-05-17 12:00", dis, false},
		{"guard: a find only expected", "", "تمشيط",
			`وقال المصدر إنه قد يتم ضبط كميات من الأسلحة خلال التمشيط.`,
			"2018-05-17 12:00", dis, false},
	})
}
