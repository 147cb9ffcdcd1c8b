package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansCyberAttack pins the persons whose data a hack stole
// (cyberAttack, actors_civcyber.go): an attack noun with an electronic
// adjective, or a word of hacking, makes the sentence's victims no
// civilians; the want rows fail on main. The guard: a report posted on a
// website ("نشرته على موقعها الإلكتروني") still tells civilians killed.
func TestActorCiviliansCyberAttack(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-technology-1154-20180720", title: "سرقة بيانات رئيس الوزراء ومليون مواطن في سنغافورة",
			text: "تسبب هجوم إلكتروني، استهدف نظام الصحة العامة بسنغافورة، في اختراق بيانات عدد قياسي من الأشخاص بلغ 1.5 مليون، واستهدف رئيس الوزراء الذي نجا مرتين من مرض السرطان.",
			not:  []string{"civilians"}},
		{id: "FR-internationalNews-880-20180423", title: "شركة \"كريم\" تتعرض لهجوم إلكتروني طال 14 مليون مستخدم غالبيتهم بالشرق الأوسط",
			text: "أعلنت الاثنين شركة \"كريم\" لسيارات الأجرة الخاصة المنافسة لشركة \"أوبر\" بالشرق الأوسط تعرضها لهجوم إلكتروني اخترق بيانات الموظفين والزبائن.",
			not:  []string{"civilians"}},
		// Guard: a website's report of civilians killed.
		{id: "AL-internationalNews-666-20180328", title: "لجنة التحقيق اليمنية: أكثر من 5 آلاف انتهاك في 7 أشهر",
			text: "وكشف التقرير الرابع للجنة، نشرته على موقعها الإلكتروني، عن مقتل وإصابة 1188 من المدنيين خلال سبعة أشهر، بينهم 550 حالة قتل، وحملت ميليشيا الحوثي مسؤولية مقتل 370 مدنيا وإصابة 471 آخرين.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
