package facets

import "testing"

// TestPlaceProvinceByFacilityAndPair pins a capital's name read as its
// province, and a shared village name placed by the governorate after it
// (round 36, towns36): "في حمص" or "بحمص" right after a named air base
// (facilityIn: مطار التيفور، قاعدة حميميم) is where the base stands, the
// province; a capital paired with القنيطرة, whose city is a ruin, names
// the two provinces of the south (provinceNext); and a name that villages
// of two governorates the story names share is the one in the governorate
// named right after it (placedBy).
func TestPlaceProvinceByFacilityAndPair(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "an air base in Homs", id: "SK-middleEast-869-20180409", title: "إعلان سوري عن \"ضربة غامضة\" وسط تحرك دولي محموم",
			text:     "بيان البيت الأبيض تقاطع مع تصريحات لوزارة الدفاع (البنتاغون) بشأن ما تردد عن ضربات صاروخية على مطار التيفور العسكري، في حمص، قتلت وأصابت عددا من الأشخاص.",
			notTowns: []string{"C2528"}, govs: []string{"SY04"}},
		{class: "an air base bi-Homs", id: "CN-middleEast-534-20180409", title: "روسيا وسوريا تتهمان إسرائيل بقصف قاعدة \" تيفور\" الجوية بحمص",
			text:     "اتهمت روسيا وسوريا إسرائيل بالوقوف وراء الهجوم الصاروخي.",
			notTowns: []string{"C2528"}, govs: []string{"SY04"}},
		{class: "Hmeimim in Latakia", id: "SK-middleEast-1144-20180420", title: "بعد تصريحات روسيا.. هل تبقى سوريا بلد واحدة؟",
			text:  "وتدخلت روسيا عسكريا في سوريا عام 2015، واتخذت من قاعدة حميميم العسكرية في اللاذقية مقرًا لقواتها.",
			towns: []string{"C3588"}, notTowns: []string{"C3480"}, govs: []string{"SY06"}},
		{class: "Daraa and Quneitra", id: "SK-middleEast-3047-20180722", title: "\"النصرة\" تحرق معبر القنيطرة بين الجولان المحتل وسوريا",
			text:     "من جانب آخر، طوقت عناصر الميليشيات الإيرانية، الأحد، قافلة المهجرين من درعا والقنيطرة بالقرب من حمص.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		{class: "a survey in Daraa and Quneitra", id: "BB-middleEast-101-20180227", title: "سوريات \"يتعرضن للاستغلال الجنسي مقابل الحصول على مساعدات إنسانية\"",
			text:     "وأجرت اللجنة مسحا شمل 190 امرأة وفتاة في درعا والقنيطرة.",
			notTowns: []string{"C5993"}, govs: []string{"SY12", "SY14"}},
		{class: "Sayda east of Daraa", id: "FR-internationalNews-2180-20180705", title: "فصائل الجنوب السوري تستأنف المفاوضات مع روسيا",
			text:  "وبفضل هذه الضربات، سيطرت قوات النظام الخميس على بلدة صيدا الواقعة شرق درعا. وتوجه عدد كبير من النازحين إلى مخيمات مؤقتة في محافظة القنيطرة قرب هضبة الجولان.",
			towns: []string{"C5995"}, notTowns: []string{"C6302"}},
		// Guards: cities named as such, and a pair of capitals that are
		// cities.
		{class: "two cities", id: "SK-middleEast-1391-20180502", title: "المعارضة تسلم سلاحها الثقيل",
			text:  "ويقع الجيب على طريق سريع رئيسي بين مدينتي حمص وحماة.",
			towns: []string{"C2528"}},
		{class: "roads to Aleppo and Hama", id: "2015-08-06-716", title: "المرصد السوري: مقتل 51 من داعش في قصف لطائرات التحالف",
			text:  "واستهدفت الطائرات مواقع للتنظيم وآليات على الطرق المؤدية إلى حلب وحماة.",
			towns: []string{"C1007"}},
		{class: "cities of the south", id: "BB-middleEast-652-20180623", title: "الأمم المتحدة تحذّر من تصعيد القتال جنوب غربي سوريا",
			text:  "وتعد المنطقة منطقة لخفض التصعيد، وتضم مدن درعا والقنيطرة والسويداء.",
			towns: []string{"C6147"}},
	})
}
