package facets

import (
	"testing"
	"time"
)

// TestActorDualJihadPair39w pins ISIS and al-Qaeda named only as a pair that
// the dual head noun opens ("تنظيما القاعدة وداعش"، "وتنظيمي القاعدة وداعش")
// in a story about Syria (dualJihadPair, actors_jihadpair.go): the speaker's
// word for jihadism at large, as the pair is outside Syria. The pool's fresh-2
// gold leaves both out of BB-middleEast-188 (a Kurdish official in Afrin); the
// blind coder left both out of SK-middleEast-2424 (Brookings on Hezbollah's
// drug trade, which names Syria).
//
// Guards: the pair's fighters ("مقاتلي تنظيمي داعش والنصرة")، the pair in a
// sentence of military operations (holdout-14's BB-middleEast-1084 codes both
// for the US troops' "عمليات عسكرية للقضاء على ... تنظيمي الدولة الإسلامية
// والقاعدة")، and a pair with no dual in a Syrian story.
func TestActorDualJihadPair39w(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-188-20180313", title: "عفرين: تفاقم الأزمة الإنسانية وسط غياب منظمات الاغاثة",
			text: "وقال المسؤول الكردي إننا نحن قوات سورية تحمي أرضاً سورية في عفرين، ولا يمكن أن نخرج منها ليحل محلنا تنظيما القاعدة وداعش الإرهابيين\" مشددا على أن هذا الاقتراح \"مرفوض\".",
			not:  []string{"isis", "al-qaeda"}},
		{id: "SK-middleEast-2424-20180616", title: "حزب الله يحول مطار بيروت إلى \"مركز تهريب إيراني\"",
			text: "وأوضحت الصحيفة أن حزب الله يستغل نفوذه في لبنان، لتسهيل سفر المسلحين الإيرانيين من مناطق الصراع، مثل سوريا إلى إيران والعكس. وقد كشف تقرير صدر عن مركز بروكينغز، أن حزب الله وتنظيمي القاعدة وداعش، يستغلون المخدرات، صناعة وتهريبا، في منطقة الشرق الأوسط.",
			not:  []string{"isis", "al-qaeda"}},
		// Guards.
		{id: "BB-middleEast-1084-20181011", title: "الحرب في سوريا: واشنطن تشترط خروج القوات المدعومة إيرانيا كي تشارك في إعادة الإعمار",
			text: "وينشر الجيش الأمريكي 2000 جندي في سوريا، غالبيتهم لتدريب وتقديم استشارات عسكرية لفصائل مسلحة، بعد موافقة الرئيس السابق باراك أوباما، على المشاركة في عمليات عسكرية للقضاء على الجماعات المتطرفة مثل تنظيمي الدولة الإسلامية والقاعدة.",
			want: []string{"isis", "al-qaeda"}},
		{id: "guard-pair-fighters", title: "قصف مخيم اليرموك في دمشق",
			text: "وتنتظر قوات النظام السوري إبرام اتفاق للاستسلام مع مقاتلي تنظيمي داعش والقاعدة الذين يتحصنون في مخيم اليرموك جنوب دمشق.",
			want: []string{"isis", "al-qaeda"}},
		{id: "guard-pair-no-dual", title: "معارك في ريف حماة",
			text: "وقال المرصد السوري إن القاعدة وداعش يتقاسمان السيطرة على قرى في ريف حماة الشرقي بعد معارك مع قوات النظام.",
			want: []string{"isis", "al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
