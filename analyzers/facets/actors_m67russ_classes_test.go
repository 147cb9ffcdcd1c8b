package facets

import (
	"testing"
	"time"
)

// TestActorM67russDealMaker pins round 67's m67russ class
// (actors_russiadeal.go, russiaDealMentions): Russia named in the sentence
// of a Turkey deal mention is the deal's other maker under ruling
// rul67i-1 (17 gold articles where the rule reads, all coded russia). Each
// want row fails on main and reads one of the three Turkey deal finders:
// the deal's adjectives (SK-middleEast-3783), the makers after "وقعته"
// (BB-middleEast-1100), the zone in the lead (CN-middleEast-1466). Guard: CN-middleEast-1467's
// trailing CNN item repeats CN-middleEast-1466's lead under a Khashoggi
// story; no Turkey deal mention reads it (rul66c), so no Russia either.
func TestActorM67russDealMaker(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-3783-20181008", title: "سوريا.. الفصائل المسلحة تسحب أسلحتها الثقيلة من إدلب",
			text: "سحبت الفصائل المسلحة، وعلى رأسها هيئة تحرير الشام (جبهة النصرة سابقا)، ذراع تنظيم القاعدة الإرهابي بسوريا، أسلحتها الثقيلة من أجزاء من المنطقة المنزوعة السلاح بمحافظة إدلب ومحيطها، وذلك بموجب الاتفاق الروسي التركي، وفق ما أفاد المرصد السوري لحقوق الإنسان، الأحد.",
			want: []string{"turkey", "russia"}},
		{id: "BB-middleEast-1100-20181014", title: "تبادل للقصف بين القوات السورية والمعارضة في \"المنطقة المنزوعة السلاح\"",
			text: "تفيد التقارير الواردة من سوريا بوقوع تبادل للقصف بين القوات الحكومية ومسلحي المعارضة في مناطق منزوعة السلاح.\n" +
				"وقال المرصد السوري لحقوق الإنسان إن جنديين من القوات الحكومية قتلا في القصف.\n" +
				"وينص اتفاق وقعته روسيا وتركيا على أن تسحب فصائل المعارضة جميع أسلحتها الثقيلة من منطقة عازلة حول محافظة إدلب شمالي البلاد بتاريخ 10 أكتوبر/ تشرين الأول، وسحب المقاتلين بحلول 15 أكتوبر/ تشرين الأول الجاري.",
			want: []string{"turkey", "russia"}},
		{id: "CN-middleEast-1466-20181010", title: "تركيا تعلن إخلاء المنطقة \"منزوعة السلاح\" من الأسلحة الثقيلة بإدلب",
			text: "دبي، الإمارات العربية المتحدة (CNN) – أعلنت وزارة الدفاع التركية، الأربعاء، عن الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب السورية من الأسلحة الثقيلة بموجب اتفاق سوتشي الذي وقعته أنقرة مع روسيا، وفقا لما نقلته وكالة الأناضول الرسمية.",
			want: []string{"turkey", "russia"}},
		// Guard: the trailing item of CN-middleEast-1467.
		{id: "CN-middleEast-1467-20181010", title: "مسؤول سعودي لـCNN: المملكة لم تتورط في اختفاء خاشقجي.. ومتعاطفون مع عائلته",
			text: "(CNN)-- في رد على سلسلة من الأسئلة التي طرحتها CNN، نفى مسؤول سعودي رفيع المستوى \"بشكل قاطع\" تورط بلاده في اختفاء الكاتب والإعلامي السعودي جمال خاشقجي.\n" +
				"وقال المسؤول السعودي في بيان ورد إلى CNN: \"ننفي بشكل قاطع أي تورط في اختفاء جمال.\n" +
				"أعلنت مصر، الأربعاء، انطلاق فعاليات التدريب العسكري المشترك \"تبوك – 4\" بمشاركة من القوات المسلحة للبلاد ونظيرتها في السعودية، حسبما أفاد المتحدث العسكري المصري، عقيد أركان حرب تامر الرفاعي.\n" +
				"أعلنت وزارة الدفاع التركية، الأربعاء، عن الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب السورية من الأسلحة الثقيلة بموجب اتفاق سوتشي الذي وقعته أنقرة مع روسيا، وفقا لما نقلته وكالة الأناضول الرسمية.",
			not: []string{"turkey", "russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
