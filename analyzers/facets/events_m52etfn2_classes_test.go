package facets

import "testing"

// TestEventTypesM52etfn2 pins the round-52 reader m52etfn2's recall rule:
// an army's statement that it eliminated (القضاء على) or neutralized
// (تحييد) counted fighters or a group's commander (evEliminated,
// eliminatedType) is an armed clash, told so with no clash word in Egypt's
// Sinai 2018 bulletins and Turkey's Olive Branch tallies. The true rows
// fail on main. Guards: a club's debts eliminated (a count of no
// fighters), a fight's aim, the other senses of تحييد and القضاء.
func TestEventTypesM52etfn2(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Egypt's army eliminates a Sinai emir", "SK-middleEast-1111-20180418", `مقتل أمير تنظيم "بيت المقدس" بوسط سيناء`,
			`أعلنت القوات المسلحة المصرية، الأربعاء، القضاء على أمير تنظيم "بيت المقدس" الإرهابي بوسط سيناء، ناصر أبو زقول.`,
			"2018-04-18 08:16", "armed-clash", true},
		{"the eliminated counted as the bulletin writes them", "CN-middleEast-721-20180425", `الجيش المصري يعلن القضاء على أمير "التنظيم الإرهابي" بسيناء`,
			`جاء ذلك في بيان نشره المتحدث على صفحته حيث أعلن أن القوات المصرية تمكنت من "القضاء على عدد (8) فرد تكفيري شديد الخطورة بشمال ووسط سيناء".`,
			"2018-04-25 10:34", "armed-clash", true},
		{"Turkey's army neutralizes fighters around Afrin", "CN-middleEast-262-20180313", "الجيش التركي يعلن محاصرة مدينة عفرين بسوريا",
			`أعلنت رئاسة الأركان التركية، الثلاثاء، أن القوات التركية تحاصر مدينة عفرين منذ الاثنين.
وأضاف البيان أن العمليات أسفرت إلى الآن عن "تحييد 3393 إرهابيا وأنها مستمرة مع اتخاذ كافة التدابير اللازمة لضمان عدم إلحاق الضرر بالمدنيين".`,
			"2018-03-13 16:40", "armed-clash", true},
		{"guard: a club's debts eliminated", "2015-07-24-155", "شاهد.. البلوي يعلن القضاء على 80% من ديون الاتحاد",
			`أعلن رئيس نادي الاتحاد أن الإدارة تمكنت من القضاء على 80% من ديون النادي خلال الموسم الماضي.`,
			"2015-07-24 12:00", "armed-clash", false},
		{"guard: an elimination as the war's aim", "", "الحرب على الإرهاب لن تتوقف",
			`قال الوزير إن العمليات ستستمر حتى القضاء على آخر إرهابي في البلاد.`,
			"2018-04-25 12:00", "armed-clash", false},
		{"guard: the other senses of the words", "", "الإمارات: إحالة متهمين بالانتماء لتنظيم إرهابي للقضاء",
			`أعلنت السلطات أن النيابة العامة أحالت إلى القضاء 41 شخصا، وأكد الحزب أنه لن يحيد عن خيار المقاومة ويدعو إلى تحييد المؤسسات.`,
			"2015-08-03 12:00", "armed-clash", false},
	})
}
