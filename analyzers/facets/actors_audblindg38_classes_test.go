package facets

import (
	"testing"
	"time"
)

// TestActorNoEvent38 pins two classes of actors read from names in stories
// that report no armed event (round 38's blind audit of such stories).
//   - ISIS and al-Qaeda named only as a pair, the speaker's word for
//     jihadism at large ("تنظيمي القاعدة وداعش"، "#داعش أو #القاعدة"), in a
//     story not about Syria (onlyInJihadPair, actors_jihadpair.go).
//   - "حزب الاتحاد الديمقراطي المسيحي" is Germany's CDU, not the PYD
//     (christianDemocrats, actors_formerpost.go).
//
// Guards: a group the story also names on its own, a pair told as a
// sequence whose first group the story then speaks of as the attacker, and
// the PYD named as itself.
func TestActorNoEvent38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-746-20180402", title: "ولي العهد السعودي يحذر من \"مثلث الشر\"",
			text: "أكد ولي العهد السعودي، أن تنظيمي القاعدة وداعش يسعيان بالقوة إلى إجبار المسلمين والعالم على أن يكونوا تحت حكمهم وأيديولوجيتهم المتطرفة.",
			not:  []string{"al-qaeda", "isis"}},
		{id: "SK-internationalNews-1123-20180424", title: "فيسبوك تسرع من إزالة المحتوى الإرهابي المتعلق بداعش والقاعدة",
			text: "قالت شركة فيسبوك إنها أزالت أو وضعت علامات تحذير على 1.9 مليون محتوى متطرفا يتعلق بتنظيم داعش أو تنظيم القاعدة في الأشهر الثلاثة الأولى من العام.",
			not:  []string{"al-qaeda", "isis"}},
		{id: "2015-07-26-67", title: "عبد الملك الحوثي يرفض هدنة قوات التحالف العربي في اليمن",
			text: "رفض زعيم الحوثيين وقف إطلاق النار الذي يعتزم التحالف العربي تطبيقه، قائلا: إنه لن يعود بالفائدة سوى على تنظيمي داعش والقاعدة.",
			not:  []string{"al-qaeda", "isis"}},
		{id: "BB-internationalNews-696-20180626", title: "وزيرة الأسرة الألمانية: من حق الفتيات ارتداء البوركيني في المدارس",
			text: "وانتقدت نائبة رئيس حزب الاتحاد الديمقراطي المسيحي الحاكم في ألمانيا، جوليا كلوكنر، قرار المدرسة.",
			not:  []string{"ypg", "sdf"}},
		// Guards.
		{id: "SK-internationalNews-2241-20180620", title: "\"يوروبول\" تحذر: خطر داعش \"لا يزال مرتفعا للغاية\"",
			text: "وأعلن تنظيم داعش مسؤوليته عن هذه الهجمات. وقال التقرير: \"يجب أن يوضح أن تنظيم داعش والقاعدة وغيرها من الجماعات المتشددة لا تزال تشكل تهديدا كبيرا\".",
			want: []string{"isis"}, not: []string{"al-qaeda"}},
		{id: "2015-08-07-1029", title: "فرضية الاختراق الأمني مستبعدة",
			text: "قوات الطوارئ الخاصة هي السيف البتار لقطع رؤوس الدواعش وقبلهم القاعدة، نجده اليوم مستهدفا من قبل هذا التنظيم الجبان.",
			want: []string{"isis"}},
		{id: "2015-07-22-924", title: "",
			text: "بالمقابل يتمدد حزب الاتحاد الديمقراطي الكردي المعروف ب (ب ي د) مستفيداً من دعم لا محدود من التحالف، ومستغلاً حجة محاربة «داعش» حيث بات يسيطر على 13٪ من الاراضي السورية.",
			want: []string{"ypg"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
