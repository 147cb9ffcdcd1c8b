package facets

import "testing"

// TestEventTypesM41b pins the two classes round 41's miner m41b found
// missed in the pool and the blind codings of rounds 37–40: a killing set
// in the definite plural of a protest ("قتلت برصاص الاحتلال الإسرائيلي في
// الاحتجاجات"), which is excessive force against protesters
// (protestSettingKill now opens the definite plural's gate), and a crowd
// or villagers told beating or killing someone, which is mob violence
// (crowdLynched). The want rows are corpus sentences that fail on the
// round's start. Guards: the definite plural as a topic, "those" protests
// of an earlier year, the Popular Mobilisation's fighters killed, and a
// crowd that only gathers.
func TestEventTypesM41b(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a medic killed in the protests", "AL-internationalNews-1419-20180601", `مقتل مسعفة فلسطينية برصاص الاحتلال جنوب غزة`,
			`أعلن المتحدث باسم وزارة الصحة في قطاع غزة أن مسعفة فلسطينية قتلت برصاص الاحتلال الإسرائيلي في الاحتجاجات قرب الحدود مع إسرائيل شرق خان يونس في يوم الجمعة العاشر للاحتجاجات.`,
			"2018-06-01 12:00", "excessive-force-against-protesters", true},
		{"a youth killed by Israeli fire during the protests", "AL-internationalNews-906-20180413", `غزة: مقتل شاب فلسطيني بنيران إسرائيلية خلال التظاهرات`,
			`أعلنت وزارة الصحة في غزة مقتل شاب فلسطيني في الثامنة والعشرين من عمره، بنيران إسرائيلية خلال التظاهرات الحاشدة على الحدود بين القطاع وإسرائيل.`,
			"2018-04-13 21:16", "excessive-force-against-protesters", true},
		{"the protests as a cover, no killing", "BB-middleEast-1099-20181014", `رئيس الوزراء الإسرائيلي يهدد حماس "بضربة قوية"`,
			`وتتهم إسرائيل حماس باستخدام الاحتجاجات كغطاء لتنفيذ هجمات.`,
			"2018-10-14 12:00", "excessive-force-against-protesters", false},
		{"the dead of those protests five years ago", "SK-internationalNews-1896-20180601", `مئات الأتراك يتظاهرون ضد السلطة.. في "ذكرى غيزي"`,
			`خرج مئات المعارضين للرئيس التركي رجب طيب أردوغان، في مسيرة في وسط إسطنبول، مع الذكرى السنوية الخامسة للاحتجاجات، التي شكلت عام 2013 تحديا خطيرا لسلطته.
ورفع بعض المتظاهرين في إسطنبول لافتات تحمل أسماء وصور القتلى الثمانية في تلك الاحتجاجات.`,
			"2018-06-01 08:03", "excessive-force-against-protesters", false},
		{"Muslims killed at the hands of an angry crowd", "SK-internationalNews-1160-20180425", `مقتل 11 شخصا وسط نيجيريا ردا على مهاجمة كنيسة`,
			`قتل 11 مسلما ينتمون الى قبيلة هاوسا، بيد حشد غاضب في ماكوردي عاصمة ولاية بينو في وسط نيجيريا، وذلك ردا على هجوم استهدف كنيسة وأسفر عن 18 قتيلا، وفق ما أفاد مصدر رسمي الأربعاء.`,
			"2018-04-25 19:32", "mob-violence", true},
		{"a man lynched by a crowd", "SK-technology-1108-20180716", `اعتقالات في الهند لمنفذي "إعدامات رسائل واتس آب"`,
			`قالت الشرطة الهندية الأحد إنها اعتقلت 25 شخصا شاركوا في حشد نفذ حكم إعدام خارج إطارالقانون في رجل يبلغ من العمر 32 عاما بعد انتشار شائعات عن طريق تطبيق واتس آب اتهمته بخطف أطفال.`,
			"2018-07-16 01:33", "mob-violence", true},
		{"villagers beat women to death", "2015-08-10-284", `الهند .. أهالي قرية كانجيا يضربون 5 ساحرات حتى الموت`,
			`قام عدد من الأهالي الغاضبين بقتل خمس نساء متهمات بممارسة السحر في قرية كانجيا بمنطقة رانشي، الهندية.`,
			"2015-08-10 12:00", "mob-violence", true},
		{"a man beaten and killed by a crowd", "BB-internationalNews-683-20180622", `غضب في الهند بعد نشر صورة سحل وقتل رجل تحت أنظار الشرطة`,
			`اعتذرت الشرطة في ولاية اوتار براديش بشمال الهند بعد أن أثارت صورة لرجل اعتدي عليه وقتل من قبل حشد من الناس بحضور ثلاثة ضباط غضبا عارما في البلاد.`,
			"2018-06-22 12:00", "mob-violence", true},
		{"Popular Mobilisation fighters killed", "FR-middleEast-269-20180412", `هجوم على جنازة في العراق`,
			`وحدث الاعتداء أثناء تشييع خمسة من مقاتلي الحشد الشعبي قتلوا ليل الأربعاء إلى الخميس في القرية ذاتها الواقعة على بعد 250 كلم شمال بغداد.`,
			"2018-04-12 12:00", "mob-violence", false},
		{"an angry crowd that only gathered", "FR-internationalNews-1206-20180512", `ماليزيا تمنع نجيب عبد الرزاق من السفر`,
			`وحاول حشد غاضب في مطار كولالمبور منع السيارات من الدخول، بعدما أظهرت تذكرة سفر تم تسريبها عبر الإنترنت أن نجيب وزوجته التي لا تحظى بشعبية في البلاد ينويان المغادرة إلى إندونيسيا.`,
			"2018-05-12 12:00", "mob-violence", false},
	})
}
