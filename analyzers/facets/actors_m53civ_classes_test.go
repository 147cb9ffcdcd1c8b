package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansLeaving pins round 53's m53civ class (actors_match.go,
// displacedObject with exitNouns): civilians that a noun of going or being
// taken out governs ("ضمان خروج المدنيين"، "مع خروج عشرات الآلاف من سكان
// القطاع في مسيرة"، "إخراج أكثر من سبعة آلاف من عناصر الفصائل المعارضة
// والمدنيين") leave; they are not hit, as with an evacuation (إجلاء). The
// blind codings of BB-middleEast-921, AL-internationalNews-706 and
// SK-middleEast-3080 code no civilians (a looming offensive, the Gaza march
// under round 43's ruling 2, the Quneitra evacuation deal); the not rows
// fail on main. Guards: the wounded taken out ("لإخراج الجرحى من
// المدنيين": the harm word stands between), and civilians killed whom a
// group bars from leaving (the harm comes first in the sentence).
func TestActorCiviliansLeaving(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-921", title: "دي ميستورا \"مستعد للذهاب بنفسي إلى إدلب\"",
			text: "قال مبعوث الأمم المتحدة إلى سوريا، الخميس، إنه مستعد للسفر إلى إدلب للمساعدة في ضمان خروج المدنيين عبر ممر إنساني، وسط مخاوف من هجوم حكومي وشيك لاستعادة آخر المعاقل الرئيسية للمسلحين.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-706", title: "مجلس الأمن يفشل بالاتفاق حول غزة.. ويحذر من تدهور الوضع",
			text: "والتأم مجلس الأمن، بدعوة من الكويت، لمناقشة آخر التطورات في غزة، حيث اندلعت مواجهات مع خروج عشرات الآلاف من سكان القطاع في مسيرة قرب الحدود الإسرائيلية في احتجاجات واسعة أسفرت عن مقتل 16 فلسطينياً وإصابة أكثر من 1400 آخرين في أسوأ يوم من أعمال العنف منذ حرب غزة عام 2014، وفق وزارة الصحة في قطاع غزة.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-3080", title: "دمشق تعتبر إجلاء عناصر الخوذ البيضاء \"عملية إجرامية\"",
			text: "وتوشك قوات النظام على السيطرة على كامل محافظة القنيطرة المحاذية التي تم التوصل فيها الخميس، إثر قصف عنيف، إلى اتفاق تسوية تم بموجبه إخراج أكثر من سبعة آلاف من عناصر الفصائل المعارضة والمدنيين الرافضين للاتفاق.",
			not:  []string{"civilians"}},
		// Guard: the wounded taken out are hurt civilians.
		{id: "guard-wounded-out", title: "بوتين يأمر بهدنة يومية بالغوطة",
			text: "وقال شويغو إن قصف الغوطة أسفر عن مقتل عشرة، وأن بوتين أمر بهذا لإخراج الجرحى من المدنيين، وفقاً لما نقلته الوكالة.",
			want: []string{"civilians"}},
		// Guard: civilians killed by shelling, barred from leaving.
		{id: "SK-middleEast-3029", title: "سوريا.. مدنيو \"حوض اليرموك\" بين ناري القصف وإرهاب داعش",
			text: "تتعرض مدن وبلدات حوض اليرموك في ريف درعا الغربي، الخاضعة لسيطرة \"داعش\"، لليوم الرابع على التوالي لقصف جوي وصاروخي مكثف، مما تسبب في سقوط قتلى وجرحى من المدنيين، الذين يمنعهم التنظيم الإرهابي من مغادرة المنطقة ويتخذهم كدروع بشرية.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorResidentsPointOut pins round 53's second m53civ class
// (actors_speakers.go, quotedPeople with residentReportVerbs): residents who point
// something out ("أشار السكان إلى أن") are the story's source, as with
// "وقال سكان", and not its victims. Pool 2015-07-27-93 codes no civilians
// (the dead are Houthis and resistance fighters); the not row fails on
// main. Guard: residents pointed at by a speaker ("أشار إلى مقتل سكان")
// stay the victims, as إلى stands between.
func TestActorResidentsPointOut(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-27-93", title: "المقاومة تشن هجومًا جديدًا ضد المتمردين للسيطرة على «العند» وتقترب من عاصمة لحج",
			text: "وقال سكان بأن قوات المقاومة الشعبية استولت على حي صبر في شمال عدن، في حين أشار السكان إلى أن 25 حوثيا و10 من رجال المقاومة الشعبية سقطوا قتلى.",
			not:  []string{"civilians"}},
		// Guard: the residents are the ones killed.
		{id: "guard-pointed-victims", title: "قصف على حي سكني في عدن",
			text: "وأشار المسؤول إلى مقتل خمسة من السكان في قصف الحوثيين على حي سكني في عدن.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorSiteTookFire pins round 53's third m53civ class
// (actors_sites.go, siteExposed): a civilian place that a word of
// undergoing says took fire ("بين مستشفى يتعرض للقصف") is the attack's
// object told the other way round, and stands for the civilians there as
// "استهدفت مستشفى" does. Pool CN-middleEast-301 codes civilians (a hospital
// under shelling in Afrin); the want row fails on main. Guards: a hospital
// named as where the wounded went ("نقلوا إلى مستشفى") is no target, and a
// force's own hospital ("مستشفى عسكري") is the force's.
func TestActorSiteTookFire(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-301", title: "متحدث باسم الحكومة التركية: لن نبقى في عفرين",
			text: "ويأتي هذا في وقت لا تزال فيها المآسي مستمرة من قلب عفرين بين مستشفى يتعرض للقصف وأم مفطور قلبها على رضيعها وعلاج غير متوفر وطوابير من أجل لقمة العيش أو تشييع القتلى، شاهد الفيديو أعلاه.",
			want: []string{"civilians"}},
		// Guard: the hospital is where the hurt were taken.
		{id: "guard-taken-to-hospital", title: "اشتباكات في ريف حلب",
			text: "وقالت مصادر إن عناصر من الفصائل نقلوا إلى مستشفى في إعزاز بعد الاشتباكات.",
			not:  []string{"civilians"}},
		// Guard: a force's own hospital.
		{id: "guard-military-hospital", title: "قصف على مستشفى عسكري",
			text: "وقال المرصد إن مستشفى عسكري تعرض للقصف في ريف حماة.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
