package facets

import "testing"

// Round-46 follow-up of ruling rul46b-1 (fol46b): ground fighting on a
// named front told as going on at the time of the news is an armed clash
// though no clash is narrated: an offensive waged by a present verb ("حيث
// تشن قوات النظام هجوماً منذ أسابيع"، "وتشن ضدهم عملية عسكرية باسم غصن
// الزيتون في عفرين"), fighting as the cause of flight or a siege ("محاصرين
// بسبب القتال في جنوب غرب البلاد"، "نزوح ... جراء الاشتباكات") or as
// escalating ("تصعيد القتال جنوب غربي سوريا") (offensivesOngoing). The true
// rows fail on the start. Guards: an offensive expected, a years-long
// campaign and a suicide attack carried out.
func TestEventTypesFol46bOffensive(t *testing.T) {
	checkTypes(t, []typeCase{
		{"an offensive waged for weeks on Ghouta", "SK-middleEast-250-20180312", "مشروع قرار أميركي بشأن الغوطة.. ومطالب بإيصال المساعدات",
			"وكان مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة في سوريا، الاثنين، قال إن ثمة حاجة عاجلة لإجلاء ألف حالة طبية من الغوطة الشرقية المحاصرة قرب دمشق، حيث تشن قوات النظام هجوماً منذ أسابيع.",
			"2018-03-12 10:00", "armed-clash", true},
		{"Olive Branch waged in Afrin", "CN-middleEast-56-20180221", "دفعة جديدة من القوات الموالية للأسد تصل عفرين.. وتركيا تهدد باستهدافها",
			`وصلت دفعة ثانية من قوات موالية لنظام الرئيس السوري بشار الأسد، الأربعاء، إلى منطقة عفرين، بينما هددت تركيا بأنها ستستهدف تلك القوات حال اتخاذها أي خطوة داعمة لعناصر وحدات حماية الشعب الكردي السورية، اللذين تصنفهما تركيا كـ"إرهابيين" وتشن ضدهم عملية عسكرية باسم "غصن الزيتون" في عفرين.`,
			"2018-02-21 10:00", "armed-clash", true},
		{"civilians trapped by the fighting in the southwest", "SK-middleEast-3007-20180720", "سوريا.. حافلات التهجير تصل القنيطرة",
			"وناشدت مفوضية الأمم المتحدة السامية لشؤون اللاجئين جميع الأطراف في سوريا، الجمعة، توفير ممر آمن لنحو 140 ألف مدني محاصرين بسبب القتال في جنوب غرب البلاد، حتى يتسنى لهم الحصول على المساعدات والمأوى، وفق ما نقلت رويترز.",
			"2018-07-20 10:00", "armed-clash", true},
		{"flight caused by the clashes in Daraa", "SK-middleEast-2584-20180625", "غارات عنيفة على درعا.. وفرار مئات المدنيين",
			"ووثق المرصد نزوح أكثر من 17 ألف مدني جراء الاشتباكات غالبيتهم من ريف درعا الشرقي.",
			"2018-06-25 10:00", "armed-clash", true},
		{"escalating fighting in the southwest", "BB-middleEast-652-20180623", "الأمم المتحدة تحذّر من تصعيد القتال جنوب غربي سوريا",
			"أعرب الأمين العام للأمم المتحدة عن قلقه.",
			"2018-06-23 10:00", "armed-clash", true},
		{"guard: an offensive expected", "2015-07-23-555", "ضابط إسرائيلي: هجوم «داعش» على إيلات مسألة وقت",
			"وتوقع أن «يشن تنظيم «داعش» هجومًا على مدينة إيلات الساحلية سواء عن طريق البر أو الجو».",
			"2015-07-23 10:00", "armed-clash", false},
		{"guard: a years-long campaign", "BB-middleEast-395-20180424", `مصر تنتقد تقرير هيومن رايتس ووتش عن "نقص الإمدادات الغذائية لسكان سيناء"`,
			"وتشن قوات الأمن والجيش في مصر حملة عسكرية في شمال سيناء منذ سنوات، تستهدف القضاء على الجماعات المسلحة.",
			"2018-04-24 10:00", "armed-clash", false},
		{"guard: a suicide attack carried out", "2015-07-27-153", "فتاة تنفذ هجومًا انتحاريًا شمال الكاميرون وتسقط 20 ضحية",
			"قالت مصادر أمنية إن فتاة فجرت نفسها في سوق.",
			"2015-07-27 10:00", "armed-clash", false},
	})
}
