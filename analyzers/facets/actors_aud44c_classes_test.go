package facets

import "testing"

// TestActorRequesterState pins a foreign state named as the one at whose
// request another acted (requesterState, actors_statediplomacy.go): "بناء
// على طلب من الولايات المتحدة"، "بناء على طلب الولايات المتحدة"، "بطلب من
// أنقرة". Round 44's blind sample c coded no usa for the Israeli army's
// evacuation of the White Helmets "بناء على طلب من الولايات المتحدة
// والاتحاد الأوروبي" (BB-middleEast-767), which read usa because the
// sentence tells of the army's operation; the same line runs in
// BB-middleEast-797 and, with no "من", in FR-internationalNews-2439. The
// first two rows fail before aud44c. The guards: the Syrian government as
// the requester leaves the foreign forces the sentence places in Syria
// (the rule asks only of foreign states, and only of the requester), and a
// state asked ("طلب من") with no "بناء على" or "بـ" before it is no requester.
func TestActorRequesterState(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-767-20180722 (sentence)", title: "إسرائيل تجلي المئات من عناصر \"الخوذ البيضاء\" وعائلاتهم من جنوبي سوريا",
			text: "وقال الجيش الإسرائيلي إن العملية تمت بناء على طلب من الولايات المتحدة والاتحاد الأوروبي.",
			not:  []string{"usa"}},
		{id: "FR-internationalNews-2439-20180722 (sentence)", title: "إجلاء عناصر من الخوذ البيضاء",
			text: "وأشارت الإذاعة إلى أن هؤلاء العناصر كانوا مهددين بعد تحقيق قوات النظام السوري تقدما ميدانيا في جنوب سوريا، موضحة إلى أن العملية جرت بناء على طلب الولايات المتحدة والدول الأوروبية.",
			want: []string{"syrian-government"}, not: []string{"usa"}},
		// Guard: the requester is Syria's government; the Turkish and
		// American forces the sentence places in Syria stay.
		{id: "Muallem on Iran's presence (sentence)", title: "المعلم: الوجود الإيراني في سوريا شرعي",
			text: "قال وزير الخارجية السوري، وليد المعلم، السبت، إن الوجود الإيراني في سوريا شرعي لأنه جاء بطلب من الحكومة السورية، على عكس القوات التركية والأميركية الموجودة في البلاد بشكل غير شرعي.",
			want: []string{"turkey", "usa"}},
	})
	// Guard: "طلب من روسيا" with no "بناء على" or "بـ" before it asks
	// Russia (the G7 communiqué's "كما طلب من روسيا الكف عن"), no requester.
	l := lex()
	r := l.reading("قمة مجموعة السبع", "وكذلك تضمن البيان الختامي لقمة مجموعة السبع للدول الصناعية الكبرى، التزامات مشتركة، كما طلب من روسيا الكف عن تقويض الديموقراطيات الغربية.")
	seen := false
	for _, m := range r.ms {
		if m.e.kind == kindActor && m.e.ids[0] == "russia" {
			seen = true
			if requesterState(r.toks, m) {
				t.Errorf("G7 communiqué: the state asked (طلب من روسيا) read as the requester")
			}
		}
	}
	if !seen {
		t.Errorf("G7 communiqué: no russia mention to check")
	}
}

// TestActorVetoCaster pins a state that casts a veto, or opposes a draft in
// a vote, in the Security Council (vetoCaster and voteNouns,
// actors_statediplomacy.go). Round 44's blind sample c read russia for
// SK-middleEast-916 ("استخدمت روسيا حق الفيتو ... بعد الهجوم الكيماوي الذي
// شنه النظام السوري": the attack is the regime's; the veto is a vote) and
// for "في حين عارضته روسيا وبوليفيا، وامتنعت الصين عن التصويت", both of
// which fail before aud44c; the blind coding, like ruling 3 of round 43
// (a state's diplomacy about another's attack is no military role), codes
// no Russia. The guard: the same veto beside a sentence that tells
// Russia's fighting (BB-middleEast-308's "روسيا، التي تقاتل جنبا إلى جنب
// مع القوات الحكومية السورية") keeps Russia.
func TestActorVetoCaster(t *testing.T) {
	const veto = "استخدمت روسيا حق الفيتو، الثلاثاء، في مجلس الأمن ضد مشروع قرار أميركي يقضي بإنشاء آلية تحقيق حول استخدام الأسلحة الكيمياوية في سوريا، وذلك بعد الهجوم الكيماوي الذي شنه النظام السوري في مدينة دوما، السبت الماضي."
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-916-20180410 (lead)", title: "كيماوي سوريا.. فيتو روسي ضد إنشاء \"تحقيق مستقل\"",
			text: veto,
			want: []string{"syrian-government"}, not: []string{"russia"}},
		{id: "SK-middleEast-916-20180410 (vote)", title: "مجلس الأمن يصوت على مشروع قرار",
			text: "ووافقت 12 دولة على مشروع القرار الأميركي، في حين عارضته روسيا وبوليفيا، وامتنعت الصين عن التصويت، في جلسة شهدت قبل التصويت سجالا بين الغرب وموسكو.",
			not:  []string{"russia"}},
		// Guard: Russia's fighting told in another sentence keeps it.
		{id: "SK-middleEast-916 lead with BB-middleEast-308's sentence", title: "كيماوي سوريا.. فيتو روسي ضد إنشاء \"تحقيق مستقل\"",
			text: veto + "\nوقالت وزارة الخارجية الأمريكية إنها تتابع التقارير الصادمة عن احتمال شن هجوم كيماوي في سوريا، وأضافت أن روسيا، التي تقاتل جنبا إلى جنب مع القوات الحكومية السورية، يجب أن تتحمل المسؤولية إن استخدمت في الواقعة أسلحة كيماوية مميتة.",
			want: []string{"russia", "syrian-government"}},
	})
}
