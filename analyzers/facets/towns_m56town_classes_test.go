package facets

import "testing"

// TestGovernmentRuleInDamascus pins "في دمشق" after a government noun and
// a word of its rule (governmentRuleWords: نظام الحكم، الحكومة المركزية،
// النظام القائم) as the government's seat, no town (round 56, m56town:
// governmentIn). The pool and blind golds code no town for the capital
// under these in 4 articles of 4; rasid gave Damascus in pool
// SK-middleEast-649 and blind SK-middleEast-621, FR-internationalNews-280
// and 2015-08-04-23. The guards: a nationality between the noun and في
// ("أهداف للنظام السوري في دمشق وحمص", coded in blind SK-middleEast-1050),
// the bare noun's own rule ("الحكومة في دمشق" stays the government) and
// the city after its rule word with no government noun ("انعقد مؤتمر
// الحكم المحلي في دمشق" is held in the city).
func TestGovernmentRuleInDamascus(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "sympathisers of the ruling system in Damascus", id: "SK-middleEast-649-20180329", title: "عندما استفادت دمشق من الانقسام في الغوطة",
			text:     "وقالت المجلة إن المتظاهرين كانوا موالين للنظام وأغلبهم من \"المتعاطفين مع نظام الحكم في دمشق\".",
			notTowns: []string{"C1001"}, notGovs: []string{"SY01"}},
		{class: "the system of rule in Damascus failed", id: "SK-middleEast-621-20180328", title: "أكراد سوريا.. بين اتفاق روسيا وتركيا",
			text:     "وقالت في حديث إذاعي إن \"نظام الحكم  في دمشق تقاعس بمهامه بما يخص مسألة مواجهة الإرهاب\".",
			notTowns: []string{"C1001"}, notGovs: []string{"SY01"}},
		{class: "strengthening the central government in Damascus", id: "FR-internationalNews-280-20180306", title: "طهران ترفض تقديم أي التزامات لوزير الخارجية الفرنسي",
			text:     "إلا أن روحاني اعتبر من جهته أنه \"لا يوجد أي وسيلة لتسوية الأزمة السورية سوى تعزيز الحكومة المركزية في دمشق\".",
			notTowns: []string{"C1001"}, notGovs: []string{"SY01"}},
		{class: "Iran's hand off the regime standing in Damascus", id: "2015-08-04-23", title: "سياسي قطري: إيران تشعر بأنها إمبراطورية",
			text:     "وعلى إيران أن تسحب كل مليشياتها من العراق وكذلك ترفع يدها عن النظام القائم في دمشق وعن الحوثيين في اليمن.",
			notTowns: []string{"C1001"}, notGovs: []string{"SY01"}},
		// Guards.
		{class: "the Syrian regime's targets in Damascus and Homs", id: "SK-middleEast-1050-20180416", title: "روسيا لم ترد على الضربات في سوريا",
			text:  "شن الدول الثلاث الضربات بالفعل على أهداف للنظام السوري في دمشق وحمص، ردا على الهجوم الكيماوي.",
			towns: []string{"C1001"}},
		{class: "the bare government noun before في دمشق", id: "guard", title: "الحكومة السورية",
			text:     "وكانت الحكومة في دمشق قد أعلنت موافقتها على الاتفاق.",
			notTowns: []string{"C1001"}},
		{class: "a conference on local rule held in Damascus", id: "guard", title: "مؤتمر في سوريا",
			text:  "انعقد مؤتمر الحكم المحلي في دمشق أمس بمشاركة وزراء سوريين.",
			towns: []string{"C1001"}},
	})
}
