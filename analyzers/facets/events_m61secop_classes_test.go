package facets

import "testing"

// m61secopLead is a neutral two-sentence lead, so each row's sentence
// stands in the body, as in most of the articles it is taken from.
const m61secopLead = "وصل الوزير الجمعة إلى المدينة. وقال المحافظ إن الوضع هادئ.\n"

// m61secopSalt is the Salt operation's sentence, SK-middleEast-3361-20180812
// (its copy SK-middleEast-3386-20180813 moves with it).
const m61secopSalt = "وإثر الهجوم، أطلقت قوات الأمن عملية أمنية لملاحقة متورطين فيه مدينة السلط، تمكنت فيها من اعتقال وقتل عدد من الإرهابيين، وشهدت العملية ذاتها مقتل 4 من عناصر الأمن."

// TestEventTypesM61secopOperationKills pins the round-61 reader m61secop's
// rule (operationKills, events_operationkill.go): a killing told in one
// sentence with a security operation or a raid, of fighters or of the
// force's men, or by the force itself, is the clash the operation met. The
// true rows fail on main. Guards: a killing the raids came after and
// civilians killed in a security campaign stay unread.
func TestEventTypesM61secopOperationKills(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"the Revolutionary Guard killed nine in a security operation", "SK-middleEast-2276-20180609", "الحرس الثوري الإيراني يقتل تسعة أشخاص عبروا الحدود العراقية",
			"قتل الحرس الثوري الإيراني تسعة أشخاص في عملية أمنية شمال غرب البلاد قرب الحدود مع العراق.\nوأضاف أن الحرس الثوري لم يتكبد خسائر في صفوفه في العملية التي شهدتها مدينة أشنويه في شمال غرب إيران.", "2018-06-09 12:00", clash, true},
		{"the Salt operation killed terrorists and four of the force's men, in the body", "SK-middleEast-3361-20180812", "الملك عبدالله يعزي الشعب الأردني",
			m61secopLead + m61secopSalt, "2018-08-12 12:00", clash, true},
		{"during the raid four security men and three terrorists were killed", "adapted from SK-middleEast-3414-20180815", "الأردن يحاكم المتورطين",
			m61secopLead + "وخلال المداهمة، قتل 4 من رجال الأمن و3 إرهابيين واعتقل 5 أشخاص في السلط.", "2018-08-15 12:00", clash, true},
		{"guard: the raids came after a bombing's toll", "adapted from 2015-07-24-939", "تركيا تعتقل مشتبها بهم",
			m61secopLead + "واتت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود السورية.", "2015-07-24 12:00", clash, false},
		{"guard: civilians killed during a raid", "constructed", "غضب في القرية",
			m61secopLead + "وقالت مصادر محلية إن الحملة الأمنية أسفرت عن مقتل مدنيين اثنين في القرية.", "2018-03-02 12:00", clash, false},
	})
}
