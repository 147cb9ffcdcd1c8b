package facets

import (
	"testing"
	"time"
)

// TestSourceOfStateClasses pins round 53's m53afp2 class: a state's organ
// named only as where a quoted official or source speaks from — a speech
// verb or "عن", the source, then "في" or "من" right before the organ, or
// the organ's own "ب" (sourceOf, actors_statediplomacy.go) — is the
// speaker's country, not a party, as a spokesman's office is (officeOf).
// Every not row fails on main. Guards: the same source telling his army's
// strike keeps the state (stateDiplomacy's walk over the sentence's
// fighting words).
func TestSourceOfStateClasses(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-820-20180726", title: "روسيا تبدأ خطة لإعادة جماعية للاجئين السوريين إلى بلادهم",
			text: "فأكد مسؤول في وزارة الدفاع الروسية أنه بعد لقاء الرئيس الروسي فلاديمير بوتين بنظيره الأمريكي دونالد ترامب في هلسينكي، تم توقيع عدة اتفاقات، وعودة اللاجئين هي إحدى أهم ما طرح على الطاولة.",
			not:  []string{"russia"}},
		{id: "AL-internationalNews-1228-20180518", title: "إسرائيل تبني سياجا دفاعيا حول مطار جديد في إيلات",
			text: "أعلن مسؤول في الجيش الإسرائيلي أن #إسرائيل أنهت بناء جزء من سياجها الحدودي من الجهة الشرقية مع #الأردن وتقوم ببناء غلاف دفاعي فريد من نوعه حول مطار مدني جديد في #إيلات.",
			not:  []string{"israel"}},
		{id: "SK-middleEast-2202-20180606", title: "انفجار عنيف في \"مدينة الصدر\" يخلف قتلى وجرحى",
			text: "قال مصدر بالشرطة العراقية إن سيارة ملغومة انفجرت في حي مدينة الصدر في بغداد، الأربعاء، مما أدى إلى مقتل وإصابة عدة أشخاص.",
			not:  []string{"iraqi-forces"}},
		// Guards.
		{id: "guard-israel-strike", title: "غارات على غزة",
			text: "وقال مسؤول في الجيش الإسرائيلي إن طائرات حربية قصفت مواقع لحركة حماس في قطاع غزة فجر اليوم.",
			want: []string{"israel"}},
		{id: "guard-russia-strike", title: "غارات على إدلب",
			text: "وقال مسؤول في وزارة الدفاع الروسية إن الطائرات الروسية شنت غارات على مواقع المسلحين في ريف إدلب.",
			want: []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
