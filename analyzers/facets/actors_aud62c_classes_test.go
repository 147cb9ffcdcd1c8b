package facets

import (
	"testing"
	"time"
)

// assad774Title and assad774Lead open 2015-07-27-774 (round62-blindc, al-Riyadh):
// Assad's speech on his army's manpower.
const (
	assad774Title = "الأسد: الجيش متعب.. والحديث   عن حل سياسي «بلا معنى»"
	assad774Lead  = "اكد الرئيس السوري بشار الاسد في كلمة أمس الاحد ان الجيش قادر على الانتصار في حربه مشيرا الى \"نقص\" في الطاقة البشرية لديه. " +
		"وقال الاسد في كلمة القاها امام رؤساء واعضاء المنظمات الشعبية والمهنية في قصر الشعب وبثها التلفزيون السوري مباشرة ان \"طاقة الجيش هي القوة البشرية فان اردنا من الجيش ان يقدم افضل ما لديه علينا ان نقدم اكثر من لدينا\"."
)

// TestActorAud62cAssadTitle pins round 62's aud62c class
// (actors_regimespokesman.go, assadSpeaker): Assad opens the title as its
// speaker ("الأسد:"، "بشار الأسد:") and the title after him names his army
// or the war, so the regime speaks as a state on its war (rul45c-2). The
// want rows fail on main. Guards: Assad on the reconstruction's cost (no
// war word in the title), Assad in a title with no speaker's colon, a
// kinsman who is no voice of the regime, and the army in the lead alone.
func TestActorAud62cAssadTitle(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-27-774", title: assad774Title, text: assad774Lead, want: []string{"syrian-government"}},
		{id: "2015-07-26-1102", title: "بشار الأسد: الجيش يواجه نقصا في الطاقة البشرية",
			text: "قال بشار الأسد اليوم الأحد إن الجيش يواجه نقصا في الطاقة البشرية وقد يضطر للتخلي عن مواقع بهدف الاحتفاظ بمناطق أخرى أكثر أهمية في الحرب ضد المسلحين.",
			want: []string{"syrian-government"}},
		// Guard: Assad on the reconstruction's cost; no war word after
		// the speaker (holdout56, uncoded).
		{id: "SK-economy-359-20180415", title: "بشار الأسد: نحتاج 400 مليار دولار لإعادة إعمار سوريا",
			text: "قال الرئيس السوري بشار الأسد، الأحد ، إن بلاده يلزمها من 10 إلى 15 عاما لإعادة إنعاش الاقتصاد.",
			not:  []string{"syrian-government"}},
		// Guard: the same speech with no speaker opening the title.
		{id: "guard-2015-07-27-774-untitled", title: "كلمة أمام المنظمات الشعبية", text: assad774Lead,
			not: []string{"syrian-government"}},
		// Guard: a kinsman speaking, no voice of the regime.
		{id: "guard-kinsman", title: "رفعت الأسد: الجيش لن ينتصر",
			text: "قال رفعت الأسد في مقابلة من منفاه في باريس إن الجيش لن ينتصر.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
