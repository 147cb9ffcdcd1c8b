package facets

import (
	"testing"
	"time"
)

// TestActorStateSpeaker pins foreign states named only as the one who
// says, denies or asserts, or as the one warned: holdout-12's and
// holdout-14's golds (adjudicated) code no party there, and the corpus
// copies of those stories read the same. The guard: a warring side's own
// statement of its strikes (Syria's army is no foreign state).
func TestActorStateSpeaker(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-622-20180408", title: "الاتحاد الأوروبي يقول إن الدلائل تشير إلى شن النظام السوري هجوما كيماويا",
			text: "واعتبرت إيران أن الاتهامات الموجهة إلى قوات النظام السوري باستخدام أسلحة كيميائية في دوما \"مؤامرة\" جديدة ضد نظام الرئيس السوري بشار الأسد.",
			want: []string{"syrian-government"}, not: []string{"iran"}},
		{id: "2015-08-08-321", title: "الأمم المتحدة تكلف خبراء للتحقيق حول الهجمات الكيميائية في سوريا",
			text: "وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور لكن موسكو تؤكد انه لا توجد أدلة تدعم هذه الاتهامات.",
			not:  []string{"russia"}},
		{id: "SK-middleEast-894-20180410", title: "فرنسا: هناك ردّ إذا تم تجاوز الخط الأحمر بسوريا",
			text: "وقال لودريان إن المعلومات التي تبادلها الرئيس الفرنسي ايمانويل ماكرون ونظيره الأميركي دونالد ترامب \"تؤكد مبدئيا استخدام أسلحة كيميائية\".",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-3099-20180902", title: "بريطانيا تدفن سيارات \"مسمومة\"",
			text: "ووجهت بريطانيا الاتهام لروسيا بشكل رسمي لكن موسكو نفت ضلوعها في الحادثة التي استهدفت الجاسوس وابنته بغاز من العهد السوفياتي.",
			not:  []string{"russia"}},
		// Guard: Syria's army is a warring side, not a foreign state.
		{id: "BB-middleEast-66-20180221", title: "",
			text: "وقال الجيش السوري إنه \"شن ضربات دقيقة\" على المناطق التي انطلقت منها القذائف.",
			want: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
