package facets

import "testing"

// A force that managed to repel fighters, an attack or an advance ("تمكنوا
// من التصدي لقوات النظام") used no weapon that was disrupted: the bare
// phrase "من التصدي" is no longer a disrupted-weapons trigger (events.go),
// and the repelling word is left to evIntercept, which wants an air defence
// or a weapon named near. The want rows fail on main. The guard: the air
// defences repelling and destroying missiles keep the type.
func TestEventTypesRepelledNoWeapon(t *testing.T) {
	const dis = "disrupted-weapons-use"
	checkTypes(t, []typeCase{
		{"fighters repelling the regime's forces", "2015-08-03-156",
			"بعد ربع قرن.. الجبهة الكردية الإيرانية تلتهب من جديد",
			"وأشعلت هذه الأخيرة النار في المنطقة لحرق مقاتلينا الذين كانوا يوجدون فيها.. لكنهم تمكنوا من التصدي لقوات النظام وقتل أحد جنوده وإصابة عدد آخر منهم بجروح».",
			"2015-08-03 06:00", dis, false},
		{"soldiers stopping a stabber", "SK-middleEast-19-20180222",
			"احتجاج فلسطيني على \"إعدام بدم بارد\".. وإسرائيل \"تحقق\"",
			"وقال \"ردا على التهديد الفوري أطلق الجنود النار باتجاه المهاجم وواجهوه من مسافة قريبة وتمكنوا من التصدي له\". وأضاف \"عُثر بحوزته أيضا على سكين.",
			"2018-02-22 12:00", dis, false},
		{"the resistance repelling an infiltration", "SK-middleEast-2273-20180610",
			"خسائر كبيرة للحوثيين في جبهة \"الجاح السفلى\"",
			"كما تمكنت المقاومة من التصدي لمحاولات تسلل للميليشيات نحو منطقة الجاح.",
			"2018-06-10 12:00", dis, false},
		{"a government's priority", "SK-internationalNews-423-20180318",
			"مناهضون للعنصرية يتظاهرون في فيينا ضد الحكومة",
			"وجعلت الحكومة النمساوية من التصدي للهجرة إحدى أولوياتها، متعهدة بتشديد إجراءات الهجرة.",
			"2018-03-18 12:00", dis, false},
		// Guard: the air defences repelled and destroyed missiles.
		{"air defences repelling missiles", "SK-middleEast-1590-20180511",
			"إسرائيل تنشر فيديو لـ\"تدمير\" قاعدة صواريخ في سوريا",
			"لكن الجيش السوري قال في بيان إن :\"منظومات الدفاع الجوي تمكنت من التصدي وتدمير قسم كبير من موجات الصواريخ الإسرائيلية المتتالية.",
			"2018-05-11 12:00", dis, true},
	})
}
