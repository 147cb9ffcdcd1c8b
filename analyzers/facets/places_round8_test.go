package facets

import "testing"

// Place classes of round 8, each seen in two or more samples (tune,
// fresh-2, fresh-4) and read over the corpora. Real sentences, article ids
// given; none from the untouched gold part.
func TestPlaceRound8Classes(t *testing.T) {
	checkPlaces(t, []placeCase{
		// A capital listed right after a province is a province too.
		{class: "province list", id: "CN-middleEast-765-20180430",
			text:     "نقلت عن مصدر عسكري سوري قوله إن \"بعض المواقع العسكرية في ريفي حماة وحلب تعرضت عند الساعة العاشرة والنصف ليلا لعدوان جديد بصواريخ معادية\"",
			govs:     []string{"SY02", "SY05"},
			notTowns: []string{"C1007", "C2987"}},
		{class: "province list", id: "CN-middleEast-769-20180430",
			text:     "وكانت وسائل إعلام تابعة للنظام السوري كانت قد تحدثت عن تعرض مواقع عسكرية سورية في ريفي حمص وحلب، لهجوم صاروخي، الإثنين.",
			govs:     []string{"SY02", "SY04"},
			notTowns: []string{"C1007", "C2528"}},
		{class: "province list", id: "SK-middleEast-2824-20180710",
			text:     "إن النازحين إلى الريف الغربي لدرعا والقنيطرة لا يزالون يترقبون مصيرهم",
			govs:     []string{"SY12", "SY14"},
			notTowns: []string{"C6268", "C5993"}},
		{class: "province list", id: "2015-07-21-1422",
			text:     "وثق المرصد السوري لحقوق الإنسان تنفيذ طائرات نظام بشار الأسد الحربية والمروحية، 26350 غارة على الأقل\nحيث تمكن المرصد من توثيق إلقاء طائرات النظام المروحية، 14297 برميلا متفجرا، على عدة مناطق في محافظات دمشق، ريف دمشق، حلب، الحسكة، القنيطرة، السويداء، حماة، درعا، اللاذقية، حمص، دير الزور وإدلب",
			govs:     []string{"SY04", "SY06", "SY08", "SY13", "SY14"},
			notTowns: []string{"C2528", "C3480", "C4360", "C6147", "C6268"}},
		{class: "province list", id: "FR-internationalNews-2653-20180810", title: "سوريا: الدوائر الرسمية تصدر لأول مرة شهادات وفاة للمعتقلين في سجون النظام",
			text:     "كما أشار التقرير نفسه إلى توثيق مراكز السجل المدني لوفاة \"161 مختف قسريا\" منهم \"91 في ريف دمشق، 32 في حماة، 17 في اللاذقية، 8 في دمشق، 6 في حمص، و4 في الحسكة\".",
			govs:     []string{"SY03", "SY04", "SY05", "SY06", "SY08"},
			notTowns: []string{"C2528", "C3480", "C4360", "C2987"}},
		// A region "in" a capital: the province.
		{class: "region in a province", id: "SK-middleEast-731-20180402",
			text:     "كما أدت هذه الحملة إلى تأمين الطرق السريعة بين دمشق ومناطق وسط سوريا في حمص وصولا إلى المناطق الشمالية في حلب والساحلية في اللاذقية.",
			govs:     []string{"SY02", "SY06"},
			notTowns: []string{"C1007", "C3480"}},
		// ... but a city cue or the city's quarters keep the city.
		{class: "city kept", id: "BB-middleEast-263-20180329",
			text:  "في ضوء مجريات الأحداث والمعارك الأخيرة في كل من الغوطة الشرقية بريف دمشق ومدينة عفرين شمال سوريا",
			towns: []string{"C1366"}, govs: []string{"SY02", "SY03"}},
		{class: "city kept", id: "2015-07-23-253",
			text:  "وفي حين تسيطر الفصائل المقاتلة على الأحياء الشرقية، تسيطر قوات النظام على الأحياء الغربية من حلب",
			towns: []string{"C1007"}},

		// "مخيم X" is the camp the gazetteer lists as a community, not a
		// namesake neighbourhood of a city the article also names
		// (Daraa has a حي اليرموك).
		{class: "camp", id: "2015-08-02-238", title: "ضحايا أطفال في مخيم درعا للاجئين الفلسطينيين",
			text:  "وأكدت أنها وثقت حتى اليوم 1117 فلسطيني قضوا في مخيم اليرموك للاجئين الفلسطينيين بدمشق. وقصفت قوات النظام مدينة درعا.",
			towns: []string{"C1002", "C5993"}, govs: []string{"SY01", "SY12"}},

		// A name placed in another country by the words after it.
		{class: "abroad", id: "2015-08-06-312", title: "بدء عروض مهرجان فلسطين الدولي للرقص والموسيقى",
			text:     "عندما أحرق متطرفون يهود فيما يبدو منزل أسرته في قرية دوما القريبة من نابلس.",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		{class: "abroad", id: "2015-08-03-685", title: "مصر تتسلم ستة آلاف طن بوتاجاز من المملكة",
			text:     "والسفينة \"امنية\" وعلى متنها ثلاثة آلاف طن أملاح كلوريد بوتاسيوم قادمة من ميناء العقبة الأردني.",
			notTowns: []string{"C1007"}},
		{class: "abroad", id: "SK-middleEast-1108-20180418", title: "مئات اللاجئين السوريين يستعدون للعودة من لبنان",
			text:     "يستعد نحو 500 لاجئ سوري في منطقة شبعا في البقاع الغربي، شرقي لبنان، للعودة الطوعية إلى قراهم",
			notTowns: []string{"C2305"}},
		// In a story about a place abroad that names neither Syria nor a
		// governorate, a village namesake is that place's.
		{class: "story abroad", id: "2015-08-04-382", title: "رئيس كردستان العراق يتوقع تحرير سنجار من داعش",
			text:     "توقع رئيس اقليم كردستان مسعود بارزاني تحرير بقية مناطق سنجار التي مازالت تحت سيطرة تنظيم داعش قريبا.",
			notTowns: []string{"C4024"}, notGovs: []string{"SY07"}},
		{class: "story abroad, a well-known town", id: "FR-middleEast-330-20180420", title: "تركيا: لماذا قرر أردوغان إجراء انتخابات رئاسية وبرلمانية مبكرة؟",
			text:  "لكنه قرر إجراءها مبكرا، ما دفع البعض إلى القول إنه يسعى لاستثمار انتصار عفرين سريعا، فالانتظار قد يدفع الأتراك إلى تغيير توجهاتهم",
			towns: []string{"C1366"}},
		// ... but not a Palestinian camp in Syria, a list of villages, or
		// a town by the border.
		{class: "not abroad", id: "2015-08-02-85", title: "فكرة المصالحة مع إيران فاشلة",
			text:  "يكفيك ان تعرف ما يجري في مخيم اليرموك الفلسطيني في محيط دمشق، من جرائم مروعة",
			towns: []string{"C1002"}},
		{class: "not abroad", id: "FR-internationalNews-2169-20180705", title: "مئات الضربات الجوية على محافظة درعا إثر فشل المفاوضات مع الفصائل المسلحة",
			text:  "استهدفت بشكل خاص بلدات الطيبة والنعيمة وصيدا وأم المياذن واليادودة الواقعة في محيط مدينة درعا",
			towns: []string{"C5997", "C5993"}},
		{class: "not abroad", id: "SK-middleEast-3629-20180911",
			text:  "ويلاحظ أن هناك بؤرة لتنظيم داعش بالقرب من البوكمال عند الحدود السورية العراقية المشتركة",
			towns: []string{"C5167"}},

		// Two names running on, with no comma or و between them, do not
		// vouch for each other: the second is a word.
		{class: "running on", id: "BB-middleEast-188-20180313", title: "عفرين: تفاقم الأزمة الإنسانية وسط غياب منظمات الاغاثة",
			text:     "وفيما يتعلق بالأوضاع داخل المدينة، قالت عبدالله :\"الوضع الإنساني في عفرين مزري لأننا لم نتلق أي مساعدة من المنظمات الدولية",
			towns:    []string{"C1366"},
			notTowns: []string{"C7721"}, notGovs: []string{"SY08"}},
		{class: "running on", id: "FR-internationalNews-542-20180320",
			text:     "وبقيت دمشق طوال سنوات النزاع بمنأى نسبيا عن المعارك العنيفة",
			notTowns: []string{"C1691"}},
		// ... but a list, or a name placed in the next, does.
		{class: "placed in the next", id: "SK-middleEast-2853-20180712", title: "فيديو يوثق \"رسالة نتانياهو\" الصاروخية",
			text:  "إن العدو الإسرائيلي يطلق عدة صواريخ باتجاه بعض نقاط الجيش في محيط بلدة حضر وتل كروم جبا بالقنيطرة",
			towns: []string{"C6277"}},

		// A crossing named after a town is a facility of it (the guide).
		{class: "crossing", id: "SK-middleEast-2804-20180708",
			text:  "في مدينة درعا جنوبي البلاد، في وقت أرسلت قوات النظام السوري تعزيزات عسكرية إلى معبر نصيب على الحدود مع الأردن.",
			towns: []string{"C5999"}, govs: []string{"SY12"}},
		{class: "crossing", id: "FR-middleEast-804-20180721", title: "سوريا: وصول مئات المدنيين والمقاتلين إلى إدلب بعد إجلائهم من القنيطرة",
			text:  "إن \"الدفعة الأولى التي تنقل 2800 شخص من مقاتلين ومدنيين وصلت صباحا إلى معبر مورك \"في ريف حماة الشمالي",
			towns: []string{"C3029"}, govs: []string{"SY05"}},
	})
}
