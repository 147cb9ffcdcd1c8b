package facets

import (
	"testing"
	"time"
)

// TestActorSpelledWithWaw pins the Kurdish forces' names spelt
// "الديموقراطية" (with و), as AFP's Arabic wire writes them in about 90
// corpus articles: the lexicon had only "الديمقراطية". The first row is
// holdout-14's (sdf coded); each row fails on main (ba757f8).
func TestActorSpelledWithWaw(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want            []string
	}{
		{id: "SK-middleEast-2244-20180608", title: "داعش يسيطر على أجزاء من البوكمال السورية",
			text: "كما يخوض معارك ضد قوات سوريا الديموقراطية (فصائل كردية وعربية) في جيب صغير على الضفة الشرقية المقابلة للبوكمال.",
			want: []string{"sdf"}},
		{id: "SK-middleEast-1923-20180524", title: "عملية خاصة توقع بأخطر داعشي فرنسي في سوريا",
			text: "أعلنت \"قوات سوريا الديموقراطية\"، الخميس، القبض قبل أيام على متطرف فرنسي بارز في تنظيم داعش، أثناء اختبائه في محافظة الرقة في شمال سوريا.",
			want: []string{"sdf"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
	}
}
