package facets

import "testing"

// sanaaCampusRaid is SK-middleEast-3755's title and lead: Houthi militias
// storm Sanaa University's campus to arrest and abduct students.
const sanaaCampusRaid = `اقتحمت ميليشيات الحوثي الإيرانية، السبت، حرم جامعة صنعاء واختطفت أكثر من 50 طالبا وطالبة، وذلك في إطار قمعها لـ" هبّة صنعاء" التي دعا إليها ناشطون للاحتجاج على تردي الأوضاع الاقتصادية والمعيشية التي تسببت بها ممارسات الميليشيات.
ونقل مراسلنا عن مصادر رسمية بأن عناصر الميليشيات من رجال ونساء اقتحموا حرم كلية التجارة والاقتصاد وفي الجامعة، ليعتقلوا الطلبة هناك، قبل أن يقتادوهم إلى أماكن مجهولة بعد الاعتداء عليهم ومصادرة هواتفهم ومتعلقاتهم الشخصية.`

// TestEventTypesM60etfpOneSided pins the round-60 reader m60etfp's two
// one-sided acts read as a fight. A storming whose sentence tells the
// arrest or abduction it was for, in the present of purpose ("ليعتقلوا
// الطلبة"), is a raid, as the past and the masdar already were
// (stormCatch); and an attack on websites (a title's "هجوم على مواقع
// إسرائيلية" over a body's "لهجوم إلكتروني") is a hack, not an attack on
// a force's positions (websiteTarget). The false rows fail on main.
// Guards: a town stormed by a force (SK-middleEast-298) and an attack on a
// force's position (SK-middleEast-2048) stay clashes, the latter beside a
// body's cyber attack (adapted).
func TestEventTypesM60etfpOneSided(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"a campus stormed to arrest students", "SK-middleEast-3755-20181006", "ميليشيا الحوثي النسائية تقتحم جامعة صنعاء وتختطف العشرات",
			sanaaCampusRaid, "2018-10-06 12:00", clash, false},
		{"a title's attack on websites, a hack", "AL-internationalNews-779-20180404", "هجوم على مواقع إسرائيلية.. إحياء ليوم الأرض الفلسطيني",
			`تعرضت سلسلة من المواقع الإسرائيلية لهجوم إلكتروني ونشر على صفحاتها الرئيسية صور التقطت خلال قمع قوات الاحتلال المسيرة قرب السياج الفاصل بين غزة وإسرائيل، إحياء للذكرى الـ42 ليوم الأرض، يوم الجمعة الماضي، وفق ما ذكرت وكالة (معا).
ومن بين المواقع التي تعرضت للهجوم، مواقع السلطات المحلية في إسرائيل، من بينها موقع نقابة المعلمين، بلديات عكا وكفار سابا والهستدروت وموقع ومشافي".`,
			"2018-04-04 12:00", clash, false},
		{"guard: a town stormed by a force", "SK-middleEast-298-20180314", "الجيش السوري يدخل بلدة رئيسية في الغوطة الشرقية",
			`وقال المرصد لوكالة فرانس برس "اقتحمت قوات النظام بلدة حمورية وتمكّنت من السيطرة على أجزاء منها وسط قصف جنوني أوقع قتلى لا تزال جثثهم على الطرقات".`,
			"2018-03-14 12:00", clash, true},
		{"guard: an attack on a force's position beside a hack (adapted)", "SK-middleEast-2048-20180530", "داعش يصعد في البادية السورية",
			`شن مسلحو تنظيم داعش هجوما على موقع لقوات النظام السوري المتمركزة في ريف حمص الشمالي الشرقي.
وكان التنظيم قد تبنى هجوما إلكترونيا على مواقع حكومية الشهر الماضي.`,
			"2018-05-30 12:00", clash, true},
	})
}
