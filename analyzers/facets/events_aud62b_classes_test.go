package facets

import "testing"

// TestEventTypesAud62b pins round 62's blind audit b rule (ordinaryCrime in
// events.go): a drug seizure named by the drugs' adjective (مخدرة،
// المخدرة: "حبة مخدرة"، "حبوب مخدرة") is an ordinary crime, whose arrest is
// police work the golds leave untyped (round 43 class 11). The want rows
// fail on main. Guards: a military statement whose drug seizure stands
// beside the arrest of militants and wanted men, and an ISIS emir's arrest.
func TestEventTypesAud62b(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a drug smuggler caught, the drugs named by their adjective", "2015-08-09-898", `السلطات الأردنية تلقي القبض على سعوديين بحوزتهم 5 ملايين حبة مخدرة`,
			`ضبطت الأجهزة الأمنية الأردنية، مساء أمس السبت، سيارة بها شابان سعوديان بحوزتهما ما يقرب من 5 ملايين حبة مخدرة بعد مطاردة مثيرة في العقبة، بطريقها إلى المملكة العربية السعودية.`,
			"2015-08-09 12:00", "arrests", false},
		{"a citizen caught smuggling pills", "2015-07-31-118", `مكة : القبض على مواطن حاول تهريب حبوب مخدرة`,
			`لاحظ رجال القوة الخاصة لأمن الطرق بمنطقة مكة المكرمة على طريق مكة الطائف شخصا مترجلا يحاول الالتفاف من خلف مركز الضبط الأمني بالسيل وتمت متابعته واستيقافه.`,
			"2015-07-31 12:00", "arrests", false},
		{"drugs seized beside militants arrested", "SK-middleEast-2029-20180529", `مقتل جنديين و8 مسلحين في سيناء`,
			`قتل جنديان مصريان و8 مسلحين "تكفيريين"، في الحملة التي ينفذها الجيش المصري بشمال ووسط سيناء منذ فبراير الماضي، لملاحقة التنظيمات المتشددة، حسب بيان نشرته القوات المسلحة، الثلاثاء.
وأوضح البيان أنه تم إلقاء القبض على "64 فردا من المطلوبين جنائيا والمشتبه بهم واتخاذ الإجراءات القانونية حيالهم".
كما أسفرت العمليات عن "ضبط كميات من الذخائر والملابس العسكرية، وضبط 11 كيلوغراما من المواد المخدرة بوسط وشمال سيناء".`,
			"2018-05-29 12:04", "arrests", true},
		{"an ISIS emir arrested", "SK-middleEast-618-20180328", `العراق.. اعتقال "أمير الصحراء" في تنظيم  داعش`,
			`أعلن جهاز مكافحة الارهاب العراقي اعتقال ما يعرف بأمير الصحراء في تتظيم داعش المدعو"صعب عبد الله العيساوي" ومعاونه ذياب العيساوي في محافظة الأنبار وفق ما أفاد به مراسلنا في العراق.`,
			"2018-03-28 06:49", "arrests", true},
	})
}
