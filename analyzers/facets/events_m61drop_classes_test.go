package facets

import "testing"

// m61dropKilis is 2015-07-24-61's fire at the border post and the rules of
// engagement it was returned under, the year after them in the next
// sentence (the article's later lines cut).
const m61dropKilis = "شن سلاح الجو التركي الجمعة اولى غاراته على مواقع لتنظيم الدولة الاسلامية في سوريا.\n" +
	" وقبيل الساعة 04,00 قامت ثلاث مقاتلات اف-16 من سلاح الجو التركي بقصف ثلاثة مواقع للجهاديين في المنطقة الحدودية.\n" +
	" وكان جهاديون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس مما ادى الى مقتل ضابط صف واصابة عسكريين اثنين بجروح.\n" +
	" وعملا بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال اطلاق نار اراضيه، رد على الفور بفتح النار على المواقع الجهادية.\n" +
	" وتأتي هذه المواجهة المباشرة بعد ثلاثة ايام على الهجوم الانتحاري في سوروتش.\n"

// TestEventTypesM61dropEngagementRules pins the round-61 reader m61drop's
// mend (engagementTerm, events_engagement.go): "قواعد الاشتباك" is the
// rules of engagement, a term that counts for nothing, not even as
// history; counted as an old clash (a year after it, "منذ 2012") it set
// the day's fire at a border post aside (the history step of eventHits).
// And menRetold reads a year other than the publication's within
// oldYearReach words of the attack (otherYearNear), not anywhere in a
// run-on sentence that joins the attack to the rules it was answered under.
// The true rows fail on main. Guards: the rules alone tell no clash, and
// an old battle's year still sets its own clash aside.
func TestEventTypesM61dropEngagementRules(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"fire at a border post kept past the rules of engagement of 2012", "2015-07-24-61", "سلاح الجو التركي يقصف مواقع لداعش في سوريا",
			m61dropKilis, "2015-07-24 12:00", clash, true},
		{"the same fire told in one run-on sentence with the rules of 2012, 28 words on", "2015-07-25-653", "تركيا: سلاح الجو يقصف مواقع «داعش» شمال سوريا",
			"شن سلاح الجو التركي اولى غاراته على مواقع لتنظيم الدولة الاسلامية في سوريا.\n إلى ذلك، قامت ثلاث مقاتلات اف-16 من سلاح الجو التركي بقصف 3 مواقع للجهاديين في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس (جنوب)، وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس مما أدى الى مقتل ضابط صف وإصابة عسكريين اثنين بجروح، وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال إطلاق نار أراضيه، رد على الفور بفتح النار على المواقع الجهادية.\n", "2015-07-25 12:00", clash, true},
		{"guard: an attack on soldiers with its own year near it stays retold", "constructed", "ذكرى الهجوم",
			"وصل الوزير الجمعة إلى المدينة. وقال المحافظ إن الوضع هادئ.\nوكان مسلحون أطلقوا النار على جنود في المدينة عام 2013 فقتلوا اثنين منهم.\n", "2015-07-25 12:00", clash, false},
		{"guard: the rules of engagement alone are no clash, even in the lead", "adapted from AL-internationalNews-799-20180405", "إسرائيل: لا تغيير في قواعد الاشتباك",
			"قال وزير الدفاع الإسرائيلي إن إسرائيل لا تعتزم تغيير قواعد الاشتباك عند حدود غزة.\n", "2018-04-05 12:00", clash, false},
		{"guard: an old battle told with its year stays history", "constructed", "تركيا تعزز حدودها",
			"وصل الوزير الجمعة إلى المدينة. وقال المحافظ إن الوضع هادئ.\nواستذكر المحافظ معارك عنيفة شهدتها المدينة عام 2012 بين الجيش والمسلحين.\n", "2015-07-24 12:00", clash, false},
	})
}
