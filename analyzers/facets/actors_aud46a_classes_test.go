package facets

import "testing"

// TestActorAttackByAdjective pins a state's attack named "هجوم" with the
// state's adjective in an article about Syria (aggressionNouns, actors.go):
// "وكانت قاعدة الشعيرات الجوية هدفا لهجوم أميركي بصواريخ كروز في العام
// الماضي" (aud46a's sample SK-middleEast-1074) read no usa, where "لغارة
// أميركية" or "لقصف أميركي" read it; Turkey's Afrin offensive told only as
// "الهجوم التركي" read no turkey. The noun is masculine and singular, so only
// an adjective in -ي agrees with it ("خطط الهجوم السورية" is the plans'
// adjective), and "أي" before it makes an attack feared, not made ("تحسبا
// لأي هجوم إيراني من سوريا"). Outside an article about Syria "هجوم" with a
// state's adjective is as often words or Salisbury ("هجوم روسي جارح بحق ملكة
// ورئيسة وزراء بريطانيا") and names no force. The want rows fail before
// aud46a.
func TestActorAttackByAdjective(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-1074-20180417 (sentence)", title: "ضربة صاروخية لأكبر قاعدة تستخدمها إيران وحزب الله بسوريا",
			text: "وكانت قاعدة الشعيرات الجوية هدفا لهجوم أميركي بصواريخ كروز في العام الماضي ردا على هجوم كيماوي قتل ما لا يقل عن 70 شخصا بينهم أطفال في بلدة خان شيخون.",
			want: []string{"usa"}},
		{id: "SK-middleEast-830-20180407 (sentence)", title: "واشنطن: مشاورات بشأن إبقاء الدعم لأكراد سوريا",
			text: "وتخلى العديد من الاكراد عن محاربة داعش في محافظة دير الزور شرقي سوريا ليتمكنوا من التصدي للهجوم التركي في عفرين شمالا.",
			want: []string{"turkey"}},
		{id: "AL-internationalNews-100-20180219 (sentence)", title: "أردوغان يخيّر الوحدات الكردية بين الخروج أو الاستسلام",
			text: "إلى ذلك أعلن مسؤولون أكراد التوصل إلى اتفاق مع النظام السوري لدخول قواته منطقة عفرين، لصد الهجوم التركي هناك.",
			want: []string{"turkey"}},
		// Guard: the adjective agrees with another noun.
		{id: "BB-middleEast-439-20180502 (sentence)", title: "الموساد الاسرائيلي: تاريخ حافل بالاغتيالات والتجسس",
			text: "ساعده هذا الأمر في الاطلاع على كمِّ هائل من المعلومات المتعلقة بالشؤون العسكرية وخطط الهجوم السورية التي كان يرسلها إلى الموساد بدقة متناهية أولاً بأول.",
			not:  []string{"syrian-government"}},
		// Guard: an attack feared ("أي").
		{id: "CN-middleEast-845-20180508 (sentence)", title: "مصدر عسكري سوري: الدفاعات الجوية تتصدى لصاروخين إسرائيليين",
			text: "وكانت إسرائيل قد أعلنت سابقا أنها وجهت بفتح الملاجئ في مرتفعات الجولان تحسبا لأي هجوم إيراني من سوريا.",
			not:  []string{"iran"}},
		// Guard: outside Syria, a war of words and Salisbury.
		{id: "SK-internationalNews title", title: "هجوم روسي \"جارح\" بحق ملكة ورئيسة وزراء بريطانيا",
			text: "انتقدت وسائل إعلام روسية ملكة بريطانيا ورئيسة وزرائها.",
			not:  []string{"russia"}},
		{id: "Salisbury (sentence)", title: "ماكرون يقاطع الجناح الروسي في معرض الكتاب",
			text: "قرر الرئيس الفرنسي عدم زيارة الجناح الروسي للإعراب عن إدانته الشديدة للهجوم الروسي على التراب البريطاني.",
			not:  []string{"russia"}},
	})
}
