package facets

import "testing"

// TestActorParadeAndWreck pins a foreign state in a military parade story
// (paradeTitle in drillStory) and in the search for a crash's wreckage
// ("حطام" in crashWords, mishapState; actors_statedisaster.go) as no party:
// Trump's planned parade in Washington and the Revolutionary Guard's
// helicopters that found the lost Iranian airliner. The not rows fail on
// main. The guards: an attack on a parade, and the wreckage a strike left,
// keep the state.
func TestActorParadeAndWreck(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-347-20180310", title: "وزارة الدفاع الأمريكية تعلن إجراء عرض عسكري بواشنطن في 11 تشرين الثاني/نوفمبر",
			text: "من المقرر أن تنظم الولايات المتحدة عرضا عسكريا بواشنطن في 11 تشرين الثاني/نوفمبر المقبل تلبية لطلب دونالد ترامب، وذلك لإظهار قوتها العسكرية وإبراز دور الرئيس كقائد أعلى للقوات المسلحة. ذكرت وزارة الدفاع الأمريكية الجمعة أنه سيتم إجراء عرض عسكري في واشنطن في 11 تشرين الثاني/نوفمبر لإبراز \"إسهامات قدامى المحاربين منذ حرب الاستقلال وحرب العام 1812 حتى اليوم، مع التشديد على ثمن الحرية\".",
			not:  []string{"usa"}},
		{id: "FR-middleEast-25-20180220", title: "العثور على حطام الطائرة الإيرانية المفقودة في جبال زاغروس جنوب غرب البلاد",
			text: "أعلن متحدث باسم الحرس الثوري في إيران الثلاثاء العثور على حطام طائرة ركاب فقدت في جبال زاغروس قبل يومين. وقال المتحدث رمضان شريف لإذاعة الجمهورية الإسلامية في إيران (إيريب) إن \"مروحيات الحرس الثوري عثرت هذا الصباح على حطام الطائرة في جبال دنا\" في جنوب غرب البلاد.",
			not:  []string{"iran"}},
		// Guard: an attack on a parade.
		{id: "BB-middleEast-1040-20180922", title: "\"29 قتيلا \"في هجوم على استعراض عسكري إيراني في الأهواز وروحاني يتعهد برد \"ساحق\"",
			text: "أطلق مسلحون النار على استعراض عسكري بمدينة الأهواز، جنوب غربي إيران، وهو ما أسفر عن مقتل 29 شخصا، على الأقل، بينهم مدنيون، وجرح نحو 57 آخرين بحسب وسائل إعلام حكومية إيرانية. وأفادت تقارير أن المهاجمين أطلقوا النار من متنزه قريب من موقع الاستعراض، وكانوا يرتدون ملابس عسكرية، وقتلوا عددا من عناصر الحرس الثوري الإيراني.",
			want: []string{"iran"}},
		// Guard: wreckage a strike left.
		{id: "made-up guard", title: "انتشال الضحايا من تحت الحطام في سراقب",
			text: "انتشلت فرق الدفاع المدني جثث ثلاثة مدنيين من تحت حطام منازل دمرتها الطائرات الروسية في غارات على مدينة سراقب.",
			want: []string{"russia"}},
	})
}

// TestActorWordsAttack pins a foreign state in a war of words as no party
// (actors_statediplomacy.go): a leader attacked in words ("هاجمت الطالبة
// ترامب", personAttacked) and a cyber, personal or media attack
// ("هجمات إلكترونية"، "هجمات شخصية", tradeFight), and a blow struck as a
// figure ("ضربة لسلطة روسيا", figureTargets). The not rows fail on
// main. The guard: an air attack keeps the state.
func TestActorWordsAttack(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-16-20180219", title: "ناجون من إطلاق نار في مدرسة أمريكية يقودون حملة ضد حيازة السلاح",
			text: "وقالت غونزالس \"إلى جميع السياسيين الذين تلقوا تبرعات من الجمعية الوطنية للأسلحة النارية، عار عليكم! \" وقد هاجمت الطالبة ترامب بسبب ملايين الدولارات التي قالت إن حملته الانتخابية تلقتها من هذا اللوبي في 2016، طالبة من الحشد أن يردد بدوره عبارة \"عار عليك! \".",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-1504-20180510", title: "إيران تخطط للانتقام من \"قرار ترامب\".. بهجمات غير تقليدية",
			text: "حذر خبراء أمنيون من أن إيران قد تشن هجمات إلكترونية على شركات غربية، ردا على الانسحاب الأميركي من الاتفاق النووي المبرم بين طهران والقوى الكبرى عام 2015.",
			not:  []string{"iran"}},
		{id: "SK-internationalNews-1646-20180518", title: "المخابرات البريطانية تدعو للاستعداد لحرب إلكترونية مع روسيا",
			text: "حذر رئيس المخابرات العسكرية البريطانية، الجمعة، من أن على رئيسة الوزراء تيريزا ماي، أن تكون مستعدة لشن هجمات إلكترونية ضد روسيا، في حال ارتفعت حدة التوتر بين موسكو والغرب.",
			not:  []string{"russia"}},
		{id: "SK-internationalNews-1151-20180425", title: "حرية الصحافة مهددة من \"ثلاثي\" الدول العظمى",
			text: "وأشارت إلى أن ترامب يشن هجمات شخصية باستمرار على الصحافيين، في حين أن بكين تقوم بتصدير \"نموذجها لمراقبة الإعلام\" من أجل خنق المعارضة في أماكن أخرى في آسيا.",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-3170-20180909", title: "الكنيسة الأرثوذكسية الروسية تهدد نظيرتها في إسطنبول",
			text: "لكن الخبراء يتفقون على أن قرارا من هذا النوع سيشكل ضربة لسلطة روسيا الدينية على العالم الأرثوذكسي.",
			not:  []string{"russia"}},
		// Guard: an air attack.
		{id: "made-up guard", title: "غارات على ريف إدلب",
			text: "وشنت روسيا هجمات جوية على بلدات ريف إدلب الجنوبي.",
			want: []string{"russia"}},
	})
}

// TestActorArmsMakingWe pins the state whose weapons a speaker says "we
// developed" ("طورنا صواريخ روسية", armsMakingWords in armsMaking,
// actors_statediplomacy.go) as no party: the arms' maker, not a force.
// The not row fails on main. The guard: Russian missiles fired keep Russia.
func TestActorArmsMakingWe(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-684-20180411", title: "السعودية: تدمير طائرتين دون طيار واعتراض ثلاثة صواريخ أطلقت من اليمن",
			text: "للمزيد: محمد علي الحوثي لفرانس24: طورنا صواريخ روسية وكورية وسنستمر في الرد على السعودية",
			not:  []string{"russia"}},
		// Guard: Russian missiles fired at a town.
		{id: "made-up guard", title: "قصف على ريف إدلب",
			text: "وأطلقت السفن الحربية الروسية صواريخ على بلدات ريف إدلب، مما أدى إلى مقتل خمسة مدنيين.",
			want: []string{"russia"}},
	})
}
