package facets

import "testing"

// Round 38's blind audit (audblindj38), fighting told in other words:
//   - a bare strike noun waged by شن, past the lead: "وشنت الميلشيات
//     الإيرانية قصفا عشوائيا على منازل"، "تشن القوات الحكومية منذ صباح
//     الأحد حملة قصف عنيف" (wagedStrike, events_waged.go), its ground doer
//     named between verb and noun ("شن عناصر المقاومة قصفا عنيفا") read
//     as shelling beside an air raid (groundDoer, events_ground.go);
//   - a strike told with its guns beside the air raids of the same report:
//     "وشنت مدفعية التحالف قصفا مكثفا"، "دبابة حوثية تمركزت وقصفت المطار"
//     (gunStrike, events_waged.go).
//
// The want rows fail on the rules before. Guards: a strike stopped (عن
// قصف), a memoir's cannon, a pestle's blows.
func TestEventTypesAudblindj38(t *testing.T) {
	filler := "وقال مصدر محلي إن الوضع الإنساني يزداد سوءا في المنطقة. وأضاف أن المنظمات الدولية لم تصل بعد. "
	checkTypes(t, []typeCase{
		{"Bayda: the militias waged random shelling", "SK-middleEast-2831-20180710", "خسائر جديدة للحوثيين في مواجهات البيضاء",
			filler + "وشنت الميلشيات الإيرانية قصفا عشوائيا على منازل وممتلكات المواطنين في مناطق المحصن كساد والأجردي بالمديرية ذاتها.",
			"2018-07-10 16:00", "shelling-artillery-missile-attack", true},
		{"Quneitra: a shelling campaign since Sunday morning", "SK-middleEast-2929-20180716", "",
			filler + "وبعد استعادتها الجزء الأكبر من محافظة درعا، تشن القوات الحكومية منذ صباح الأحد حملة قصف عنيف على مواقع سيطرة الفصائل المعارضة في محافظة القنيطرة.",
			"2018-07-16 10:00", "shelling-artillery-missile-attack", true},
		{"Labouza: the resistance shells beside the coalition's raids", "2015-08-06-2161", "لبوزة في مرمى نيران الثوار",
			"أكد المركز الإعلامي للمقاومة أن طائرات التحالف العربي شنت غارات عنيفة على المتمردين داخل المعسكر. " + filler +
				"كما شن عناصر المقاومة قصفا عنيفا على الموقع، باستخدام التلال التي يسيطرون عليها.",
			"2015-08-06 10:00", "shelling-artillery-missile-attack", true},
		{"Hodeidah: the coalition's artillery beside its jets", "SK-middleEast-2654-20180629", "",
			"واستهدفت مقاتلات التحالف العربي بغارات جوية مواقع المتمردين في التحيتا. " + filler +
				"وشنت مدفعية التحالف قصفا مكثفا على مواقع المتمردين، ما ساهم في تقدم القوات.",
			"2018-06-29 10:00", "shelling-artillery-missile-attack", true},
		{"Hodeidah airport: a Houthi tank shelled it", "SK-middleEast-2484-20180619", "",
			"أعلن قائد قوات التحالف العربي تحرير مطار الحديدة بالكامل بعد غارات جوية. " + filler +
				"وأكد أن ميليشيات الحوثي تستخدم المدنيين دروعا بشرية، وأن دبابة حوثية تمركزت وقصفت المطار من منزل مدني.",
			"2018-06-19 10:00", "shelling-artillery-missile-attack", true},
		// Guards.
		{"guard: the Russian jets stopped shelling", "", "",
			filler + "وإثر ذلك، توقفت الطائرات الروسية، التي تشن هجمات في سوريا منذ عام 2015، عن قصف مواقع المعارضة في الجنوب.",
			"2018-06-28 10:00", "shelling-artillery-missile-attack", false},
		{"guard: a memoir's cannon", "", "الشراب الأحمر",
			filler + "وحين أبحر في بحر الطفولة فلا أتذكر إلا طفولة معذبة تعاني من الظلم ومن القسوة، إما تحت قصف المدافع، وإما تحت جور سوط ظالم.",
			"2015-08-03 10:00", "shelling-artillery-missile-attack", false},
		{"guard: a pestle's blows", "", "",
			filler + "ومن أدوات البيت العراقي رحى طحن الحبوب، التي يرافق دويها غناء حزين، وضربات الهاون الذي تطحن فيه حبوب البن.",
			"2018-07-08 10:00", "shelling-artillery-missile-attack", false},
	})
}
