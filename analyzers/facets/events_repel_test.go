package facets

import "testing"

// A repelled ground attack (تتصدى لهجوم، تصد هجمات، تصدت لمحاولة تسلل) is
// the fight that met it: an armed clash. Not an aim or readiness to repel
// ("للتصدي لأي هجوم")، not a strike told first (what air defences meet),
// not an attack of words or code, and not اعترض or أسقط, the other
// interception words (objecting, dropping).
func TestEventTypesRepelledAttack(t *testing.T) {
	const clash = "armed-clash"
	const (
		kahil   = "تصدت فصائل الجيش السوري الحر، الأربعاء، لهجوم مكثف لقوات النظام مدعومة بميلشيات إيرانية على محور القاعدة الجوية بالقرب من بلدة كحيل بريف درعا الشرقي."
		tuhayta = "وتصدت ألوية العمالقة لمحاولة تسلل لأفراد من الانقلابيين في أطراف مدينة التحيتا، وقتلت 4 منهم."
		taiz    = "كما صدت قوات الجيش الوطني في اللواء 22 هجوماً عنيفاً لمليشيات الحوثي الانقلابية في محيط القصر الجمهوري ومعسكر التشريفات، مكبدا المليشيا خسائر فادحة."
		golan   = "وأضاف الجيش أنه \"على أهبة الاستعداد للتصدي لأي هجوم في المنطقة\"."
		shura   = "وأضاف أن \"المملكة تصد هجمات مفتعلة من وسائل مؤدلجة تسعى ولو عبر الافتراءات والتسريبات والأوهام لكاتبيها ومحرريها لإيجاد ثغرة تهاجم بلادنا من خلالها\"."
		sweets  = "اعترضت اليابان على الحلوى التي وقع عليها الاختيار لتقدم في قمة يوم الجمعة المقبل بين كوريا الشمالية وكوريا الجنوبية."
	)
	checkTypes(t, []typeCase{
		{"rebels repel an attack", "SK-middleEast-2741-20180704",
			"\"هجوم فاشل\" لقوات النظام السوري بريف درعا", kahil, "2018-07-04 07:46", clash, true},
		{"an infiltration repelled", "SK-middleEast-2889-20180713",
			"مساع يائسة لخنق التحيتا.. والحوثيون ينشرون قناصة في زبيد", tuhayta, "2018-07-13 08:26", clash, true},
		{"an attack repelled, words between", "SK-middleEast-192-20180310",
			"التحالف يدمر آليات عسكرية لمليشيا الحوثي في مطار تعز", taiz, "2018-03-10 00:09", clash, true},
		// Near misses that must stay untyped.
		{"readiness to repel any attack", "BB-middleEast-472-20180508",
			"إسرائيل تحضر الملاجئ المضادة للصواريخ", golan, "2018-05-08 23:45", clash, false},
		{"a strike told first, then its repelling", "FR-middleEast-742-20180709",
			"دمشق تتهم إسرائيل بقصف مطار التيفور العسكري وتعلن تصديها للهجوم", "", "2018-07-09 07:15", clash, false},
		{"cyber attacks repelled", "FR-internationalNews-2330-20180716",
			"بوتين: روسيا تصدت لنحو 25 مليون هجوم إلكتروني خلال كأس العالم", "", "2018-07-16 10:31", clash, false},
		{"media attacks repelled", "CN-middleEast-1525-20181014",
			"رئيس \"الشورى\" السعودي: المملكة تصد هجمات مفتعلة والحقائق لن تتحول", shura, "2018-10-14 11:53", clash, false},
		{"an objection, not a repelling", "BB-internationalNews-403-20180425",
			"\"حلوى\" قمة الكوريتين تغضب اليابان", sweets, "2018-04-25 13:57", clash, false},
	})
}
