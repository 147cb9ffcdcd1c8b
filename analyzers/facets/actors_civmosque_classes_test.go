package facets

import (
	"testing"
	"time"
)

// TestActorForceWorshippers pins the worshippers of a force's own mosque
// as that force's men (forceWorshippers, actors_civmosque.go): an article
// that names the Asir emergency forces' mosque, or worshippers said to be
// of a force, codes no civilians for them; the not rows fail on main. The
// guards: site workers named among the dead keep civilians, and so does a
// sentence that names another, civilian, house of worship.
func TestActorForceWorshippers(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-06-3159", title: "\"علماء باكستان\" يدعو إلى تبني استراتيجية إسلامية ضد الفرق الضالة",
			text: "وقد أدان المجلس في بيان له اليوم حادث التفجير الذي استهدف مسجد مقر قوات الطوارئ بمنقطة عسير اليوم أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بأداء صلاة الظهر جماعة وأسفر عن مقتل وإصابة العديد من المصلين.",
			not:  []string{"civilians"}},
		{id: "2015-08-10-74", title: "شباب عسير منددين بتفجير أبها: لن يزيدنا إلا ثباتاً",
			text: "بدوره قال عضو المجلس تركي الوادعي إن ما قام به المجرمون الضالون من استهداف وقتل المصلين من رجال أمننا البواسل من أشد أنواع الفساد في الأرض.",
			not:  []string{"civilians"}},
		{id: "2015-08-07-368", title: "نادي الصحافة الفضائية يستنكر",
			text: "أدان النادي حادث التفجير الجبان واللا إنساني الذي تعرض له المصلون في طوارئ أبها في المملكة العربية السعودية.\nوجاء في بيان النادي أن استمرارية استهداف المساجد والمصلين دلالة واضحة على أن الإسلام بتعاليمه السمحة بريء مما يحدث.",
			not:  []string{"civilians"}},
		// Guard: the workers killed beside the forces are civilians.
		{id: "2015-08-07-753", title: "تفجير إرهابي استهدف مسجد قوات الطوارئ في عسير",
			text: "وكان المتحدث الأمني قد صرح امس أنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه استشهاد 13 من منسوبي القوات ومن العاملين في الموقع.",
			want: []string{"civilians"}},
		// Guard: a civilian mosque named in the worshippers' sentence.
		{id: "guard-other-mosque", title: "تفجير مسجد قوات الطوارئ في عسير",
			text: "وكان انتحاري قد فجر نفسه في مسجد الإمام الصادق بالكويت ما أسفر عن مقتل 27 من المصلين.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
