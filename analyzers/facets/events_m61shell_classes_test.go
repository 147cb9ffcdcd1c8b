package facets

import "testing"

// TestEventTypesM61shellBlows pins the round-61 reader m61shell's blows
// read as shelling. A bare strike noun right before the fighters who deal
// it ("ضربات مقاتلي المقاومة الشعبية", 2015-07-23-831) tells their
// fighting, and a possessed one before a word of strikeSenses or
// strikeBlows ("وضرباتها الاستباقية"، "وضرباتهم الموجعة") a security
// campaign's or a side's blows, as the bare noun so graded already was
// (strikeSense). The false rows fail on main. Guard: a possessed strike
// with no grade after it (SK-middleEast-2745's Turkish strikes on the PKK,
// title adapted) is still a strike, not blows: since rul66h-1 (round 66's
// m66strike, events_barestrikes.go) it types nothing alone, no means
// named, but it dates the report, which blows would not.
func TestEventTypesM61shellBlows(t *testing.T) {
	const shelling = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"the resistance fighters' blows", "2015-07-23-831", "متمردو الحوثي يحاولون الهرب بأزياء نسائية",
			`كشفت مواقع إخبارية يمنية أن عشرت الحوثيين لجأوا إلى التنكر في أزياء نسائية للهرب من ضربات مقاتلي المقاومة الشعبية في عدن وغيرها من مواقع القتال، وأنهم لم يجدوا غير هذا الأسلوب للفرار من أرض المعركة.`,
			"2015-07-23 12:00", shelling, false},
		{"a security campaign's own pre-emptive blows", "2015-08-04-381", "الجيش المصري يواصل عملياته الأمنية بسيناء",
			`أعلنت مصادر أمنية مصرية بمحافظة شمال سيناء، إن قوات الجيش مدعوة بقوات الشرطة المدنية تواصل علمياتها الأمنية وضرباتها الاستباقية لأوكار الإرهاب والبؤر الإرهابية والتنظيمات الإرهابية فى عدة مناطق شرق وجنوب العريش.`,
			"2015-08-04 12:00", shelling, false},
		{"the security men's painful blows", "2015-08-07-1138", "من يحمي رجال الأمن؟!",
			`رحم الله رجال أمننا الشهداء الذين قضوا في التفجير الإرهابي التكفيري الآثم في مسجد قوات الطوارئ بأبها، وأحسن عزاءنا وعزاء أهليهم والوطن، فنجاحات رجال الأمن في التصدي للمجرمين، وضرباتهم الموجعة لهم، جعلتهم هدفا للإرهاب.`,
			"2015-08-07 12:00", shelling, false},
		{"a possessed strike with no grade names no means (rul66h-1)", "SK-middleEast-2745-20180704", "تركيا تكثف ضرباتها في شمال العراق",
			`وكثفت تركيا في الآونة الأخيرة ضرباتها ضد قواعد حزب العمال الكردستاني في شمال العراق، خاصة في معقله في منطقة جبل قنديل.`,
			"2018-07-04 12:00", shelling, false},
	})
	checkDates(t, []dateCase{
		{"guard: a possessed strike with no grade still dates the report", "SK-middleEast-2745-20180704", "تركيا تكثف ضرباتها في شمال العراق",
			`وكثفت تركيا في الآونة الأخيرة ضرباتها ضد قواعد حزب العمال الكردستاني في شمال العراق، خاصة في معقله في منطقة جبل قنديل.`,
			"2018-07-04 12:00", "2018-07-04"},
	})
}
