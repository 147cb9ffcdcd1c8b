package facets

import (
	"testing"
	"time"
)

// TestActorsAudBlindB37 pins two state classes of round 37's blind sample
// (part b):
//   - a drone with a state's nationality is that state's force, the
//     nationality after "بدون طيار" or "مسيرة", or before them after a
//     singular "طائرة" (droneHead, actors_drone.go);
//   - the Russians and the Iranians named as the allies of the Syrian
//     government just named are Russia's and Iran's forces
//     (regimeAllyMentions, actors_backers.go); since round 45's rul45a-3
//     the Russians only in a sentence with a military word.
//
// Guards: a drone "روسية الصنع" carrying mail, an airliner "طائرة إيرانية"
// in a domestic flight, and the allies of another state.
func TestActorsAudBlindB37(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-45-20180225", title: "",
			text: "وقع الحادث في 10 فبراير، بعد تسلل طائرة إيرانية دون طيار من الأجواء السورية إلى المجال الجوى الإسرائيلي.",
			want: []string{"iran"}},
		{id: "AL-internationalNews-905-20180413", title: "",
			text: "قالت إسرائيل، اليوم الجمعة، إن طائرة إيرانية بدون طيار أسقطتها في أراض إسرائيلية في فبراير/شباط كانت مسلحة بمتفجرات، وكانت تستهدف تنفيذ هجوم.",
			want: []string{"iran"}},
		{id: "2015-08-01-744", title: "",
			text: "أدت غارة شنتها طائرة أميركية بدون طيار في محافظة مأرب إلى مقتل أربعة عناصر من القاعدة، بينهم قيادي في التنظيم.",
			want: []string{"usa"}},
		{id: "SK-middleEast-177-20180302", title: "",
			text: "وقال متحدث باسم ميركل، الجمعة \"اتفق الاثنان على ضرورة التزام النظام السوري وحلفائه الروس والإيرانيين بالتطبيق الفوري والكامل لقرار مجلس الأمن الدولي رقم 2401 لعام 2018. هذا القرار يطالب بالوقف الفوري لإطلاق النار في سوريا\".",
			// Round 45's rul45a-3 took Russia out of this call (an
			// ally with no military word, actors_fol45a_classes_test.go).
			want: []string{"iran"}, not: []string{"russia"}},
		{id: "SK-middleEast-333-20180316", title: "",
			text: "وأطلق الجيش السوري بالتعاون مع حلفائه الإيرانيين والروس حملة عسكرية ضارية في 18 فبراير الماضي، بدأت بقصف جوي ومدفعي.",
			want: []string{"iran"}},
		// Guards.
		{id: "SK-technology-317-20180403", title: "برنامج روسي لتوصيل الطرود يفشل في أول مهمة",
			text: "تحطمت طائرة بدون طيار روسية الصنع أثناء قيامها بأول مهمة لتوصيل الطرود بعد اصطدامها بجدار في مدينة أولان أودي الروسية.",
			not:  []string{"russia"}},
		{id: "SK-internationalNews-300-20180312", title: "",
			text: "وعقب ذلك، سقطت طائرة إيرانية في رحلة داخلية، بمنطقة جبلية، فأدت الحادثة إلى مقتل 59 راكبا و6 من أفراد الطاقم.",
			not:  []string{"iran"}},
		{id: "BB-middleEast-990-20180911", title: "",
			text: "فالرئيس التركي سعى بكامل الأدوات الممكنة لإقناع شركائه الإيرانيين والروس بإلغاء عملية إدلب.",
			not:  []string{"iran", "russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
