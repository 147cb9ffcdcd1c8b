package facets

import (
	"testing"
	"time"
)

// TestActorsAudBlindK38 pins two classes of actors wrongly given, from
// round 38's blind sample k and the corpus.
//   - People a verdict sentences to death with no court or judge word in
//     the sentence ("وحكم القضاء العراقي ... بإعدام 15 امرأة تركية"، "صدور أحكام جديدة
//     بالإعدام بحق أربعة سعوديين"، "جرى إعدام 1800 شخص" after "وصول ...
//     إلى الحكم") are convicts, no civilians (sentencedToDeath,
//     actors_court.go).
//   - "القاعدة" after a singular place head ("في منطقة القاعدة والمفرق
//     والحوبان"، "بمنطقة القاعدة") is Yemen's town on the Taiz-Ibb road,
//     not al-Qaeda (commonNounQaeda, qaedaPlaceHeads, actors_match.go).
//
// Guards: the victims of the crime a death sentence punishes stay
// civilians; people an armed group sentences stay civilians; al-Qaeda's own
// areas ("مناطق القاعدة") keep the group.
func TestActorsAudBlindK38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-209-20180402", title: "العراق: الحكم بإعدام ست تركيات بتهمة الانتماء لتنظيم \"الدولة الإسلامية\"",
			text: "وحكم القضاء العراقي في شباط/فبراير بإعدام 15 امرأة تركية تتراوح أعمارهن بين عشرين وخمسين عاما، بتهمة الانتماء إلى تنظيم \"الدولة الإسلامية\".",
			not:  []string{"civilians"}},
		{id: "2015-08-10-1374", title: "أحكام جديدة بإعدام 4 سعوديين في العراق",
			text: "كشفت لـ«عكاظ» مصادر مطلعة عن صدور أحكام جديدة بالإعدام بحق أربعة سعوديين متهمين بالإرهاب.",
			not:  []string{"civilians"}},
		{id: "2015-07-27-131", title: "",
			text: "وأضاف أنه «بعد وصول حسن روحاني إلى الحكم، جرى إعدام 1800 شخص في إيران».",
			not:  []string{"civilians"}},
		{id: "2015-08-03-1066", title: "المقاومة الشعبية اليمنية : عملية تحرير تعز من الحوثيين باتت قريبة",
			text: "على صعيد آخر ، قصفت مقاتلات التحالف اليوم مواقع للحوثيين وقوات صالح في منطقة القاعدة والمفرق والحوبان والمدخل الشرقي لمدينة تعز .",
			not:  []string{"al-qaeda"}},
		{id: "2015-08-06-3005", title: "هدفنا تطهير جبل صبر وتعز",
			text: "والتي كان آخرها قصف قوات التحالف العربي لميليشياتهم المتواجدة بمنطقة القاعدة والمفرق والحوبان والمدخل الشرقي لمدينة تعز.",
			not:  []string{"al-qaeda"}},
		{id: "guard-victims", title: "",
			text: "حكم بإعدام رجل أدين بقتل ثلاثة أطفال في هجوم على مدرسة.",
			want: []string{"civilians"}},
		{id: "guard-isis-sentences", title: "",
			text: "وأصدر تنظيم داعش أحكاما بإعدام خمسة مدنيين في مدينة الميادين بتهمة التعامل مع التحالف.",
			want: []string{"civilians"}},
		{id: "guard-qaeda-areas", title: "",
			text: "وشنت طائرات أمريكية من دون طيار غارات على مناطق القاعدة في محافظة البيضاء.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
