package facets

import "testing"

// TestEventTypesHouthiDetention pins round 46's ruling rul46d-1: the
// Houthis' detentions, whatever the verb, are abduction-forced-disappearance
// and not arrests (houthiDetention, events_houthidetain.go). The agent is
// the nearest agent word before the arrest word in its sentence (a Houthi
// name, or in a Houthi story its militia, rebels or putschists), or a
// Houthi name right after a finite verb. The true rows fail on main
// (corpus SK-middleEast-2042, 2015-08-10-52, SK-middleEast-2746,
// SK-middleEast-1194). Guards: the resistance arresting a Houthi leader,
// an arrest by a state's police that only names the Houthis, and the
// Houthis holding aid or a ship, which is neither type.
func TestEventTypesHouthiDetention(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Houthi militia's arrest campaign in Hodeidah", "SK-middleEast-2042-20180530", "هلع حوثي بالحديدة.. وحملة اعتقالات تحسبا لانتفاضة شعبية",
			`نفذت ميليشيات الحوثي حملة اعتقالات واسعة شملت العشرات من شباب مدينة الحديدة، وذلك بتهم "الخيانة والتآمر" والعمل مع الحكومة الشرعية.`,
			"2018-05-30 12:00", "abduction-forced-disappearance", true},
		{"no arrests for the same campaign", "SK-middleEast-2042-20180530", "هلع حوثي بالحديدة.. وحملة اعتقالات تحسبا لانتفاضة شعبية",
			`نفذت ميليشيات الحوثي حملة اعتقالات واسعة شملت العشرات من شباب مدينة الحديدة، وذلك بتهم "الخيانة والتآمر" والعمل مع الحكومة الشرعية.`,
			"2018-05-30 12:00", "arrests", false},
		{"the putschists' campaign, a chain of verbs", "2015-08-10-52", "المقاومة الشعبية تسيطر على معظم محافظات جنوب اليمن",
			`وأعلن الانقلابيون حالة الطوارئ في العاصمة صنعاء، ونفذوا حملة اعتقالات ضد ناشطين وقياديين في حزبي الإصلاح والناصري، وفق مصادر محلية. وتقاتل المقاومة ميليشيات الحوثي في إب.`,
			"2015-08-10 12:00", "arrests", false},
		{"travellers held at Houthi checkpoints", "SK-middleEast-2746-20180704", "إفلاس حوثي جديد.. استهداف الفنادق وابتزاز المسافرين",
			`وذكرت مصادر محلية ومسافرون أن ميليشيات الحوثي نصبت العديد من نقاط التفتيش على الخط الرابط بين محافظة تعز وعدن، واعتقلت العديد من المسافرين بحجة ذهابهم إلى عدن للالتحاق بقوات المقاومة في الساحل الغربي.`,
			"2018-07-04 12:00", "abduction-forced-disappearance", true},
		{"the militia as the title verb's subject", "SK-middleEast-1194-20180423", "ميليشيات الحوثي تعتقل العشرات من مسؤولي أحياء صنعاء",
			`وأشارت المصادر إلى أن الحوثيين اعتقلوا مسؤولي الحارات واقتادوهم إلى سجن الأمن السياسي، فيما تسعى الميليشيات إلى استقطاب العسكريين من خلال مسؤولي الأحياء.`,
			"2018-04-23 12:00", "arrests", false},
		{"guard: the resistance arrests a Houthi leader", "2015-07-21-2035", "الهروب من الحرب.. الحوثيون بأزياء نسائية",
			`وأن نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء الاثنين على قيادي حوثي متنكراً بزي عروس في منطقة قريبة من متنزه الشيخ زايد.`,
			"2015-07-21 12:00", "abduction-forced-disappearance", false},
		{"guard: a state's police arrest a Houthi cell", "", "الشرطة تعتقل خلية حوثية",
			`اعتقلت الشرطة السعودية ثلاثة أشخاص ينتمون إلى خلية حوثية في جازان، بحسب بيان وزارة الداخلية.`,
			"2018-05-30 12:00", "abduction-forced-disappearance", false},
		{"guard: the Houthis hold an aid shipment", "AL-internationalNews-1050-20180507", "التحالف: تم استهداف قيادات حوثية",
			`كما تقوم ميليشيات الحوثي الإيرانية بتوقيف 17 سفينة تحمل مساعدات.`,
			"2018-05-07 12:00", "abduction-forced-disappearance", false},
	})
}
