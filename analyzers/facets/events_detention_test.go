package facets

import "testing"

// An arrest word that is the genitive of a place (مركز احتجاز، معسكرات
// اعتقال) names where people are held, not an arrest made; an arrest told
// beside it still counts.
func TestEventTypesDetentionPlace(t *testing.T) {
	const typ = "arrests"
	checkTypes(t, []typeCase{
		{"a riot in a detention centre", "SK-internationalNews-1608-20180517", "شغب ورعب في مركز احتجاز للمعارضين بفنزويلا",
			"قال نشطاء وأقارب سجناء إن أعمال شغب اجتاحت مركز احتجاز يضم عشرات المعارضين لحكومة الرئيس الفنزويلي نيكولاس مادورو، كما يحتجز به مبشر من طائفة المورمون من ولاية يوتا الأميركية.\n" +
				"ومن أمام المركز قال ألفريدو روميرو المحامي وعضو جماعة (بينالفورام) الحقوقية إنه يبدو أن هذا أشعل \"نوعا من القتال الداخلي\".",
			"2018-05-17 02:19", typ, false},
		{"a detention centre's prisoners riot", "SK-internationalNews-3335-20181007", "فوضى بـ\"البيت الأزرق\" في جوبا",
			"ذكر مصدر أمني في جنوب السودان أن سجناء في مركز اعتقال بالعاصمة جوبا قاموا بأعمال شغب، في وقت مبكر من صباح الأحد.",
			"2018-10-07 10:00", typ, false},
		// Guard: an arrest made, told without a place.
		{"the police arrest a suspect", "BB-internationalNews-714-20180628", "5 قتلى في هجوم مسلح على مقر صحيفة أمريكية",
			"وأكدت الشرطة أن الهجوم وقع على مقر صحيفة كابيتال غازيت، بعد ظهر الخميس، وأنها ألقت القبض على مشتتبه به، مع وجود كثير من الضحايا في موقع الحاث.",
			"2018-06-28 22:00", typ, true},
	})
}
