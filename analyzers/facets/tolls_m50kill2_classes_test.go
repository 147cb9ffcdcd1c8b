package facets

import "testing"

// TestKilledTwoDoersDied pins rul46c-3 for two doers (twoDoersDied,
// tolls_doerfelled.go): the victims' toll and then "بمقتل مسلحين اثنين"
// or "المفجرين الاثنين قتلا" are the victims and the two attackers. Rows
// from corpus articles (round40-blindh FR-internationalNews-2555, ruled
// 15 → 17; the Quetta bombing, coded 8). Guards: "المسلحين الاثنين" after
// مقتل (الاثنين as often Monday), a single gunman's death left to
// doerFelled, and two doers named without their death.
func TestKilledTwoDoersDied(t *testing.T) {
	checkKilled(t, []tollCase{
		{"FR-internationalNews-2555-20180801", "أفغانستان: مقتل وإصابة العشرات في هجوم على مقر \"هيئة اللاجئين والعائدين\" بجلال آباد", "قتل ما لا يقل عن 15 شخصا الثلاثاء في مدينة جلال آباد بشرق أفغانستان عندما اقتحم مسلحون مبنى حكوميا وحاصروا العشرات داخله بعد أن فجر انتحاري نفسه عند مدخل البوابة.\nوقال خوجياني إن الواقعة انتهت فيما يبدو بمقتل مسلحين اثنين وتدمير أجزاء كبيرة من المبنى.", "2018-08-01 10:00", 17},
		{"SK-internationalNews-1149-20180424", "هجمات تهز كويتا وقتلى من الشرطة الباكستانية", "قال مسؤولون إن انتحاريين استهدفا الشرطة الباكستانية والقوات شبه العسكرية في مدينة كويتا بجنوب غرب البلاد مما أدى إلى مقتل ستة من الشرطة وإصابة 15 آخرين.\nوقال المسؤول الذي طلب عدم نشر اسمه إن المفجرين الاثنين قتلا.", "2018-04-24 10:00", 8},
		// Guards.
		{"monday", "هجوم على مقر حكومي", "قتل 15 شخصا في هجوم على مقر حكومي في المدينة.\nوأعلنت الشرطة مقتل المسلحين الاثنين في مداهمة منفصلة.", "2018-08-01 10:00", 15},
		{"named", "هجوم على مقر حكومي", "قتل 15 شخصا في هجوم شنه مسلحين اثنين على مقر حكومي في المدينة.", "2018-08-01 10:00", 15},
	})
}
