package facets

import "testing"

// TestEventTypesAllegedAttack pins the alleged attack (events_alleged.go): an
// attack phrase that "مفترض" follows ("هجوم كيماوي مفترض"، "الهجوم الكيميائي
// المفترض") is an attack said to have taken place, not a possible one. The
// true rows fail on main (modalAfter read مفترض as محتمل). Guards: an attack
// called "محتمل" and a strike called "مفترضة" stay what may happen.
func TestEventTypesAllegedAttack(t *testing.T) {
	checkTypes(t, []typeCase{
		{"strikes in reply to an alleged gas attack the capital is accused of", "SK-middleEast-1025-20180414", `المرصد: المواقع المستهدفة بسوريا كانت "فارغة"`,
			`وشنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات عسكرية على أهداف للنظام في سوريا، رداً على هجوم كيماوي مفترض اتُهمت دمشق بتنفيذه في دوما قرب دمشق.`,
			"2018-04-14 08:22", "chemical-weapon", true},
		{"a summit hours after the strikes that answered an alleged attack", "FR-middleEast-290-20180415", "قمة عربية في السعودية لمناقشة ملفات سوريا واليمن والقدس",
			`وتأتي القمة العربية بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لنظام الرئيس السوري بشار الأسد المتحالف مع إيران وروسيا ردا على هجوم كيميائي مفترض في مدينة دوما.`,
			"2018-04-15 06:30", "chemical-weapon", true},
		{"a joint reply vowed to an alleged attack that killed dozens", "SK-middleEast-873-20180409", `سوريا وروسيا: إسرائيل نفذت "ضربة التيفور"`,
			`وتأتي الضربة بعد أن تعهد الرئيس الفرنسي، إيمانويل ماكرون، ونظيره الأميركي، دونالد ترامب، الأحد، "بردّ قوي مشترك" على هجوم كيماوي مفترض أسفر عن مقتل العشرات في مدينة دوما، بحسب البيت الأبيض.`,
			"2018-04-09 07:18", "chemical-weapon", true},
		{`guard: an attack called "محتمل" stays possible`, "FR-internationalNews-670-20180411", "مباحثات روسية إيرانية حول التهديدات الغربية بتوجيه ضربة عسكرية ضد دمشق",
			`التقى المبعوث الروسي الخاص إلى سوريا ألكسندر لافرنتييف الثلاثاء في زيارة مفاجئة لطهران، مع الأمين العام للمجلس الأعلى للأمن القومي الإيراني علي شمخاني ومسؤولين آخرين، لبحث التهديدات الغربية الأخيرة بتوجيه ضربة عسكرية لسوريا ردا على هجوم كيميائي "محتمل" في دوما السبت.`,
			"2018-04-11 04:57", "chemical-weapon", false},
		{`guard: a strike called "مفترضة" in a threat's image`, "BB-middleEast-553-20180530", `"اتفاق أمريكي تركي" على انسحاب المسلحين الأكراد من منبج السورية`,
			`وفي المقابل، هدد الرئيس التركي، رجب طيب أردوغان، الولايات المتحدة بتلقي "صفعة عثمانية"، وهي إشارة تاريخية على تلقي ضربة قاتلة مفترضة.`,
			"2018-05-30 15:17", "air-drone-strike", false},
	})
}
