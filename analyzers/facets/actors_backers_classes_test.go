package facets

import (
	"testing"
	"time"
)

// Russia or Iran that a clause of its own makes the backer of the Syrian
// government (actors_backers.go); the "want" rows fail without it.
func TestActorBackerOfTheRegimeByAClause(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		{class: "backing clause", id: "SK-middleEast-139-20180228", title: "قوات الحكومة السورية تتقدم في الغوطة الشرقية",
			text: "وأضاف لافروف أمام مجلس حقوق الإنسان التابع للأمم المتحدة في جنيف، أن موسكو ستستمر في دعم الجيش السوري إلى أن يقضي تماما على \"خطر الإرهاب\".",
			want: []string{"russia"}},
		{class: "backing clause", id: "SK-middleEast-844-20180408", title: "مجزرة دوما.. رسالة \"في موعدها\"",
			text: "وعلى وقع هذا المشهد المشتعل تصدر الخارجية الأميركية بيانا تطالب فيه موسكو بشكل مباشر بوقف الدعم للنظام السوري، والتعاون مع المجتمع الدولي لمنع وقوع المزيد من الهجمات الوحشية بالأسلحة الكيماوية.",
			want: []string{"russia"}},
		// Blamed for the backing in another's words, or the regime's
		// ally in a diplomatic aside: no party.
		{class: "no backing clause", id: "CN-middleEast-554-20180410", title: "حصريا لـCNN.. مستشار الأمن القومي الأمريكي السابق: 3 عناصر لرد أمريكي قوي بسوريا",
			text: "ويذكر أن الرئيس الأمريكي، دونالد ترامب، قال في تغريدة أتت بعد وقت قليل على بروز تقارير عن هجوم كيماوي في سوريا: \"مات الكثيرون، من ضمنهم نساء وأطفال، بهجوم كيماوي بلا عقل في سوريا، الرئيس بوتين وروسيا وإيران مسؤولون عن دعم الأسد الحيوان،\" لافتا إلى أن \"ثمنا كبيرا سيدفع.\"",
			not:  []string{"russia", "iran"}},
		{class: "no backing clause", id: "FR-middleEast-21-20180219", title: "اتفاق بين الأكراد ودمشق يقضي بدخول الجيش السوري إلى عفرين لصد الهجوم التركي",
			text: "ومنذ تشرين الأول/أكتوبر، اضطلعت تركيا بدور في محافظة إدلب الخاضعة لسيطرة المعارضة المسلحة على الحدود مع عفرين في إطار عملية دبلوماسية تدعمها روسيا حليفة الأسد في محادثات أستانة بقازاخستان.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+" "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+" "+c.id+" actors", f.Actors, c.not...)
	}
}
