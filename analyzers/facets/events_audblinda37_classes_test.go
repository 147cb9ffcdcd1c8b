package facets

import "testing"

// Round 37's blind-sample event types told as background by a then-word
// (حينها، آنذاك، وقتها) near the trigger (thenTold, events_then.go). Every
// want row fails on the rules before it; the guards must stay.
func TestEventTypesThenTold37(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a 2013 deal in an essay on US mistakes", "SK-middleEast-3655-20180912", "3 أخطاء أميركية ساهمت في بقاء بشار الأسد",
			"وكان أوباما قد وصف استخدام الكيماوي في سوريا بـ\"الخط الأحمر\"، الذي لن تسكت واشنطن على تجاوزه، غير أن الإدارة الأميركية امتنعت وقتها عن ضرب نظام الأسد، وفضلت بدلا من ذلك التوصل إلى اتفاق توسطت فيه روسيا لتدمير مخزون الأسلحة الكيماوية في سوريا.",
			"2018-09-12 08:59", "agreement", false},
		{"Syria's air defence then", "SK-middleEast-3814-20181010", "إسرائيل تتحدى روسيا بسوريا.. لدينا \"الشبح\" فمن يقيدنا؟",
			"وحينها أطلقت الدفاعات الجوية السورية 100 صاروخ أرض-جو على الطائرات الإسرائيلية، لكن لم تصب أي هدف، بحسب ما قال قائد سلاح الجو الإسرائيلي عميكام نوركين.",
			"2018-10-10 10:00", "shelling-artillery-missile-attack", false},
		// Guards: a then of the future, and one of where someone was.
		{"a future then after a capture", "SK-middleEast-2435-20180617", "معركة الحديدة.. الحوثيون داخل \"كماشة\" المطار",
			"وبإكمال السيطرة الكاملة على مطار الحديدة تكون المقاومة قد حققت تقدما مهما باتجاه الأطراف الجنوبية من المدينة، وحينها يكون الحوثيون قد خسروا جولة جديدة من جولات الحرب.",
			"2018-06-17 10:00", "government-regains-territory", true},
		{"a father's whereabouts then", "2015-08-08-1305", "الشهيد عسيري بار بوالديه وقلبه معلق بالمساجد",
			"قال أحد أقارب الشهيد العريف عبدالله أحمد العسيري (33 عاما) إن خبر وفاته في الحادث الانتحاري الإجرامي كانت بمثابة الصدمة المفاجئة لأهله وأقاربه، حيث كان والده حينها متواجدا في محافظة جدة.",
			"2015-08-08 10:00", "suicide-bomb", true},
	})
}
