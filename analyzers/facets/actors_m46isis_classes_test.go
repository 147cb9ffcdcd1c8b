package facets

import (
	"testing"
	"time"
)

// TestActorISISAffiliateNamedOnce pins round 46's m46isis class: ISIS named
// once, after the lead, as the allegiance of the local armed group of a
// story outside Syria ("أنصار بيت المقدس" التابعة لتنظيم "داعش"، "متشددون
// موالون لتنظيم داعش"، "جماعة موالية لتنظيم داعش تنشط في إقليم مينكا"،
// "التي بايعت داعش") is that affiliate, which round 17 codes isis; the
// blind coders and the pool gold code it so. passingMention no longer
// drops it (isisAffiliateTie, actors_match.go). The first and third want
// rows fail on main (the cut Egypt emergency row keeps isis on main only
// because its short text has no other sentence).
//
// Guard: ISIS named once after the lead with no tie word before it (the
// group's propaganda as background) stays a passing mention.
func TestActorISISAffiliateNamedOnce(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1747-20180516", title: "مصر.. إحباط هجوم إرهابي بكمية ضخمة من المتفجرات",
			text: "أحبطت قوات الأمن المصرية محاولة لتنفيذ هجمات إرهابية، باستخدام برميلين معبأين بكمية كبيرة من المتفجرات، قرب مدينة العريش بمحافظة شمال سيناء، الأربعاء.\nونقل مراسل \"سكاي نيوز عربية\" عن مصادر أمنية، قولها إن البرميلين كانا على الطريق الدولي المحيط بمدينة العريش، لاستهداف الدوريات الأمنية التي تستخدم الطريق.\nوتواجه مصر جماعات متطرفة تنتشر في شبه جزيرة سيناء، أخطرها تنظيم \"أنصار بيت المقدس\" التابعة لتنظيم \"داعش\"، التي تطلق على نفسها اسم \"ولاية سيناء\".",
			want: []string{"isis"}},
		{id: "SK-middleEast-1032-20180414", title: "مصر تمدد حالة الطوارئ 3 أشهر",
			text: "قررت مصر تمديد حالة الطوارئ في جميع أنحاء البلاد لمدة ثلاثة أشهر.\nوتضمن عدد آخر من الجريدة الرسمية قرارا أصدره رئيس الوزراء، شريف إسماعيل، بتجديد فترات خاصة بفرض حظر التجول في مناطق من محافظة شمال سيناء، التي ينشط فيها متشددون موالون لتنظيم داعش قتلوا المئات من أفراد الجيش والشرطة.",
			want: []string{"isis"}},
		{id: "SK-internationalNews-1327-20180503", title: "متشددون يقتلون 16 من الطوارق في شمال مالي",
			text: "قال مسؤولون محليون إن متشددين قتلوا 16 مدنيا من الطوارق في شمال مالي.\nوأضافوا أن المهاجمين من قبائل الفولاني.\nوانضم بعضهم إلى صفوف جماعة موالية لتنظيم داعش تنشط في إقليم مينكا.",
			want: []string{"isis"}},
		// Guard.
		{id: "made-up guard: propaganda as background", title: "مصر تمدد حالة الطوارئ 3 أشهر",
			text: "قررت مصر تمديد حالة الطوارئ في جميع أنحاء البلاد لمدة ثلاثة أشهر.\nونشر القرار في الجريدة الرسمية يوم الجمعة.\nوقال المتحدث إن الوزارة أطلقت برنامجا للشباب.\nوأضاف أن البرنامج يرد على الأفكار التي يروج لها تنظيم داعش.",
			not:  []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
