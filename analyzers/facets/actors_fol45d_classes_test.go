package facets

import "testing"

// TestActorHezbollahNoRole pins ruling rul45d-3 (testdata/adjudication/
// README.md): Hezbollah named only as the recipient of another state's
// support or supplies, as its proxy or instrument, or as the object of a
// vow to pursue it is no party (hezbollahNoRole, actors_armsrecipient.go).
// The not rows fail on the fol45d start. The guards: a sentence that goes
// on to Hezbollah training another group keeps it, and so do missiles
// striking sites "تابعة لحزب الله" (the ل of possession) and the title's
// supply, which is the article's news.
func TestActorHezbollahNoRole(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-1700-20180521", title: "البنتاغون يدرس خطوات لمواجهة سلوك إيران \"الخبيث\"",
			text: "وأشار بومبيو إلى الدعم المستمر الذي قدمته إيران لميليشيات حزب الله الإيرانية وتدخلها في الأزمة السورية، مما أدى إلى نزوح ولجوء الملايين من السوريين. وأكد أن إيران \"لن تكون أبدا بعد الآن مطلقة اليد للهيمنة على الشرق الأوسط\"، واعدا بـ \"ملاحقة العملاء الإيرانيين واتباعهم في حزب الله في كل أنحاء العالم بهدف سحقهم\".",
			not:  []string{"hezbollah"}},
		{id: "FR-middleEast-880-20180807", title: "الدفعة الأولى من العقوبات الأمريكية على إيران تدخل حيز التنفيذ",
			text: "ويعتزم ترامب الذي تبنى موقفا معاديا لإيران منذ وصوله إلى السلطة \"تشديد الضغط على طهران حتى تغير سلوكها\"، ومن مآخذه عليها تحالفها مع الرئيس السوري بشار الأسد ودعمها للمتمردين الحوثيين في اليمن ولحركة حماس في غزة ولحزب الله اللبناني.",
			not:  []string{"hezbollah"}},
		{id: "BB-internationalNews-414-20180426", title: "ماكرون: أخفقتُ في إقناع ترامب بالإبقاء على الاتفاق النووي مع إيران",
			text: "وانتقد ترامب مرارا الاتفاق، الذي وقعته واشنطن وإيران والاتحاد الأوربي وروسيا والصين وألمانيا وفرنسا، باعتباره لا يفعل شيئا يذكر، لوقف الدعم الإيراني للجماعات المسلحة في المنطقة، مثل حزب الله اللبناني.",
			not:  []string{"hezbollah"}},
		{id: "BB-middleEast-36-20180211", title: "إسرائيل تحذر إيران بعد غارات جوية واسعة في سوريا",
			text: "وتواجه إيران اتهامات بأنها لا تسعى إلى توسيع النفوذ الشيعي فحسب، بل تريد فتح طريق للإمدادات من إيران لحزب الله اللبناني.",
			not:  []string{"hezbollah"}},
		{id: "FR-middleEast-3-20180218", title: "نتانياهو يحذر إيران ملوحا بقطعة معدنية \"لا تختبروا عزم إسرائيل\"",
			text: "وأضاف \"عبر وكلائها الميليشيات الشيعية في العراق، والحوثيين في اليمن، وحزب الله في لبنان، وحماس في غزة-- فإن إيران تلتهم مساحات شاسعة في الشرق الأوسط\".",
			not:  []string{"hezbollah"}},
		{id: "2015-07-21-41", title: "جعجع: إيران تستخدم «حزب الله» لتعطيل الانتخابات الرئاسية",
			text: "حمّل سمير جعجع، رئيس حزب القوات اللبنانية، إيران مسؤولية تعطيل الانتخابات الرئاسية في لبنان، موضحًا أن ذلك يأتي عبر استخدامها «حزب الله» اللبناني «الذي يتلقى أوامره من وراء الحدود.",
			not:  []string{"hezbollah"}},
		// Guard: missiles strike sites that are Hezbollah's.
		{id: "FR-internationalNews-1164-20180510", title: "الجيش الإسرائيلي يعلن استهدافه \"لعشرات المواقع العسكرية الإيرانية\" في سوريا",
			text: "وأكد مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن أن الصواريخ الإسرائيلية استهدفت مواقع عدة إيرانية وتابعة لحزب الله اللبناني في جنوب البلاد ووسطها وفي محيط دمشق.",
			want: []string{"hezbollah"}},
		// Guard: the title's supply is the news (ruling 3's exception).
		{id: "SK-middleEast-3517-20180905", title: "طرق سرية تستخدمها إيران لتهريب الأسلحة لحزب الله",
			text: "كشفت مصادر استخباراتية غربية عن طرق سرية تستخدمها إيران لنقل الأسلحة.",
			want: []string{"hezbollah"}},
	})
}

// TestActorQaedaTiedGroups pins ruling rul45d-2 (tiedGroupAbroad,
// actors_qaedalinked.go): a group with no id said to be linked to al-Qaeda
// is al-Qaeda's affiliate in Syria's stories too, where its sentence tells
// it struck or sets it in a Syrian place (the want rows fail on the fol45d
// start); a group only "close to" al-Qaeda is not said to be part of it
// (the not row fails on the start). The guard: Nusra named before the tie
// stays the party, not al-Qaeda (rul45d-2(c)).
func TestActorQaedaTiedGroups(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-979-20180908", title: "طائرات سورية وروسية \"تشن أعنف غارات على إدلب منذ أسابيع\"",
			text: "وتقول روسيا إنها تتحاشى المدنيين وتشن غاراتها على مواقع للجماعات المتشددة المرتبطة بتنظيم القاعدة، ولكن مصادر في المعارضة والسكان يقولون إن أغلب الضحايا في الأيام الأخيرة من المدنيين.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-3554-20180907", title: "دي ميستورا يحذر من معركة \"مروعة\" بإدلب ويدعو لممرات إنسانية",
			text: "و صرح دي ميستورا للمجلس إنه مستعد لتقديم مقترحات حول فصل الجماعات المرتبطة بالقاعدة في إدلب عن المقاتلين الآخرين في محاولة لضمان حماية المدنيين.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-1497-20180508", title: "درنة الليبية تعود للواجهة مجددا.. فما أهميتها الاستراتيجية؟",
			text: "وسيطرت \"جماعة أنصار الشريعة\" القريبة من تنظيم القاعدة على المدينة، بين عامي 2011 و 2014.",
			not:  []string{"al-qaeda"}},
		// Guard: the group named before the tie is the party.
		{id: "corpus guard", title: "نقل مقاتلي النصرة من الغوطة إلى إدلب",
			text: "في السياق ذاته ، أعلنت جماعة جيش الإسلام المعارضة نقل مقاتلي جبهة النصرة، المرتبطة بالقاعدة، المحتجزين لديها بالغوطة إلى إدلب التي تسيطر عليها المعارضة.",
			not:  []string{"al-qaeda"}},
	})
}

// TestHezbollahNoRoleTraining pins hezbollahNoRole's guard on its own: a
// proxy label whose sentence goes on to Hezbollah training another armed
// group gives it a role (SK-middleEast-1378-20180501, whose single
// labelled mention the no-event rules weigh apart).
func TestHezbollahNoRoleTraining(t *testing.T) {
	l := lex()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"وأكد الجبير، في تغريدة على حسابه في تويتر، أن ما فعلته إيران في المملكة المغربية الشقيقة عبر أداتها تنظيم حزب الله الإرهابي بتدريب ما تسمى بجماعة البوليساريو خير دليل على ذلك.", false},
		{"وأضاف \"عبر وكلائها الميليشيات الشيعية في العراق، والحوثيين في اليمن، وحزب الله في لبنان، وحماس في غزة-- فإن إيران تلتهم مساحات شاسعة في الشرق الأوسط\".", true},
	} {
		r := l.reading("", c.text)
		found := false
		for _, m := range r.ms {
			if m.e.kind == kindActor && m.e.ids[0] == "hezbollah" {
				found = true
				if got := hezbollahNoRole(r.toks, r.ms, m); got != c.want {
					t.Errorf("hezbollahNoRole(%q) = %v, want %v", c.text, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no hezbollah mention in %q", c.text)
		}
		r.release()
	}
}
