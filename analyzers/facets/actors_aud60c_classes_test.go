package facets

import (
	"testing"
	"time"
)

// TestActorQaedaTitleOrSheltered pins al-Qaeda named only as a man's
// title or as the members a state shelters (qaedaTitleOrSheltered,
// actors_qaedatitle.go): round 60's blind audit aud60c and the pool's and
// blind codings' golds code no al-qaeda for such a mention; the rows with
// not fail on main. The guards: the titled leader speaking, pledged to or
// killed keeps the group.
func TestActorQaedaTitleOrSheltered(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// A would-be ISIS recruit watched the sermons of al-Qaeda's
		// Yemeni leader (pool gold: isis only).
		{id: "AL-internationalNews-258-20180228", title: "اعتقال أميركي حاول الانضمام إلى داعش في ليبيا",
			text: "وبالاضافة إلى ذلك، فإنه شاهد خطب رجل الدين الأميركي المولد #أنور_العولقي، زعيم القاعدة في اليمن والذي قتل في عام 2011، طبقا للأوراق.",
			not:  []string{"al-qaeda"}},
		// Bin Laden's former bodyguard arrested for deportation (blind
		// gold: no actor).
		{id: "SK-internationalNews-2317-20180625", title: "اعتقال أحد المقربين من بن لادن في ألمانيا",
			text: "اعتقلت الشرطة الألمانية، الاثنين، متشددا تونسيا، عمل في السابق كحارس شخصي لزعيم القاعدة أسامة بن لادن.",
			not:  []string{"al-qaeda"}},
		// The Saudi crown prince's charge that Iran shelters al-Qaeda's
		// members and its new leader (blind gold: no al-qaeda).
		{id: "BB-middleEast-212-20180319", title: "ولي العهد السعودي يتعهد بالقضاء على \"فكر الاخوان الذي غزا المدارس السعودية\"",
			text: "واتهم بن سلمان إيران بأنها \"تحمي عناصر القاعدة وترفض تسليمهم للعدالة وتأوي الزعيم الجديد لتنظيم القاعدة وهو نجل أسامة بن لادن\"، مشيرا إلى أن أسامة بن لادن سعى لإحداث شرخ بين الشرق الأوسط والغرب، وبخاصة السعودية والولايات المتحدة.",
			not:  []string{"al-qaeda"}},
		// Round 60's blind sample: a Gulf op-ed's line of Iran's history.
		{id: "AL-internationalNews-90-20131228", title: "ملامح عام خليجي جديد",
			text: "إلى درجة أن البعض يرغب في تجاوز حقيقة أنها في وقت ما استضافت عناصر من «القاعدة» (التكفيرية) تحت شعار يجمع الاثنين، وهو حرب الشيطان الأكبر.",
			not:  []string{"al-qaeda"}},
		// Guard: the leader speaking is the group speaking (a corpus move).
		{id: "CN-middleEast-909-20180514", title: "الظواهري يدعو للجهاد: القدس وتل أبيب أيضا أرض إسلامية",
			text: "دعا أيمن الظواهري زعيم تنظيم \"القاعدة\" إلى \"الجهاد من أجل تحرير فلسطين\"، قبيل الاحتفال بنقل السفارة الأمريكية للقدس، وذلك في تسجيل صوتي منسوب إليه.",
			want: []string{"al-qaeda"}},
		// Guard: a pledge to the leader ties the man to the group (blind
		// gold codes al-qaeda).
		{id: "SK-middleEast-3797-20181009", title: "من مصر.. المسماري يتحدث عن \"مصير عشماوي\"",
			text: "وقبل مبايعته لقائد تنظيم القاعدة أيمن الظواهري، وتأسيسه \"المرابطين\" في درنة الليبية، حيث اُعتقل، كان عشماوي يعمل مع تنظيم أنصار بيت المقدس.",
			want: []string{"al-qaeda"}},
		// Guard: the leader killed in the fighting; the group is struck.
		{id: "SK-middleEast-2587-20180625", title: "بعد \"الضربة القاضية\".. درنة على عتبة التحرير",
			text: "ويأتي هذه التطور بعد ساعات من إعلان الجيش الوطني الليبي عن مقتل زعيم القاعدة في المدينة عطية الشاعري، خلال اشتباكات مع المتشددين في المدينة التي تشهد معارك منذ أسابيع.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
