package facets

import (
	"testing"
	"time"
)

// TestActorCoalitionByItsOtherName pins the US-led coalition named
// "الائتلاف الدولي", as the agency copy of Saudi papers names it, which the
// golds of fresh-12 and holdout-11 code as the coalition. The guard: the
// Syrian opposition's political body, "الائتلاف الوطني", is no armed party.
func TestActorCoalitionByItsOtherName(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-23-1008", title: "مقتل المطلوب الرابع بقائمة الـ 36 للمملكة في غارة أمريكية على سوريا",
			text: "اعلنت وزارة الدفاع الأمريكية ان غارة جوية لقوات الائتلاف الدولي فوق سوريا ادت في مطلع يوليو الى مقتل زعيم مجموعة خراسان الموالية لتنظيم القاعدة في سوريا.",
			want: []string{"coalition"}},
		{id: "2015-08-06-405", title: "تحالف مصالح بين واشنطن وأنقرة بوجه النزاع السوري",
			text: "وفتحت أنقرة قاعدة انجرليك الجوية في جنوب تركيا لطائرات الائتلاف الدولي بقيادة أميركية.",
			want: []string{"coalition"}},
		{id: "2015-07-31-1268", title: "الائتلاف الدولي يدمر جسرين استراتيجيين لداعش في سوريا",
			text: "نفذ الائتلاف الدولي بقيادة اميركية الجمعة غارات جوية على جسرين استراتيجيين لداعش.",
			want: []string{"coalition"}},
		{id: "2015-08-04-94", title: "«النصرة» تخطف خمسة مقاتلين جدد في برنامج التدريب الأميركي للمعارضة السورية",
			text: "ونقلت الوكالة عن مصادر للمرصد الذي أشار إلى تزامن الاشتباكات مع غارات نفذها الائتلاف الدولي.",
			want: []string{"coalition"}},
		// Guard: the opposition's National Coalition.
		{id: "2015-08-01-162", title: "«النصرة» تهاجم حلفاء الولايات المتحدة",
			text: "وأشار ممثل الائتلاف الوطني في واشنطن نجيب الغضبان إلى «معلومات تم تداولها في أوساط المراقبين في وقت سابق، تحدثت عن أن أولوية واشنطن، لم تكن قتال (النصرة) رغم أنها تعدها فصيلاً إرهابيًا بالنظر إلى ارتباطها بتنظيم القاعدة، بل الأولوية لقتال (داعش)».",
			not:  []string{"coalition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
