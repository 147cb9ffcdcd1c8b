package facets

import "testing"

// TestEventTypesBombAssault pins an attack told with its bomb or its bomber
// (remoteAttack, bomberSubjects in assaultType): "في هجوم بقنبلة على نقطة
// تفتيش تابعة للشرطة"، "إن انتحاريا هاجم أكاديمية الشرطة" tell a bombing of
// a police post, which the coders type by its weapon, not an armed clash
// (round-44 audit m44ac; the blind codings of rounds 37-43). The true rows
// fail on main. Guards: an army's attack on positions with no weapon told,
// and armed men attacking a headquarters.
func TestEventTypesBombAssault(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a bomb attack on a police checkpoint in Lahore", "SK-internationalNews-352-20180314", "قتلى بهجوم استهدف الشرطة في باكستان",
			`قتل 7 أشخاص، وأصيب 18 آخرون، الأربعاء، في هجوم بقنبلة على نقطة تفتيش تابعة للشرطة في مدينة لاهور شرقي باكستان.
وقال نائب المفتش العام للشرطة، حيدر أشرف، إن القنبلة انفجرت حين كانت الشرطة تجري تبديلا للحراسة في نقطة تفتيش تقع خارج تجمع ديني سنوي.`,
			"2018-03-14 19:06", "armed-clash", false},
		{"a suicide bomber attacked the police academy", "2015-08-07-55", "هجوم انتحاري يستهدف أكاديمية الشرطة في كابول",
			`قالت الشرطة إن انتحاريا هاجم أكاديمية الشرطة في العاصمة الأفغانية اليوم الجمعة بعد ساعات من تفجير شاحنة ملغومة في وسط المدينة أدى إلى مقتل 15 شخصا وإصابة المئات.
ووقع التفجير الأخير في منطقة مزدحمة قرب مدخل الأكاديمية.`,
			"2015-08-07 12:00", "armed-clash", false},
		{"guard: the army and the resistance attack militia positions", "", "مواجهات في جبهة مريس",
			`وتزامن القصف العشوائي للحوثيين مع مواجهات شهدتها جبهة مريس حيث شن الجيش اليمني والمقاومة هجوما على مواقع الميليشيات التي ردت بقصفها للمدنيين.`,
			"2018-06-10 12:00", "armed-clash", true},
		{"guard: gunmen attack the army headquarters", "", "مسلحون يهاجمون السفارة الفرنسية في بوركينا فاسو",
			`هاجم مسلحون مقر الجيش في واغادوغو عاصمة بوركينا فاسو، اليوم الجمعة، كما هاجموا منطقة وسط المدينة بالقرب من السفارة الفرنسية.`,
			"2018-03-02 14:56", "armed-clash", true},
	})
}

// TestEventTypesCrowdClash pins a clash whose other side, named right after
// it, is a crowd of civilians fighting the police (crowdClash, events.go):
// migrants in Madrid, a drowned boat's kin blocking a road in Egypt. The
// coders type these a violent demonstration (round-44 audit m44ac; the
// blind codings of rounds 37-43), not an armed clash. The false rows fail
// on main. Guard: the police clashing with an armed party (the PKK).
func TestEventTypesCrowdClash(t *testing.T) {
	checkTypes(t, []typeCase{
		{"police and African migrants clash in Madrid", "FR-internationalNews-452-20180316", "إسبانيا: مواجهات عنيفة في مدريد بين الشرطة ومهاجرين أفارقة بعد وفاة بائع متجول سنغالي",
			`وقعت مواجهات عنيفة الخميس في مدريد بين الشرطة ومهاجرين أفارقة على إثر وفاة بائع متجول سنغالي.`,
			"2018-03-16 12:00", "armed-clash", false},
		{"the Madrid clashes are a violent demonstration", "FR-internationalNews-452-20180316", "إسبانيا: مواجهات عنيفة في مدريد بين الشرطة ومهاجرين أفارقة بعد وفاة بائع متجول سنغالي",
			`وقعت مواجهات عنيفة الخميس في مدريد بين الشرطة ومهاجرين أفارقة على إثر وفاة بائع متجول سنغالي.`,
			"2018-03-16 12:00", "violent-demonstration", true},
		{"the victims' kin clash with the security forces", "2015-07-24-729", "مصرع 16 مصريًا وإصابة 6 آخرين في حادث اصطدام مركبين",
			`ووقعت اشتباكات بين أهالي الضحايا وقوات الأمن بالمنطقة، بعدما قاموا بقطع الطريق وإطلاق أعيرة نارية للتعبير عن غضبهم.`,
			"2015-07-24 12:00", "armed-clash", false},
		{"guard: the police clash with the PKK", "2015-08-09-160", "مقتل ثلاثة في جنوب شرق تركيا",
			`وفي وقت سابق من ذلك اليوم قتل ثلاثة أشخاص وأصيب سبعة في اشتباكات بين الشرطة وحزب العمال الكردستاني ببلدة سيلوبي.`,
			"2015-08-09 12:00", "armed-clash", true},
	})
}
