package facets

import (
	"testing"
	"time"
)

// TestActorRecalledToll pins the persons an earlier attack killed, told in
// a relative clause (recalledAttackToll, actors_background.go): "تفجير
// مانشستر الدامي الذي أودى بحياة 22 شخصا" under a story of a row, "الهجوم
// المسلح على صحيفة شارلى إبدو ... الذي أسفر عن مقتل 12 شخصاً" under a
// threat, "الصراع السوري الذي أودى بحياة نحو 250 ألف شخص" under talks. The
// title and lead tell no harm, so the clause describes a known attack and
// its dead are no civilians of the story.
//
// Guards: a title that tells the massacre ("مجزرة تكساس"), where the
// clause tells the news; and a span ("القصف المستمر منذ أيام"), which
// counts the dead up to the news.
func TestActorRecalledToll(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-3222-20180801", title: "غضب بريطاني.. قطر تلعب مع الإرهابيين وتسرق كأس العالم",
			text: "في الوقت الذي تواجه قطر أزمة حقيقية تتعلق بفساد ملفها لتنظيم كأس العالم، تضع التحقيقات في بريطانيا العديد من التساؤلات.\n\nوبحسب كولين، لن تسطيع الأموال أن تصلح الضرر الذي لحق بسمعة الدوحة إذا أثبتت التحقيقات الجارية في هجوم مانشستر العام الماضي وجود صلة ما بين قطر و الجماعات الإرهابية المتهمة بتدبير التفجير الذي أودى بحياة 22 شخصا وأصاب العشرات بجروح بالغة.",
			not:  []string{"civilians"}},
		{id: "2015-08-06-2176", title: "القاعدة يدعو لمهاجمة أميركا وفرنسا",
			text: "وجه تنظيم \"القاعدة في جزيرة العرب\" رسالتي تهديد إلى أميركا وفرنسا ودول أخرى.\n\nكما أشاد بالهجوم المسلح على صحيفة \"شارلى إبدو\" الفرنسية الساخرة، الذي أسفر عن مقتل 12 شخصاً.",
			not:  []string{"civilians"}},
		{id: "2015-08-07-270", title: "وفد من المعارضة السورية يزور موسكو لعقد جولة جديدة من المحادثات",
			text: "قال مصدر ووسائل إعلام روسية، إن من المقرر أن يزور وفد من المعارضة السورية موسكو الأسبوع المقبل.\n\nتأتي الزيارة في الوقت الذي تحاول فيه قوى إقليمية ودولية البحث عن سبل لمجابهة التهديد المتنامي لتنظيم داعش الإرهابي، في الصراع السوري الذي أودى بحياة نحو 250 ألف شخص على مدى أربع سنوات ونصف السنة.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "AL-internationalNews-1252-20180520", title: "مجزرة تكساس.. صدته وأحرجته علناً فقتلها و9 من زملائهما",
			text: "تبيّن مؤخراً أن إحدى المراهقات كانت قد رفضت أن تدخل بعلاقة مع مطلق النار وأهانته بشكلٍ علني.\n\nوهذه أول إشارة إلى وجود دافع وراء الهجوم الذي وقع يوم الجمعة في مدرسة سانتا الثانوية، والذي أسفر عن مقتل 10 أشخاص.",
			want: []string{"civilians"}},
		{id: "CN-middleEast-136-20180301", title: "مقال من ملاجئ الغوطة",
			text: "مقال بقلم بيان ريحان، وهي ناشطة في دوما.\n\nالقبو يوفر لنا ملجأ مؤقتا من القصف المستمر منذ أيام من قبل النظام السوري، والذي أودى بحياة أكثر من 500 شخص.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
