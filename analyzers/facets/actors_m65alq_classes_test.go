package facets

import "testing"

// Article texts of TestQaedaAllyClose (from the corpus, each used once).
const (
	// blind SK-internationalNews-2422-20180702 (gold: no al-qaeda, "'close
	// to' al-Qaeda is no al-qaeda (rul45d-2b)"): the FBI's arrest of a man
	// "مقرب من تنظيم القاعدة". Its title and lead.
	closeManTitle = "إحباط \"مخطط إرهابي قاعدي\" في كليفلاند"
	closeManBody  = "أعلن مكتب التحقيقات الفدرالي (إف بي آي)، الاثنين، اعتقال شخص مقرب من تنظيم القاعدة، خطط لتنفيذ هجوم خلال عرض 4 يوليو في كليفلاند في ولاية أوهايو."
	// round65-blindb SK-internationalNews-109-20180223 (aud65b's corrected
	// coding: no al-qaeda): Ansar Dine "المتحالف مع القاعدة" struck in Mali.
	// Its title and the paragraph naming al-Qaeda.
	allyGroupTitle = "ماكرون: جيشنا قتل أكثر من 30 إرهابيا في مالي"
	allyGroupBody  = "وذكرت مصادر أمنية متطابقة أن هذه العملية البرية الأخيرة، بمؤازرة من المروحيات، استهدفت مجموعة \"أنصار الدين\" التي يتزعمها المالي إياد آغ غالي، المتحالف مع القاعدة."
	// pool SK-middleEast-1801-20180518 (gold al-qaeda): the Derna council
	// "المرتبط بالقاعدة" fought by Libya's army, a tie of membership
	// (rul45d-2a); al-qaeda stays.
	linkedCouncilTitle = "قبيلة العبيدات تدعم الجيش الليبي بمعركة درنة"
	linkedCouncilBody  = "وتؤكد المجريات الميدانية في الأيام الماضية، أن الجيش الليبي نجح في فرض السيطرة على مواقع استراتيجية بمحاور القتال، أبرزها الظهر الحمر والحيلة ومنازل بوربيحة والكسارات، بعد معارك ضارية مع \"مجلس شورى مجاهدي درنة\" المرتبط بالقاعدة."
)

// TestQaedaAllyClose pins round 65's m65alq class: the singular indefinite
// "مقرب" and the participle "المتحالف" right before al-Qaeda name someone's
// closeness or alliance, which ruling rul45d-2(b) says is no membership
// (affiliationWords, actors_match.go, which held the other forms). The not
// rows fail before the two words joined the set. Guard: a group "المرتبط
// بالقاعدة" fought in Derna keeps al-qaeda.
func TestQaedaAllyClose(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-2422-20180702", title: closeManTitle, text: closeManBody, not: []string{"al-qaeda"}},
		{id: "SK-internationalNews-109-20180223", title: allyGroupTitle, text: allyGroupBody, not: []string{"al-qaeda"}},
		{id: "SK-middleEast-1801-20180518", title: linkedCouncilTitle, text: linkedCouncilBody, want: []string{"al-qaeda"}},
	})
}
