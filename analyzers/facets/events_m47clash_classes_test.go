package facets

import "testing"

// Round-47 audit of armed-clash (m47clash), ruling rul46b-2: an attacker
// who fires on, stabs, kills or wounds policemen, gendarmes, soldiers or
// guards fought them, an armed clash beside the attack on civilians
// (securityAttacked). The true rows fail on the start. Guards: police who
// shoot an attacker who hit only civilians, a suicide bombing whose toll
// names policemen, a riot's wounded policemen, a stabbing one side alleges.
func TestEventTypesM47clashSecurityAttacked(t *testing.T) {
	checkTypes(t, []typeCase{
		{"fire at four policemen, one hurt (Trèbes)", "AL-internationalNews-588-20180323", "منفذ هجوم فرنسا صرخ: سوف أقتلكم جميعاً وأثأر لسوريا",
			`ووقع #الهجوم في بلدة "تريب" جنوب غربي فرنسا عند الساعة 11:15 صباحاً بالتوقيت المحلي، حيث قام المهاجم المسلح بإطلاق النار باتجاه أربعة من رجال الشرطة فأصاب أحدهم قبل أن يتحصن في سوبر ماركت قريب ويحتجز عدداً من الرهائن، فيما أكدت السلطات الفرنسية مقتل شخصين في الهجوم.`,
			"2018-03-23 10:00", "armed-clash", true},
		{"fire at a jogging policeman (Trèbes)", "BB-internationalNews-219-20180324", `هجوم فرنسا: الجندي الذي بادل نفسه بأحد الرهائن "في حالة خطرة"`,
			"بدأ الهجوم صباح الجمعة في بلدة كاركاسون، حيث اختطف لقديم سيارة، وتسبب في مقتل راكب، عُثر على جثته في منطقة كثيفة الأشجار، وإصابة السائق. وإثر ذلك، أطلق النار على شرطي كان يتريض مع عدد من زملائه.",
			"2018-03-24 10:00", "armed-clash", true},
		{"an armed attack that killed two policewomen (Liège)", "FR-internationalNews-1539-20180530", `بلجيكا: تنظيم "الدولة الإسلامية" يتبنى اعتداء مدينة لييج البلجيكية`,
			`نشرت الأجهزة الدعائية لتنظيم "الدولة الإسلامية" بيانا يعلن فيه هذا التنظيم المتطرف تبني الهجوم المسلح الذي أودى بحياة شرطيتين وطالب في مدينة لييج البلجيكية.`,
			"2018-05-30 10:00", "armed-clash", true},
		{"a shooting that killed four, two policemen among them (Fredericton)", "SK-internationalNews-2947-20180810", "كندا.. مقتل 4 أشخاص بإطلاق نار",
			"اعتقلت الشرطة الكندية مشتبها به بعد إطلاق نار أدى إلى مقتل أربعة أشخاص بينهم شرطيان في مدينة فردريكتون في شرق كندا، حسبما أفادت الشرطة المحلية.",
			"2018-08-10 10:00", "armed-clash", true},
		{"a policeman wounded by a second shooting (Trèbes)", "AL-internationalNews-584-20180323", "داعشي يحتجز رهائن في متجر بفرنسا.. وإطلاق نار",
			"ونقلت المصادر إصابة شرطي فرنسي بإطلاق نار ثان جنوب فرنسا.",
			"2018-03-23 10:00", "armed-clash", true},
		{"a soldier stabbed in the West Bank", "SK-middleEast-3831-20181011", "فلسطيني يطعن جنديا إسرائيليا بالضفة.. والجيش يغلق طرقا",
			"قال الجيش الإسرائيلي إن جنوده أطلقوا النار على المهاجم.",
			"2018-10-11 10:00", "armed-clash", true},
		{"guard: a stabbing only the army alleges", "SK-middleEast-3883-20181015", "مقتل فلسطيني برصاص الجيش الإسرائيلي",
			"أعلن الجيش الإسرائيلي، الاثنين، مقتل فلسطيني بزعم محاولة طعن جندي في الضفة الغربية المحتلة.",
			"2018-10-15 10:00", "armed-clash", false},
		{"guard: police shoot a knifeman who hit only passers-by", "SK-internationalNews-1545-20180513", "هجوم بسكين في باريس",
			"وقتلت الشرطة المهاجم بعد أن أطلقت النار عليه، إثر طعنه عددا من المارة في وسط باريس.",
			"2018-05-13 10:00", "armed-clash", false},
		{"guard: a suicide bombing whose dead include policemen", "FR-internationalNews-340-20180309", "أفغانستان: هجوم انتحاري في كابول",
			"أوقع هجوم انتحاري استهدف الجمعة حيا شيعيا في كابول، تسعة قتلى على الأقل بينهم شرطيان، إضافة لنحو 18 جريحا، وفق ما أعلنت السلطات الأفغانية.",
			"2018-03-09 10:00", "armed-clash", false},
		{"guard: policemen hurt among protesters", "BB-middleEast-976-20180908", "العراق: احتجاجات البصرة",
			"وأعلنت وزارة الصحة العراقية في بيان لها مقتل 3 متظاهرين وإصابة نحو خمسين آخرين من بينهم شرطيان في مصادمات الجمعة.",
			"2018-09-08 10:00", "armed-clash", false},
	})
}
