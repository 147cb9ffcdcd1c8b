package facets

import "testing"

// TestEventTypesM58arrHaltedPartitive pins the round-58 reader m58arr's
// reading of "منها" after a finite verb of the وقف root (haltedFar): the
// part of a plural of things, alone or right after a count and before any
// person, is what the verb halts — facilities stopping their work, offices
// suspended — never whom an arrest took. The gold articles with the
// construction (SK-middleEast-3, 2015-08-03-773) code no arrest, and the
// corpus holds no arrest so told. The false rows fail on main. Guards: a
// count of people (منهم), another verb's منها past the object, a count of
// people with no partitive.
func TestEventTypesM58arrHaltedPartitive(t *testing.T) {
	const arrests = "arrests"
	const officesTitle = "العمل توقف 8% من مكاتب الاستقدام المرخصة" // 2015-08-03-773
	checkTypes(t, []typeCase{
		{"two of the facilities halted their work", "SK-middleEast-3-20180223", `أطباء يجبرون على استخدام أدوية "فاسدة" بالغوطة`,
			`وأسفر قصف القوات الحكومية السورية المتواصل على الغوطة الشرقية منذ الاثنين الماضي، عن مقتل 300 شخص على الأقل وإصابة أكثر من 500 آخرين، وفق ما ذكر أطباء وناشطون.
وقد دمر القصف 20 مرفقا طبيا، من بينها 4 مرافق سقطت عليها براميل متفجرة، في حين أوقف اثنان منها أنشطتهما مؤقتا، وقتل على الأقل 3 من العاملين في الإسعاف والمجال الصحي.`,
			"2018-02-23 12:00", arrests, false},
		{"the ministry suspended three offices of them", "2015-08-03-773", officesTitle,
			`أما في المنطقة الشرقية فيبلغ عدد مكاتب وشركات الاستقدام المسجلة في الموقع 44 مكتبا أوقفت الوزارة منها ثلاثة مكاتب إيقافا موقتا في كل من مدينة الدمام ومحافظة القطيف.`,
			"2015-08-03 12:00", arrests, false},
		{"the ministry suspended 8% of them", "2015-08-03-773", officesTitle,
			`"الوطن" رصدت أمس واقع مكاتب وشركات الاستقدام المسجلة في مساند وعددها 249 شركة ومكتبا، حيث تبين أن الوزارة أوقفت 8% منها أي 20 مكتبا في مختلف مناطق المملكة.`,
			"2015-08-03 12:00", arrests, false},
		{"guard: three of them (people) arrested", "", "الشرطة توقف مشتبها بهم",
			`وقالت الشرطة إنها داهمت منزلا في المدينة يتحصن فيه عناصر من الخلية، وأوقفت الشرطة ثلاثة منهم بعد تبادل لإطلاق النار.`,
			"2018-06-21 12:00", arrests, true},
		{"guard: an activist taken, then another verb's منها", "", "السلطات تعتقل ناشطة حقوقية",
			`وأوقفت قوات الأمن الناشطة في منزلها وصادرت منها هاتفها وحاسوبها، بحسب منظمة حقوقية.`,
			"2018-06-21 12:00", arrests, true},
		{"guard: a count of people taken, then منها", "", "السلطات تعتقل ناشطين",
			`وأوقفت قوات الأمن ثلاثة ناشطين وصادرت منها هواتفهم، بحسب منظمة حقوقية.`,
			"2018-06-21 12:00", arrests, true},
		{"guard: a count of people with no partitive", "", "الشرطة التركية تعتقل مشتبها بهم",
			`أوقفت الشرطة التركية الأحد خمسة أشخاص للاشتباه بانتمائهم إلى تنظيم داعش.`,
			"2018-06-21 12:00", arrests, true},
	})
}
