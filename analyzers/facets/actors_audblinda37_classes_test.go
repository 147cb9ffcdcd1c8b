package facets

import (
	"testing"
	"time"
)

// TestActorDefeatFoe37 pins round 37's blind-sample class of ISIS named as
// the group whose defeat a speaker hails or asks for ("الفخر بالنصر على
// داعش"، "دورها في هزيمة تنظيم داعش"), outside a story about Syria and in
// a sentence where nobody is hit: no party (defeatFoe, actors_defeatfoe.go).
//
// Guard: a defeat in a sentence that tells killings still names ISIS.
func TestActorDefeatFoe37(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-1282-20180903", title: "البرلمان العراقي يعقد جلساته لأول مرة منذ انتخابات مايو",
			text: "فيما حث رئيس الوزراء العراقي حيدر العبادي على تجنب إحياء الطائفية، داعيا إلى الفخر بالنصر على داعش.",
			not:  []string{"isis"}},
		{id: "CN-middleEast-325-20180321", title: "البيت الأبيض يعلن ما بحثه ترامب مع محمد بن سلمان",
			text: "وأضاف البيان أن \"ولي العهد السعودي وجه الشكر إلى القيادة الأمريكية على دورها في هزيمة تنظيم داعش ومواجهة أفعال إيران المدمرة في الشرق الأوسط\".",
			not:  []string{"isis"}},
		{id: "CN-middleEast-1395-20181004", title: "إيران تدعي أنها \"الأقوى عسكرياً\" في المنطقة",
			text: "وتابع بالقول إنه \"تم القضاء على داعش في العراق بمساعدة من إيران\".",
			not:  []string{"isis"}},
		// Guard.
		{id: "SK-middleEast-3822-20181011", title: "",
			text: "وأعلن العراق النصر على داعش في ديسمبر، بعد استعادته مساحات واسعة من الأراضي، لكن مقاتلي التنظيم يشنون منذ ذلك حملة خطف وقتل.",
			want: []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
