package facets

import "testing"

// TestEventTypesArmyHeadquarters pins an attack on an army's headquarters
// (armyHeadquarters in assaultType): "الهجوم على مقر قيادة الجيش"،
// "الهجوم على مقر الأركان العامة للجيش"، "هجوما على مقر الكتيبة" tell
// gunmen assaulting the army, the armed clash the coders type for the
// Ouagadougou attack (round-47 m47et; the blind codings of rounds 37-46).
// The true rows fail on main. Guards: a gunman's attack on a newspaper's
// headquarters and on an electoral commission's, which are no armed
// targets.
func TestEventTypesArmyHeadquarters(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the attack on the army's general staff", "FR-internationalNews-266-20180305", "استجواب المدبر المحتمل",
			`قال مصدر في حكومة بوركينا فاسو الأحد إن القضاء يستجوب شخصا يشتبه بأنه شارك في الهجوم على مقر الأركان العامة للجيش الجمعة الماضية في العاصمة واغادوغو.`,
			"2018-03-05 15:10", "armed-clash", true},
		{"the attack on the army's command headquarters", "FR-internationalNews-227-20180303", "عودة الهدوء إلى واغادوغو",
			`لكن العديد من المصادر الأمنية أكدت مقتل 28 شخصا في الهجوم على مقر قيادة الجيش.`,
			"2018-03-03 06:34", "armed-clash", true},
		{"an armed group attacked the battalion's headquarters", "SK-middleEast-3501-20180902", "ليبيا.. انفجار في سبها",
			`وقالت مصادر محلية إن مجموعة مسلحة شنت هجوما على مقر الكتيبة بعد انفجار السيارة مباشرة، فيما لم تتضح بعد ملابسات الانفجار.`,
			"2018-09-02 10:06", "armed-clash", true},
		{"guard: a gunman attacked a newspaper's headquarters", "SK-internationalNews-2378-20180629", "دوافع المسلح",
			`وكان راموس مسلحا ببندقية وقنابل دخان عندما شن الهجوم على مقر الصحيفة، حيث أطلق النار على الباب الزجاجي وهشمه، ثم دخل إلى غرفة الأخبار وأطلق النار على الموظفين.`,
			"2018-06-29 05:41", "armed-clash", false},
		{"guard: an attack on the electoral commission's headquarters", "SK-middleEast-1387-20180502", "داعش يتبنى",
			`أعلن تنظيم "داعش" مسؤوليته عن تنفيذ هجوم على مقر المفوضية العليا للانتخابات في ليبيا، الأربعاء، الذي نتج عنه مقتل 11 شخصا وإصابة آخرين.`,
			"2018-05-02 14:29", "armed-clash", false},
	})
}
