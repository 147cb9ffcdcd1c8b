package facets

import "testing"

// TestActorStateRoleInSyria pins a state's part in the war told as a
// presence, intervention, participation or role noun with its name, or
// its possessive after its name, with Syria right after the phrase
// (stateRoleMentions, actors_statepresence.go): the want rows fail before
// aud42g. The guards: the same nouns placed anywhere but Syria (Russia's
// part in the Skripal inquiry, at the Olympics, its intervention in
// eastern Ukraine) name no party of the war.
func TestActorStateRoleInSyria(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// The possessive after the name (aud42g's sample).
		{id: "SK-internationalNews-1971-20180605 (shortened)", title: "قبل زيارة نادرة.. بوتن يعلن نواياه تجاه الاتحاد الأوروبي",
			text: "ولا يزال التوتر يخيم على علاقات موسكو مع دول الاتحاد الأوروبي، بعد ضم روسيا للقرم ومشاركتها في سوريا وشرق أوكرانيا وتسميم جاسوس روسي سابق في بريطانيا.",
			want: []string{"russia"}},
		// The noun, an adjective pair, and the name with its ل (aud42g's sample).
		{id: "CN-middleEast-1300-20180907 (shortened)", title: "القمة الثلاثية حول سوريا.. عرض هدنة في إدلب",
			text: "وأردف قائلا: \"إيران مستعدة للعب دور بناء في إعادة اللاجئين.. الوجود غير القانوني لأمريكا في سوريا يساعد في دوامة الأزمة\".",
			want: []string{"usa"}},
		// A role noun with the name.
		{id: "SK-middleEast-3431-20180816 (shortened)", title: "أميركا وروسيا.. اتفاق \"مبدئي\" على خروج إيران من سوريا",
			text: "كما ذكر مسؤول بالإدارة الأميركية اليوم الخميس أن جون بولتون مستشار الرئيس دونالد ترامب للأمن القومي سيبحث مع نظيره الروسي نيكولاي باتروشيف في جنيف الأسبوع المقبل الحد من التسلح ودور إيران في سوريا.",
			want: []string{"iran"}},
		// An intervention noun with the name (an op-ed).
		{id: "2015-07-22-1189 (shortened)", title: "مشروع إيران الطائفي أخطر من قنبلتها النووية",
			text: "ونستطيع القياس على ذلك تدخل ايران في سوريا والإيعاز لمليشيات ماعش، وحالش، والتي بدورها اظهرت داعش.",
			want: []string{"iran"}},
		// Guard: Russia's part in an inquiry.
		{id: "SK-internationalNews-820-20180405 (shortened)", title: "مندوب روسيا للندن: أنتم تلعبون بالنار في قضية سكريبال",
			text: "وأضاف نيبينزيا أن بريطانيا تخشى من مشاركة روسيا في التحقيق، وأضاف \"لا أحد يمكن أن يؤكد من المسؤول عن الهجوم على سكريبال وابنته\".",
			not:  []string{"russia"}},
		// Guard: Russia's part at the Olympics.
		{id: "BB-sport-50-20180225 (shortened)", title: "الأولمبية الدولية تقرر بالإجماع ابقاء عقوبة إيقاف مشاركة روسيا في بيونغتشانغ",
			text: "قررت اللجنة الأولمبية الدولية الإبقاء على عقوبة إيقاف مشاركة روسيا في بيونغتشانغ.",
			not:  []string{"russia"}},
		// Guard: an intervention placed in Ukraine.
		{id: "AL-internationalNews-559-20180321 (shortened)", title: "ماتيس: روسيا اختارت أن تكون منافساً استراتيجياً",
			text: "كما نبه ماتيس أيضاً إلى ضم روسيا للقرم وتدخلها العسكري في شرق أوكرانيا، قائلاً: \"اللائحة طويلة\".",
			not:  []string{"russia"}},
	})
}

// TestActorStateRoleAnother pins the guard of a possessive that is another
// state's: "ودورها بسوريا" after Saudi Arabia, the object of America's
// verb (CN-middleEast-1238, a corpus move the first draft got wrong).
func TestActorStateRoleAnother(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-middleEast-1238-20180817 (title)", title: "خارجية أمريكا تحيي السعودية ودورها بسوريا وتبين مساهمتها منذ بداية الأزمة",
			text: "قالت الخارجية في بيان إن المملكة شريك رائد.",
			not:  []string{"usa"}},
	})
}
