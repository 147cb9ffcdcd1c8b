package facets

import "testing"

// Round 64, m64leads: a firebomb (a bottle or bomb noun before حارقة)
// thrown past the lead, in a sentence that names settlers, extremists or
// terrorists and a child, a baby or a family, is the arson of a person
// civiliansBurntBody reads (firebombAtPerson, events_burntbody.go), and a
// "الحادث" in its sentence does not make it an accident's. The first row
// fails on main; the guards keep a firebomb with no person in its sentence
// and one with no doer there out.
func TestEventTypesM64leadsFirebomb(t *testing.T) {
	const civ = "attack-on-civilians"
	// 2015-08-02-809: the Duma arson's follow-up; the firebombs told in its
	// fourth paragraph.
	const dumaFamily = `يصارع أسعد دوابشة، والد الشهيد الرضيع علي، ووالداته رهام وشقيقه أحمد من أجل الحياة في أحد المستشفيات الإسرائيلية بعد إصابتهم بجروح خطيرة في هجوم إرهابي نفذه مستوطنون يهود على منزلهم في بلدة دوما القريبة من نابلس في شمال الضفة الغربية أول من أمس.
ووصفت مصادر طبية إسرائيلية الحالية الصحية لأسعد وأحمد بأنها خطيرة وأن حالة الوالدة رهام خطيرة للغاية دون أن يكون واضحا حتى الآن إذا ما كانوا سينجون أم لا.
وزار وزير الصحة الفلسطيني العائلة الفلسطينية في المستشفى دون ذكر تفاصيل عن حالتها الصحية.
وروى سكان في قرية دوما تفاصيل الحادث الرهيب الذي واجهته عائلة دوابشة بعد إقدام اثنين من المستوطنين الإسرائيليين على إلقاء زجاجات حارقة شديدة الاشتعال على غرفة نوم العائلة.`
	// A lead with no burning, for the adapted guards.
	const meetingLead = `عقد وزير الخارجية اجتماعا مع نظيره في العاصمة أمس لبحث العلاقات الثنائية وسبل تعزيزها.
وقال الوزير في مؤتمر صحفي عقب الاجتماع إن المحادثات تناولت الملفات الإقليمية.
`
	checkTypes(t, []typeCase{
		{"settlers' firebombs thrown on a family's bedroom", "2015-08-02-809", "فلسطين.. عائلة الرضيع الدوابشة تصارع الموت",
			dumaFamily, "2015-08-02 12:00", civ, true},
		{"guard: extremists' firebombs with no person in the sentence (adapted)", "", "وزير الخارجية يلتقي نظيره",
			meetingLead + `وكان متطرفون قد ألقوا زجاجات حارقة على السياج الحدودي.`,
			"2015-08-02 12:00", civ, false},
		{"guard: firebombs on a family's home with no doer in the sentence (adapted)", "", "وزير الخارجية يلتقي نظيره",
			meetingLead + `وكانت زجاجات حارقة قد ألقيت على منزل العائلة.`,
			"2015-08-02 12:00", civ, false},
	})
}
