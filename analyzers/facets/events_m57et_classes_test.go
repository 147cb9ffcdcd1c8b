package facets

import "testing"

// TestEventTypesM57etInfiltrationsFoiled pins the round-57 reader m57et's
// rule infiltrationsFoiled: an infiltration foiled or repelled ("أحبطت
// قوات المقاومة اليمنية المشتركة، السبت، محاولة تسلل فاشلة") is an armed
// clash, as the eight pool and blind gold articles with the construction
// all code it; the foiling triggers read an attempt's kind only right after
// the word and type it a clash only when a fight is told beside it. The
// true rows fail on main. Guards: crossers counted or called cases at a
// border (Egypt's guards stopping people bound for Libya, coded no event;
// Saudi border patrols' tallies), the repelling noun as an aim.
func TestEventTypesM57etInfiltrationsFoiled(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"an infiltration foiled, the subject and a day between", "SK-middleEast-3034-20180721", "المقاومة تحبط تسللا حوثيا بالحديدة.. وتعتقل عشرات المسلحين",
			`أحبطت قوات المقاومة اليمنية المشتركة، السبت، محاولة تسلل فاشلة، قام بها عدد من مسلحي ميليشيات الحوثي الإيرانية، في محافظة الحديدة بالساحل الغربي، وفق ما أورد مراسلنا.
وأضاف المراسل أن المقاومة تمكنت من اعتقال 35 من مسلحي الميليشيات الذين حاولوا التسلل إلى منطقة الجاح جنوبي الحديدة.`,
			"2018-07-21 12:00", clash, true},
		{"infiltration attempts repelled past the lead, a backer between", "SK-middleEast-836-20180407", `اليمن.. انهيارات "متسارعة" للحوثين إثر ضربات "قاصمة" للتحالف`,
			`دمرت مقاتلات ومدفعية التحالف العربي لدعم الشرعية في اليمن، بقيادة المملكة العربية السعودية، بإسناد من القوات المسلحة الإماراتية، مواقع وآليات عسكرية تابعة لميليشيات الحوثي الإيرانية بجبهة الساحل الغربي لليمن.
وقالت وكالة أنباء الإمارات إن مقاتلات ومدفعية التحالف العربي دمرت مواقع وتجمعات للميليشيات وعشرات الآليات العسكرية في مناطق البرح غرب تعز والتحيتا و مصبرية الواقعة شرق الجراحي على الساحل الغربي لليمن في ضربات نوعية وقاصمة، أسفرت عن انهيارات متسارعة وحالة من الإرباك في صفوف الميليشيات في ظل الانتصارات الكبيرة لقوات التحالف العربي وقوات الشرعية على الأرض اليمنية.
وتصدت قوات الشرعية اليمنية، مدعومة من قوات التحالف العربي، لمحاولات تسلل بائسة لمسلحي عناصر ميليشيات الحوثي الإيرانية باتجاه مديرية حيس بجبهة الساحل الغربي لليمن، كانت تستهدف تنفيذ عمليات إرهابية ضد المدنيين تلقوا على إثرها هزائم موجعة.`,
			"2018-04-07 12:00", clash, true},
		{"an infiltration thwarted in the title, no fight told beside it", "2015-08-11-1439", "إفشال محاولة تسلل قرب الشريط الحدودي لميليشيات الحوثي",
			`وتستغل الميليشيات هذه الأيام الرياح الشديدة والغبار الذي يضرب منطقة جازان ويحجب الرؤية بدرجة كبيرة.`,
			"2015-08-11 12:00", clash, true},
		{"guard: crossers counted at Egypt's border with Libya", "2015-07-27-353", "الحكومة المصرية تمدد حالة الطوارئ في شمال سيناء 3 أشهر أخرى",
			`من جهة أخرى أحبطت قوات حرس الحدود المصرية محاولة تسلّل 45 شخصًا بينهم 12 سودانيًا، للحدود المصرية الليبية ودخول الأراضي الليبية بطريقة غير مشروعة.`,
			"2015-07-27 12:00", clash, false},
		{"guard: a border patrol's cases of infiltration", "2015-08-02-1202", "حرس الحدود يحبط حالتي تسلل في الشرقية",
			`أحبطت دوريات حرس الحدود بالمنطقة الشرقية حالتي تسلل وضبطت مخالفة صيد وأنقذت قارب نزهة تعطل في عرض البحر.`,
			"2015-08-02 12:00", clash, false},
		{"guard: attempts counted since the war began", "2015-07-27-298", "إحباط 18214 محاولة تسلل عبر الحدود السعودية منذ بداية «عاصفة الحزم»",
			`قال مصدر أمني مطلع في وزارة الداخلية إن عدد المحاولات التي اعترضتها الجهات الأمنية وصل إلى نحو 18 ألفا.`,
			"2015-07-27 12:00", clash, false},
		{"guard: the repelling noun as an aim", "", "الجيش يعزز مواقعه على الحدود",
			`أكد قائد المنطقة أن القوات عززت مواقعها على الحدود، متعهدا بمواصلة التصدي لمحاولات التسلل.`,
			"2018-05-01 12:00", clash, false},
	})
}
