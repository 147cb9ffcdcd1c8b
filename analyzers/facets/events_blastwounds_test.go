package facets

import "testing"

// An explosion told in the title or lead with the people it wounded
// ("أصيبوا في انفجار"، "يصيب ضابطي شرطة") is a bombing as one told with its
// dead is; one the title or lead tells as a mishap (a phone blowing up in
// its owner's face) is not, nor one told with no toll at all.
func TestEventTypesExplosionWithWounds(t *testing.T) {
	const typ = "remote-explosive-landmine-ied"
	checkTypes(t, []typeCase{
		{"police officers hurt at a court", "2015-08-10-1296", "انفجار في القاهرة يصيب ضابطي شرطة ومدنيا",
			"قال المتحدث باسم وزارة الصحة المصرية ووكالة أنباء الشرق الأوسط إن ضابطي شرطة ومدنيا أصيبوا في انفجار وقع اليوم الاثنين أمام محكمة في شمال شرق القاهرة.\n" +
				"وقال المتحدث باسم وزارة الصحة حسام عبد الغفار لرويترز \"نقل المصابون الثلاثة إلى مستشفى هليوبوليس.\"",
			"2015-08-10 19:10", typ, true},
		{"a restaurant's wounded", "SK-internationalNews-1770-20180525", "كندا.. انفجار في مطعم يسقط 15 مصابا",
			"ذكرت وسائل إعلام أن نحو 15 شخصا أصيبوا في انفجار الخميس بمطعم وسط مدينة ميسيساغا، التي تقع ضمن منطقة تورونتو الكبرى في كندا.\n" +
				"وأشارت وكالة الأنباء الكندية \"سي بي سي\" إلى أن الانفجار وقع بعد الساعة 10:30 مساء بالتوقيت المحلي. ولم ترد معلومات عن سبب الانفجار.",
			"2018-05-25 05:02", typ, true},
		// Guards: a phone's blast is a mishap; an explosion with no toll
		// stays untyped.
		{"a phone blowing up", "2015-07-21-1778", "بالصور.. هاتف ينفجر في وجه صاحبه أثناء المكالمة",
			"أراد شاب هندي إجراء مكالمة هاتفية سريعة بهاتفه الذكي فانفجر في وجهه، مصيباً إياه بإصابات خطيرة في عينه اليسرى وحروق في صدره وأذنه، بحسب صحيفة دايلي ميل البريطانية.",
			"2015-07-21 02:22", typ, false},
		{"no toll told", "SK-internationalNews-1770-20180525", "كندا.. انفجار في مطعم",
			"ذكرت وسائل إعلام أن انفجارا وقع الخميس بمطعم وسط مدينة ميسيساغا، التي تقع ضمن منطقة تورونتو الكبرى في كندا.",
			"2018-05-25 05:02", typ, false},
	})
}
