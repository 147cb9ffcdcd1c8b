package facets

import "testing"

// TestEventTypesProtestsTold pins three ways the news tells a protest
// with no protest noun the trigger lists had: clashes (صدامات، أعمال عنف
// بين) between protesters and the police, a violent demonstration and no
// force on them (evScuffle, events_scuffle.go; protestForce); a sit-in held, told in the accusative (اعتصاما, see
// eventTriggers); and a crowd gathered to protest (evRally,
// events_rally.go). The want rows fail on main; the guards keep an army's
// fire on protesters excessive force, and clashes with no protesters, holding fast to a creed, and a crowd of traders out
// of the protest types.
func TestEventTypesProtestsTold(t *testing.T) {
	checkTypes(t, []typeCase{
		{"clashes between the police and protesters", "FR-internationalNews-435-20180315", "المغرب: سقوط جرحى في صدامات بين قوات الأمن ومحتجين في مدينة جرادة",
			"وقعت صدامات بين قوات الأمن المغربية ومتظاهرين في مدينة جرادة (شمال شرق) الأربعاء، ما أسفر عن سقوط جرحى في صفوف الشرطة وتوقيف 9 أشخاص \"سوف يتم تقديمهم أمام العدالة\".",
			"2018-03-15 06:10", "violent-demonstration", true},
		{"violence between the police and protesters", "FR-internationalNews-2665-20180811", "رومانيا: أعمال عنف بين الشرطة وآلاف المحتجين على فساد الحكومة بالعاصمة بوخارست",
			"تحولت الجمعة المظاهرات السلمية في العاصمة الرومانية بوخارست لأعمال عنف بين الشرطة ومحتجين قدرت أعدادهم وسائل الإعلام بين 50 إلى 80 ألف شخص.",
			"2018-08-11 07:10", "violent-demonstration", true},
		{"violence between the police and protesters is no force on them", "FR-internationalNews-2665-20180811", "رومانيا: أعمال عنف بين الشرطة وآلاف المحتجين على فساد الحكومة بالعاصمة بوخارست",
			"تحولت الجمعة المظاهرات السلمية في العاصمة الرومانية بوخارست لأعمال عنف بين الشرطة ومحتجين قدرت أعدادهم وسائل الإعلام بين 50 إلى 80 ألف شخص.",
			"2018-08-11 07:10", "excessive-force-against-protesters", false},
		{"a sit-in begun", "2015-08-10-715", "المرصد السوري: اللاذقية تطالب بإعدام أحد أقارب الأسد",
			"قال المرصد السوري لحقوق الإنسان أمس إن نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية الساحلية معقل رئيس النظام السوري بشار الأسد للدعوة لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل عقيد في الجيش إثر خلاف على أفضلية المرور.",
			"2015-08-10 04:00", "peaceful-protest", true},
		{"thousands massed to protest", "FR-internationalNews-2699-20180813", "تونس: السبسي يقترح مشروع قانون للمساواة في الميراث بين المرأة والرجل",
			"واحتشد آلاف التونسيين السبت أمام مجلس النواب احتجاجا على تقرير لجنة الحريات الفردية والمساواة.",
			"2018-08-13 16:12", "peaceful-protest", true},
		// Guards.
		{"protesters killed by an army's fire", "FR-internationalNews-1244-20180515", "إدانة دولية لمقتل عشرات الفلسطينيين وواشنطن تمنع صدور بيان في مجلس الأمن حول غزة",
			"أدانت العديد من الدول الاثنين سقوط عشرات القتلى الفلسطينيين وجرح المئات في غزة برصاص الجيش الإسرائيلي، خلال احتجاجات شارك فيها عشرات الآلاف وجاءت للتنديد بتدشين سفارة الولايات المتحدة في القدس، واستكمالا لسلسلة المسيرات المطالبة بحق عودة الفلسطينيين إلى الأراضي المحتلة.",
			"2018-05-15 05:19", "excessive-force-against-protesters", true},
		{"clashes at the Aqsa with no protesters named", "2015-07-26-56", "الشرطة الاسرائيلية تقتحم  المسجد الأقصى والجامعة العربية تدين الاقتحام",
			"وجرت الصدامات ليل السبت الاحد وصباح الاحد في الحرم القدسي الذي يضم المسجد الاقصى وقبة الصخرة، اولى القبلتين وثالث الحرمين الشريفين لدى المسلمين.",
			"2015-07-26 04:00", "violent-demonstration", false},
		{"holding fast to scripture", "2015-08-11-943", "تعظيم الكتاب والسنة والاعتصام بهما",
			"تعظيم الكتاب والسنة والاعتصام بهما.",
			"2015-08-11 04:00", "peaceful-protest", false},
		{"traders crowding a company's halls", "2015-07-21-152", "«ولمرت» ساهمت في نقل التصنيع خارج أميركا.. وتعمل الآن على عودته",
			"وفي الأسبوع الماضي، احتشد ما يقرب من ألف من البائعين المحتملين في الصالات الضيقة ذات الغرف الصغيرة المتراصة في مقر الشركة الرئيسي ذي الارتفاع المنخفض، ليقدموا بضاعتهم.",
			"2015-07-21 04:00", "peaceful-protest", false},
	})
}
