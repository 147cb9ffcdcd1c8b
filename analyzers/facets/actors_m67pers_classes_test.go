package facets

import "testing"

// Article texts of TestUnplacedPersons (from the corpus, each used once).
const (
	// pool 2015-07-22-1479 (gold: no civilians, "32 'شخصا' not called civilians"): Suruc's dead as
	// the recent cause of a block (rul67f-2.c, .b: no site). The whole article.
	twitterBlockTitle = "تركيا تحجب موقع تويتر بقرار قضائي عقب تفجير سروج"
	twitterBlockBody  = "قررت السلطات التركية حجب موقع تويتر بقرار قضائي، وذلك عقب تفجير سروج الاثنين الماضي، والذي أسفر عن مقتل 32 شخصا وإصابة أكثر من 100 آخرين. رابط الخبر بصحيفة الوئام: تركيا تحجب موقع تويتر بقرار قضائي عقب تفجير سروج"
	// pool SK-middleEast-1532-20180509 (gold: no civilians, rul67j-1.b: a square and a tower are no
	// civilian site): "قتل شخصان ... جراء انفجار عبوة ناسفة". Title and the first three paragraphs.
	damascusBlastsTitle = "قتيلان وجرحى في اعتدائين بدمشق"
	damascusBlastsBody  = "قتل شخصان وأصيب آخرون بجروح، الأربعاء، جراء انفجار عبوة ناسفة داخل سيارة وسقوط قذيفة في دمشق، وفق ما أفاد التلفزيون الرسمي السوري.\nوقال التلفزيون الرسمي إن \"شخصين لقيا حتفهما وأصيب 14 جراء اعتداءات على برج دمشق وساحة الميسات\"، مشيراً إلى أن قذيفة سقطت على مبنى برج دمشق في ساحة المرجة، فيما انفجرت عبوة ناسفة داخل سيارة في ساحة الميسات.\nونشر موقع \"سانا\" صورا قال إنها من الأضرار الناجمة عن الاعتداء بقذيفة على برج دمشق التجاري."
	// pool CN-internationalNews-348-20180513 (gold: no civilians, rul67j-1.b; rul67f-2.b removed the
	// same text's blind line): "استهدف المهاجم ... خمسة أشخاص". Title and the first three paragraphs.
	parisStabbingTitle = "مصدر قضائي لـCNN: منفذ هجوم الطعن في باريس ولد بالشيشان العام 1997"
	parisStabbingBody  = "نيويورك، الولايات المتحدة الأمريكية (CNN)— كشف مصدر قضائي فرنسي لشبكة CNN أن منفذ هجوم الطعن في العاصمة الفرنسية، باريس، السبت، ولد في الشيشان العام 1997، لافتا على أن والدا المهاجم يخضعان للمساءلة من قبل الشرطة الفرنسية، دون تقديم المزيد من التفاصيل.\nواستهدف المهاجم في وقت متأخر من ليل السبت، خمسة أشخاص قتل أحدهم في حين أصيب أربعة آخرين، اثنان منهم إصاباتهما خطيرة، وفقا للشرطة الفرنسية، في الوقت الذي كشف فيه المدعي العام الفرنسي، فرانسوا مولينز، أن المهاجم صرخ قائلا \"الله أكبر\" قبل الشروع بتنفيذ هجومه.\nويذكر أن تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ\"داعش،\" أعلن مسؤوليته عن الهجوم في بيان منسوب نشرته وكالة \"أعماق\" التي تعتبر الجناح الإعلامي للتنظيم، قائلا إن المهاجم \"جندي في دولة الإسلام،\" وأن الهجوم جاء تلبية لدعوات استهداف الدول المشاركة في التحالف ضد التنظيم."
	// pool SK-middleEast-2973-20180718 (gold civilians, rul67f-2.a): the bombs went off "في حي تجاري",
	// the lead's second sentence. Title and the first two paragraphs.
	kirkukMarketTitle = "جرحى في سلسلة انفجارات تهز كركوك"
	kirkukMarketBody  = "قال شهود إن أربعة أشخاص أصيبوا في انفجار عدة قنابل مزروعة على الطرق في مدينة كركوك النفطية بشمال العراق، الأربعاء.\nوقال مسؤول في الشرطة إن القنابل انفجرت في حي تجاري بالمدينة."
	// pool CN-middleEast-1323-20180908 (gold civilians: "4 persons killed by Russian jets"): a
	// shelling's persons stay with the older readings. Title and the first three paragraphs.
	idlibStrikeTitle = "بعد يوم من \"قمة طهران\".. الخوذ البيضاء: 4 قتلى بقصف روسي على إدلب"
	idlibStrikeBody  = "أتلانتا، الولايات المتحدة الأمريكية (CNN) – تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت، وذلك بعد يوم من فشل روسيا وتركيا وإيران بالتوصل إلى هدنة في المحافظة الواقعة شمال سوريا، وفقا لما ذكرته منظمة الخوذ البيضاء والمرصد السوري لحقوق الإنسان.\nوأشارت المنظمة والمرصد إلى أن المحافظة التي تعد أحد آخر معاقل فصائل المعارضة المسلحة في سوريا، تعرضت لقصف جوي شنته مقاتلات روسية على المحافظة الواقعة شمال سوريا.\nبدورها، قالت منظمة الخوذ البيضاء عبر صفحتها على موقع تويتر إن القصف أسفر عن مقتل 4 أشخاص وإصابة 5 آخرين، في حين اكتفى المرصد بذكر أن المحافظة تعرضت لقصف جوي السبت، بعد يوم من قمة طهران."
)

// TestUnplacedPersons pins round 67's m67pers class (rul67f-2.b): an
// attack's dead or hurt counted only as persons, with no public place in the
// sentence or the title and lead and no civilian word in the article, are no
// civilians (unplacedPersons, actors_civunplaced.go). The not rows fail
// without the rule. Guards: a public place in the lead's second sentence
// ("في حي تجاري") and a shelling's persons keep their civilians.
func TestUnplacedPersons(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-07-22-1479", title: twitterBlockTitle, text: twitterBlockBody, not: []string{"civilians"}},
		{id: "SK-middleEast-1532-20180509", title: damascusBlastsTitle, text: damascusBlastsBody, not: []string{"civilians"}},
		{id: "CN-internationalNews-348-20180513", title: parisStabbingTitle, text: parisStabbingBody, not: []string{"civilians"}},
		{id: "SK-middleEast-2973-20180718", title: kirkukMarketTitle, text: kirkukMarketBody, want: []string{"civilians"}},
		{id: "CN-middleEast-1323-20180908", title: idlibStrikeTitle, text: idlibStrikeBody, want: []string{"civilians"}},
	})
}
