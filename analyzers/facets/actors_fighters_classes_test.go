package facets

import (
	"testing"
	"time"
)

// TestActorSyrianFightersNotRegime pins "مقاتلين سوريين" read as fighters,
// not as the Syrian state's forces: the SDF's make-up (holdout-22's
// CN-middleEast-429), the US-trained rebels Nusra abducted, Turkey's Syrian
// allies. The regime's men are its soldiers, forces and planes, which stay
// (guards). Each row but the guards fails on main (4506472).
func TestActorSyrianFightersNotRegime(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-429-20180330", title: "أردوغان يتهم فرنسا بمعاداة تركيا بسبب استضافة وفد \"قوات سوريا الديمقراطية\"",
			text: "و\"قوات سوريا الديمقراطية\"، المعروفة إعلاميا بـ\"قسد\"، هي تحالف لمقاتلين سوريين أكراد وعرب، مدعومين من الولايات المتحدة لمواجهة \"تنظيم\" داعش.",
			want: []string{"sdf"}, not: []string{"syrian-government"}},
		{id: "2015-07-31-2055", title: "البنتاغون ينفي خطف مقاتلين دربهم في سوريا",
			text: "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة في سوريا لمقاتلين شاركوا في برنامجها لتدريب المقاتلين السوريين، خلافا لما ذكره المرصد السوري لحقوق الانسان.",
			not:  []string{"syrian-government"}},
		{id: "SK-middleEast-3231-20180802", title: "منظمة حقوقية تدعو لوقف انتهاكات تركيا الجسيمة في عفرين",
			text: "واستنادًا إلى منظمة العفو الدولية، فإنّ قوات تركية ومقاتلين سوريين متحالفين معها \"استولوا على مدارس\" في عفرين، الأمر الذي يمنع آلاف الأطفال من مواصلة دراستهم.",
			want: []string{"turkey"}, not: []string{"syrian-government"}},
		// Guards: the state's soldiers and planes.
		{id: "corpus-soldiers", title: "الجولان",
			text: "قتل عشرة جنود سوريين على الأقل في غارات جوية نفذتها مقاتلات إسرائيلية على مواقع عسكرية في الجزء السوري من هضبة الجولان المحتل.",
			want: []string{"syrian-government"}},
		{id: "corpus-planes", title: "درعا",
			text: "واستهدفت الطائرات الحربية السورية والروسية وفق المرصد، مدينة درعا وريفيها الشرقي والغربي طوال ليل الثلاثاء وخلال نهار الأربعاء بالبراميل المتفجرة والصواريخ.",
			want: []string{"syrian-government", "russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
