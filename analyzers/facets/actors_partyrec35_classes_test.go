package facets

import (
	"testing"
	"time"
)

// TestActorResponsibilityOf pins a state named right after "مسؤولية" with
// an attack after it as the attack's author, the genitive form of the
// blame accusedOfAttack reads before the blame word (round 35's missed
// warring parties: the pool's gold 2015-08-09-841 codes the regime
// blamed for the chemical attacks, and the golds code Russia blamed for
// the Skripal poisoning). A denied responsibility, one for attacks to
// come, or one with no attack after it is not.
func TestActorResponsibilityOf(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-09-841", title: "المعارضة ترحب بمحاسبة مجرمي الكيماوي",
			text: "وقال الناطق الرسمي باسم الائتلاف سالم المسلط، إنه رغم الدلائل المتعددة التي لم تعد تحتمل الشك حول مسؤولية نظام الأسد عن التخطيط لتلك الهجمات وتنفيذها.",
			want: []string{"syrian-government"}},
		{id: "SK-internationalNews-456-20180319", title: "ميركل: معلومات خطيرة في واقعة تسميم الجاسوس الروسي",
			text: "قالت المستشارة الألمانية أنغيلا ميركل إن هناك معلومات خطيرة تشير إلى مسؤولية روسيا في واقعة تسميم جاسوس روسي سابق وابنته في بريطانيا.",
			want: []string{"russia"}},
		// Guards.
		{id: "guard-denied", title: "",
			text: "وكررت موسكو نفيها مسؤولية روسيا عن الهجوم على الجاسوس السابق في بريطانيا.",
			not:  []string{"russia"}},
		{id: "SK-middleEast-3642-20180911", title: "",
			text: "وقال إن إدلب هي بشكل منطقة تقع ضمن مسؤولية تركيا، ومسؤوليتها فصل المعارضة المعتدلة عن المتطرفين.",
			not:  []string{"turkey"}},
		{id: "guard-any", title: "",
			text: "وحذر الوزير من أن واشنطن ستحمل طهران المسؤولية وأكد مسؤولية إيران عن أي هجوم على المصالح الأميركية.",
			not:  []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorIranianFightersMilitia pins Iranians counted among a strike's
// dead fighters as the regime's foreign militias besides Iran's men (the
// pool's golds FR-internationalNews-632 and FR-middleEast-439 code
// pro-government-militias for the T4 strike). Soldiers counted are Iran's
// forces only, and a toll recalled "at the time" is background.
func TestActorIranianFightersMilitia(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-632-20180409", title: "المرصد السوري: مقتل 14 مقاتلا من بينهم إيرانيون خلال استهداف مطار التيفور",
			text: "لقي 14 مقاتلا على الأقل من بينهم إيرانيون، مصرعهم في الضربة التي استهدفت قبيل فجر الاثنين مطار التيفور العسكري التابع للنظام السوري في محافظة حمص في وسط البلاد.",
			want: []string{"pro-government-militias", "iran"}},
		// The news' spelling that drops the second ي (data/actors.tsv).
		{id: "SK-middleEast-964-20180412", title: "",
			text: "وذكرت مصادر عسكرية سورية، بأن قوات النظام، والميلشيات الموالية لها بدأت عمليات إخلاء وتغيير لمواقعها في عدة مناطق منها العاصمة دمشق.",
			want: []string{"pro-government-militias"}},
		// Guards.
		{id: "guard-soldiers", title: "",
			text: "وقال المرصد السوري إن 21 عسكرياً من بينهم 9 إيرانيين قتلوا خلال القصف الجوي على مطار التيفور في محافظة حمص.",
			want: []string{"iran"}, not: []string{"pro-government-militias"}},
		{id: "FR-internationalNews-1549-20180531", title: "الأسد يهدد باللجوء للقوة ضد قوات سوريا الديمقراطية",
			text: "وأحصى المرصد السوري لحقوق الإنسان حينها مقتل 23 مقاتلا على الأقل بينهم إيرانيون جراء تلك الضربات في سوريا.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorFightsAlongsideRegime pins fighters who fight beside the regime
// ("يقاتلون مع القوات السورية"، "تقاتل إلى جانب النظام السوري") as its
// militias, as the pool's gold FR-middleEast-439 codes them. Fighters who
// clash with the regime's forces are not.
func TestActorFightsAlongsideRegime(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-439-20180510", title: "",
			text: "8 أيار/مايو: مقتل 15 مقاتلا أجنبيا يقاتلون مع القوات السورية في ضربة ليلية نسبت إلى إسرائيل واستهدفت مستودع أسلحة في منطقة الكسوة جنوب دمشق.",
			want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-2596-20180625", title: "",
			text: "وأسفرت عن مقتل العشرات من المقاتلين العراقيين الذين يقاتلون إلى جانب القوات السورية الحكومية قرب الحدود السورية العراقية في شرق سوريا.",
			want: []string{"pro-government-militias"}},
		// Guard.
		{id: "guard-clash", title: "",
			text: "واشتبك مقاتلون مع قوات النظام في ريف درعا الشرقي جنوب سوريا.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
