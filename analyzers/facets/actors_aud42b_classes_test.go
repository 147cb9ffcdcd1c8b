package facets

import (
	"testing"
	"time"
)

// TestActorCampMosqueWorshippers pins the worshippers of the Asir emergency
// forces' mosque named as the camp's ("مسجد المعسكر") as the force's men
// (forceWorshippers, actors_civmosque.go, with المعسكر among
// mosqueForceWords since aud42b): the not row fails before aud42b
// (2015-08-10-701, the only corpus article the word moves). The guards:
// the same camp's mosque with the site workers named among the dead keeps
// civilians (2015-08-07-1026), and so does a civilian mosque's
// worshippers with no camp or force near them.
func TestActorCampMosqueWorshippers(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-10-701 (shortened)", title: "متدربو طوارئ عسير يعودون للمعسكر والمتنزهات تحتضن آلاف المصطافين",
			text: "عاد منسوبو قوات الطوارئ بمنطقة عسير والجنود المتدربين إلى معسكرهم بعد انتهاء إجازة نهاية الأسبوع، والتي تزامنت مع الحادث الإرهابي الغاشم، الذي استهدف المصلين داخل مسجد المعسكر صلاة ظهر يوم الخميس الماضي، وكان عدد كبير من الجنود المتدربين قد خرجوا من المعسكر في وقت مبكر يوم الخميس.",
			not:  []string{"civilians"}},
		// Guard: the camp's mosque, with the site workers killed beside the men.
		{id: "2015-08-07-1026 (shortened)", title: "الانتحاري دخل المعسكر بزي قوات الطوارئ",
			text: "واستطاع الانتحاري الذي فجر نفسه بالمسجد الدخول إلى المعسكر عن طريق إيهام أفراد الحراسة. وأثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع.",
			want: []string{"civilians"}},
		// Guard: a town's mosque, no camp near its worshippers.
		{id: "guard-town-mosque", title: "تفجير انتحاري في مسجد",
			text: "وفجر انتحاري نفسه بين المصلين في مسجد الإمام الصادق بالكويت أثناء صلاة الجمعة، وكان الجيش قد أقام معسكرا قرب المدينة.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
