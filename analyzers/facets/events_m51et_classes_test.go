package facets

import "testing"

// TestEventTypesM51et pins the round-51 reader m51et's convoy of a place's
// displaced (evacueesType, events_evacuees.go): "مهجري القنيطرة"، "مهجري
// دوما" name the fighters and families an evacuation deal carries north,
// with no fighter, evacuation or bus word the transfer triggers read, and
// the blind codings type each batch or convoy of them a non-violent
// transfer. The true rows fail on main. Guards: the displaced of a place
// with no batch or convoy (Ghouta's evacuees hit by a raid in Idlib,
// Tawergha's displaced stranded in Libya's desert).
//
// And the protesters who did the deed (violentProtest): a nominative
// protester plural right after a deed verb is its subject ("بعدما أضرم
// محتجون النار في القنصلية الإيرانية"), not its object as the accusative
// is ("هاجموا المتظاهرين"); main skipped both. Guard: protesters attacked.
func TestEventTypesM51et(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a third batch of Quneitra's displaced leaves", "SK-middleEast-3043-20180722", "خروج دفعة ثالثة من مهجري القنيطرة باتجاه الشمال السوري",
			`قالت مصادر محلية إن الدفعة الثالثة من أهالي محافظة درعا والقنيطرة انطلقت من أطراف بلدة الشيخ مسكين إلى محافظة إدلب شمالي سوريا.
وأكدت المصادر أنَّ حوالي 850 شخصا من مقاتلين ومدنيين غير راغبين بتسوية أوضاعهم من بلدة محجة والشيخ مسكين بريف درعا خرجوا في الدفعة الثالثة بينهم 98 امرأة و 173 طفل.`,
			"2018-07-22 12:00", transferType, true},
		{"a batch of Quneitra's displaced heads for Idlib", "SK-middleEast-3019-20180720", `دفعة من "مهجري القنيطرة" تغادر إلى إدلب`,
			`قالت مصادر محلية لـ"سكاي نيوز عربية"، الجمعة، إن دفعة جديدة من مهجري القنيطرة جنوبي سوريا، توجهت نحو إدلب شمالي سوريا.
وجاء ذلك تطبيقا لاتفاق أعلن الخميس، يقضي بتهجير رافضي التسوية مع النظام من مدنيين ومقاتلين وعائلاتهم، باتجاه إدلب، وتسوية أوضاع من يقبل بحكم النظام في القنيطرة.`,
			"2018-07-20 12:00", transferType, true},
		{"a new convoy of Douma's displaced", "SK-middleEast-983-20180413", "خروج قافلة جديدة تضم المئات من مهجري دوما",
			`وصلت دفعة جديدة من مهجري مدينة دوما في الغوطة الشرقية إلى معبر أبو الزندين على مشارف مدينة الباب بريف حلب الشمالي. بحسب مصادر سكاي نيوز عربية.`,
			"2018-04-13 12:00", transferType, true},
		{"guard: Ghouta's displaced hit by a raid, no convoy", "SK-middleEast-697-20180401", "مقتل 12 بقصف جوي على أريحا في إدلب",
			`أفاد المرصد السوري لحقوق الإنسان، بمقتل 12 شخصاً وإصابة عدد كبير من مهجري الغوطة الشرقية إلى الشمال السوري، نتيجة القصف الجوي لمدينة أريحا في محافظة إدلب.`,
			"2018-04-01 12:00", transferType, false},
		{"guard: Tawergha's displaced stranded", "SK-middleEast-719-20180401", "مهجرو تاورغاء.. عالقون في الصحراء الليبية ومصرون على العودة",
			`رغم العواصف الرملية وسوء الأوضاع في قرارة القطف بصحراء ليبيا، فإن مئات العالقين من مهجري تاورغاء يصرون على البقاء فيها سعيا للعودة إلى بلدتهم.`,
			"2018-04-01 12:00", transferType, false},
		{"protesters set the consulate alight", "BB-middleEast-980-20180909", "مظاهرات البصرة: السلطات ترفع حظر التجول في المدينة",
			`رفعت السلطات العراقية حظرا للتجول في مدينة البصرة، جنوبي العراق، التي عصفت بها احتجاجات شابتها أعمال عنف.
وجاء الإعلان عن رفع حظر التجول، الذي فُرض مساء يوم الجمعة، بعدما أمر رئيس الوزراء العراقي، حيدر العبادي، بإقالة عدد من كبار ضباط الشرطة في البصرة بعد أيام من الاحتجاجات الدامية هناك.
وفُرض حظر التجول بعدما أضرم محتجون النار في القنصلية الإيرانية في المدينة، ذات الغالبية الشيعية، مرددين شعارات مناهضة للنفوذ الإيراني في العراق.`,
			"2018-09-09 12:00", "violent-demonstration", true},
		{"guard: protesters attacked, their protest not violent", "", "مظاهرات في البصرة للمطالبة بالخدمات",
			`خرجت احتجاجات في مدينة البصرة للمطالبة بتوفير الكهرباء والمياه.
وقال شهود إن مجهولين هاجموا المتظاهرين قرب مبنى المحافظة.`,
			"2018-07-14 12:00", "violent-demonstration", false},
	})
}
