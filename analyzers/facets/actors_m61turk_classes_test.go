package facets

import "testing"

// Pool FR-middleEast-806 (and its corpus twin FR-internationalNews-2442):
// France 24's correspondent on settlers storming al-Aqsa under the
// protection of Israel's police, who arrest Palestinians. The gold codes
// israel ("Israeli police arrested Palestinians → israel + arrests"); main
// gave the arrest and missed the actor.
const (
	m61turkAqsaTitle = "مراسلة فرانس24: أكثر من ألف مستوطن يقتحمون المسجد الأقصى ودعوات \"للنفير العام\" في القدس"
	m61turkAqsaBody  = "أفادت ليلى عودة مراسلة فرانس24 في القدس أن أكثر من ألف مستوطن إسرائيلي اقتحموا المسجد الأقصى الأحد، وسط حماية الشرطة وحرس الحدود الإسرائيليين، وذلك في ذكرى ما يسمى لدى اليهود \"خراب الهيكل\". وقامت الشرطة الإسرائيلية باعتقال عدد من الفلسطينيين ومنعهم من التوجه إلى الحرم القدسي، بينما توالت الدعوات من المقدسيين \"للنفير العام\" للتصدي لتلك الاقتحامات."
)

// TestActorM61turkPoliceArrest pins round 61's m61turk class
// (actors_ilpolice.go): Israel's police organ counts where an arrest word
// stands beside it (arrestBeside) and its sentence names Palestinians, as
// it counts in a clash. Over the pool and blind golds Israel's police with
// an arrest word in its sentence is coded 6 to 1 (the one a corruption
// inquiry, no Palestinian in it); with a Palestinian word 2 to 0. The want
// row fails on main. Guards: the corruption inquiry's arrest, an arrest of
// officials with no Palestinian, and Palestinians named with no arrest.
func TestActorM61turkPoliceArrest(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-middleEast-806", title: m61turkAqsaTitle, text: m61turkAqsaBody,
			want: []string{"israel"}},
		{id: "corruption inquiry", title: "توقيف جديد في قضايا الفساد",
			text: "أجرت الشرطة الإسرائيلية عملية توقيف هي الثامنة من نوعها، تتعلق باتهامات الفساد التي تطال الدائرة المقربة من الحكومة.",
			not:  []string{"israel"}},
		{id: "no Palestinian", title: "توقيف ثلاثة مسؤولين",
			text: "أعلنت الشرطة الإسرائيلية أنها اعتقلت ثلاثة مسؤولين بتهمة الإهمال.",
			not:  []string{"israel"}},
		{id: "no arrest", title: "إحصاء جديد",
			text: "وقالت الشرطة الإسرائيلية إن عدد الفلسطينيين الذين زاروا المدينة ارتفع هذا العام.",
			not:  []string{"israel"}},
	})
}
