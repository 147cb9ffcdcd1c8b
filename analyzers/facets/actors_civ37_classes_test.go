package facets

import (
	"testing"
	"time"
)

// TestActorCivilians37 pins two civilians classes of round 37.
//   - A hundred or a thousand counts its noun in the bare singular ("أعدم
//     ألفي عراقي"، "أعدموا نحو ألفي مواطن"): a nationality or "مواطن" so
//     counted, with a harm word near the count, are the people harmed
//     (hundredsVictims, actors_civhundreds.go, merged with round 37's
//     recall audit's rule). A war's whole toll of a hundred thousand or
//     more ("300 ألف سوري"، "نصف مليون سوري") is no event of the story.
//   - "قصفا" is a shelling in the accusative, as "قصف" (attackWords):
//     "وشنت ميليشيات الحوثي قصفا عشوائيا ... ما أسفر عن مقتل امرأة".
//
// Guards: protesters a thousand strong whose sentence tells a killing far
// from the count, and a war's toll in hundreds of thousands.
func TestActorCivilians37(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-08-8", title: "",
			text: "داعش الإرهابي أعدم ألفي عراقي في نينوى.",
			want: []string{"civilians"}},
		{id: "2015-08-06-2042", title: "",
			text: "كما أكد مسؤول فرع الاتحاد الوطني الكردستاني في الموصل غياس سورجي أن الدواعش أعدموا نحو ألفي مواطن من أبناء محافظة نينوى، معظمهم من منتسبي الأجهزة الأمنية وموظفي مفوضية الانتخابات والمؤسسات الحكومية.",
			want: []string{"civilians"}},
		{id: "2015-08-08-145", title: "",
			text: "قال وزير الدفاع العراقي أمس الجمعة، في تصريح مسجل، إنّ أكثر من ألفي عراقي في محافظة نينوى بشمال العراق، أعدموا على أيدي متشددي تنظيم داعش الذين يسيطرون على المنطقة.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-598-20180327", title: "",
			text: "وشنت ميليشيات الحوثي قصفا عشوائيا بالمدفعية الثقيلة على قرى مديرية مقبنة غربي محافظة تعز، ما أسفر عن مقتل امرأة في عقدها الخامس.",
			want: []string{"civilians"}},
		// Guards.
		{id: "2015-08-10-715", title: "",
			text: "قال المرصد السوري لحقوق الإنسان أمس إن نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية الساحلية معقل رئيس النظام السوري بشار الأسد للدعوة لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل عقيد في الجيش إثر خلاف على أفضلية المرور.",
			not:  []string{"civilians"}},
		{id: "2015-08-11-190", title: "",
			text: "الجبير: الأسد فقد شرعيته بعدما قتل 300 ألف سوري.",
			not:  []string{"civilians"}},
		{id: "2015-07-31-251", title: "",
			text: "وصل الأمر إلى قتل أكثر من ثلاثمائة ألف مواطن وتشريد الملايين.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
