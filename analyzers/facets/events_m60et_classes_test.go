package facets

import "testing"

// 2015-07-26-214, whole.
const (
	m60etTurkeyTitle = `تركيا.. اعتقال نحو 2000 شخص ينتمون لتنظيمات إرهابية - فيديو`
	m60etTurkeyBody  = ` أعلن وزير الخارجية التركي مولود جاويش أوغلو عن نجاح الوحدات الأمنية في توقيف نحو 2000 شخص بتهمة الانضمام إلى جماعات إرهابية، ومنع 1800 إرهابي من دخول البلاد، مشيرا إلى أن تركيا تخوض حربا ضد الإرهاب وخصوصا إرهاب "داعش". `
)

// CN-middleEast-87-20180224, whole.
const m60etAfrinBody = `دبي، الإمارات العربية المتحدة (CNN)— أعلن الجيش التركي، السبت، تحييد 1931 إرهابيا على حد تعبيره، وذلك منذ انطلاق العمليات التي أعلن عنها في منطقة عفرين بشمال سوريا وأطلق عليها اسم عمليات "غصن الزيتون."
ونقلت وكالة أنباء الأناضول التركية الرسمية، بيان الجيش الذي ذكر أن "العملية العسكرية متواصلة في عفرين شمال غربي سوريا، بهدف تحقيق الأمن والاستقرار في الحدود والمنطقة،" مؤكدا على ان الإرهابيين من "تنظيمي ب ي د / بي كا كا وداعش."
وأضاف البيان العسكري التركي أن هذه العمليات التي انطلقت منذ 20 يناير / كانون الثاني الماضي، تهدف أيضا لـ"إنقاذ أهالي المنطقة، الأصدقاء والأشقاء، من ضغوطهم وظلمهم."`

// TestEventTypesM60etYearCounted pins the round-60 reader m60et's rule
// (yearCounted, events_yearcount.go): a four-digit figure below the
// publication year that a people noun follows ("2000 شخص"، "1931
// إرهابيا") or a hedge precedes ("نحو 2000") counts people and is no past
// year, so oldYear no longer sets its sentence's news aside as history.
// The true rows fail on main. Guards: a real past year in the sentence
// still does; and a toll of thousands (قتيل) is left read as before, a
// tally over a span (SK-middleEast-649).
func TestEventTypesM60etYearCounted(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the title's arrest of about 2000 people, told again in the lead", "2015-07-26-214", m60etTurkeyTitle, m60etTurkeyBody, "2015-07-26 12:00", "arrests", true},
		{"1931 terrorists neutralised in Afrin, title and lead", "CN-middleEast-87-20180224", "الجيش التركي: تحييد 1931 إرهابيا للآن بعمليات غصن الزيتون", m60etAfrinBody, "2018-02-24 12:00", "armed-clash", true},
		{"guard: a real year in the arrest's sentence is still history", "adapted from 2015-07-26-214", "تصريحات وزير الخارجية التركي",
			"أعلن وزير الخارجية التركي أن الوحدات الأمنية نجحت عام 2013 في توقيف عشرات الأشخاص بتهمة الانضمام إلى جماعات إرهابية.", "2015-07-26 12:00", "arrests", false},
		{"guard: a toll of 2000 dead over two months of fighting stays a tally", "SK-middleEast-649-20180329", "عندما استفادت دمشق من \"الانقسام\" في الغوطة",
			"وتتهم جماعات حقوق الإنسان قوات الأسد الجوية باستهداف المدنيين والمستشفيات في الغوطة، في وقت أحصت فيه المعارضة 2000 قتيل خلال حوال شهرين من القتال.", "2018-03-29 12:00", "armed-clash", false},
	})
}
