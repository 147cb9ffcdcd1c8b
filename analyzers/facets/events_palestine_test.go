package facets

import "testing"

// A confrontation told of Gaza, or of Palestinians and Israel, with no
// armed side named and neither the occupation nor the fence in its
// sentence, is the marches' and the street's, as occupationFront reads
// them at the fence: no armed clash. A gunfight or a war's fighting there,
// and a Palestinian camp's clash with no Israel in it, stay.
func TestEventTypesPalestineFront(t *testing.T) {
	const clash = "armed-clash"
	const (
		marchTitle  = "قبل تدشين سفارة واشنطن بالقدس.. قتلى ومواجهات بغزة"
		marchLead   = "قتل فلسطينيان برصاص الجيش الإسرائيلي، الاثنين، خلال مواجهات على الحدود الشرقية لجنوب قطاع غزة، وذلك قبل ساعات من تدشين سفارة الولايات المتحدة في القدس."
		westBank    = "واشتبك فلسطينيون مع الجيش الإسرائيلي في القدس ونابلس ورام الله والخليل وبيت لحم، وخلف ذلك عشرات الإصابات."
		gunfight    = "أعلنت حركة المقاومة الإسلامية ( #حماس)، الخميس، توقيف المشتبه به في محاولة اغتيال رئيس الحكومة الفلسطينية، #رامي_الحمد_الله.\nوقال مسؤول من حماس إن المشتبه به أصيب في تبادل لإطلاق النار في #غزة، وهو ما أسفر أيضاً عن مقتل ضابط أمن على الأقل."
		escalation  = "أعلنت وزارة الصحة الفلسطينية عن مقتل ثلاثة فلسطينيين وجرح 12 آخرين، وذلك في قتال امتد من ليل الأربعاء حتى فجر الخميس، بين الجيش الإسرائيلي وحركة المقاومة الإسلامية (حماس)، أسفر أيضا عن جرح سبعة إسرائيليين، بحسب الجيش الإسرائيلي."
		campClashes = "قتل شخصان في مواجهات مسلحة بين حركة فتح الفلسطينية وجماعة متشددة في مخيم للاجئين الفلسطينيين جنوبي لبنان، حسب ما قالت الوكالة الوطنية للإعلام، الثلاثاء."
	)
	checkTypes(t, []typeCase{
		{"the embassy day's confrontations in Gaza", "SK-middleEast-1669-20180514",
			marchTitle, marchLead, "2018-05-14 09:49", clash, false},
		{"West Bank youths and the army after Duma's arson", "2015-08-01-73",
			"غضب في الضفة والقدس بعد إحراق رضيع فلسطيني", westBank, "2015-08-01 08:18", clash, false},
		// Near misses that keep the clash: a gunfight, a war's fighting,
		// a camp's fight with no Israel in it.
		{"Hamas's police in a gunfight with a wanted man", "AL-internationalNews-575-20180322",
			"حماس: توقيف المشتبه به في محاولة اغتيال الحمد الله", gunfight, "2018-03-22 13:51", clash, true},
		{"the army and Hamas fighting through the night", "CN-middleEast-1151-20180809",
			"استمرار التصعيد بغزة.. 3 قتلى فلسطينيين و7 جرحى بإسرائيل", escalation, "2018-08-09 08:42", clash, true},
		{"Fatah and a militant group in a Lebanese camp", "SK-middleEast-3897-20181016",
			"مقتل شخصين بمواجهات في مخيم للاجئين الفلسطينيين جنوبي لبنان", campClashes, "2018-10-16 09:05", clash, true},
	})
}
