package facets

import "testing"

// TestActorCampaignClauseAuthor pins a state's bare name as the subject of
// a relative clause headed by an armed campaign (campaignClauseAuthor,
// actors_forces.go; turkeyWages, actors_turkey.go): the want rows fail
// before aud42a. The guards: a leader's "attack" in tweets is one of words,
// a campaign of arrests and a trade war are no armed campaigns.
func TestActorCampaignClauseAuthor(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// A bare operation with its theatre after the name.
		{id: "SK-internationalNews-604-20180326 (shortened)", title: "الاتحاد الأوروبي: لم نتوصل لحلول في المحادثات مع أردوغان",
			text: "أكد زعماء الاتحاد الأوروبي، يوم الاثنين، أنهم لم يتلقوا أي ردود محددة من الرئيس التركي رجب طيب أردوغان على قائمة طويلة من المخاوف تشمل العملية التي تقوم بها تركيا في سوريا وسجن الصحفيين.",
			want: []string{"turkey"}},
		// An operation with a military adjective.
		{id: "AL-internationalNews-1099-20180510 (shortened)", title: "أزمة تتفاقم مع تركيا بعد دعوة فرنسية لحذف آيات قرآنية",
			text: "وفرنسا أحد أشد منتقدي العملية العسكرية التي تنفذها تركيا في شمال سوريا، مستهدفة وحدات حماية الشعب الكردية التي تعتبرها أنقرة منظمة إرهابية.",
			want: []string{"turkey"}},
		// A masculine strike noun and its masculine pronoun.
		{id: "FR-internationalNews-271-20180305 (shortened)", title: "أنقرة تطلب رسميا من ألمانيا توقيف القيادي السوري الكردي صالح مسلم",
			text: "ثم شوهد مسلم السبت في برلين خلال تظاهرة احتجاج على الهجوم الذي تشنه تركيا على وحدات \"حماية الشعب الكردية\"، الذراع العسكرية لـ\"حزب الاتحاد الديمقراطي\"، في منطقة عفرين (شمال غرب سوريا).",
			want: []string{"turkey"}},
		// Strikes carried out: "نفذتها".
		{id: "FR-internationalNews-732-20180416 (shortened)", title: "واشنطن تعتزم فرض عقوبات على روسيا بسبب \"استخدام النظام السوري لأسلحة كيميائية\"",
			text: "وبعد ساعات على الضربات التي نفذتها الولايات المتحدة وفرنسا وبريطانيا فجر السبت ودمرت ثلاثة مواقع يشتبه بأنها مرتبطة ببرنامج السلاح الكيميائي السوري، أعلنت منظمة حظر الأسلحة الكيميائية على موقع تويتر وصول فريق تقصي حقائق الى دمشق ظهر السبت.",
			want: []string{"usa"}},
		// Turkey's bare name after a relative and a strike noun.
		{id: "2015-07-26-42 (shortened)", title: "البيت الأبيض يصف حزب العمال الكردستاني بأنه منظمة “إرهابية”",
			text: "وكان دبلوماسي أمريكي كبير قال على تويتر إن الولايات المتحدة تدين الهجمات التي نفذها مقاتلو حزب العمال الكردستاني في تركيا في الآونة الأخيرة وأضاف أنه “لا صلة” بين الضربات التي تشنها تركيا ضد الحزب والاتفاق الأخير لتكثيف جهود التصدي لتنظيم الدولة الإسلامية.",
			want: []string{"turkey"}},
		// A bare operation with its enemy after "ضد".
		{id: "ant-all (Afrin operation, shortened)", title: "عفرين",
			text: "والعملية التي تشنها تركيا ضد وحدات حماية الشعب الكردية في عفرين السورية أضافت مشكلة جديدة.",
			want: []string{"turkey"}},
		// Guard: a leader's attack in tweets.
		{id: "SK-internationalNews-732-20180402 (shortened)", title: "تغريدات ترامب محور الانتخابات الرئاسية في المكسيك",
			text: "استهل مرشحو الانتخابات الرئاسية في المكسيك حملاتهم الانتخابية، بالرد عللى الهجوم الذي شنه الرئيس الأميركي، دونالد ترامب، في تغريدات، على بلادهم بقوله إنها تكاد لا تفعل شيئا لوقف الهجرة السرية إلى الولايات المتحدة.",
			not:  []string{"usa"}},
		// Guard: a campaign of arrests.
		{id: "BB-internationalNews-1105-20180929 (shortened)", title: "أردوغان يفتتح واحدا من أكبر المساجد الأوروبية في ألمانيا",
			text: "ولكن الخلافات لا تزال قائمة بين البلدين بسبب حملة الاعتقالات التي شنتها أنقرة عقب إفشالها محاولة انقلاب عسكري في عام 2016.",
			not:  []string{"turkey"}},
		// Guard: a trade war.
		{id: "BB-economy-207-20180805 (shortened)", title: "الحرب التجارية: ضحايا ترامب على مختلف الجبهات في العالم",
			text: "بدأت بعض الشركات الكبرى في الشعور باضطرابات نتيجة الحرب التجارية التي تشنها الولايات المتحدة بقيادة الرئيس دونالد ترامب.",
			not:  []string{"usa"}},
	})
}
