package facets

import "testing"

// Round 45's blind audit (aud45a, draw.py 4546 part a). A bare bomb word
// (قنبلة، قنابل) told gone off is a bombing that names no device
// (bombBlown, events.go): "بعد أن فجر مسلحون أكراد قنبلة على الطريق"
// under a title of arrests was missed, as no bare bomb word was a trigger.
// It is typed as a bare blast is: a remote explosive, or a suicide bombing
// where the article tells one. The true rows fail on the start. Guards: a
// figure, a likeness, an aim, tear gas and a purpose's blast stay untyped,
// and a suicide attack's bomb is no remote explosive.
func TestEventTypesBareBombBlown(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a roadside bomb set off by Kurdish militants, below an arrests lead", "SK-internationalNews-3297-20181005",
			"تركيا تباغت الأكراد.. وتعتقل 88 شخصا",
			"أعلنت وزارة الداخلية التركية، الجمعة، أن السلطات اعتقلت 88 شخصا للاشتباه في صلتهم بحزب العمال الكردستاني المحظور.\n" +
				"وقالت مصادر أمنية إن 7 جنود أتراك قتلوا وأصيب 3 آخرون، الأربعاء، بعد أن فجر مسلحون أكراد قنبلة على الطريق في إقليم بطمان الواقع بجنوب شرق البلاد.",
			"2018-10-05 22:32", "remote-explosive-landmine-ied", true},
		{"a bomb went off in a stadium", "SK-middleEast-997-20180413",
			"قنبلة في ملعب تقتل 5 مشجعين",
			"انفجرت قنبلة في استاد مكتظ جنوبي الصومال مما أسفر عن مقتل 5 من مشجعي كرة القدم.",
			"2018-04-13 06:07", "remote-explosive-landmine-ied", true},
		{"a bomb went off under a bus", "2015-07-26-1071",
			"اليمن .. مقتل 3 في انفجار قنبلة في صنعاء",
			"قالت الشرطة اليمنية إن قنبلة انفجرت أسفل حافلة ركاب في اليوم الأحد مما أسفر عن مقتل ثلاثة أشخاص وإصابة خمسة.",
			"2015-07-26 12:00", "remote-explosive-landmine-ied", true},
		{"guard: a figure, a bombshell of the heavy calibre", "FR-internationalNews-2618-20180808",
			`الغارديان: لوحة "مخلص العالم" التي سيعرضها متحف اللوفر أبوظبي ليست لدافنشي`,
			`فجر موقع "الغارديان" قنبلة من العيار الثقيل قبل نحو شهر فقط من مشروع عرض متحف اللوفر أبوظبي لوحة "سالفاتور موندي" التي بيعت بمبلغ 450 مليون دولار في 2017 على أنها لدافنشي.`,
			"2018-08-08 12:57", "remote-explosive-landmine-ied", false},
		{"guard: a phone battery burst like a bomb", "SK-internationalNews-2831-20180801",
			"انفجار بطارية هاتف في طائرة.. وفيديو يسجل صرخات الرعب",
			`وقال أحد الركاب لموقع إير لايف: "انفجر الهاتف مثل القنبلة وتصاعد الدخان في الطائرة بينما كنا على بعد 100 قدم فقط من محطة المغادرة".`,
			"2018-08-01 10:18", "remote-explosive-landmine-ied", false},
		{"guard: a collapse told as if a bomb went off", "FR-internationalNews-462-20180316",
			"سقوط قتلى إثر انهيار جسر مشاة فوق طريق سريع في ميامي",
			`وتابع ليرا أن المنطقة "تبدو كمنطقة منكوبة. وكأن قنبلة انفجرت فعلا".`,
			"2018-03-16 14:44", "remote-explosive-landmine-ied", false},
		{"guard: a plot's aim, a bomb to set off in London", "2015-08-09-24",
			"داعش تخطط لاستهداف الملكة إليزابيث في احتفال عالمي مرتقب",
			"وأوضحت الصحيفة أن المتطرفين يهدفون إلى تفجير قنبلة في وسط لندن خلال فعاليات الذكرى السبعين للانتصار على اليابان، والمتوقع أن يحضرها آلاف الأشخاص.",
			"2015-08-09 12:00", "remote-explosive-landmine-ied", false},
		{"guard: a purpose's blast, the fuse fitted to set the bomb off", "SK-middleEast-1369-20180501",
			`بالصور.. "داعش" يخترع طريقة إعدام بشعة وينفذها`,
			`ووضع منفذو عملية الإعدام بحسب ما نقلت صحيفة "ديلي ميل" البريطانية، المتفجرات في خوذة، ثبتوها على رأس الأسير، وركبوا صماما لتفجير القنبلة التي أصبحت مثبتة في منطقة الرأس.`,
			"2018-05-01 09:27", "remote-explosive-landmine-ied", false},
		{"guard: a suicide attack's bomb is the suicide bombing", "AL-internationalNews-1461-20180604",
			"تفجير يستهدف رجال دين داعين للسلام في كابول.. ومقتل 8",
			"قتل انتحاري الاثنين 8 أشخاص على الأقل قرب رجال دين مسلمين أثناء مغادرتهم خيمة كبيرة في العاصمة الأفغانية كابول حيث تجمعوا لشجب الإرهاب والدعوة للسلام، وفق مسؤولين أمنيين.\n" +
				"وانفجرت القنبلة قرب منطقة سكنية غرب كابول حيث تنتحب النساء اللواتي تجمعن مع أفراد عائلاتهن.",
			"2018-06-04 11:41", "remote-explosive-landmine-ied", false},
	})
}

// Round 45's blind audit (aud45a) found a mine told as the cause of a
// sentence's dead untyped: "هذا العدد من القتلى والجرحى ناجم عن الألغام
// الأرضية التي زرعتها ميليشيات الحوثي" names no blast word, which a bare
// mine needed (mineBlown). mineCaused reads a cause word right before the
// mine (or its عن) with the sentence's dead or wounded. The true rows fail
// on the start. Guard: a mine that slowed an advance and hurt no one.
func TestEventTypesMineCaused(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Aden's dead and wounded caused by the Houthis' mines", "2015-08-06-258",
			"«أطباء بلا حدود» تصف الوضع في اليمن بـ«الصادم»",
			"في غضون ذلك، وقال مصدر طبي في مكتب الصحة بعدن لـ«الشرق الأوسط» إن حصيلة أعمال العنف التي سجلت أول من أمس هي 19 قتيلاً و133 جريحا. " +
				"وأكد المتحدث أن هذا العدد من القتلى والجرحى ناجم عن الألغام الأرضية التي زرعتها ميليشيات الحوثي والرئيس المخلوع علي عبد الله صالح في آخر معاقلهم قبل انسحابها.",
			"2015-08-06 12:00", "remote-explosive-landmine-ied", true},
		{"loyalists killed by mines the rebels planted", "2015-08-08-59",
			"زنجبار محررة.. وقوة سعودية إلى عدن لتطهيرها من الألغام",
			"وتأتي هذه الخطوة بعدما أعلن عن مقتل أكثر من 15 من الموالين للشرعية بسبب ألغام زرعها المتمردون في عدن قبل فرارهم منها.",
			"2015-08-08 12:00", "remote-explosive-landmine-ied", true},
		{"guard: a careful advance because of the mines", "2015-08-10-118",
			"الجيش والمقاومة يعلنان تحرير زنجبار.. ويدخلان مدينة شقرة",
			"وأوضحت أن جبهة المقاومة في الجبهة الجنوبية بمحافظة أبين التحمت صباح أمس بالمقاومة في جبهة زنجبار، بعد تقدم حذر نتيجة الألغام المنتشرة بكثرة.",
			"2015-08-10 12:00", "remote-explosive-landmine-ied", false},
	})
}
