package facets

import "testing"

// TestEventTypesM41e pins the class of false event types round 41's miner
// m41e kept from the pool and the blind codings of rounds 37–40: an
// interception phrase that names what an air defence is for, not an
// interception made — the ل of purpose on its verbal noun ("نظام متقدم
// لاعتراض الصواريخ"، "تم تطوير الأنظمة لاعتراض الصواريخ البالستية") or a
// capacity before its على ("بقدرتها على إسقاط صواريخ توماهوك"), read by
// interceptAim in weaponSense. The false rows are corpus sentences typed
// disrupted-weapons-use on the round's start. Guards: an interception
// whose ل is the aim of missiles fired ("أطلقت صاروخين لاعتراض صواريخ")
// and one told managed ("تمكن ... من اعتراض صاروخ بالستي"). And a fight
// named as a skill, a use of people or a method ("تدريبات على القتال"،
// "تستغل الأطفال في القتال"), words now in joinedFight's fightJoined; its
// guard is a fight resumed.
func TestEventTypesM41e(t *testing.T) {
	checkTypes(t, []typeCase{
		{"S-300 systems developed to intercept missiles", "SK-middleEast-1141-20180420", `روسيا: الضربة الغربية على سوريا لم تتجاوز خطوطنا الحمراء`,
			`وشهد عام 1979 أول تشغيل لأنظمة "إس 300"، حيث كان في البداية هدفها دفاعيا بحتا ضد الطائرات وصواريخ كروز، قبل أن يتم تطوير الأنظمة لاعتراض الصواريخ البالستية أيضا.`,
			"2018-04-20 06:32", "disrupted-weapons-use", false},
		{"the UAE's advanced system to intercept missiles", "FR-middleEast-836-20180727", `الحوثيون يعلنون قصف مطار أبوظبي الدولي بطائرة بدون طيار والإمارات تنفي`,
			`وللإمارات نظام متقدم لاعتراض الصواريخ هو "ثاد" الدفاعي المصمم لتدمير الصواريخ القصيرة والمتوسطة المدى داخل وخارج الغلاف الجوي.`,
			"2018-07-27 12:29", "disrupted-weapons-use", false},
		{"Arrow 3, developed to intercept missiles", "AL-internationalNews-987-20180501", `إسرائيل ترجئ اختبار نظام الدفاع الصاروخي (أرو 3) في أميركا`,
			`أعلنت وزارة الدفاع الإسرائيلية، الثلاثاء، تأجيل تجربة مزمعة لنظام الدفاع الصاروخي الباليستي (أرو 3)، الذي طورته إسرائيل لاعتراض الصواريخ.`,
			"2018-05-01 17:25", "disrupted-weapons-use", false},
		{"Russia boasting of its capacity to down Tomahawks", "SK-middleEast-989-20180412", `بالتفاصيل.. القدرات العسكرية الروسية بسوريا حال توجيه الضربة`,
			`وقال مسؤول عسكري غربي، لم يذكر اسمه، إن روسيا، تباهت كثيرا بقدرتها على إسقاط صواريخ توماهوك في تسويقها لنظام الدفاع الجوي إس-400.`,
			"2018-04-12 20:29", "disrupted-weapons-use", false},
		{"missiles fired to intercept missiles", "FR-middleEast-828-20180724", `دمشق تتهم الجيش الإسرائيلي باستهداف إحدى مقاتلاتها في الأجواء السورية`,
			`وتأتي التطورات الأخيرة، غداة إعلان إسرائيل أن دفاعاتها الأرضية أطلقت صاروخين لاعتراض صواريخ اقتربت من هضبة الجولان التي تحتلها بعد إطلاقها من سوريا المجاورة.`,
			"2018-07-24 14:12", "disrupted-weapons-use", true},
		{"an interception managed", "CN-middleEast-421-20180330", `السعودية تعترض صاروخا بالستيا جديدا للحوثي`,
			`أعلن العقيد تركي المالكي، المتحدث باسم تحالف "دعم الشرعية" في اليمن، عن تمكن قوات الدفاع الجوي السعودي من اعتراض صاروخ بالستي أطلقته جماعة الحوثي في اليمن، مساء الخميس.`,
			"2018-03-30 04:15", "disrupted-weapons-use", true},
		{"trained in fighting against the army", "2015-07-23-1106", `السلطات الألمانية تعتقل أحد مقاتلي داعش`,
			`وأعلن الادعاء العام في مدينة بريمن الألمانية امس الأربعاء أن المتهم "26 عاما" سافر إلى سوريا مطلع أبريل الماضي لتلقي تدريبات على القتال ضد الجيش السوري والعراقي في أحد معسكرات التدريب التابعة لداعش.`,
			"2015-07-23 12:00", "armed-clash", false},
		{"children exploited in fighting", "SK-internationalNews-3544-20181018", `هيلي: إيران تجنّد الأطفال وتشركهم بحروب خارجية`,
			`قالت هيلي، الخميس، إن الحكومة الإيرانية تستغل الأطفال في القتال لفرض سطوة النظام، لافتة إلى أن ميليشيات الباسيج الإيرانية، تجند أطفالا وتشركهم بالقتال في حروب خارجية.`,
			"2018-10-18 12:00", "armed-clash", false},
		{"fighting resumed across the country", "AL-internationalNews-2014-20180721", `أفغانستان.. "هدنة الفطر" محتملة في الأضحى`,
			`ومنذ ذلك الحين تجدد القتال في الكثير من المناطق في أنحاء البلاد ما أدى إلى مقتل عشرات الجنود وأفراد الشرطة والمدنيين.`,
			"2018-07-21 22:40", "armed-clash", true},
	})
}
