package facets

import "testing"

// TestEventTypesAud59b pins round 59's blind audit (aud59b) rule: an arrest
// word with a count in the thousands after it, in a sentence that holds
// منذ, is a tally of the arrests made since an event, not an arrest the
// article reports (arrestTally, events_arresttally.go). The want-false rows
// are gold articles that code no arrests and fail on main; the guards keep
// a title's own new arrest beside a tally in its body, and a count of a
// thousand arrested on the day with no span.
func TestEventTypesAud59b(t *testing.T) {
	// AL-internationalNews-890-20180413: the Gülen sweep's new arrest order
	// in the title and lead, the UN's tally since the coup in the body.
	const gulenTitle = `تركيا.. أمر باعتقال 70 ضابطا بالجيش على صلة بغولن`
	const gulenBody = `ذكرت صحيفة "ميليت" التركية أن الادعاء العام أمر باعتقال 70 ضابطاً في الجيش للاشتباه بصلتهم بالداعية فتح الله #غولن، المتهم بتدبير محاولة انقلاب في 2016.
والشهر الماضي قال مكتب حقوق الإنسان التابع للأمم المتحدة إن السلطات التركية اعتقلت 160 ألف شخص وطردت نفس العدد تقريبا من وظائفهم الحكومية منذ محاولة الانقلاب، التي تتهم أنقرة غولن بتدبيرها. وينفي غولن أي دور له في الأمر.`
	checkTypes(t, []typeCase{
		{"the UN's tally of arrests since the emergency", "SK-internationalNews-1049-20180420", `للهيمنة على سلطات كاسحة.. أردوغان اختار "الخيار النووي"`,
			`اعتبر مراقبون أن بإعلانه إجراء انتخابات مبكرة في يونيو، يكون الرئيس التركي، رجب طيب أردوغان، قد لجأ إلى الخيار الأكثر فاعلية من حزمة خيارات كانت متاحة له لتحقيق هدفه بإقامة نظام رئاسي قوي يتمتع بسلطات تنفيذية كاسحة.
وقالت الأمم المتحدة الشهر الماضي إن السلطات التركية اعتقلت160 ألف شخص منذ فرض حالة الطوارئ للمرة الأولى، بعد محاولة انقلاب عسكري في 2016، واتهمت أنقرة بشن اعتقالات جماعية وممارسة الفصل التعسفي وانتهاكات أخرى.`,
			"2018-04-20 17:40", "arrests", false},
		{"a campaign of arrests since the coup that reached 50,000", "BB-middleEast-1-20180218", `الفيدرالية العربية لحقوق الإنسان تطالب تركيا بإلغاء الأحكام "القاسية" على الصحفيين`,
			`وصفت الفيدرالية العربية لحقوق الإنسان الحكم بالسجن المؤبد على 6 صحفيين أتراك بأنه "هجوم غير مسبوق على حرية التعبير والإعلام في تركيا".
وتشن السلطات التركية منذ ذلك الوقت حملة اعتقالات طالت 50 ألف شخص. وفصلت 150 ألف شخص من وظائفهم الحكومية، بينهم أساتذة ومسؤولون في الشرطة والقضاء.`,
			"2018-02-18 20:50", "arrests", false},
		{"a million Palestinians arrested since 1948", "SK-middleEast-1084-20180417", `الفلسطينيون يحيون "يوم الأسير" جماهيريا.. وقانونيا`,
			`يحتفل الفلسطينيون، الثلاثاء، بالذكرى رقم 44 ليوم الأسير الفلسطيني، في ظل تقارير تتحدث عن اعتقال نحو مليون فلسطيني منذ تاريخ إعلان تأسيس دولة إسرائيل أو ما بات يعرف بـ"النكبة" لدى الفلسطينيين والعرب.`,
			"2018-04-17 07:56", "arrests", false},
		// Guards.
		{"a title's new arrest order beside the tally", "AL-internationalNews-890-20180413", gulenTitle, gulenBody,
			"2018-04-13 07:26", "arrests", true},
		{"a thousand protesters arrested on the day, no span", "AL-internationalNews-991-20180505", `الشرطة الروسية تعتقل أكثر من 1000 محتج ضد بوتين`,
			`قالت منظمة معنية بحقوق الإنسان إن الشرطة في #روسيا اعتقلت اليوم السبت ما يزيد على ألف من المشاركين في احتجاجات بأنحاء البلاد ضد الرئيس فلاديمير #بوتين.`,
			"2018-05-05 15:23", "arrests", true},
	})
}
