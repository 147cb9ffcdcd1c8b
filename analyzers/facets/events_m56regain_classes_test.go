package facets

import "testing"

// TestM56regainSubjectTaker pins a past capture verb told more than
// captureReach words into its sentence with no taker near it: the
// government force heading the sentence took the place (subjectTaker,
// events_subjecttaker.go). Round 56's aud56a found the pro-Hadi side's
// captures missed so ("خاضت قوات الجيش والمقاومة الشعبية ... وذلك بعد أن
// سيطرت"، "قاعدة العند، التي سيطرت عليها أمس"). Over the pool and blind
// golds the rule fires in 19 coded articles, all 19 coded a regain. The
// true rows fail on main. Guards: a verb whose own subject follows it
// (the Houthis, a militia, the engineers' teams), a head that is a
// spokesman's (باسم), and طرد, which expels
// diplomats as often as it takes a place.
func TestM56regainSubjectTaker(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the army and resistance head the sentence, بعد أن سيطرت (holdout47)", "2015-07-25-105", "جبهة لحج تحتدم حول «العند».. واعتراف حوثي بالهزيمة",
			"خاضت قوات الجيش والمقاومة الشعبية الموالية للشرعية في اليمن، أمس، معارك عنيفة ضد الميليشيات الحوثية وقوات الرئيس المخلوع علي عبد الله صلاح، داخل قاعدة العند الجوية الاستراتيجية، وذلك بعد أن سيطرت على غالبية المناطق المحيطة بهذه القاعدة الاستراتيجية الواقعة في شمال محافظة لحج.",
			"2015-07-25 00:00", "government-regains-territory", true},
		{"the resistance's men, a base التي سيطرت عليها", "2015-08-04-958", "اليمن : المقاومة الشعبية تقبض على ضابط إيراني في قاعدة العند",
			"ألقى رجال المقاومة الشعبية القبض على ضابط إيراني في قاعدة العند التي سيطرت عليها أمس بعد قتال عنيف مع المتمردين الحوثيين.",
			"2015-08-04 12:00", "government-regains-territory", true},
		{"the national army made headway and took (وسيطرت)", "SK-middleEast-3617-20180910", "اليمن.. قتلى وجرحى من الحوثي في غارات التحالف بمأرب",
			"وتأتي خسائر الحوثي فيما حققت قوات الجيش الوطني اليمني، يوم الأحد، تقدما جديدا في محافظة حجة شمال غربي اليمن، وسيطرت على مواقع وقرى جديدة في مديريتي حيران وعبس.",
			"2018-09-10 12:00", "government-regains-territory", true},
		{"guard: the Houthis named after the relative's verb (سيطر عليها الحوثيون)", "2015-07-23-822", "وصول أول طائرة إغاثة",
			"وقالت قوات الجيش في بيان إن تعزيزات عسكرية ضخمة تتضمن آليات ومعدات ثقيلة وصلت إلى محيط المدن التي سيطر عليها الحوثيون وقوات صالح.",
			"2015-07-23 12:00", "government-regains-territory", false},
		{"guard: a militia after فيه (استولت فيه ميليشيات)", "AL-internationalNews-109-20180220", "بريطانيا وفرنسا تطالبان إيران بوقف التصعيد في اليمن",
			"تزيد تدخلات إيران في اليمن من حدة التوتر في هذا البلد الذي استولت فيه ميليشيات الحوثي المدعومة من طهران على السلطة.",
			"2018-02-20 12:00", "government-regains-territory", false},
		{"guard: diplomats expelled (وطردت)", "AL-internationalNews-716-20180331", "روسيا: على بريطانيا سحب أكثر من 50 دبلوماسياً",
			"وكانت روسيا قد ردت بالمثل بالفعل على بريطانيا، وطردت 23 من دبلوماسييها بسبب تسميم الجاسوس السابق سيرغي سكريبال وابنته يوليا.",
			"2018-03-31 12:00", "government-regains-territory", false},
		{"guard: the engineers' teams lifted mines (انتزعت الفرق الهندسية)", "AL-internationalNews-1393-20180531", "صور.. ألغام الحوثي",
			"أحرزت قوات الجيش اليمني بإسناد من تحالف دعم الشرعية، الأربعاء، تقدما جديدا في مديرية حيران بمحافظة حجة شمالي غرب البلاد، فيما انتزعت الفرق الهندسية أكثر من 600 لغم زرعتها ميليشيات الحوثي.",
			"2018-05-31 12:00", "government-regains-territory", false},
	})
}
