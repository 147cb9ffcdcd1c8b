package facets

import "testing"

// TestEventTypesMurderArrest pins the arrest of a killing's suspects told as
// a crime (round 50, m50etfp2: murderArrest, events_murderarrest.go): a
// killer (قاتل، قاتلي) or a killing charged or suspected (مقتل، بقتل، تهمة
// القتل) in the title or the arrest's sentence, in an article that names no
// armed party, army, fighting, terrorism, assassination or rape. Round 43's
// ruling 11 and rul46d-2 leave such arrests untyped; main typed the Kuwait
// maid's killers (pool BB-middleEast-82, AL-internationalNews-192, blind
// CN-middleEast-98) and a Birmingham double murder (blind
// BB-internationalNews-1014). Guards: an army's arrests in Sinai with no
// actor read, policemen shot dead at a Saudi checkpoint, and the Kathua
// rape and killing, whose arrests the pool's coder kept.
func TestEventTypesMurderArrest(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a suspect of a maid's killing, in the title", "BB-middleEast-82-20180224", `القبض على لبناني مشتبه به في مقتل عاملة فلبينية بالكويت`,
			`ألقي القبض على لبناني مشتبه به في حادث مقتل عاملة منزل فلبينية في الكويت، بحسب ما أعلنته وزارة الخارجية الفلبينية.
وأوضحت الوزارة أن الشرطة في لبنان ألقت القبض على نادر عصام عساف، الذي كانت ديمافيليس تعمل لديه، كمشتبه به في الحادث.`,
			"2018-02-24 02:58", "arrests", false},
		{"a named man charged with killing his girlfriend", "BB-internationalNews-1014-20180901", `الشرطة البريطانية توجه تهمة القتل لرجل قتل حبيبته السورية ووالدتها`,
			`وجهت الشرطة البريطانية تهمة القتل لرجل أردى حبيبته السابقة ووالدتها في مدينة سوليهل البريطانية.
واعتقلت الشرطة جانباز تارين (21 عاما) في منطقة سبارك هيل في المدينة الخميس بعد جهود مكثفة لشرطة وست ميدلاندز.`,
			"2018-09-01 00:38", "arrests", false},
		{"a couple held over a killing, told in the body", "CN-middleEast-98-20180225", `شاهد.. اعتقال لبناني وزوجته بعد قتل عاملة فلبينية بالكويت`,
			`اعتقلت السلطات في سوريا المشتبه به بقتل العاملة الفلبينية جوانا ديمافيليس في الكويت، نادر عصام عساف.
كما اعتقلت السلطات زوجته، منى حسّون، التي يشتبه أيضاً بقتلها جوانا.`,
			"2018-02-25 12:00", "arrests", false},
		// Guards.
		{"an army's arrests with a killing in the title", "CN-middleEast-244-20180311", `"عملية سيناء".. جيش مصر يعلن اعتقال 3 قيادات تكفيرية ومقتل عسكريين وإصابة 6 آخرين`,
			`أعلن المتحدث العسكري باسم القوات المسلحة المصرية، الأحد، عن اعتقال ثلاثة قيادات تكفيرية على حد تعبيره، وذلك في العمليات التي يخوضها الجيش المصري في شبه جزيرة سيناء.`,
			"2018-03-11 10:00", "arrests", true},
		{"the doers of policemen shot dead", "FR-internationalNews-817-20180420", `السعودية: مقتل أربعة رجال شرطة بإطلاق نار في منطقة عسير`,
			`ووفق وكالة الأنباء السعودية فإنه تم "تحديد هوية عدد من المتورطين والقبض على اثنين منهما، وهما سعوديا الجنسية.`,
			"2018-04-20 12:00", "arrests", true},
		{"an MP held over a rape and a killing", "SK-internationalNews-953-20180415", `اغتصاب وحشي يهز الهند.. وغضب بعد كشف وقائع جريمة أخرى`,
			`وردت تقارير، الأحد، عن واقعة اغتصاب وحشي وقتل لطفلة في ولاية جوجارات بغرب الهند، وذلك بعد أيام من اعتقال عضو في البرلمان ينتمي للحزب الحاكم، فيما يتعلق باغتصاب وقتل طفلة أخرى.`,
			"2018-04-15 14:42", "arrests", true},
	})
}
