package facets

import (
	"testing"
	"time"
)

// TestActorLikeness39j pins a jihadist group named only as what someone
// else is likened to or called (likenessMention, actors_likeness.go): a
// copy, a conduct or a resemblance ("سلوك داعش"، "نسخة عبرية من تنظيم
// «داعش»"، "على غرار «القاعدة»")، a negated difference ("لا تختلف كثيرا
// عن داعش"), or a label ("وصف الحوثيين للمقاومة الجنوبية بأنه من عناصر
// «القاعدة»"). The blind coders left the group out of AL-internationalNews-423
// and 2015-08-03-153; aud39j's sample codes no al-Qaeda in 2015-08-02-117.
// A likeness in the title no longer keeps a group the body names only in
// the jihadist pair (onlyInJihadPair).
//
// Guards: a likeness word that only comes near the group ("ما يشبه "ولاء
// كتابي لتنظيم داعش"", a pledge to the real group), a label whose clause
// tells the group's own men ("وصفه بأنها تشمل أقل من خمسة عناصر بتنظيم
// داعش"), and a conduct told beside a killing.
func TestActorLikeness39j(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-423-20180311", title: "الحوثيون يمارسون \"سلوك داعش\" مع طالبات جامعة صنعاء",
			text: "كشف أكاديمي يمني عن مضايقات تمارسها ميليشيات الحوثي على طالبات جامعة صنعاء، كبرى الجامعات اليمنية، وشبهها بذات السلوك في تنظيمي \"القاعدة\" و\"داعش\" الإرهابيين.",
			not:  []string{"isis", "al-qaeda"}},
		{id: "2015-08-03-153", title: "متطرفون يهود يهددون بقتل الرئيس الإسرائيلي لشجبه حرق العائلة الفلسطينية",
			text: "وهما جريمتان يعتقد أن مرتكبيهما جاءوا من المجموعة اليهودية الدينية الإرهابية نفسها، وهو ما دفع البعض إلى اعتبار منفذي العمليتين نسخة عبرية من تنظيم «داعش».",
			not:  []string{"isis"}},
		{id: "2015-08-02-117", title: "القوات الموالية لهادي تحرر مدينتين في أبين وتعز",
			text: "وردا على وصف الحوثيين للمقاومة الجنوبية بأنه من عناصر «القاعدة ودواعش ومرتزقة»، قال الحريري لـ«الشرق الأوسط» إنه «من المعروف عن صالح المغالطات وتزوير الحقائق».",
			not:  []string{"al-qaeda"}},
		{id: "2015-08-07-1081", title: "الاتفاق النووي.. اجتماع الدوحة وتدخلات إيران",
			text: "وهذه الميليشيات لا تختلف كثيرا عن \"داعش\" في توجهاتها الطائفية وأساليبها الدموية.",
			not:  []string{"isis"}},
		{id: "2015-08-08-54", title: "استعدوا للأسوأ مع «داعش»",
			text: "الحرب طويلة وشاقة وشرسة قبل هزيمة هذا التنظيم على غرار «القاعدة»، الذي لا يزال حيًا، غير أنه ليس بالقوة التي كان عليها قبل عقد.",
			not:  []string{"al-qaeda"}},
		// Guards.
		{id: "SK-internationalNews-577-20180324", title: "فرنسا.. العثور على وصية منفذ الهجوم",
			text: "وأشارت إلى أن الوصية تحتوي على ما يشبه \"ولاء كتابي لتنظيم داعش\".",
			want: []string{"isis"}},
		{id: "CN-middleEast-84-20180224", title: "مسؤول أمريكي: تبادل إطلاق نار مع داعش",
			text: "ووصف المسؤول هذه الحادثة بأنها تشمل \"أقل من خمسة عناصر بتنظيم داعش،\" لافتا إلى أن ذلك يلقي الضوء على المخاطر.",
			want: []string{"isis"}},
		{id: "guard-conduct-harm", title: "شهادات من الموصل",
			text: "وروى الناجون سلوك داعش في ذبح الرهائن أمام أهلهم.",
			want: []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
