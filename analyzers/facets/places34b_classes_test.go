package facets

import "testing"

// TestPlaceAbroadAreas pins names read for Syrian towns where the article
// means a place abroad or a word (round 34, audtownsb34): a governorate
// capital after an area word in a sentence set in a country abroad
// (Kuwait's منطقة الرقة), a name better known abroad or as a word after
// an area word only (Iraq's Sinjar, "مناطق جديدة"), and نبل "nobility"
// with no place beside it in an article that never names its twin
// الزهراء. The corpus sample of rasid's towns held the first and the
// last.
func TestPlaceAbroadAreas(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "Kuwait's Riqqa", id: "2015-08-04-983", title: "الكويت: البدء في محاكمة المتهمين بتفجير مسجد الإمام",
			text:     "وكانت الأجهزة الأمنية ألقت القبض على السائق الذي أوصل الانتحاري الذي فجر نفسه داخل المسجد وتبين أنه يقيم في الكويت بطريقة غير قانونية وكان مختبئا في منزل بمنطقة الرقة قبل أن تلقي القبض على مالك المركبة.",
			notTowns: []string{"C5710"}, notGovs: []string{"SY11"}},
		{class: "Iraq's Sinjar area", id: "SK-middleEast-2281-20180610", title: "تركيا تتوغل أكثر في كردستان.. وسط صمت \"مريب\"",
			text:     "وقال الرئيس التركي، رجب طيب أردوغان، الخميس الماضي، إنه إذا لم يقم العراق بتطهير المنطقة من حزب العمال، فإن بلاده ستقصف جبال قنديل ومنطقة سنجار، التي تقع إلى الغرب منها. ويأتي ذلك بعد طرد مقاتلين أكراد من منطقة عفرين السورية.",
			notTowns: []string{"C4024"}, notGovs: []string{"SY07"}},
		{class: "new areas", id: "2015-07-26-155", title: "تقاسم أدوار مع «الحليف الجديد» في الحرب على «داعش»",
			text:     "وشن التحالف غارات على مدينة الرقة. ويهدف ذلك إلى ضرب القدرات العسكرية واللوجيستية للتنظيمات الإرهابية داخل سوريا، وعدم السماح لها بالتوسع إلى مناطق جديدة تحت سيطرة المعارضة المعتدلة.",
			notTowns: []string{"C7015"}},
		{class: "nobility of aims", id: "2015-07-21-817", title: "مركز الملك عبدالله العالمي للحوار واجهة حضارية في أوروبا تتصدى للتطرف",
			text:     "لكن نجح المركز بصلابة إدارته وبنبل أهدافه في تجاوز كل الحروب المحلية والدولية، ومنها الحرب في سوريا.",
			notTowns: []string{"C1655"}, notGovs: []string{"SY02"}},
		{class: "villages in Daraa", id: "FR-middleEast-747-20180707", title: "سوريا: آلاف النازحين يعودون لمنازلهم",
			text:     "ووفقا للمرصد السوري لحقوق الإنسان، فإن حركة العودة تتواصل السبت نحو قرى وبلدات في درعا، بينما يخشى البعض العودة لمناطق دخلتها قوات النظام.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		// Guards: Syria's Raqqa area, نبل in a list or on a road, and
		// the city of Daraa stay.
		{class: "the Raqqa area in Syria", id: "FR-middleEast-803-20180721", title: "فرنسا ترسل مساعدات إلى الغوطة",
			text:  "وتمثل جزءا من تعهد من باريس بتقديم 50 مليون يورو استخدمت حتى الآن بشكل رئيسي في منطقة الرقة بشمال شرق سوريا حيث تحتفظ فرنسا بوجود عسكري.",
			towns: []string{"C5710"}},
		{class: "Nubl in a list", id: "2015-08-04-85", title: "دولة إسلامية سورية بمباركة تركية / أميركية",
			text:  "عبر الأكراد نهر الفرات، للتمدد غربا باتجاه المدن الحدودية، كجرابلس. الباب. منبج، وصولا إلى أعزاز. وتل رفعت. ونبل التي تحتلها «داعش». بالإضافة إلى جيوب للنظام السوري فيها.",
			towns: []string{"C1655"}},
		{class: "the Aleppo-Nubl road", id: "CN-middleEast-56-20180221", title: "دفعة جديدة من القوات الموالية للأسد تصل عفرين",
			text:  "وأفادت وكالة الأنباء السورية الرسمية \"سانا\" بأن \"المجموعات الجديدة من القوات الشعبية وصلت عبر طريق حلب-نبل إلى عفرين\".",
			towns: []string{"C1655"}},
		{class: "a town of Daraa's", id: "", title: "قصف على درعا",
			text:  "قتل ثلاثة مدنيين في قصف على بلدة في درعا، وقصفت قوات النظام أحياء مدينة درعا.",
			towns: []string{"C5993"}},
	})
}
