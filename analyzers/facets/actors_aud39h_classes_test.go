package facets

import (
	"testing"
	"time"
)

// TestActorArmedOneOrTwo pins one or two persons a singular or dual armed
// adjective names as attackers (armedPeople, actors_civroles.go): "هاجمت
// امرأتان مسلحتان أمس القنصلية الأميركية" (2015-08-11-736, whose dead are
// police), "وكانت امرأة انتحارية فجرت نفسها في مركز للشرطة" (2015-07-21-1760,
// an older bombing that killed a policeman). The victim words name one or
// two persons; their adjective makes them no civilians.
//
// Guard: the person an armed one killed ("هجوم شخص مسلح بسكين ... والذي
// قتل فيه شخص واحد") stays a civilian.
func TestActorArmedOneOrTwo(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-11-736", title: "تركيا تواجه الإرهاب والقنصلية الأميركية في إسطنبول تتعرض لهجوم",
			text: "هاجمت امرأتان مسلحتان أمس القنصلية الأميركية في إسطنبول وتبادلتا إطلاق النار مع الشرطة التركية، فيما استهدفت سيارة مفخخة مركزاً للشرطة في المدينة وقُتل 4 أفراد شرطة في منطقة حدودية عقب استهداف دوريتهم بقنابل مزروعة على الطريق.",
			not:  []string{"civilians"}},
		{id: "2015-07-21-1760", title: "تركيا تحجب الدخول لمواقع الكترونية موالية لداعش",
			text: "حجبت تركيا أكثر من ستة مواقع اخبارية إسلامية هذا الاسبوع مما دعا جماعة تزعم ولاءها لتنظيم داعش لاتهام تركيا باضطهاد المسلمين.\n\nوكانت امرأة انتحارية فجرت نفسها في مركز للشرطة بمنطقة السلطان أحمد التاريخية في اسطنبول في يناير كانون الثاني وقتلت ضابط شرطة زارت سوريا وعلى صلات بتنظيم داعش بحسب ما ذكرت تقارير إعلامية تركية ودبلوماسيون انذاك.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "BB-internationalNews-643-20180612", title: "تقارير عن احتجاز مسلح لرهائن وسط العاصمة الفرنسية",
			text: "وتعيش باريس في حالة انذار عالية وتأهب في الأوساط الأمنية في أعقاب سلسلة الهجمات التي شنها مسلحون \"جهاديون\" في السنوات الثلاث الماضية، وكان آخرها هجوم شخص مسلح بسكين كبير في مدينة باريس في الشهر الماضي والذي قتل فيه شخص واحد.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
