package facets

import "testing"

// TestActorChargedWithStrike pins a state an accusation charges with a
// strike (chargedWithStrike, accusedOfAttack in actors_match.go): the
// accused named after the accuser, or right after a plural accusation
// verb or after a verb right before it (the subject standing first:
// "وكان ... نتانياهو اتهم إيران"), with the charge's ب and the masdar of an
// attack or of firing a weapon after it. The want rows fail before aud41c
// (round 41's blind sample c: BB-120, SK-1594; SK-1596 is the third and
// last corpus article the rule moves).
// The guards: a charge of a trade war, of hacking, of targeting a country
// with a pastor's trial, or of launching a political process names no fire.
func TestActorChargedWithStrike(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-120-20180301 (shortened)", title: "\"أول مدنيين يغادران الغوطة الشرقية\": زوجان باكستانيان عجوزان",
			text: "ومن ناحية أخرى، نفى مسلحو المعارضة هذه الاتهامات واتهموا روسيا بمواصلة القصف الجوي والمدفعي خلال ساعات التهدئة.",
			want: []string{"russia"}},
		{id: "SK-middleEast-1594-20180511 (shortened)", title: "فرنسا تتحدث عن \"مخاوف تحققت\".. ووضع خطير جدا بالمنطقة",
			text: "وتابع لودريان في حديث لتلفزيون (بي إف إم) \"ما كان يُخشى حدوثه، بدأ يتحقق. المسألة السورية والمسألة الإيرانية بدأتا تتداخلان (...) مما يؤدي إلى وضع شديد التوتر\".\n" +
				"وبعد يومين من إعلان انسحاب واشنطن من هذا الاتفاق، اتهم رئيس الحكومة الإسرائيلية بنيامين نتانياهو إيران بـ\"تجاوز خط أحمر\" بإطلاقها، ليل الأربعاء الخميس، صواريخ على مواقع إسرائيلية في هضبة الجولان، مما دفع إسرائيل للرد بقصف عشرات الأهداف الإيرانية في سوريا.",
			want: []string{"iran"}},
		{id: "SK-middleEast-1596-20180511 (shortened)", title: "تهديدات \"مكبرات الصوت\" الإيرانية: سندمر حيفا وتل أبيب",
			text: "حذر رجل الدين الإيراني البارز أحمد خاتمي إسرائيل، خلال خطبة الجمعة، قائلا: \"سنطور قدراتنا الصاروخية رغم الضغوط الغربية.. لتعرف إسرائيل أنها إذا تصرفت بحماقة فسيتم تدمير تل أبيب وحيفا بالكامل\".\n" +
				"وترددت هتافات \"الموت لأميركا\" و\"الموت لإسرائيل\"، خلال خطبة الجمعة، في جامعة طهران، التي ألقاها خاتمي وأذاعها التلفزيون الرسمي.\n" +
				"وكان رئيس الحكومة الإسرائيلية بنيامين نتانياهو اتهم إيران بـ\"تجاوز خط أحمر\" بإطلاقها، ليل الأربعاء الخميس، صواريخ على مواقع إسرائيلية في هضبة الجولان، مما دفع إسرائيل للرد بقصف عشرات الأهداف الإيرانية في سوريا.",
			want: []string{"iran"}},
		// Guard: a trade war is no fire.
		{id: "FR-internationalNews-2186-20180706 (shortened)", title: "بكين تتهم واشنطن بشن \"أكبر حرب تجارية في التاريخ الاقتصادي\" وتتوعد بالرد",
			text: "واتهمت بكين واشنطن بإطلاق \"أكبر حرب تجارية في التاريخ الاقتصادي\" معتبرة أنه \"نموذج على التنمر التجاري\".",
			not:  []string{"usa"}},
		// Guard: hacking attacks.
		{id: "FR-internationalNews-2330-20180716 (shortened)", title: "بوتين: روسيا تصدت لنحو 25 مليون هجوم إلكتروني خلال كأس العالم",
			text: "وقال الكرملين إنه لا علاقة له بالأمر.\nوبخلاف ذلك، تتهم الدول الغربية مرارا روسيا بشن هجمات معلوماتية عليها.",
			not:  []string{"russia"}},
		// Guard: "targeting" Turkey over a pastor's trial, no weapon.
		{id: "BB-middleEast-933-20180826 (shortened)", title: "أردوغان يتعهد بتحقيق السلام في سوريا والعراق",
			text: "وقال مسؤول إن الأزمة تتفاقم.\nوتتهم أنقرة واشنطن باستهدافها بسبب القس الأمريكي أندرو برونسون الذي يحاكم في تركيا.",
			not:  []string{"usa"}},
		// Guard: launching a political process.
		{id: "BB-middleEast-199-20180315 (shortened)", title: "ماذا فعلت الحرب بسوريا؟",
			text: "وقال المبعوث إن الاجتماع انتهى.\nوفي غضون ذلك، تتهم القوى الغربية روسيا بالتقليل من شأن محادثات السلام بإطلاق عملية سياسية موازية، مستشهدة بعملية أستانة.",
			not:  []string{"russia"}},
	})
}
