package facets

import (
	"testing"
	"time"
)

// TestActorRegimeBackdrop45 pins round 45's rul45c-3 (and the Law-10 half
// of rul45c-2) for articles that tell no event (regimeBackdrop,
// actors_regimebackdrop.go): the Syrian government named only as the
// object of another's support or alliance, as the side whose past
// recaptures set the scene, or as the army that left Lebanon in 2005, is
// no party. The sentences are the ones rasid read the id from in the
// ruled tunable and blind lines (FR-internationalNews-505,
// AL-internationalNews-1017, FR-internationalNews-1285,
// AL-internationalNews-1569, SK-middleEast-2106, 2015-07-21-109,
// FR-middleEast-404).
//
// Guards: the regime as the ally ("حليف إيران بشار الأسد ... يعاني من
// هزائم عسكرية", 2015-08-09-1164, a corpus move of the draft); the regime's
// loyal forces fighting ("وتمكنت القوات الموالية
// للرئيس السوري بشار الأسد ... من هزيمة مقاتلي المعارضة", the blind-coded
// SK-middleEast-3239) stay; a spokesman of the regime in the title
// speaking of the war (CN-middleEast-1080, rul45c-2) keeps it; so does
// another mention that counts (forces massing for an offensive), and a
// support clause in an article with an event.
// fr1285Title and fr1285War are pool holdout-30's FR-internationalNews-1285-20180517
// (gold hezbollah): sanctions on Hezbollah, whose war the article tells in
// its own voice. TestSanctionedMilitiaM64 reads the same sentence.
const (
	fr1285Title = "عقوبات جديدة على حزب الله اللبناني تفرضها واشنطن وست دول خليجية"
	fr1285War   = "يقاتل حزب الله إلى جانب قوات النظام السوري وقد درب المليشيات الشعبية الشيعية العراقية."
)

func TestActorRegimeBackdrop45(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		pub             time.Time
		want, not       []string
	}{
		{id: "FR-internationalNews-505-20180318", title: "فلاديمير بوتين.. من شوارع لينينغراد إلى \"قيصر\" روسيا",
			text: "وهو نهج طبقه بنجاح في سوريا حيث تمكن التدخل العسكري الروسي منذ 2015 دعما لنظام دمشق من تبديل مجرى الحرب.",
			want: []string{"russia"}, not: []string{"syrian-government"}},
		{id: "AL-internationalNews-1017-20180506", title: "نتنياهو: من الأفضل مواجهة إيران عاجلا وليس آجلا",
			text: "وتعد إيران حليفاً رئيسياً لرئيس النظام السوري بشار الأسد، وقدمت مساعدات عسكرية حاسمة لقواته.",
			not:  []string{"syrian-government"}},
		{id: "FR-internationalNews-1285-20180517", title: fr1285Title,
			text: fr1285War,
			want: []string{"hezbollah"}, not: []string{"syrian-government"}},
		{id: "AL-internationalNews-1569-20180611", title: "رسمياً.. مفوضية اللاجئين تتبلّغ بقرار وزير خارجية لبنان",
			text: "ويحث لبنان، خلال الفترة الماضية، اللاجئين السوريين على العودة إلى بلادهم، خصوصاً بعدما استعادت قوات النظام السيطرة على مناطق واسعة.",
			not:  []string{"syrian-government"}},
		{id: "SK-middleEast-2106-20180602", title: "المعلّم يعدل \"القانون رقم 10\" الذي يهدد أملاك اللاجئين",
			text: "وربط المعلم بين القانون الجديد واستعادة الجيش السوري في أبريل السيطرة على الغوطة الشرقية، التي بقيت لسنوات معقلا للفصائل المعارضة قرب دمشق.",
			pub:  time.Date(2018, 6, 2, 0, 0, 0, 0, time.UTC), not: []string{"syrian-government"}},
		{id: "2015-07-21-109", title: "رغم الاتفاق النووي.. أميركا وإيران ما تزالان تخوضان حربًا إقليمية خفية",
			text: "وفي الوقت ذاته لم تقدم إيران أي مؤشر على نيتها تعليق دعمها لحزب الله، أو الجماعات المسلحة في العراق أو القوات الموالية للرئيس السوري بشار الأسد.",
			not:  []string{"syrian-government"}},
		{id: "FR-middleEast-404-20180504", title: "لبنان بلد المحاصصة والتجاذبات على موعد مع أول انتخابات تشريعية منذ نحو 10 سنوات",
			text: "وبعد تواجد استمر نحو ثلاثين سنة، انسحبت القوات السورية من البلد المجاور في العام 2005.",
			not:  []string{"syrian-government"}},
		{id: "CN-middleEast-684-20180421", title: "القرضاوي ردا على سفير روسي: تصريحاته أكاذيب ولست الآمر الناهي في قطر",
			text: "وقال القرضاوي إنه اجتمع بالسفير الروسي السابق في الدوحة، وبرر الأخير دعم بلاده للنظام السوري، لكن طرحه لم يقنع الداعية المصري القطري.",
			not:  []string{"syrian-government"}},
		// Guards.
		{id: "2015-08-09-1164", title: "لن نهزم إيران بالشتائم",
			// The article's sentence, set in Syria and cut to its clause
			// (alone it names no Syria, and the regime counts only with
			// the rest of the article).
			text: "وفي سوريا يعاني حليف إيران بشار الأسد ومعه حزب الله من هزائم عسكرية متلاحقة.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-3239-20180802", title: "الشرطة العسكرية الروسية تنتشر في الجولان",
			text: "وتمكنت القوات الموالية للرئيس السوري بشار الأسد وحلفاؤه الروس والإيرانيون من هزيمة مقاتلي المعارضة في جنوب غرب البلاد.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-1080-20180602", title: "وليد المعلم: لا وجود عسكري لإيران بسوريا.. وعلى أمريكا الانسحاب من التنف",
			text: "وقال المعلم إنه ليس هناك وجود عسكري إيراني على الأراضي السورية بل مستشارون يعملون إلى جانب الجيش العربي السوري.",
			want: []string{"syrian-government"}},
		{id: "guard-other", title: "نتنياهو: من الأفضل مواجهة إيران عاجلا وليس آجلا",
			text: "وتعد إيران حليفا رئيسيا للنظام السوري. وتحشد قوات النظام السوري تعزيزات عسكرية استعدادا لهجوم على إدلب.",
			want: []string{"syrian-government"}},
		{id: "guard-event", title: "مقتل 12 مدنيا في قصف على ريف إدلب",
			text: "قتل 12 مدنيا في غارات جوية على ريف إدلب. ويقاتل حزب الله إلى جانب قوات النظام في المنطقة.",
			want: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, c.pub)
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
