package facets

import "testing"

// Round 51's number miner (m51num). A figure whose digits a point or a
// comma joins ("2.500"، "10,000"، "3.5") is one token, whose thousands
// digits reads; a figure with a thousands point ends no sentence, while a
// decimal still does (the lead's two sentences and the date rules reading
// them lean on that cut: see the round-51 section of the audit README).
func TestFigureWithSeparatorOneToken(t *testing.T) {
	cases := []struct {
		text string
		want []string // the tokens
		cut  bool     // the word after the figure opens a new sentence
	}{
		{"قتل 2.500 شخص", []string{"قتل", "2.500", "شخص"}, false},
		{"مقتل 2,500 مدني", []string{"مقتل", "2,500", "مدني"}, false},
		{"وفاة 1.4 مليون شخص", []string{"وفاه", "1.4", "مليون", "شخص"}, true},
		{"الساعة 22,00 ت غ", []string{"الساعه", "22,00", "ت", "غ"}, false},
		// guards: a full stop after a figure still ends the sentence
		{"قتل 25. وقال", []string{"قتل", "25", "وقال"}, true},
	}
	for _, c := range cases {
		toks := tokenize("", c.text)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.w)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: tokens %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: tokens %q, want %q", c.text, got, c.want)
				break
			}
		}
		if cut := toks[2].sent != toks[1].sent; cut != c.cut {
			t.Errorf("%q: sentence cut after the figure = %v, want %v", c.text, cut, c.cut)
		}
	}
}

func TestDigitsThousands(t *testing.T) {
	cases := []struct {
		w  string
		n  int
		ok bool
	}{
		{"2500", 2500, true},
		{"2.500", 2500, true},
		{"10,000", 10000, true},
		{"1.250.000", 1250000, true},
		{"63,360", 63360, true},
		// decimals and clock times are no whole figure
		{"3.5", 0, false},
		{"22,00", 0, false},
		{"10.8", 0, false},
		{"1234.567", 0, false},
		{"12345678", 0, false},
		{"2.500.", 0, false},
	}
	for _, c := range cases {
		if n, ok := digits(c.w); n != c.n || ok != c.ok {
			t.Errorf("digits(%q) = %d, %v; want %d, %v", c.w, n, ok, c.n, c.ok)
		}
	}
}

// A war's or a year's tally written with a separator is no event's toll,
// read whole or not (tallyRead); the event's own toll beside it is.
func TestTallyWithSeparator(t *testing.T) {
	checkKilled(t, []tollCase{
		{"BB-middleEast-394-20180424", "اليمن: حرب منسية",
			"أدت الحرب في اليمن حتى الآن إلى قتل أكثر من 10.000 شخص، ووضعت البلاد على حافة المجاعة.",
			"2018-04-24 10:00", -1},
		{"FR-internationalNews-382-20180312", "سبع سنوات من الحرب في سوريا",
			"كما قتل 63,360 من مقاتلي جبهة النصرة وتنظيم الدولة الإسلامية منذ بدء النزاع.",
			"2018-03-12 10:00", -1},
		// guard: a plain figure is still the event's toll
		{"m51num-guard", "مقتل 25 في تفجير",
			"قتل 25 شخصا في تفجير انتحاري استهدف سوقا شعبية اليوم الاثنين.",
			"2018-03-12 10:00", 25},
	})
}

// "في اليوم" within three words after a count is a rate per day, and a
// past day and month after حتى or إلى ends a period counted: neither is
// the day of the news (notToday, dateAt). A period still to come is left
// to the preview rules, and a bare اليوم after a toll is still today.
func TestEventDatePerDayAndUntil(t *testing.T) {
	checkDates(t, []dateCase{
		{"'تناول بيضة واحدة في اليوم' (a rate)", "SK-technology-737-20180522",
			"تناول بيضة يوميا يحميك من أمراض خطيرة",
			"قال علماء من جامعتي بكين وأكسفورد إن تناول بيضة يوميا، يقلل خطر الإصابة بالسكتة الدماغية وأمراض القلب والأوعية الدموية.\nووجد الباحثون أن تناول بيضة واحدة في اليوم، قلل من خطر الإصابة بالسكتة الدماغية بأكثر من الربع مقارنة مع أولئك الذين نادرا ما يتناولون البيض.\nأما الأشخاص الذين يتناولون 5 بيضات في الأسبوع، فكانوا أقل عرضة بنسبة 12 في المائة للإصابة بأمراض القلب.",
			"2018-05-22 20:00", ""},
		{"'جرى إبرام صفقات … حتى 30 يوليو الماضي' (a period's end)", "2015-08-01-1198",
			"صفقات الاستحواذ تسجل سابع أعلى مستوى",
			"أظهرت بيانات أن نمو أنشطة الاستحواذ، التي تشمل شركات عاملة في قطاعات الرعاية الصحية والخدمات المالية والتجزئة أدى إلى ارتفاع قيمة الصفقات العالمية المبرمة في شهر يوليو المنصرم لأكثر من 430 مليار دولار لتسجل عمليات الدمج والاستحواذ هذا الشهر سابع أعلى مستوى شهري لها منذ بدء تسجيل البيانات.\nوتشير البيانات إلى أنه جرى إبرام صفقات بلغ إجمالي قيمتها 436,4 مليار دولار، حتى 30 يوليو الماضي، من بينها 14 صفقة كبرى تتجاوز قيمة كل منها خمسة مليارات دولار.",
			"2015-08-01 20:29", ""},
		{"'أعلنت منظمة الصحة العالمية، اليوم الاثنين … حتى 10 مارس' (the announcement's day)", "AL-internationalNews-436-20180312",
			"الصحة العالمية: ارتفاع وفيات الدفتيريا باليمن إلى 73",
			"أعلنت منظمة الصحة العالمية، اليوم الاثنين، ارتفاع الوفيات جراء مرض الدفتيريا في اليمن، إلى 73 حالة، منذ أغسطس/آب 2017.\nوذكرت المنظمة التابعة للأمم المتحدة في تقرير، بحسب ما نقلت وكالة \"الأناضول\"، أنه تم تسجيل هذه الحالات في 20 محافظة من أصل 23، وفي 176 مديرية من أصل 333، حتى 10 مارس/آذار الجاري.",
			"2018-03-12 08:25", "2018-03-12"},
		{"'في الفترة من 23 وحتى 29 يوليو الجاري' (a week's tally)", "2015-08-01-1040",
			"دخول 255 ألف مسافر عبر جسر الملك فهد خلال أسبوع",
			"أصدرت وكالة وزارة الداخلية لشؤون الجنسية والجوازات والإقامة في مملكة البحرين بيانًا بالإحصائية الأسبوعية بمجموع المسافرين الذين دخلوا البحرين من جميع المنافذ الحدودية، مشيرة إلى أنه بلغ 312 ألفاً و709 مسافرين.\nوأوضح العميد يوسف بن أحمد الغتم الوكيل المساعد للمنافذ والبحث والمتابعة بشؤون الجنسية والجوازات والإقامة أن مجموع المسافرين الذين دخلوا البحرين من جميع المنافذ في الفترة من 23 وحتى 29 يوليو الجاري، بلغ 312709 مسافرين.",
			"2015-08-01 07:59", ""},
		{"'تستضيف … في الفترة من 3 إلى 5 نوفمبر المقبل' (guard: a period to come)", "2015-07-25-1315",
			"البحرين تستضيف الملتقى الخليجي الرابع للتخطيط الإستراتيجي",
			"تستضيف مملكة البحرين في الفترة من 3 إلى 5 نوفمبر المقبل فعاليات الملتقى الخليجي الرابع للتخطيط الإستراتيجي.",
			"2015-07-25 10:02", "2015-11-03"},
		{"'قتل اليوم 3 أشخاص' (guard: the count after today)", "m51num-guard",
			"مقتل 3 أشخاص في انفجار",
			"قتل اليوم 3 أشخاص في انفجار عبوة ناسفة استهدفت حافلة في جنوب البلاد.",
			"2018-03-12 10:00", "2018-03-12"},
	})
}
