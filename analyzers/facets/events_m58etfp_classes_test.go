package facets

import "testing"

// TestEventTypesM58etfpArmedWith pins the round-58 reader m58etfp's guard
// armedWith in fired: a lone weapon noun with the instrument's ب right
// after a participle of a craft's equipment ("المسلحة بصواريخ موجهة"،
// "مزودة بصواريخ كاليبر") is what the craft carries, none fired. Over the
// pool and blind gold articles the construction stands in seven; six code
// no shelling, the one that does (CN-middleEast-613, the Tornados "المسلحة
// بصواريخ كروز" of the April 2018 strike) codes it for the strike its other
// sentences tell. The true-turned-false rows fail on main (rasid typed a
// missile attack); the guards keep an instrument's ب after a firing and the
// gunman (مسلح, left out of the set).
func TestEventTypesM58etfpArmedWith(t *testing.T) {
	const shelling = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"warships fitted with cruise missiles, kept on alert", "SK-middleEast-1742-20180516", `بوتن: صواريخنا الموجهة "جاهزة" في المتوسط`,
			`قال الرئيس الروسي فلاديمير بوتن، الأربعاء، إن سفنا عسكرية روسية مزودة بصواريخ كاليبر الموجهة ستكون في حالة تأهب دائم في البحر المتوسط.
وفي كلمة أمام القيادة العسكرية العليا خلال اجتماع في منتجع سوتشي، قال بوتن إن نشر السفن جاء نتيجة "التهديد الإرهابي الذي لايزال قائما في سوريا".`,
			"2018-05-16 12:00", shelling, false},
		{"a destroyer armed with guided missiles on the move", "BB-middleEast-328-20180411", "روسيا تحذر الولايات المتحدة من تنفيذ عمل عسكري في سوريا",
			`كما تحركت المدمرة الأمريكية "يو إس إس دونالد كوك"، المسلحة بصواريخ موجهة، في البحر الأبيض المتوسط.`,
			"2018-04-11 12:00", shelling, false},
		{"guard: a site struck with missiles", "", "قصف مواقع في ريف حماة",
			`قصفت قوات النظام السوري، الاثنين، مواقع للمعارضة في ريف حماة الشمالي بصواريخ أرض أرض.`,
			"2018-05-16 12:00", shelling, true},
		{"guard: a gunman with a shell, not a craft's equipment", "", "هجوم على دورية",
			`وقال مصدر أمني إن مسلحا بقذيفة صاروخية هاجم دورية للجيش قرب البلدة الثلاثاء.`,
			"2018-05-16 12:00", shelling, true},
	})
}
