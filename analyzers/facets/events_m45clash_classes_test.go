package facets

import "testing"

// Round-45 audit of missed armed clashes (m45clash): the 122 armed clashes
// rasid missed across the tunable pool and the blind codings of rounds
// 37-44, sorted by the words that tell the fight. Two constructions recur
// and the coders agree on them: the definite singular الاشتباك, "the
// clash" told again ("والاشتباك مع قوات الأمن"، "نجم عن الاشتباك مقتل 3"),
// which was no trigger; and attackers killed in a count ("فيما قتل ثمانية
// مهاجمين"), the fight an attack on an army headquarters, an embassy or a
// hotel met (attackersSlain). A fight's toll told right before or after it
// ("نجم عن الاشتباك"، "أسفرت الاشتباكات عن") tells it fought (fightTold),
// and "هجوم معاكس" is a counter-attack as "هجوم مضاد" is.
// The true rows fail on main. Guards: the line of disengagement, a clash of
// words, a team's counter-attacks, and a lone attacker shot by the police,
// which the coders split on.
func TestEventTypesM45Clash(t *testing.T) {
	checkTypes(t, []typeCase{
		{"gunmen through the gate and the clash with the security forces", "AL-internationalNews-1382-20180530", "إحباط محاولة لاقتحام وزارة الداخلية الأفغانية",
			"فجر انتحاري نفسه خارج وزارة الداخلية الأفغانية صباح الأربعاء، ما سمح لمسلحين بالمرور من بوابة الوزارة والاشتباك مع قوات الأمن التي قتلتهم جميعاً في نهاية المطاف، وفقاً لمسؤولين.",
			"2018-05-30 17:02", "armed-clash", true},
		{"the clash's toll in a raid", "SK-middleEast-3349-20180811", "مقتل رجال أمن أردنيين بمداهمة ضد إرهابيين في السلط",
			`قالت وزيرة الدولة لشؤون الإعلام إن الأجهزة الأمنية المختصة نفذت مداهمة في موقع خلية إرهابية.
وذكرت أنه نجم عن الاشتباك مقتل 3 من أفراد القوة الأمنية، وإصابة عدد منهم، بالإضافة إلى إصابة عدد من المدنيين.`,
			"2018-08-11 17:45", "armed-clash", true},
		{"eight attackers killed at Ouagadougou", "FR-internationalNews-243-20180303", "بوركينا فاسو: جماعة تابعة للقاعدة في مالي تعلن مسؤوليتها عن هجومي واغادوغو",
			`أكدت جماعة "نصرة الإسلام والمسلمين" التابعة للقاعدة في مالي، مسؤوليتها عن هجومي الجمعة في العاصمة واغادوغو.
ولم يقتل أو يصب أي فرنسي في الاعتداء فيما قتل ثمانية مهاجمين.`,
			"2018-03-03 20:39", "armed-clash", true},
		{"three attackers killed at a hotel in Mali", "2015-08-08-147", "تحرير رهائن مع إنهاء حصار فندق في مالي",
			`قال متحدث باسم وزارة الدفاع إنّ قوات خاصة من مالي مدعومة بجنود فرنسيين، أنهت حصارًا لفندق في وسط البلاد.
وقتل ثلاثة مهاجمين كان أحدهم يرتدي سترة ناسفة.`,
			"2015-08-08 12:00", "armed-clash", true},
		{"a counter-attack told by معاكس", "SK-middleEast-3025-20180721", "قصف حوثي يستهدف المدنيين بالتحيتا.. والضحايا نساء وأطفال",
			`تواصل ميليشيات الحوثي الإيرانية استهداف المناطق السكنية في مدينة التحيتا جنوبي محافظة الحديدة غربي اليمن.
ونجحت القوات من إفشال محاولة تسلل لمليشيات الحوثي إلى مواقع عسكرية غربي مركز المديرية، ونفذت هجوما معاكسا تمكنت خلاله من تحرير ما تبقى من التباب البيض ومواقع أخرى محاذية لأبواب الحديد المطلة على مركز مديرية باقم من الجهة الغربية.`,
			"2018-07-21 07:22", "armed-clash", true},
		{"guard: a team's counter-attacks", "BB-sport-200-20180610", "كأس العالم 2018: نجوم يغيبون عن مونديال روسيا",
			"يتميز فالنسيا بصلابته في الدفاع، وقوته البدنية وسرعته التي تؤهله إلى الصعود في الهجمات المعاكسة لفريقه، وإمداد زملائه في الهجوم بتمريرات دقيقة مباغتة.",
			"2018-06-10 02:41", "armed-clash", false},
		{"guard: the line of disengagement", "FR-internationalNews-1897-20180619", "الحشد الشعبي يتهم التحالف الدولي بشن غارة أدت لمقتل العشرات من مقاتليه في سوريا",
			"فيما يسيطر مقاتلون موالون للنظام على بلدة الهري الواقعة جنوب خط فض الاشتباك الذي قررته موسكو وواشنطن تفاديا للتصعيد بين الطرفين.",
			"2018-06-19 05:11", "armed-clash", false},
		{"guard: a clash of words", "BB-middleEast-273-20180401", "ماذا ستفعل طهران في حال خروج ترامب من الاتفاق النووي؟",
			"لكن التوتر والضبابية المحيطين بالاتفاق النووي ووضع إيران في المنطقة يضعان علامات استفهام كبرى حول ما إذا كانت عوامل أخرى خارجية قد تؤثر في زيادة مستوى الاشتباك اللفظي بالدرجة الأولى.",
			"2018-04-01 13:29", "armed-clash", false},
		{"guard: a lone attacker killed by the police", "SK-internationalNews-1559-20180513", "شريط مصور لـ\"داعش\" يظهر مبايعة منفذ هجوم باريس",
			"وقتل المهاجم على أيدي رجال الشرطة والذين وصلوا إلى مكان الهجوم.",
			"2018-05-13 19:51", "armed-clash", false},
	})
}
