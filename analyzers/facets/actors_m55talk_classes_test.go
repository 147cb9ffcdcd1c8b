package facets

import (
	"testing"
	"time"
)

// TestLikenedDeedNoGroup pins round 55's m55talk class: a group named only
// as the author of the deeds an event is likened to — a likeness word
// ("تشبه"، "تحمل بصمات"، "تشابه مع") with a deed noun after it ("هجمات"،
// "دعوات"، "قنابل") and only the deed's words before the name ("مميتة
// بسيارات نفذها أنصار لـ"، "أخرى استخدمها") — measures another's act and is
// no party (actors_likeness.go, likenessDeed; holdout51 Q14: the Toronto
// ramming's comparison with a denied link), as is a group someone is told
// he does not differ from in the plural ("أنتم لا تختلفون عن داعش",
// unlikeWords). The not rows fail on main.
// Guards: the group inspiring the act ("مستوحى من نهج وأسلوب داعش"), the
// group's own killing told in the same story, the hallmark word with no
// deed noun ("تحمل بصمات تنظيم داعش", an attribution).
func TestLikenedDeedNoGroup(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool SK-internationalNews-1146 (holdout51 Q14): officials deny any security link.
		{id: "SK-internationalNews-1146-20180424", title: "العثور على \"رسالة مشفرة\" لمنفذ حادث الدهس في تورونتو",
			text: "ووجهت للمشتبه به أليك ميناسيان (25 عاما) عشر تهم بالقتل و13 تهمة بالشروع في القتل في الحادث الذي يحمل بصمات هجمات فتاكة بمركبات نفذها مؤيدون لتنظيم داعش. ورغم أن الواقعة تشبه هجمات مميتة بسيارات نفذها أنصار لتنظيم داعش في الولايات المتحدة وأوروبا فقد قال مسؤولون اتحاديون إنها لا تمثل خطرا أكبر على الأمن القومي.",
			not:  []string{"isis"}},
		// pool SK-internationalNews-1862: the Liège gunman's conduct likened to ISIS's calls.
		{id: "SK-internationalNews-1862-20180530", title: "بلجيكا تكشف هوية منفذ \"الجريمة الإرهابية\" في لييج",
			text: "وأضافت روغين أن الهجوم يعامل على أنه إرهاب نظرا للطريقة التي تصرف بها هيرمان، والتي تقول إنها تشبه دعوات تنظيم داعش عبر الفيديو لمهاجمة الشرطة بالسكاكين وسرقة أسلحتها.",
			not:  []string{"isis"}},
		// blind AL-internationalNews-810: the Houthis' rock bombs likened to Hezbollah's.
		{id: "AL-internationalNews-810-20180405", title: "اليمن.. زارعو الألغام يوعون بمخاطرها بدعم أممي!",
			text: "وكشف تقرير أصدره مؤخرا، مركز \"أبحاث التسليح في الصراعات\" ومقره لندن، عن استخدام الحوثيين لعبوات ناسفة على شكل صخور (أحجار) في اليمن، قال إنها تحمل أوجه تشابه مع قنابل أخرى استخدمها حزب الله في جنوب لبنان ومتمردون في العراق والبحرين.",
			not:  []string{"hezbollah"}},
		// pool AL-internationalNews-1099: Erdogan's jibe at France, a negated difference in the plural (unlikeWords).
		{id: "AL-internationalNews-1099-20180510", title: "أزمة تتفاقم مع تركيا بعد دعوة فرنسية لحذف آيات قرآنية",
			text: "وقال أردوغان: نرى ذلك مجرد انعكاس لجهلكم. أنتم لا تختلفون عن داعش.",
			not:  []string{"isis"}},
		// Guard: blind SK-internationalNews-1870: the act inspired by ISIS, no likeness word.
		{id: "SK-internationalNews-1870-20180530", title: "\"جزار لييج\".. تاجر مخدرات بلجيكي تأثر بدموية داعش",
			text: "قال ممثلو ادعاء بلجيكيون، الأربعاء، إن حادث إطلاق الرصاص في لييج ربما كان مُستوحى من نهج وأسلوب داعش.",
			want: []string{"isis"}},
		// Guard: pool SK-middleEast-3497: Hezbollah's commander killed in Saada keeps it beside the likened mines.
		{id: "SK-middleEast-3497-20180902", title: "التحالف يدمر مقرات للحوثيين في الحديدة ويقطع إمداداتهم",
			text: "وتأتي هذه التطورات الميدانية بالتزامن مع غارة شنتها قوات التحالف العربي في محافظة صعدة، أسفرت عن مقتل القيادي في ميليشيات حزب الله اللبناني طارق حيدرة، وفق ما أكدته مصادر يمنية. وأكد عسكريون يمنيون من الفرق الهندسية، أن هذه الألغام من صنع خبراء إيرانيين، وتشبه الألغام، التي تستخدمها ميليشيات حزب الله.",
			want: []string{"hezbollah"}},
		// Guard: the hallmark word with no deed noun is an attribution.
		{id: "guard-hallmark", title: "تفجير يستهدف سوقا شعبيا",
			text: "قال مسؤولون أمنيون إن التفجير الذي استهدف السوق وأسفر عن مقتل عشرة أشخاص يحمل بصمات تنظيم داعش.",
			want: []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
