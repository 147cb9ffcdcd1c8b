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
