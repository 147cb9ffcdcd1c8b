package facets

import "testing"

// TestEventTypesLongSpan pins longSpan (events_anniversary.go): a trigger
// told across decades or years ("على مدى عقود"، "طوال سنوات"، "خلال العقود
// الثلاثة الماضية") is a group's or a state's record, history as a past
// year is. The false rows fail on main. Guard: a span that measures the
// news as a record ("أدمى حادث قتل جماعي في تاريخ كندا خلال عقود") leaves
// the news be.
func TestEventTypesLongSpan(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a network's decades of bombings in a dead founder's profile", "CN-internationalNews-562-20180904", "طالبان تعلن مقتل مؤسس شبكة حقاني الإرهابية: بعد \"معركة طويلة\" مع المرض",
			`كابول، أفغانستان (CNN)-- أعلنت حركة طالبان، الثلاثاء، مقتل جلال الدين حقاني، المؤسس الأفغاني لشبكة حقاني الإرهابية. 
وتم تصنيف شبكة حقاني، التي كانت مسؤولة عن عمليات الاختطاف والتفجيرات الانتحارية ضد الولايات المتحدة وحلفائها على مدى عقود، رسمياً على أنها منظمة إرهابية من قبل الولايات المتحدة في عام 2012.
وشبكة حقاني مرتبطة بطالبان والقاعدة، ومقرها في وزيرستان، وهي منطقة قبلية في باكستان، وتعمل أيضا عبر الحدود في أفغانستان.
وقال بيان وزعه المتحدث باسم طالبان، ذبيح الله مجاهد، على الصحفيين، إن حقاني توفي "بعد معركة طويلة مع المرض"، مضيفا أنه كان "مريضا على مدى السنوات الماضية". ولم يتضح التصريح توقيت موته.`,
			"2018-09-04 04:57", "suicide-bomb", false},
		{"years of looting of tombs behind a ministry's decision", "BB-culture-127-20180424", "\"تفكيك منابر أثرية\" يثير شكوكا بشأن العناية بالآثار في مصر",
			`كما تعرضت المقابر والآثار المصرية لعمليات نهب وسرقة على مدى سنوات.`,
			"2018-04-24 03:16", "looting-property-destruction", false},
		{"three decades of a state's kidnappings and bombings in an op-ed", "2015-08-04-817", "ريشة \"الظريف\" وبطحاء \"العفيف\"",
			`كما شهد العالم خلال العقود الثلاثة الماضية ضلوع إيران في عمليات الخطف والتفجيرات والاغتيالات التي استهدفت الأهداف العربية والغربية معا`,
			"2015-08-04 12:00", "remote-explosive-landmine-ied", false},
		{"guard: the day's attack measured as the deadliest in decades", "SK-internationalNews-1146-20180424", "العثور على \"رسالة مشفرة\" لمنفذ حادث الدهس في تورونتو",
			`وقتل عشرة أشخاص في الهجوم الذي يعد أدمى حادث قتل جماعي في تاريخ كندا خلال عقود.`,
			"2018-04-24 23:25", "attack-on-civilians", true},
	})
}
