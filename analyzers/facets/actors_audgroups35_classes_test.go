package facets

import (
	"testing"
	"time"
)

// TestActorAudGroups35 pins civilians read where no one did harm: an
// article naming no harm done and no armed side (harmlessStory: a girl's fall
// from a cliff, a column on anaesthesia), and hostages no armed man holds
// (actors_civhostages.go). The bare "الرهائن" is a strong civilians alias,
// but news also calls a state's detainees hostages (the three Americans
// North Korea freed, Americans held in Turkey), and uses the word as a
// figure of speech ("حوّل مواطنيه إلى رهائن"، "أصبحوا رهائن جماعات ضغط").
// The not rows fail on m35d; the guards keep a hostage-taking told as an
// act, a gunman's hostages and Boko Haram's captives.
func TestActorAudGroups35(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-1762-20180524", title: "نص رسالة ترامب إلى زعيم كوريا الشمالية.. تهديد بين السطور",
			text: "ولكن في الوقت الحالي أود أن أشكركم على الإفراج عن الرهائن الذين أصبحوا الآن مع عائلاتهم.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-3447-20181013", title: "واشنطن تطالب انقرة بالإفراج \"سريعا\" عن بقية المحتجزين",
			text: "ينبغي على العالم أن يعي أن رئيس الولايات المتحدة ووزارة الخارجية الأميركية سيواصلان العمل بكد في سبيل أن يعود إلى ديارهم كل الرهائن الأميركيين وأولئك المسجونين والمعتقلين بغير وجه حق\".",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-1073-20180508", title: "روسيا تستنكر انسحاب أميركا من اتفاق إيران النووي",
			text: "وأردف ترمب أن النظام الإيراني مول الفوضى واعتدى على جنودنا، وحوّل مواطنيه إلى رهائن، ومستقبل إيران عائد لشعبها، مشيرا إلى أن الشعب الأميركي يقف إلى جانب الشعب الإيراني.",
			not:  []string{"civilians"}},
		{id: "BB-middleEast-530-20180523", title: "الجيش الإيراني: لن ننتظر إذن واشنطن لتطوير قدراتنا الدفاعية",
			text: "وقال إن واشنطن أصبحت رهينة لجماعات الضغط. وإنهم أصبحوا رهائن جماعات ضغط\".",
			not:  []string{"civilians"}},
		// harmlessStory: no harm done by anyone and no armed side in the
		// whole article.
		{id: "2015-07-22-2027", title: "\"مدني عسير\" ينقذ طفلة سقطت من منحدر صخري",
			text: "أوضح ذلك المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير، مشيراً إلى أهمية متابعة ومراقبة الأطفال وصغار السن، والابتعاد عن المواقع التي تشكل خطورة انزلاق أو سقوط، وخصوصاً مثل هذه المواقع شديدة الانحدار.",
			not:  []string{"civilians"}},
		{id: "2015-07-21-366", title: "تحذيرات طبية من التخدير العام للأطفال",
			text: "ولم يكن أي من هؤلاء الأطفال قد تعرض لمشكلات عصبية أو نفسية في السابق أو تعرض لإصابة في الرأس وتم فحص مخ الأطفال بأشعة الرنين المغناطيسي.",
			not:  []string{"civilians"}},
		// Guard: a child hurt in a shelling.
		{id: "2015-08-07-1006", title: "مقذوفات تصيب أربعة مواطنين بحي سكني بالحرث الحدودية",
			text: "أصيب أربعة مواطنين بمحافظة الحرث عصر اليوم الجمعة نتيجة سقوط مقذوفات من داخل الأراضي اليمنية على حي سكني بالمحافظة.",
			want: []string{"civilians"}},
		// Guards: hostage-taking told as an act, a gunman's hostages,
		// Boko Haram's captives freed.
		{id: "BB-internationalNews-214-20180323", title: "أنباء عن \"احتجاز رهائن\" داخل متجر جنوبي فرنسا",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-2771-20180722", title: "اعتقال مسلح احتجز رهائن في لوس أنجليس الأميركية",
			text: "وبعد مرور أكثر من ساعة على بدء المواجهة ظهر على شاشات التلفزيون بضع رهائن يغادرون المتجر من الباب الأمامي.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1429-20180507", title: "إنقاذ أكثر من ألف رهينة من بوكو حرام",
			text: "وحسب أسوتيدبرس، قال البريغادير جنرال تكساس تشوكوو الاثنين، إن الرهائن تم إنقاذهم من أربع قرى في منطقة باما بولاية بورنو.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
