package facets

import (
	"testing"

	"github.com/rasid-project/rasid/analyzers"
)

// A bare strike noun joined by و to an air strike told just before it is
// the ground's fire, shelling; an air strike told alone stays the air's.
func TestEventTypesGroundAfterAir(t *testing.T) {
	const typ = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"shelling of the regime's forces after an air strike", "2015-08-02-392",
			"مقتل 25 مقاتلاً معارضاً خلال محاولة هجوم فاشل في حلب",
			"قتل 25 مقاتلاً من المعارضة السورية على الأقل خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة حلب، شمال البلاد، حسبما أفاد المرصد السوري لحقوق الإنسان يوم أمس السبت.\n" +
				"كما أفاد المرصد عن مقتل تسعة من قوات النظام في الاشتباكات التي اندلعت بعد أن شنت جماعات مقاتلة عدة هجومها في وقت متأخر من يوم الجمعة.\n" +
				"كما شهدت الأطراف الغربية لمدينة حلب «اشتباكات عنيفة منذ صباح أمس ترافقت مع قصف جوي على منطقة الاشتباكات وقصف لقوات النظام، واستهداف تمركزات لقوات النظام والمسلحين الموالين لها من قبل مقاتلي الفصائل»، بحسب المرصد.",
			"2015-08-02 23:46", typ, true},
		{"air raids and the shelling the regime wages", "SK-middleEast-4-20180223",
			"ترقب بشأن التصويت على هدنة بالغوطة الشرقية",
			"قالت بعثة الكويت بالأمم المتحدة، والتي ترأس مجلس الأمن الدولي خلال شهر فبراير، إن المجلس سيجري تصويتا، الجمعة، على مشروع قرار يطالب بوقف إطلاق النار لمدة 30 يوما في سوريا للسماح بتسليم المساعدات والإجلاء الطبي.\n" +
				"وكان مجلس الأمن عقد، الخميس، جلسة طارئة لبحث الوضع الإنساني المتردي في الغوطة الشرقية، قرب دمشق، حيث لقي مئات الأشخاص مصرعهم جراء قصف للقوات الحكومية خلال حملة التصعيد الأخيرة.\n" +
				"هذا ولقي أكثر من 400 مدني مصرعهم، في خمسة أيام من الغارات الجوية والقصف الذي يشنه النظام السوري على الغوطة الشرقية، آخر معاقل الفصائل المعارضة.",
			"2018-02-23 05:12", typ, true},
		// Guard: an air bombardment told twice, no bare strike joined to
		// it, stays the air's alone.
		{"an air bombardment told twice", "SK-middleEast-39-20180223",
			"تأجيل التصويت على الهدنة الإنسانية في الغوطة",
			"أفاد دبلوماسيون بأن مجلس الأمن الدولي أرجأ التصويت على مشروع قرار ينص على وقف لإطلاق النار في سوريا لثلاثين يوما إلى السبت ظهرا (1700 ت غ) لإفساح المجال أمام المزيد من المفاوضات.\n" +
				"وتجري مشاورات حول مشروع القرار المتعلق بالهدنة منذ 9 شباط/فبراير، مع شن القوات الحكومية السورية حملة قصف جوي كثيفة تستهدف الغوطة الشرقية قرب دمشق التي تسيطر عليها المعارضة.\n" +
				"وتكثف القصف الجوي للنظام السوري على منطقة الغوطة الشرقية، موقعا أكثر من 400 قتيل خلال خمسة أيام.",
			"2018-02-23 22:38", typ, false},
	})
}

// A bare غارة beside words of a police or immigration raid is no air
// strike; police named beside an air raid do not make it one.
func TestRaidOnGround(t *testing.T) {
	cases := []struct {
		name, id, text, word string
		want                 bool
	}{
		// Guards: an air raid that wounded police officers, and a
		// phrase "غارات جوية" beside the migration agency.
		{"an Israeli raid that wounded police", "2015-08-08-144",
			"ومساء أمس، جرت أعمال عنف جديدة في غزة؛ فقد أطلقت جماعة فلسطينية متطرفة صاروخا من غزة على جنوب إسرائيل ردّ عليه الجيش الإسرائيلي بغارة على أحد مواقع حركة حماس التي تسيطر على القطاع، خلّفت أربعة جرحى من أفراد الشرطة أحدهم بحالة الخطر.",
			"بغارة", false},
		{"air raids on a convoy the migration agency plans", "BB-middleEast-480-20180509",
			"وأضاف أن إعادة هؤلاء إلى بلدانهم ليس مشكلة، إنما المشكلة هي \"الحصول على إذن من السعودية يضمن عدم شن غارات جوية على القافلة التي تستعد منظمة الهجرة الدولية تنظيمها\".",
			"غارات", false},
	}
	for _, c := range cases {
		toks := tokenize("", c.text)
		at := wordIndex(t, toks, c.word)
		end := at + 1
		if c.word == "غارات" {
			end = at + 2 // the phrase "غارات جوية"
		}
		if got := raidOnGround(toks, at, end); got != c.want {
			t.Errorf("%s (%s): raidOnGround = %v, want %v", c.name, c.id, got, c.want)
		}
	}
}

// wordIndex returns the index of the first token of toks that is word,
// normalised, and fails the test when there is none: the rule tests above
// call a rule at one word of a corpus sentence.
func wordIndex(t *testing.T, toks []token, word string) int {
	t.Helper()
	for i, tk := range toks {
		if tk.w == analyzers.Normalize(word) {
			return i
		}
	}
	t.Fatalf("%q not found", word)
	return -1
}
