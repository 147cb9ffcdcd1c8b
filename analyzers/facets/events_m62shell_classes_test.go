package facets

import "testing"

// TestEventTypesM62shellProtested pins the round-62 reader m62shell's
// protested strikes. A bare strike noun right after a word of a protest's
// purpose or of a condemnation, with at most على between ("للاحتجاج على
// الضربات العسكرية"، "مشروع قرار روسي يدين الضربات الغربية"), is what
// people protest or a draft condemns, not fire told (strikeSense,
// protestedStrikes). The false rows fail on main. Guard: a protest of raids
// (2015-08-09-572, "للتنديد بالغارات التي يشنها الجيش التركي") keeps its air
// strike, which strikeSense never reads.
func TestEventTypesM62shellProtested(t *testing.T) {
	const shelling = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"a protest against the strikes", "2015-07-25-1190", "الشرطة التركية تطلق مدافع المياه والغاز على متظاهرين في انقرة",
			`قال شاهد عيان من رويترز إن الشرطة التركية أطلقت مدافع المياه والغاز المسيل للدموع لتفريق نحو ألف متظاهر تجمعوا في العاصمة أنقرة للاحتجاج على الضربات العسكرية في سوريا وشمال العراق.`,
			"2015-07-25 12:00", shelling, false},
		{"a draft condemning the strikes", "FR-middleEast-295-20180414", "مجلس الأمن يصوت ضد مشروع قرار روسي يدين الضربات الغربية على سوريا",
			`فشلت موسكو السبت في تمرير مشروع قرار في مجلس الأمن يدين الضربات العسكرية للولايات المتحدة وبريطانيا وفرنسا على سوريا. ولم يحظ المشروع الروسي بتأييد سوى ثلاثة أعضاء فقط.`,
			"2018-04-14 12:00", shelling, false},
		{"guard: a protest of raids keeps its air strike", "2015-08-09-572", ".. ومظاهرات للأكراد في بروكسل",
			`تظاهر نحو مئتي شخص في بروكسل للتنديد بالغارات التي يشنها الجيش التركي على أعضاء حزب العمال الكردستاني وللترحم على ضحايا الهجوم الذي أثار موجة العنف هذه في يوليو.`,
			"2015-08-09 12:00", "air-drone-strike", true},
	})
}
