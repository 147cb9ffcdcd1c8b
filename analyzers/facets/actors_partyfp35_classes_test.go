package facets

import "testing"

// TestActorPreWarYear pins a foreign state named in a sentence dated only
// by a year before the Syrian war (preWarYear, actors_statedisaster.go) as
// no party: the 9/11 attacks in a story of Britain's terror threat, the
// Kuwait war's chronology. The not rows fail on start35. The guards: a
// sentence that names Hezbollah beside Israel tells a war still fought, and
// a year since 2011 keeps the strike.
func TestActorPreWarYear(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-162-20180227", title: "سكوتلانديارد: بريطانيا تواجه خطرا إرهابيا من اليمين المتطرف",
			text: "وبريطانيا هدف رئيسي للمتطرفين المحليين والأجانب منذ هجمات عام 2001 على الولايات المتحدة.",
			not:  []string{"usa"}},
		{id: "2015-08-02-147", title: "أبرز المراحل التاريخية ما قبل الغزو إلى التحرير",
			text: "* 7 أغسطس 1990: أميركا ترسل قواتها إلى السعودية لحماية حدودها وبدء عملية «درع الصحراء».",
			not:  []string{"usa"}},
		// Guard: Israel beside Hezbollah, an armed group of the taxonomy.
		{id: "FR-middleEast-17-20180215", title: "تيلرسون: الترسانة العسكرية لحزب الله تهدد أمن لبنان والمنطقة",
			text: "ودعا إلى احترام القرار الدولي رقم 1701 الذي أرسى في العام 2006 وقفا للقتال بين إسرائيل وحزب الله وعزز انتشار قوة الأمم المتحدة المؤقتة في جنوب لبنان.",
			want: []string{"israel", "hezbollah"}},
		// Guard: a year since the war began.
		{id: "made-up guard", title: "غارات إسرائيلية قرب دمشق",
			text: "وشنت الطائرات الإسرائيلية عام 2018 غارات على مواقع قرب دمشق، بعد نحو أربعين عاما من حرب 1973.",
			want: []string{"israel"}},
	})
}

// TestActorAlmanacDayTitle pins CNN's almanac title "حدث في" and a day's
// number (almanacTitle, dates_onthisday.go): its states are history.
// The not row fails on start35; the guard, a title without the almanac's
// words, keeps the state.
func TestActorAlmanacDayTitle(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-internationalNews-591-20180910", title: "حدث في 10 سبتمبر/أيلول.. وصول القوات العربية المشتركة إلى الكويت",
			text: "1991 وصلت القوات العربية المشتركة إلى الكويت بهدف إخراج القوات العراقية منها بعد صدور قرار من جامعة الدول العربية.",
			not:  []string{"iraqi-forces"}},
		// Guard: no almanac title.
		{id: "made-up guard", title: "حادث في 10 سبتمبر",
			text: "وصلت القوات العربية المشتركة إلى الكويت بهدف إخراج القوات العراقية منها.",
			want: []string{"iraqi-forces"}},
	})
}

// TestActorHouthiRebels pins a generic rebel word in a story about the
// Houthis, far from any Syrian word (houthisNamed, actors_match.go), as no
// Syrian opposition: the mercenaries who fight "in the rebels' ranks" in
// Yemen. The not row fails on start35 (its first sentence makes the article
// one that names Syria). The guard: rebels beside a Syrian word stay Syria's.
func TestActorHouthiRebels(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-11-951", title: "إيران تتكفل بمصاريف مرتزقة الحوثي",
			text: "وقال إن طهران استخدمت هذا المخطط في سورية. وتحدث عن اللجنة الثورية. وقال محللون إن ذلك يأتي لمواجهة التناقص. وأشار شهود إلى أن معظم العناصر التي حشدها المتمردون ينتمون إلى إثيوبيا والصومال، مشيرة إلى أنهم عناصر جرى حشدهم بعد إغرائهم بالقتال في صفوف المتمردين مقابل المال.",
			not:  []string{"opposition"}},
		// Guard: the rebels are Syria's.
		{id: "made-up guard", title: "الحوثيون يطلقون صاروخا باليستيا على جازان",
			text: "أطلق الحوثيون صاروخا باليستيا على جازان. وفي سوريا، قصفت قوات الأسد مواقع المتمردين في ريف إدلب.",
			want: []string{"opposition"}},
	})
}
