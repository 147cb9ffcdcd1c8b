package facets

import (
	"testing"
	"time"
)

// TestActorsAudBlindG37 pins two classes of round 37's blind sample (part
// a, draw 3740):
//   - a civilian place attacked in the title stands for the civilians hit
//     there when the lead, or the paragraph after it, counts the dead or
//     hurt (titleSiteLeadToll, actors_sites.go);
//   - a foreign country's opposition ("المعارضة البريطانية"، "المعارضة
//     اليمينية") is no Syrian opposition (data/nonactors.txt).
//
// Guards: a site in the title with no toll in the lead, and the Syrian
// opposition named the same way.
func TestActorsAudBlindG37(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-internationalNews-349-20180513", title: "داعش يتبنى مسؤولية الهجمات على كنائس في إندونيسيا",
			text: "دبي، الإمارات العربية المتحدة (CNN)— تبنى تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ\"داعش،\" الأحد، مسؤولية الهجمات التي استهدفت ثلاث كنائس في منطقة سورابايا في إندونيسيا.\nجاء ذلك في بيان مزعوم نشرته وكالة أعماق التي تعتبر الجناح الإعلامي للتنظيم، وذكر أن \"ثلاثة عمليات استشهادية قتلت 11 شخصا على الأقل وجرحت 41 آخرين ضد كنائس في منطقة سورابايا.\"",
			want: []string{"civilians", "isis"}},
		{id: "SK-middleEast-996-20180413", title: "المعارضة البريطانية تدعو للتمرد على تعليمات ترامب بسوريا",
			text: "اعتبر زعيم حزب العمال المعارض في بريطانيا جيريمي كوربين، الجمعة، أن على بريطانيا السعي لإجراء تحقيق مستقل تقوده الأمم المتحدة في الهجوم الكيماوي المشتبه به في سوريا، بدلا من انتظار تعليمات الرئيس الأميركي دونالد ترامب.\nوكانت رئيسة الوزراء تيريزا ماي قد حصلت، الخميس، على تأييد كبار أعضاء حكومتها لاتخاذ إجراء لم يتحدد لردع الحكومة السورية عن استخدام الأسلحة الكيماوية مرة أخرى.",
			not:  []string{"opposition"}},
		{id: "BB-middleEast-348-20180414", title: "الضربات العسكرية في سوريا: زعيم المعارضة البريطانية يتهم حكومته بالعمل وفق تعليمات أمريكا",
			text: "شكك زعيم المعارضة البريطانية في قانونية العمل العسكري في سوريا.\nوانتقد جيرمي كوربن بشدة مشاركة في بريطانيا في الضربات الجوية التي تقول الولايات المتحدة وحلفاؤها انها استهدفت مواقع لها علاقة بالأسلحة الكيميائية.",
			not:  []string{"opposition"}},
		// Guards.
		{id: "guard-site-no-toll", title: "الشرطة تعزز حراسة الهجمات على كنائس في إندونيسيا",
			text: "أعلنت الشرطة الإندونيسية تعزيز الحراسة حول الكنائس قبل عيد الميلاد.\nوقال متحدث إن الإجراءات احترازية.",
			not:  []string{"civilians"}},
		{id: "guard-syrian-opposition", title: "المعارضة السورية تتهم النظام بقصف إدلب",
			text: "اتهمت فصائل المعارضة السورية قوات النظام بقصف بلدات في ريف إدلب، ما أدى إلى مقتل خمسة مدنيين.",
			want: []string{"opposition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
