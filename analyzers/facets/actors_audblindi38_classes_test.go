package facets

import (
	"testing"
	"time"
)

// TestActorAssadRegime38 pins round 38's blind-audit class of the regime
// under another name: Assad's regime named by a possessive pronoun,
// "نظامه/نظامك/نظامي", with Assad named shortly before it or in the title
// (actors_capital.go). The golds code the regime in every article of theirs
// so worded (holdout-19's Israeli warning, the blind essay on Assad's
// speech).
//
// Guards: another ruler's regime ("خامنئي ونظامه"), and "نظامه" meaning a
// system in a story that names no Assad.
func TestActorAssadRegime38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1199-20180423", title: "إسرائيل تحذر الأسد من أمر \"لن يبقيه هو أو نظامه\"",
			text: "حذر وزير الطاقة الإسرائيلي، يوفال شتاينتز، اليوم الاثنين، من أن حياة الرئيس السوري بشار الأسد، ستكون مهددة، إذا سمح لإيران بشن حرب على إسرائيل انطلاقا من سوريا.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-1092-20180417", title: "بعد القصف الفرنسي.. \"إجراء تأديبي\" آخر بحق الأسد",
			text: "ويأتي الإعلان عن عزم باريس تجريد الأسد من هذا الوسام بعد يومين من الضربة العسكرية التي وجهتها الولايات المتحدة وفرنسا وبريطانيا إلى نظامه، بعدما اتهمته الدول الثلاث بشن هجوم كيماوي.",
			want: []string{"syrian-government"}},
		{id: "2015-08-04-669", title: "كيري: اجتماع الدوحة ناقش تطوير قدرات صاروخية مشتركة",
			text: "وقال \"إن سياسة الولايات المتحدة فيما يتعلق بسورية واضحة.. فالأسد ونظامه فقد شرعيته بسبب وحشيته المستمرة ضد الشعب السوري\".",
			want: []string{"syrian-government"}},
		// Guards.
		{id: "2015-07-21-2556", title: "طهران تجس نبض المنطقة بتصعيد التدخلات بعد الاتفاق",
			text: "لا أكذوبة في العالم برمته أكبر من أن يدعي خامنئي اتباع القرآن والشريعة الإسلامية. كم من حلال حرمه خامنئي ونظامه وكم من الحرمات أحلها.",
			not:  []string{"syrian-government"}},
		{id: "2015-08-08-706", title: "من أين يستمد الأردن أهميته؟",
			text: "أشار تقرير البنك الدولي إلى أن الاقتصاد الأردني متماسك ونظامه المصرفي قوي رغم أزمة اللاجئين السوريين.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorSupportingFighters38 pins the militias named by AFP's
// "supporting" word: fighters "مؤيدين لدمشق/للأسد" are the regime's militias,
// as fighters "موالين للنظام" are (actors_loyal.go).
//
// Guard: supporters who are no fighters ("متظاهرون مؤيدون للأسد").
func TestActorSupportingFighters38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-9-20180217", title: "مقتل روس في غارة أمريكية يكشف عن وجه \"خفي\" للتدخل العسكري الروسي في سوريا",
			text: "ففي 7 شباط/فبراير 2018 أعلنت الولايات المتحدة أن غاراتها الجوية على منطقة دير الزور أوقعت مئة قتيل على الأقل بين مقاتلين مؤيدين لدمشق.",
			want: []string{"pro-government-militias"}},
		{id: "BB-middleEast-20-20180214", title: "\"مقتل روسييْن\" في ضربات جوية أمريكية في سوريا",
			text: "يقول مسؤولون أمريكيون إن مئات المقاتلين المؤيدين للرئيس السوري بشار الأسد هاجموا مواقع وحدات تابعة لقوات سوريا الديمقراطية المدعومة أمريكيا قرب بلدة في محافظة دير الزور.",
			want: []string{"pro-government-militias"}},
		// Guard.
		{id: "guard-supporters", title: "مسيرة في دمشق",
			text: "خرج متظاهرون مؤيدون للأسد في ساحة الأمويين في دمشق السورية رافعين صوره.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
