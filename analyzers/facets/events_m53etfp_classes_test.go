package facets

import "testing"

// A knife attack told by its phrase (هجوم بالسكين، حادثة طعن، هجوم بالسلاح
// الأبيض) in an article that names no armed party and no terrorism is a lone
// attacker's crime, which rul46a-1 codes as no conflict event: loneStabbing
// sends the phrase to the crime pseudo type and dropLoneKnife keeps the
// attack noun read by its dead (civiliansAttacked) from typing it again. The
// first three rows fail on main (the pool's Lübeck bus and Chemnitz, the
// blind codings' Paris street). Guards: a stabbing a group claimed (ISIS in
// Paris), one the police call terrorist (Amsterdam), one in a West Bank
// settlement, which a party at war names, and a candidate told stabbed by a
// verb of undergoing (تعرض ... لعملية طعن), which stay attacks on civilians.
func TestLoneStabbingNoAttack(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Lübeck bus knife attack", "SK-internationalNews-2748-20180720", "هجوم بالسلاح الأبيض يوقع جرحى في ألمانيا",
			"ذكرت وسائل إعلام ألمانية، الجمعة، أن ما لا يقل عن 14 شخصا أصيبوا بجروح بينهم اثنان في حالة خطيرة، جراء هجوم يشتبه أنه بسلاح أبيض على حافلة في مدينة لوبك بشمال البلاد.",
			"2018-07-20 13:53", "attack-on-civilians", false},
		{"a Paris street knife attack, no motive told", "CN-internationalNews-344-20180512", "هجوم بالسكين في باريس يسفر عن وقوع ضحايا",
			"قالت الشرطة الفرنسية إن هجوما بالسكين وسط باريس مساء السبت تسبب في مقتل شخص وجرح ثمانية آخرين، فيما أكد وزير الداخلية الفرنسي في تغريدة عبر تويتر سيطرة الشرطة على الوضع بشكل كامل.",
			"2018-05-12 20:34", "attack-on-civilians", false},
		{"Chemnitz's stabbing behind the clashes", "BB-internationalNews-1034-20180828", "مصادمات في ألمانيا بعد حادثة طعن اعتقل على إثرها سوري وعراقي",
			"وتجمع نشطاء يمينيون متطرفون في وسط المدينة لليوم الثاني على التوالي، عقب اعتقال سوري وعراقي للاشتباه بهما في حادثة طعن مميتة وقعت الأحد.",
			"2018-08-28 10:00", "attack-on-civilians", false},
		{"guard: ISIS claims the Paris stabbing", "CN-internationalNews-345-20180513", "داعش يتبنى هجوم الطعن في باريس.. والمدعي العام: المهاجم هتف \"الله أكبر\"",
			"تبنى تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ\"داعش،\" هجوم الطعن الذي استهدف خمسة أشخاص قاتلا أحدهم في العاصمة الفرنسية، باريس، السبت، وذلك في بيان منسوب له نشره على وكالة أعماق.",
			"2018-05-13 03:51", "attack-on-civilians", true},
		{"guard: Amsterdam's stabbing called terrorist", "CN-internationalNews-555-20180902", "هولندا تكشف هوية المشتبه به بهجوم الطعن: دوافعه إرهابية",
			"كشفت الشرطة الهولندية هوية المشتبه به بتنفيذ هجوم الطعن في محطة القطارات المركزية بالعاصمة أمستردام، الجمعة، قائلة إنه من أصول أفغانية ويبلغ من العمر 19 عاما.",
			"2018-09-02 07:36", "attack-on-civilians", true},
		{"guard: a West Bank settlement's stabbing", "SK-middleEast-3123-20180726", "عملية طعن بالضفة الغربية.. مقتل مستوطن وشاب فلسطيني",
			"أعلن الجيش الإسرائيلي، الخميس، أن مستوطنا قتل وأصيب اثنان آخرن في \"هجوم بسكين\" شنه شاب فلسطيني قتل بالرصاص لاحقا في مستوطنة بالضفة الغربية المحتلة.",
			"2018-07-26 18:38", "attack-on-civilians", true},
		{"guard: a candidate told stabbed", "CN-internationalNews-564-20180907", "لحظة تعرض مرشح رئاسي برازيلي للطعن",
			"تعرض السياسي اليميني والمرشح للرئاسة في البرازيل، جاير بولسونارو لعملية طعن أثناء جولة في إطار حملته الانتخابية في ولاية ميناس جيرايس.",
			"2018-09-07 10:00", "attack-on-civilians", true},
	})
}
