package facets

import "testing"

// A verb of managing whose pronoun points back to an offensive (تمكن
// خلاله، تمكنت بموجبه) was managed by who launched the offensive, however
// far back in the sentence it is named.
func TestEventTypesOffensiveManaged(t *testing.T) {
	const regain, takeover = "government-regains-territory", "non-state-actor-overtakes-territory"
	const (
		hajjah = "وشنّ الجيش وبإسناد من التحالف العربي، هجوما واسعا تمكّن خلاله من تحرير مساحة 50 كيلومترا من المحافظة، وبات على مسافة 5 كيلومترات من مثلث عاهم."
		ghouta = "وتكثفت مؤخرا وتيرة إطلاق القذائف على دمشق وضواحيها بالتزامن مع حملة عسكرية بدأها قوات النظام السوري في 18 فبراير ضد الغوطة الشرقية، معقل الفصائل المعارضة قرب دمشق، تمكن خلالها من السيطرة على نحو 65 بالمئة من هذه المنطقة المحاصرة، وفقا لوزارة الدفاع الروسية."
		qadam  = "وعلى جبهة أخرى في جنوب دمشق، أفاد المرصد عن مقتل 36 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها خلال اشتباكات عنيفة ليل الاثنين في حي القدم، إثر هجوم مفاجئ شنه تنظيم \"الدولة الإسلامية\"، تمكن بموجبه من السيطرة على الحي."
	)
	checkTypes(t, []typeCase{
		{"Yemen's army launched an offensive and managed to free ground", "SK-middleEast-3387-20180813",
			"التحالف العربي: انتصارات نوعية للجيش اليمني في حجة", hajjah, "2018-08-13 18:32", regain, true},
		{"the regime's campaign managed to take 65% of Ghouta", "SK-middleEast-433-20180320",
			"قتلى مدنيون بهجوم صاروخي للمعارضة قرب دمشق", ghouta, "2018-03-20 17:21", regain, true},
		// Guard: the launcher nearest the verb is the taker; the regime's
		// men killed in the attack are its losers.
		{"ISIS's attack managed to take a district", "FR-middleEast-186-20180320",
			"سوريا: مقتل 16 طفلا في غارة على مدرسة كانوا يحتمون فيها بالغوطة الشرقية", qadam, "2018-03-20 14:44", regain, false},
		{"ISIS's attack managed to take a district, as a takeover", "FR-middleEast-186-20180320",
			"سوريا: مقتل 16 طفلا في غارة على مدرسة كانوا يحتمون فيها بالغوطة الشرقية", qadam, "2018-03-20 14:44", takeover, true},
	})
}
