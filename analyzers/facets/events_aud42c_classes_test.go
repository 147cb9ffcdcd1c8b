package facets

import "testing"

// TestEventTypesGunWeapon pins the gun named as a targeting's weapon
// (gunWeapon, events_waged.go): the verbal noun استهداف, bare or with its
// object's pronoun, told with its gun ("عبر استهدافها بالمدفعية"), and the
// verb told beside the definite gun ("للمدفعية التي استهدفت مواقع") are
// shelling, as "قصف مدفعي" is. weaponWords, which a bare targeting needs,
// lacks the definite gun, so these typed nothing: the round-42 blind audit
// aud42c coded the Turkish artillery that hit the pro-government convoy to
// Afrin the day before as shelling, and the round-38 blind coding of the
// Sirwah front typed its artillery cover so. The true rows fail on main.
// Guard: a tank after the targeting word with no instrument's ب is as often
// its target ("تفجيرا استهدف دبابة إسرائيلية"), no gun that fired.
func TestEventTypesGunWeapon(t *testing.T) {
	checkTypes(t, []typeCase{
		{"SANA: Turkish forces shelled the first batch of popular forces (the sample's report)", "CN-middleEast-56-20180221", "دفعة جديدة من القوات الموالية للأسد تصل عفرين.. وتركيا تهدد باستهدافها",
			`دبي، الإمارات العربية المتحدة (CNN)-- وصلت دفعة ثانية من قوات موالية لنظام الرئيس السوري بشار الأسد، الأربعاء، إلى منطقة عفرين، بينما هددت تركيا بأنها ستستهدف تلك القوات حال اتخاذها أي خطوة داعمة لعناصر وحدات حماية الشعب الكردي السورية "YPG" وحزب الاتحاد الديمقراطي الكردي السوري "PYD"، اللذين تصنفهما تركيا كـ"إرهابيين" وتشن ضدهم عملية عسكرية باسم "غصن الزيتون" في عفرين.
وتابعت بالقول إن "قوات النظام التركي حاولت أمس منع وصول الدفعة الأولى من القوات الشعبية عبر استهدافها بالمدفعية لدى وصولها إلى عفرين إضافة إلى استهداف الوفود الإعلامية التي تواكبها".`,
			"2018-02-21 17:08", "shelling-artillery-missile-attack", true},
		{"Yemen's army repelled an attack under the cover of its artillery", "SK-middleEast-837-20180407", "التصدي لهجمات حوثية على جبهة صرواح.. وخسائر بصفوف المتمردين",
			`تصدى الجيش اليمني لهجوم شنته ميليشيات الحوثي الإيرانية على جبهة صرواح بمحافظة مأرب، موقعة عشرات القتلى بصفوف المتمردين، حسب ما قالت مصادر عسكرية، السبت.
وأحبط الجيش اليمني هجوما على عدد من المواقع في جبهة صرواح، تحت غطاء كثيف للمدفعية التي استهدفت مواقع متفرقة لميليشيات الحوثي.`,
			"2018-04-07 16:16", "shelling-artillery-missile-attack", true},
		// Guard: the tank is the blast's target.
		{"guard: a blast targeted an Israeli tank", "AL-internationalNews-12-20180218", "غارات إسرائيلية تستهدف غزة.. ومقتل شابين فلسطينيين",
			`كما ذكرت مصادر متطابقة أن تفجيراً استهدف دبابة اسرائيلية على الحدود بين إسرائيل وقطاع غزة السبت، فرد الجنود بإطلاق النار على مركز مراقبة داخل القطاع.`,
			"2018-02-18 01:37", "shelling-artillery-missile-attack", false},
	})
}
