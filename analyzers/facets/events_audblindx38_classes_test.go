package facets

import "testing"

// TestTypesSortieFlown pins an air strike told as sorties carried out at a
// target or with a result (evSortie, sortieFlown): "نفذ من جهته 15 طلعة
// جوية في مختلف المناطق، أسفرت عن قتل 25"، "نفذ طلعاته الجوية على مواقع
// عناصر تنظيم داعش". Iraqi and coalition statements count their strikes
// so; round 38's blind codings type the coalition's sorties over Anbar an
// air strike, which rasid missed. Guard: a test flight's sorties struck
// nothing ("نفذت الطائرة أكثر من 250 طلعة جوية لإتقان العمل").
func TestTypesSortieFlown(t *testing.T) {
	checkTypes(t, []typeCase{
		{"result", "2015-08-06-2316", "مقتل العشرات من داعش فى العراق", "وأوضحت في بيان أن طيران التحالف الدولي نفذ من جهته 15 طلعة جوية في مختلف المناطق، أسفرت عن قتل 25 من عناصر تنظيم “داعش”، وتدمير مواقع وأسلحة وعجلات مختلفة تابعة له.", "2015-08-06 01:12", "air-drone-strike", true},
		{"target", "2015-07-26-822", "مقتل 13 عراقياً و13 من «داعش» في عمليات ببعقوبة", "وقالت مصادر إن طيران الجيش العراقي نفذ طلعاته الجوية على مواقع عناصر تنظيم «داعش» في قرى منطقة جبال حمرين شمالي بعقوبة.", "2015-07-26 17:24", "air-drone-strike", true},
		// Guard.
		{"test flight", "BB-internationalNews-131-20180311", "روسيا تعلن نجاح تجربة إطلاق صاروخ \"يفوق سرعة الصوت\"", "وقالت وزارة الدفاع إنه منذ بداية العام، نفذت الطائرة أكثر من 250 طلعة جوية لإتقان العمل ضمن مهام الأنظمة الصاروخية.", "2018-03-11 13:45", "air-drone-strike", false},
	})
}

// TestTypesVehicleStopped pins a road vehicle pulled over by a verb of the
// وقف root (haltedThings): "شرطي أوقف حافلة الهلال وسخر منها"، "اوقفت
// شرطة كيب كورال سيارة على الطريق". The vehicle is stopped, no man
// arrested; round 38's blind sample typed a Saudi traffic policeman's stop
// arrests. Guard: people counted after the verb are arrested ("وأوقفت
// قوات الأمن التركية 54 شخصًا").
func TestTypesVehicleStopped(t *testing.T) {
	checkTypes(t, []typeCase{
		{"bus", "CN-sport-106-20180316", "الأمن العام السعودي يحدد هوية شرطي أوقف حافلة الهلال وسخر منها", "وتداولت وسائل إعلام سعودية، فيديو يظهر أحد رجال الأمن وهو يوقف حافلة نادي الهلال مشيرا إلى أنه سيقوم بمخالفتها ولكنه لا يدري ما هي المخالفة، وهو الأمر الذي عرضه لعديد من الانتقادات.", "2018-03-16 12:46", "arrests", false},
		{"car", "CN-internationalNews-570-20180906", "قفز في بحيرة هرباً من الشرطة لكن شيئاً مرعباً كان ينتظره", "وقعت الحادثة عندما اوقفت شرطة كيب كورال سيارة على الطريق لكن سائقها ركض هارباً من المكان.", "2018-09-06 14:39", "arrests", false},
		// Guard.
		{"people", "2015-07-26-163", "ارتفاع عدد موقوفي الحملة الأمنية التركية", "وأوقفت قوات الأمن التركية 54 شخصًا، في عمليات أمنية شنتها ضد عناصر من الذراع الشبابية لمنظمة «بي كي كي»، وتنظيم داعش في ولاية أضنة جنوب البلاد.", "2015-07-26 17:07", "arrests", true},
	})
}
