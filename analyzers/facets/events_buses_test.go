package facets

import "testing"

// The singular bus after a number (32 حافلة، مئة حافلة) counts buses as
// the plural حافلات does: a transfer of territory when fighters or an
// armed group ride them; buses of the displaced, or of a fleet, are none.
func TestEventTypesCountedBuses(t *testing.T) {
	const typ = "non-violent-transfer-of-territory"
	checkTypes(t, []typeCase{
		{"seventeen buses of fighters and their families", "SK-middleEast-532-20180324", "مغادرة أول دفعة من المقاتلين والمدنيين من جنوب الغوطة",
			"وأفادت وكالة الأنباء السورية الرسمية \"سانا\" عن \"خروج 17 حافلة عبر معبر عربين في الغوطة الشرقية وبداخلها 981 شخصاً من المسلحين وعائلاتهم\"، في دفعة هي الأولى من إجمالي نحو سبعة آلاف مقرر خروجهم من عربين وعين ترما وزملكا وحي جوبر الدمشقي.",
			"2018-03-24 10:00", typ, true},
		{"fifty-seven buses, fighters among their people", "CN-middleEast-361-20180325", "نشطاء لشبكتنا: 57 حافلة تقل أكثر من 3000 شخص غادرت الغوطة الشرقية",
			"دبي، الإمارات العربية المتحدة (CNN)— قال نشطاء سوريون، إن 57 حافلة تقل أكثر من 3000 شخص منهم مدنيون وآخرون من مقاتلي المعارضة، غادرت منطقة الغوطة الشرقية إلى حماة، في رحلة استغرقت 36 ساعة.",
			"2018-03-25 10:00", typ, true},
		// Guards: buses of the displaced, stopped by an armed group or seen
		// arriving.
		{"buses of the displaced turned back", "AL-internationalNews-1791-20180628", "التحالف يلقي منشورات تحذيرية لسكان الحديدة",
			"وأعاد الانقلابيون مئات الأسر النازحة بقوة السلاح، ومنعوا 25 حافلة محملة بالنازحين في مديرية الجراحي كانت في طريقها إلى محافظة إب وأجبروها على العودة إلى الحديدة.",
			"2018-06-28 10:00", typ, false},
		{"buses seen arriving with the displaced", "BB-middleEast-209-20180317", "سوريا: موجة نزوح كبيرة من عفرين مع استمرار الهجمات التركية",
			"وقال أحد عمال الإغاثة، الذي زار منطقة من بين أربع مناطق ينقل إليها سكان الغوطة، لبي بي بي سي، إنه شاهد أكثر من 60 حافلة تصل المكان.",
			"2018-03-17 10:00", typ, false},
	})
}
