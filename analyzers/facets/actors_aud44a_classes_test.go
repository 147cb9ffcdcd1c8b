package facets

import "testing"

// TestActorRussianPoliceIndefinite pins Russia's military police named
// without the article in an article about Syria: "على أن تتولى قوات تركية
// وشرطة روسية الإشراف على هذه المنطقة" (Sky News Arabia's boilerplate on the
// Idlib buffer zone, aud44a's sample SK-middleEast-3856) read turkey for
// "قوات تركية" and nothing for the Russian police beside it; "مع انتشار شرطة
// روسية في بعض البلدات" and "حيث تنتشر شرطة عسكرية روسية وسورية" (Daraa's
// settlements, Douma after the regime retook it) read no Russian force of
// their own. The definite "الشرطة الروسية" was already a Syria-only alias
// (actors_classes_test.go's "russian police"); the indefinite forms join it in
// data/actors.tsv, Syria-only like it, so a police force in Russia stays
// none. The SK-middleEast-3856 and FR-middleEast-313 rows fail before aud44a;
// SK-middleEast-3698 passed already (its lead's "الاتفاق الروسي التركي") and
// pins the indefinite "شرطة عسكرية روسية" beside it.
func TestActorRussianPoliceIndefinite(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-3856-20181014 (shortened)", title: "أول خرق لاتفاق إدلب.. إطلاق قذائف من المنطقة العازلة",
			text: "وكانت روسيا وتركيا توصلتا في سبتمبر الماضي إلى اتفاق، يقضي بشأن منطقة منزعة السلاح في إدلب، بعرض يتراوح بين 15-20 كيلومترا.\n" +
				"ويكلف الاتفاق تركيا بأن تعمل على أن يسلم المقاتلون المعارضون سلاحهم الثقيل في المنطقة العازلة بحلول 10 أكتوبر، فضلا عن ضمان انسحاب المسلحين بشكل تام منها بحلول 15 أكتوبر، على أن تتولى قوات تركية وشرطة روسية الإشراف على هذه المنطقة.",
			want: []string{"russia", "turkey"}},
		{id: "SK-middleEast-3698-20180930 (lead and sentence)", title: "فصيل معارض ينسحب تطبيقا لاتفاق إدلب",
			text: "بدأ أول فصيل مقاتل مدعوم من أنقرة الأحد بالانسحاب من المنطقة منزوعة السلاح في مناطق سيطرة الفصائل في شمال سوريا، وفقا للاتفاق الروسي التركي، وفق ما اورد المرصد السوري لحقوق الانسان.\n" +
				"ويتضمن الاتفاق الذي جنّب إدلب، آخر معقل للفصائل، هجوماً واسعاً لوحت به دمشق، أن تسلّم كافة الفصائل الموجودة في المنطقة العازلة سلاحها الثقيل بحلول 10 أكتوبر، وتنسحب \"الفصائل المتشددة\" تماماً منها بحلول 15 أكتوبر، على أن تنتشر فيها قوات تركية وشرطة عسكرية روسية.",
			want: []string{"russia"}},
		{id: "FR-middleEast-313-20180418 (sentence)", title: "منظمة حظر الأسلحة الكيميائية تجمد عمل بعثتها في سوريا وسط مخاوف أمنية",
			text: "تنتشر في مدينة دوما منذ مطلع الأسبوع الماضي شرطة روسية، قبل أن تعلن قوات النظام سيطرتها عليها بالكامل السبت إثر إخراج آخر مقاتلي جيش الإسلام.",
			want: []string{"russia"}},
		// Guard: a police force at home in Russia, with no Syria in the
		// article (constructed from AL-sport-1817-20180604, its definite
		// "الشرطة الروسية" made indefinite).
		{id: "constructed from AL-sport-1817-20180604", title: "احتجاز عاملين في مطار موسكو",
			text: "احتجزت شرطة روسية اثنين من العاملين في نقل الحقائب بأحد مطارات موسكو بعد سرقة حقيبة لاعب سابق.",
			not:  []string{"russia"}},
	})
}
