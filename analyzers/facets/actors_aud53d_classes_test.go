package facets

import "testing"

// TestActorIranSupplyNewsAud53d pins the widening of round 43's ruling 8
// (iranSupplyNews, actors_iransupply.go) found in round 53's blind audit d
// (SK-middleEast-1864: US sanctions on IRGC-linked Iranians for arming the
// Houthis): Iran's arming of the Houthis is the news when the title names
// Iran before its supply word, or when the lead's first sentence names
// Iran beside a supply word under a title that names Iran; the Houthi-story
// check had read those Iran mentions as the Houthis' patron adjective. The
// rows that fail on main are blind golds (CN-middleEast-396,
// CN-middleEast-116, SK-middleEast-1073) and corpus moves judged right;
// the guards keep a supply clause under a title that does not name Iran
// (the ruling's SK-middleEast-2536 kind), a supply told beyond the lead,
// and Iran as the Houthis' backer.
func TestActorIranSupplyNewsAud53d(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-middleEast-396-20180327", title: "الحرس الثوري الإيراني ينفي تزويد الحوثي بالصواريخ",
			text: "نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين في اليمن بصواريخ ومعدات عسكرية، وذلك بعد الاتهامات التي وجهتها المملكة العربية السعودية لطهران بأنها زودت الحوثي بصواريخ قايم وزلزال.",
			want: []string{"iran"}},
		{id: "CN-middleEast-116-20180227 (shortened)", title: "روسيا تُفشل بالفيتو ربط إيران بتسليح الحوثيين: نخشى توترا سنيا شيعيا",
			text: "أفشلت روسيا مشروع قرار قدمته بريطانيا يربط بين إيران وعمليات تهريب الأسلحة إلى المسلحين الحوثيين باليمن، وذلك باستخدام حق النقض الفيتو.",
			want: []string{"iran"}},
		{id: "SK-middleEast-1073-20180416", title: "التحالف يكشف خسائر الحوثي.. ويعرض أدلة للدعم الإيراني",
			text: "كشفت القيادة المشتركة للتحالف العربي عن الخسائر الفادحة التي تكبدتها الميليشيات الحوثية في اليمن، فيما استعرضت بالأدلة تورط إيران في تأجيج الصراع هناك بتزويد الميليشيات بالصواريخ والطائرات بدون طيار، التي يتم إطلاق معظمها من صعدة وشمال عمران.",
			want: []string{"iran"}},
		{id: "SK-middleEast-641-20180329", title: "فرنسا: الحوثيون يحصلون على أسلحة من إيران",
			text: "قال وزير الخارجية الفرنسي جان إيف لودريان، الخميس، في تصريح لإذاعة \"إر تي إل\"، إن إيران تزود الحوثيين في اليمن \"أسلحة\".",
			want: []string{"iran"}},
		{id: "SK-middleEast-2012-20180528 (guard: the title names no Iran)", title: "التحالف على بعد 20 كيلومترا من قطع \"شريان الحوثيين\"",
			text: "أعلن التحالف العربي لدعم الشرعية في اليمن، الاثنين، انهيار دفاعات ميليشيات الحوثي في الحديدة، مؤكدا قرب دخول قوات المقاومة إلى المدينة الاستراتيجية التي تضم ميناء رئيسيا تتم عبره عمليات تهريب أسلحة من إيران إلى الحوثيين.",
			not:  []string{"iran"}},
		{id: "supply beyond the lead (FR-middleEast-368's line, guard)", title: "اليمن: إيران تندد بغارة للتحالف العربي على صنعاء",
			text: "شن طيران التحالف العربي غارات على مواقع ميليشيات الحوثي في صنعاء. وقالت مصادر إن الغارات استهدفت مخازن أسلحة. وتتهم الرياض طهران بتزويدهم بهذا النوع من السلاح وطائرات من دون طيار.",
			not:  []string{"iran"}},
		{id: "backer in the lead (guard)", title: "التحالف يقصف مواقع الحوثيين المدعومين من إيران في صعدة",
			text: "شن طيران التحالف العربي غارات على مواقع ميليشيات الحوثي المدعومين من إيران في صعدة، ودمر مخازن للسلاح.",
			not:  []string{"iran"}},
	})
}
