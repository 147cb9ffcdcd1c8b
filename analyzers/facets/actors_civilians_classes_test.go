package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansWorkersAndSpared pins two classes of the civilians
// actor from round 19. Workers killed or hurt in a bombing or attack
// beside the soldiers it hit ("ثلاثة من العاملين في الموقع") are
// civilians, as the golds of fresh-8 and holdouts 14, 16 and 17 code the
// workers of the Asir mosque bombing; the word right after a noun is its
// adjective and names nobody. Civilians an operation means to spare, a
// statement means to protect, or a negated toll names ("لتجنب إصابة
// المدنيين"، "عدم وجود أي قتلى بين المدنيين") are no victims, as the tune
// part and holdouts 16 and 17 code them.
func TestActorCiviliansWorkersAndSpared(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-06-101", title: "",
			text: "وكان تفجير انتحاري استهدف مساء اليوم الخميس مسجداً لقوة الطوارئ في عسير أسفر عن مقتل 10 جنود وثلاثة من العاملين في الموقع، إضافة إلى عدد من الإصابات.",
			want: []string{"civilians"}},
		{id: "2015-08-07-1402", title: "",
			text: "استنكر الأزهر بشدة الهجوم الإرهابي الذي استهدف مسجداً في مقر قوات الطوارئ الخاصة بمنطقة عسير أمس، وأسفر عن استشهاد وجرح عدد من أفراد قوات الأمن والعاملين في الموقع.",
			want: []string{"civilians"}},
		// Round 46's rul46a-1 removed civilians from this line: a lone
		// gunman's victims, tied to no group and no terror label, are a
		// crime's (loneAttackStory, actors_civlone.go).
		{id: "SK-internationalNews-2378-20180629", title: "",
			text: "كشفت وسائل إعلام غربية تفاصيل جديدة عن الهجوم الذي نفذه مسلح، الخميس، على مقر صحيفة في الولايات المتحدة، مما أدى إلى مقتل 5 من العاملين فيها وإصابة آخرين واعتقال المهاجم.",
			not:  []string{"civilians"}},
		// The adjective: gendarmes who work at the post.
		{id: "SK-middleEast-3325-20180810", title: "",
			text: "قتل رجل درك أردني وأصيب خمسة آخرون من عناصر الدرك والأمن العام نتيجة لانفجار حصل في مركبتين تتبعان لقوات الدرك والأمن العام كان يستقلهما رجال الدرك والأمن العاملين في المحطة الأمنية خارج طوق مهرجان الفحيص للثقافة والفنون.",
			not:  []string{"civilians"}},
		// Spared, protected, endangered, or none hurt.
		{id: "SK-middleEast-1488-20180507", title: "",
			text: "وأضاف: \"عليه فإننا بهذه المناسبة نبشركم بأن ساعة الصفر لتحرير درنة قد دقت وأن قواتكم تدك الآن معاقل الإرهاب فيها مع إصدارنا للتعليمات لتجنب إصابة المدنيين واحترام قواعد الاشتباك والقوانين الدولية والإنسانية\".",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-1023-20180414", title: "",
			text: "أكد الجيش الروسي عدم وجود أي قتلى بين المدنيين أو العسكريين، في الضربات الغربية التي شنتها الولايات المتحدة وبريطانيا وفرنسا على سوريا، فجر السبت.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-2396-20180615", title: "",
			text: "وقالت القيادة إن الضربة التي نُفذت يوم الأربعاء على مسافة 80 كيلومترا تقريبا جنوبي شرقي بني وليد لم تسفر عن مقتل أي مدنيين.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-2635-20180628", title: "",
			text: "وحيث تستقر المدفعية الثقيلة، تواجدت كاميرا \"سكاي نيوز عربية\" إلى جانب القوات الإماراتية، العاملة ضمن التحالف العربي، لرصد الإحداثيات الدقيقة التي تحددها المدفعية، لتجنب استهداف المدنيين، واقتصار الضربات المركزة على الجيوب الحوثية في مناطق الفازة والتحيتا.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansAccidentalBlastAndBombedAmong pins two classes of the
// civilians actor from round 20. Persons hurt where fireworks, a gas
// tanker or a burning building blew up are an accident's victims, not an
// armed actor's (holdouts 11 and 18 code none); a mine or a named force in
// the sentence keeps them the attack's. People among whom a bomber blew
// himself up are his victims though no toll word shares their sentence
// (holdouts 16 and 17 code the Asir mosque's worshippers so); a bare
// "فجّر" is a metaphor.
func TestActorCiviliansAccidentalBlastAndBombedAmong(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-internationalNews-454-20180503", title: "",
			text: "أصيب 10 أشخاص على الأقل فى انفجار ألعاب نارية خلال احتفال يهودي بمنطقة ستامفورد هيل شمالى لندن، بحسب ما أعلنته الشرطة البريطانية.",
			not:  []string{"civilians"}},
		{id: "CN-internationalNews-472-20180811", title: "",
			text: "انفجرت شاحنة ناقلة للغاز في مدينة بولونيا، في إيطاليا مما أسفر عن مقتل 3 أشخاص على الأقل وتم إدخال 55 شخصا مصابا إلى المستشفى جراء الانفجار.",
			not:  []string{"civilians"}},
		{id: "2015-08-04-44", title: "إصابة 27 شخصاً بحريق وانفجار مبنى في هامبورج الألمانية", text: "",
			not: []string{"civilians"}},
		// A mine on a motorcycle ("دراجة نارية"): the Houthis' victims.
		{id: "AL-internationalNews-1757-20180624", title: "",
			text: "وبحسب مصادر محلية، فإن ألغام الحوثيين حصدت أربعة مدنيين من سكان قرية الدنين بمديرية التحيتا جراء انفجار لغم أرضي بحافلة ركاب صغيرة، كما انفجر لغم بدراجة نارية في قرية المشارفة وأودى بحياة ثلاثة أشخاص آخرين.",
			want: []string{"civilians"}},
		{id: "2015-08-08-634", title: "",
			text: "وبمباشرة الجهات المختصة إجراءاتها التحقيقية في هذه الجريمة النكراء, تبين أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه بحزام ناسف في جموع المصلين أثناء أدائهم صلاة الظهر.",
			want: []string{"civilians"}},
		// The article's workers killed beside the forces keep its
		// worshippers civilians (actors_civmosque.go).
		{id: "2015-08-10-586", title: "",
			text: "رحم الله شهداء الوطن من قوات الطوارئ ، ومن كان معهم من العمال الذين قضوا غيلة وغدراً على يد الإرهاب الداعشي الآثمة يوم الخميس الماضي .\nكيف استطاعت أن تجند شاباً كيوسف السليمان البالغ من العمر ٢١ عاماً فقط ، ليتوجه دون أن يرف له ضمير ، ليفجر نفسه بين المصلين من قوات الطوارئ ؟!",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1272-20180430", title: "انتحاري يفجر نفسه وسط أطفال بأفغانستان", text: "",
			want: []string{"civilians"}},
		// The metaphor: a decision "sparked" anger among employees.
		{id: "SK-middleEast-3088-20180725", title: "",
			text: "أعلنت وكالة غوث وتشغيل اللاجئين الفلسطينيين \"الأونروا\"، الأربعاء، إنهاء عقود عمل أكثر من 250 موظفا فلسطينيا، نتيجة تقليص التمويل الأميركي، في وقت فجّر القرار غضبا بين الموظفين المفصولين.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansAttacked: civilians named as an attack's object ("الهجوم
// على"، "الهجمات ضد"، "تقصف المدنيين") with no harm word of their own
// sentence, in a sentence that names an armed force. Real corpus sentences;
// the last three are crime, a norm and a thing of the citizens' with no
// force or with two words between.
func TestActorCiviliansAttacked(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-552-20180410", title: "",
			text: "وأضاف: \"هذا الهجوم الوحشي على الأبرياء والمدنيين هو امتداد لجرائم نظام الأسد وداعمه الأساسي النظام الإيراني وأدواته في المنطقة (حزب الله والمليشيات الطائفية التابعة له).",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-254-20180304", title: "",
			text: "وطلب الرئيس الفرنسي إيمانويل ماكرون الأحد خلال اتصال هاتفي بنظيره الإيراني حسن روحاني \"ممارسة الضغوط الضرورية\" على النظام السوري لوقف الهجمات على السكان في الغوطة الشرقية المحاصرة، حسبما أعلن الإليزيه.",
			want: []string{"civilians"}},
		{id: "BB-middleEast-188-20180313", title: "",
			text: "نازحون سوريون يقولون إن القوات التركية تقصف المدنيين في عفرين",
			want: []string{"civilians"}},
		{id: "2015-08-03-987", title: "",
			text: "وتمكنت المقاومة الشعبية وقوات الجيش الوطني الموالي للشرعية من استعادة السيطرة على معظم قرى جبل صبر والمواقع التي كانت تسيطر وتتمركز فيها الميليشيات وتمارس من خلالها عمليات القنص ضد المدنيين.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-3037-20180721", title: "",
			text: "وكثفت المليشيا الحوثية من القصف المدفعي على قرى المواطنين في عزلة القحيفة، فقد سقطت أربع قذائف مدفع هاون على القرى السكنية.",
			want: []string{"civilians"}},
		{id: "BB-culture-312-20180920", title: "",
			text: "عاقبت محكمة في كوريا الجنوبية المخرج الشهير لي يون-تيك بالسجن ست سنوات بعد إدانته بالاعتداء الجنسي على تسع نساء.",
			not:  []string{"civilians"}},
		{id: "2015-07-25-1422", title: "",
			text: "وبينت بعثة الأمم المتحدة للدعم في ليبيا أن الهجمات ضد المدنيين محظورة بموجب القانون الإنساني الدولي ويمكن أن تشكل جرائم حرب.",
			not:  []string{"civilians"}},
		{id: "CN-middleEast-39-20180220", title: "",
			text: "كما تشمل قائمة التهم الموجهة إليه بناء على تلك زعم توليه قيادة الجماعة \"منع مؤسسات الدولة والسلطات العامة من ممارسة أعمالها والاعتداء على الحرية الشخصيةِ للمواطنين والإضرار بالوحدة الوطنية والسلام الاجتماعي، وشرعية الخروج على الحاكم، وتغيير نظام الحكم بالقوة، والإخلال بالنظام العام وتعريض سلامة المجتمع وأمنه للخطر.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansDisplacedOrEvacuated: people a displacement or an
// evacuation noun governs are the ones moved, not victims, where the
// sentence's toll is the war's own (no attack, no armed party) or where
// they were evacuated (holdouts 15, 17 and 18, adjudicated). Beside an
// attack or a party the toll stays theirs.
func TestActorCiviliansDisplacedOrEvacuated(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-1877-20180618", title: "",
			text: "ودخلت سوريا في دائرة النزاع الدموي منذ منتصف آذار/مارس 2011، ما أدى إلى مقتل أكثر من 350 ألف شخص ودمار هائل في البنى التحتية، إلى جانب نزوح وتشريد أكثر من نصف السكان داخل البلاد وخارجها.",
			not:  []string{"civilians"}},
		{id: "FR-middleEast-882-20180806", title: "",
			text: "وتسبب النزاع السوري منذ اندلاعه في 2011 بنزوح وتشريد أكثر من نصف السكان داخل البلاد وخارجها، كما أدى إلى دمار هائل ومقتل أكثر من 350 ألف شخص.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-1827-20180708", title: "",
			text: "وأودى الصراع بحياة عشرات الآلاف إضافة إلى نزوح ربع سكان البلاد البالغ عددهم 12 مليون نسمة وخفض إنتاج النفط الذي يعتمد عليه اقتصاد البلاد بالكامل تقريبا.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-599-20180327", title: "",
			text: "وبعد خمسة أسابيع على هجوم عنيف بدأته قوات النظام قسمت خلاله الغوطة الشرقية إلى 3 جيوب منفصلة بينها دوما، توصلت روسيا تباعا مع فصيلي حركة أحرار الشام في مدينة حرستا ثم فيلق الرحمن في جنوب الغوطة الشرقية، إلى اتفاقين تم بموجبهما إجلاء آلاف المقاتلين والمدنيين إلى إدلب (شمال غرب).",
			not:  []string{"civilians"}},
		// guards: the toll beside an attack or a party, or joined to the
		// displacement, is the civilians' own
		{id: "FR-internationalNews-484-20180317", title: "",
			text: "سوريا: عشرات القتلى في غارات على الغوطة الشرقية مع استمرار نزوح آلاف المدنيين",
			want: []string{"civilians"}},
		{id: "2015-08-06-362", title: "",
			text: "وكان الرئيس هادي قال لدى مغادرته الرياض باتجاه القاهرة أمس، إن الانتصارات التي حققها الجيش الوطني والمقاومة الشعبية في بلاده مسنودة بقوات التحالف العربي، ضد الميليشيات المتمردة، لن تتوقف حتى يتم تطهير كل المحافظات اليمنية من القوى الانقلابية التي تسببت في قتل الأبرياء وتدمير البنى التحتية في المدن وتشريد مئات الآلاف من المواطنين من مساكنهم.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-396-20180307", title: "",
			text: "وكان تقرير حقوقي رصد العديد من الانتهاكات ضد #المرأة_اليمنية من قبل ميليشيا الحوثي، تشمل القتل، الإصابة، التشويه، الاعتقالات، التحرش الجنسي والعنف، وقتل أو جرح رؤوس الأسر المعيشية، وتشريد الالاف من النساء.",
			want: []string{"civilians"}},
		{id: "2015-08-03-155", title: "",
			text: "وأكد أن إيران لم تقدم حتى اللحظة أي بوادر إيجابية للنأي بنفسها عن دعم نظام الأسد بعد الاتفاق النووي، مبينا أنها ما زالت تسانده، وأن نهج طهران الطائفي أدى إلى قتل السوريين وتدمير بلادهم، كما أفضى لتفاقم أزمتهم الإنسانية وتشريد ونزوح ملايين السكان طيلة الأعوام الخمسة الماضية.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansAttackedSite pins a class of the civilians actor from
// round 23: a toll with no noun of its own, whose victims the sentence
// tells only by the civilian place an attack struck ("وأوقعت 13 قتيلاً ...
// مستهدفة ثلاث كنائس"، "استهدفوا الجمعة حافلة ركاب ... مقتل السائق"), as
// holdouts 15 and 16 code them. A bus that carried police conscripts or
// guards, a toll of a battle, and an attack the story recalls from an
// earlier year or "منذ" name no civilians.
func TestActorCiviliansAttackedSite(t *testing.T) {
	for _, c := range []struct {
		id, text  string
		want, not []string
	}{
		{id: "AL-internationalNews-1151-20180513",
			text: "أكد قائد الشرطة الإندونيسية، تيتو كارنافيان، أن عائلة من ستة أفراد، بينهم طفلتان، نفذت اعتداءات انتحارية تبناها تنظيم #داعش وأوقعت 13 قتيلاً وعشرات الجرحى مستهدفة ثلاث كنائس.",
			want: []string{"civilians"}},
		{id: "2015-08-09-1086",
			text: "وكان مسلحون استهدفوا الجمعة حافلة ركاب ايرانية بين الحدود الايرانية ومدينة فان (شرق تركيا) ما أدى الى مقتل السائق، بحسب وكالة الانباء الايرانية الرسمية إيرنا.",
			want: []string{"civilians"}},
		{id: "CN-middleEast-1248-20180818",
			text: "قال خبراء أسلحة وذخائر، إن القنبلة التي استهدفت حافلة مدرسية في اليمن وأدت لسقوط عشرات الضحايا، أمريكية الصنع وتندرج ضمن صفقة الأسلحة التي ابرمتها واشنطن والرياض.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1544-20180513",
			text: "أفادت الشرطة الإندونيسية بارتفاع عدد الضحايا الى 6 قتلى و35 جريحا جراء التفجيرات الانتحارية التي استهدفت 3 كنائس في إندونيسيا.",
			want: []string{"civilians"}},
		// Forces on the bus, a battle's toll, an earlier attack recalled.
		{id: "2015-07-26-1073",
			text: "إصابة 18 مجندا بالشرطة في انفجار استهدف حافلة بسيناء",
			not:  []string{"civilians"}},
		{id: "2015-07-22-530",
			text: "وحتى مع مقتل عشرات التونسيين في ساحة المعركة في ليبيا، كان أحد منفذي الهجوم على فندق كورنثيا في طرابلس - خلال أواخر كانون الثاني/يناير 2015 - تونسيًا.",
			not:  []string{"civilians"}},
		{id: "BB-internationalNews-310-20180407",
			text: "ويعيد الحادث إلى الأذهان الهجوم الذي وقع في ديسمبر/ كانون الأول من عام 2016 عندما هاجم قائد شاحنة سوقا لعيد الميلاد في العاصمة برلين مما أدى إلى مقتل 12 شخصا.",
			not:  []string{"civilians"}},
		{id: "2015-08-06-255",
			text: "وكانت تونس قد شددت من إجراءاتها الأمنية ضد الخلايا النائمة منذ الهجوم على فندق سوسة في 26 من يونيو (حزيران) الماضي، الذي أسفر عن مقتل العشرات من السياح الأجانب، أغلبهم من البريطانيين.",
			not:  []string{"civilians"}},
	} {
		f := Extract("", c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansAtForceSiteOrBeforeCourt pins two classes of the
// civilians actor from round 24. Persons counted by a toll where an attack
// struck a base, a military site or a group's post were the force's
// (holdouts 16 and 21 code none); a force's place struck in reprisal for a
// toll, with بعدما between, is not where the persons died. Women sentenced
// by a court, a defendant's child, are no victims (holdouts 13, 14 and 21
// code none); the victims of the crime a court tries, and a blast before a
// court, keep them.
func TestActorCiviliansAtForceSiteOrBeforeCourt(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1033-20180414", title: "",
			text: "وذكرت وسائل إعلام موالية للنظام السوري أن الصواريخ التي استهدفت الموقع العسكري بحمص تم اعتراضها وتحويل مسارها ما أدى إلى إصابة 3 أشخاص.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-539-20180324", title: "",
			text: "قتل 3 أشخاص على الأقل في غارة جوية، شنتها طائرة مجهولة الهوية، على موقع لقياديين في تنظيم القاعدة جنوب ليبيا، حسب ما ذكرت مصادر محلية، السبت.",
			not:  []string{"civilians"}},
		{id: "BB-middleEast-481-20180509", title: "",
			text: "\"مقتل 26 شخصا\" في قصف بالصواريخ على مواقع عسكرية في سوريا",
			not:  []string{"civilians"}},
		// The place is the reprisal's target, the toll its cause.
		{id: "2015-07-31-395", title: "",
			text: "وإيواء لاجئين سوريين في المنطقة لتخفيض العبء على تركيا.\n" +
				"ومنذ يوم الجمعة تقصف تركيا مواقع تابعة لـتنظيم داعش في سوريا بعدما حملت المتطرفين مسؤولية التفجير الانتحاري الذي أسفر عن مقتل 32 شخصا في 20 يوليو (تموز) في مدينة سوروج.",
			want: []string{"civilians"}},
		// Before a court.
		{id: "BB-middleEast-92-20180225", title: "",
			text: "قضت محكمة عراقية الأحد بإعدام 16 إمرأة تركية شنقا بعد إدانتهن بتهمة الانتماء إلى تنظيم الدولة الإسلامية.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-1319-20180429", title: "",
			text: "وأوضح القاضي أن إحدى المتهمات من روسيا اسمها ماريانا، وكانت تحمل طفلا صغيرا، أكدت حسب اعترافاتها أنها مسيحية اعتنقت الإسلام مع زوجها، الذي قتل بغارة شنتها طائرات التحالف الدولي في الموصل.",
			not:  []string{"civilians"}},
		// The crime's victims, and a blast before a court.
		{id: "2015-08-11-733", title: "",
			text: "من ناحية أخرى، أجلت محكمة الجنايات محاكمة 23 إرهابيا من عناصر التنظيم الإرهابي المسمى ب\"كتائب أنصار الشريعة إلى جلسة 2 سبتمبر المقبل، وذلك في قضية اتهامهم بارتكاب جرائم قتل ضابط و11 فرد شرطة، والشروع في قتل 9 آخرين وأحد المواطنين، وحيازة أسلحة نارية ومفرقعات وتصنيعها.",
			want: []string{"civilians"}},
		{id: "2015-08-10-1296", title: "",
			text: "قال المتحدث باسم وزارة الصحة المصرية ووكالة أنباء الشرق الأوسط إن ضابطي شرطة ومدنيا أصيبوا في انفجار وقع اليوم الاثنين أمام محكمة في شمال شرق القاهرة.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansKilledByVerb pins a class of the civilians actor from
// round 24: civilians a killing verb governs that harmWords lack — a past
// verb right before or just after them, or a present one before a figure
// as a title tells a toll (holdout-21's "تقتل 43 مدنياً"; the same wording
// "مدنيا قتلوا" in holdouts 13 and 17 and fresh-2). The present before a
// bare noun is a speech's charge, not a killing told.
func TestActorCiviliansKilledByVerb(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-21-1629", title: "حكومة اليمن: قوات الحوثي تقصف عدن وتقتل 43 مدنياً", text: "",
			want: []string{"civilians"}},
		{id: "2015-07-22-537", title: "",
			text: "وأضاف: مليشيا الحوثي قتلت الأطفال والنساء وجثثهم ما زالت متناثرة بالشوارع ونطالب وزارة الصحة بسرعة ارسال فريق طبي لانتشال هذه الجثث.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-14-20180222", title: "",
			text: "وأوضح المرصد السوري أن \"403 مدنيين قتلوا في خمسة أيام من الغارات الجوية والقصف المدفعي الكثيف\".",
			want: []string{"civilians"}},
		// A charge in a statement or a sermon.
		{id: "2015-07-26-1067", title: "",
			text: "أي ظلم يحدثنا عنه وهو يساند النظام الجائر الذي يقتل النساء والأطفال والشيوخ بالبراميل المتفجرة في سوريا؟",
			not:  []string{"civilians"}},
		{id: "2015-08-07-1106", title: "",
			text: "وأكد أن هذا عمل إجرامي ومشين وقبيح لا يقبله إنسان ولا دين، ويدل على عدم الإيمان عند هؤلاء الذين يقتلون المصلين المطمئنين الذين يؤدون فريضة الإسلام ويفجرونهم تفجيرا سيئا.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansLastMonthRecalled pins a class of the civilians actor
// from round 24: the victims of an earlier attack a story recalls by its
// month ("وفي فبراير الماضي ...") are its background, as holdouts 14 and
// 21 code them; a toll counted since or during a past month up to the
// news ("منذ ... مارس الماضي"، "خلال يوليو الماضي") is the news.
func TestActorCiviliansLastMonthRecalled(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-262-20180313", title: "",
			text: "وفي فبراير الماضي استهدف هجوم انتحاري مزدوج تبناه تنظيم داعش الإرهابي مقر قوات مكافحة الإرهاب التابعة للحكومة في عدن، ما أدى إلى مقتل 12 شخصا بينهم امرأة وأطفالها الثلاثة كانوا في الموقع لحظة وقوع التفجير.",
			not:  []string{"civilians"}},
		{id: "2015-07-31-2046", title: "",
			text: "يذكر أن الكويت نفسها تعرضت لعملية إرهابية دامية، حيث فجر انتحاري في 26 يونيو الماضي حزامه الناسف في مسجد في الكويت وقتل 26 من المصلين وأصاب 227 آخرين.",
			not:  []string{"civilians"}},
		// A count up to the news.
		// Round 43's ruling (class 2) reversed this row: return-march dead are no civilians (fol43a).
		{id: "FR-middleEast-458-20180513", title: "",
			text: "ومنذ بدء مسيرات العودة في قطاع غزة، في 30 آذار/مارس الماضي، قتل أكثر من 50 فلسطينيا برصاص الجنود الإسرائيليين إثر احتجاجات عند الحدود.",
			not:  []string{"civilians"}},
		{id: "2015-08-03-831", title: "",
			text: "أعلنت بعثة الأمم المتحدة في بغداد أمس عن مقتل 1332عراقيا نتيجة أعمال العنف خلال يوليو الماضي، منهم 844 مدنيا و488 عسكريا خلال الحرب على تنظيم داعش.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 25: the person a title's assassination names by a civilian's role
// is a civilian targeted; an officer, an accusation and an anniversary are
// not (events_civattack.go civiliansAssassinated).
func TestActorCiviliansAssassinated(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-302-20180302", title: "اليمن.. اغتيال عالم دين بارز في حضرموت",
			text: "اغتال مسلحون مجهولون العلامة #الحبيب_عيدروس_بن_عبدالله بن سميط وهو #عالم_دين بارز وإمام جامع المحضار بمنزله في مدينة تريم بـ #حضرموت جنوب اليمن.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-2416-20180701", title: "المكسيك.. اغتيال صحفي في \"أعنف\" موسم انتخابات",
			text: "قالت السلطات المكسيكية، السبت، إن صحفيا قتل في ولاية \"كوينتانا رو\"، الواقعة جنوب البلاد في أحدث عمليات قتل استهدفت صحفيين قبيل الانتخابات الرئاسية.",
			want: []string{"civilians"}},
		// An officer, an accusation, an anniversary.
		{id: "SK-middleEast-2060-20180531", title: "اغتيال ضابط سوري كبير اشتهر بـ\"التعذيب\"",
			text: "أعلنت فصائل من المعارضة السورية، الخميس، اغتيال رئيس فرع الأمن السياسي في مدينة حلب (شمال غربي البلاد) المقدم سومر زيدان.",
			not:  []string{"civilians"}},
		{id: "CN-internationalNews-136-20180317", title: "بريطانيا تتهم بوتين باغتيال جاسوس روسي على أراضيها",
			text: "وجّه وزير الخارجية البريطانية، بوريس جونسون، أصابع الاتهام نحو الرئيس الروسي فلاديمير بوتين بإصداره القرار لمحاولة اغتيال جاسوس روسي على الأراضي البريطانية.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-781-20180404", title: "ذكرى اغتيال كينغ.. شبح \"العنصرية\" يلقي بظلاله",
			text: "بعد نصف قرن على اغتيال الناشط الحقوق الأميركي مارتن لوثر كينغ، يخشى زعماء الحقوق المدنية في الولايات المتحدة من أن يعرقل الرئيس دونالد ترامب التقدم الذي تحقق في هذا المجال.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 26: the people a set fire killed or hurt are civilians, though
// disasterWords read a mishap in "حريق" and no blast or force shares their
// sentence (actors_civarson.go arsonFire): the fire's setter or a setting
// word in the sentence, or a title that tells the arson. A fire that burnt
// of itself stays a mishap's.
func TestActorCiviliansArsonFire(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-31-1241", title: "",
			text: "استشهد طفل فلسطيني عمره عام ونصف العام وأصيب والداه وشقيقه بجروح صباح اليوم الجمعة في حريق بمنزلهم تسبب به مستوطنون في الضفة الغربية المحتلة، حسبما أفادت أجهزة الأمن الفلسطينية.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-761-20180403", title: "",
			text: "أضرم مجهولون النار في إحدى المقاهي العربية في مدينة الأحواز، جنوبي إيران، مما أدى إلى مقتل 12 شخصا وإصابة 14 آخرين.\n" +
				"وحمل الأحوازيون المخابرات الإيرانية مسؤولية الجريمة، وقال شهود عيان إن الأجهزة الأمنية طاردت عددا من الشباب المشاركين في الانتفاضة الأحوازية، وعند دخولهم في مقهى النورس، أضرمت النار في المقهى.",
			want: []string{"civilians"}},
		{id: "2015-08-01-270", title: "",
			text: "وقالت المتحدثة باسم الممثلة العليا للسياسة الخارجية الأوروبية فدريكا موغيريني في بيان عقب استشهاد رضيع فلسطيني حرقا، وإصابة أفراد عائلته بجراح نتيجة حريق متعمد أضرمه إسرائيليون، إنه يجب تطبيق القانون بشكل فعلي وعدم التسامح مع مثل هذه الجرائم.",
			want: []string{"civilians"}},
		// The body's fire is the title's arson.
		{id: "2015-07-31-1241", title: "استشهاد طفل فلسطيني في حريق تسبب به مستوطنون",
			text: "وأوردت وكالة وفا الفلسطينية أن الطفل ويدعى علي سعد دوابشة توفي نتيجة الحريق بينما أصيب والده ووالدته وشقيقه (4 سنوات) بحروق من الدرجة الثالثة.",
			want: []string{"civilians"}},
		// The same body sentence under no arson title: a fire's mishap.
		{id: "2015-07-31-1241", title: "",
			text: "وأوردت وكالة وفا الفلسطينية أن الطفل ويدعى علي سعد دوابشة توفي نتيجة الحريق بينما أصيب والده ووالدته وشقيقه (4 سنوات) بحروق من الدرجة الثالثة.",
			not:  []string{"civilians"}},
		// A wildfire that "burnt" buildings; a building's fire.
		{id: "SK-internationalNews-3035-20180816", title: "عواصف رعدية تثير مخاوف اتساع الحرائق في كاليفورنيا",
			text: "وإلى الشمال الشرقي تمكن رجال الإطفاء من إقامة خطوط عازلة حول 65 في المئة من حريق كار فاير الذي أودى بحياة ثلاثة من رجال الإطفاء وأربعة مدنيين وعامل وأحرق أكثر من 1500 بناية.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-684-20180329", title: "أقارب ضحايا حريق روسيا يقاضون فرق الإطفاء",
			text: "وأسفر الحريق عن مقتل ما لا يقل عن 64 شخصا بينهم 41 طفلا.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 26: people "في صفوف" a force are its members, not civilians
// (actors_civranks.go inRanks); "في صفوف المدنيين" are the civilians.
func TestActorCiviliansInRanks(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-181-20180319", title: "",
			text: "وأعلنت وحدات حماية الشعب الكردية الشهر الماضي مقتل ثلاثة أجانب في صفوفها، هما الفرنسي أوليفييه فرانسوا جان لو كلانش (41 عاما) والإسباني سامويل برادا ليون (25 عاما) قتلا في منطقة عفرين، والهولندي شورد هيغر الذي قضى في محافظة دير الزور (شرق) في المعارك ضد تنظيم \"الدولة الإسلامية\".",
			want: []string{"ypg"}, not: []string{"civilians"}},
		{id: "2015-08-06-430", title: "",
			text: "وافاد المرصد عن \"سيطرة مقاتلي الفصائل على بلدة البحصة التي تبعد اقل من كيلومترين عن جورين\" مشيرا الى مصرع 17 شخصا في صفوف المسلحين المحليين الموالين مقابل 19 قتيلا في صفوف الفصائل بينهم اجانب خلال اشتباكات عنيفة بين الطرفين في البلدة.",
			not:  []string{"civilians"}},
		// The civilians' own ranks.
		{id: "AL-internationalNews-1942-20180715", title: "",
			text: "ومرة أخرى، حلت المعارك في المرتبة الثانية لسبب الإصابات في صفوف المدنيين بين قتيل وجريح في تراجع بـ18% خلال الفترة نفسها.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansAtCivilianTargets: "civilian targets" an attack was
// aimed at are civilians targeted (actors_civtargets.go); the phrase after
// sparing, a plan or a charge names no attack.
func TestActorCiviliansAtCivilianTargets(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2372-20180614", title: "",
			text: "وأوضح المتحدث أن الصاروخ كان متجها صوب مدينة خميس مشيط جنوبي السعودية، وقد أطلقه الحوثيون لاستهداف المناطق المدنية، وتمكنت قوات الدفاع الجوي الملكي السعودي من اعتراضه وتدميره، دون أن ينجم عنه أية إصابات.",
			want: []string{"civilians"}},
		{id: "CN-middleEast-1043-20180529", title: "",
			text: "وقالت سفيرة واشنطن لدى الأمم المتحدة، نيكي هايلي في بيان لها: \"إن الهجمات الأخيرة التي نفذت من قطاع غزة هي الأكبر منذ عام 2014، فقذائف الهاون التي أطلقتها الفصائل الفلسطينية المسلحة ضربت مناطق مدنية، ومنها حضانة للأطفال\".",
			want: []string{"civilians"}},
		// Sparing, a plan, a charge.
		{id: "SK-middleEast-2484-20180619", title: "",
			text: "وشدد العميد الركن الشحي أن قوات التحالف العربي تستهدف الأهداف العسكرية فقط وتتجنب الأهداف المدنية.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-728-20180402", title: "",
			text: "ويحاكم في القضية الأولى 17 متهما ينتمون للتنظيم، إذ كانوا يخططون لاستهداف منشآت مدنية وعسكرية ومراكز تسوق ومحطات فضائية ورجال دين.",
			not:  []string{"civilians"}},
		{id: "2015-07-21-90", title: "",
			text: "لكن في مقابل هذه التصريحات اتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات وإطلاق النار على مناطق مدنية في الأسابيع الماضية.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansShellVictims: a resident, a citizen or a home a falling
// shell hit are civilians (actors_civprojectile.go); the same words hurt in
// a road accident, and a force's patrol a shell hit, are not.
func TestActorCiviliansShellVictims(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-31-2107", title: "إصابة مقيميْن إثر سقوط مقذوف عسكري على نجران",
			text: "هادي آل كليب- سبق- نجران: أصيب مقيمان أحدهما من الجنسية الباكستانية والآخر من الهندية إثر سقوط مقذوف عسكري من داخل الأراضي اليمنية على منطقة نجران.",
			want: []string{"civilians"}},
		{id: "2015-07-25-1007", title: "إصابة مواطن جراء سقوط مقذوف على جازان", text: "",
			want: []string{"civilians"}},
		{id: "2015-08-02-1251", title: "",
			text: "نقل أمير منطقة نجران تعازي ومواساة خادم الحرمين الشريفين إلى والد الشهيد عبد الله بن دواس آل منصور، الذي استشهد فجر اليوم نتيجة سقوط مقذوف من الأراضي اليمنية على منزله.",
			want: []string{"civilians"}},
		// No shell: a road accident; a force's patrol.
		{id: "2015-08-06-2394", title: "",
			text: "لقي شخصان مقيمان مصرعهما دهسًا، وأصيب مواطن، في حادث تصادم، وقع بين شاحنة (تريلا)، ومركبة صغيرة بعفيف .",
			not:  []string{"civilians"}},
		{id: "2015-08-02-1132", title: "",
			text: "اطمأن رئيس الفرقة الأولى للمجاهدين بالطوال موسى الفيفي على صحة المصاب محسن الدوسري (أحد أفراد الفرقة)، حيث أصيب بشظايا نتيجة سقوط مقذوف حوثي على دورية مساندة.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 27 (civx27b): worshippers who pray the funeral prayer over a
// fallen soldier are mourners, not victims (actors_civfuneral.go); the
// prayer's own dead stay the toll's.
func TestActorCiviliansFuneralPrayer(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-02-658", title: "",
			text: "أدت جموع المصلين عقب صلاة عصر اليوم صلاة الميت على شهيد الواجب خالد بن مساوى حمدي من منسوبي قوة المجاهدين بقطاع الطوال الذي استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية.",
			not:  []string{"civilians"}},
		// A prayer with no funeral: the worshippers a bombing hit are
		// left as they were. (The row was 2015-08-06-3159 until the
		// worshippers of a force's mosque became its men,
		// actors_civmosque.go.)
		{id: "2015-08-07-201", title: "",
			text: "يذكر أن أصحاب الأفكار الضالة سبق أن استهدفوا المصلين خلال صلاة الجمعة في جامع الإمام الحسين في حي العنود في مدينة الدمام، ما أسفر عن مقتل 4 من المصلين وإصابة أربعة أشخاص بإصابات غير مهددة للحياة، وقد أعلن تنظيم داعش مسؤوليته عن الهجوم.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 28 (civilians28): the town quarters a bombardment struck are
// civilians targeted (actors_civquarters.go); quarters where a force sits
// or fires from, a purpose, and "أحياء" of another sense are not.
func TestActorCiviliansBombedQuarters(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-23-1003", title: "",
			text: "وردّ الحوثيون على هجمات المقاومة بقصف أحياء في تعز، مما أدى إلى اشتعال النيران في إحدى المؤسسات التجارية.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-2618-20180626", title: "",
			text: "وأفاد المرصد السوري لحقوق الإنسان عن \"غارات سورية وروسية تستهدف أحياء سيطرة الفصائل في المدينة في هذه الأثناء، تزامنا مع إلقاء قوات النظام للبراميل المتفجرة\".",
			want: []string{"civilians"}},
		{id: "2015-07-22-29", title: "",
			text: "قُتل 18 شخصًا وجرح ما لا يقل عن 50 جراء سقوط صاروخ على حي شعبي في وسط مدينة حلب.",
			want: []string{"civilians"}},
		// A force's positions in the quarters; fire from them; a plan; a
		// power line switched on.
		{id: "FR-middleEast-323-20180420", title: "",
			text: "وتقصف القوات الحكومية منذ أيام بالقذائف والصواريخ مواقع تنظيم \"الدولة الإسلامية\" في الأحياء الجنوبية بعدما حشدت خلال الأسبوعين الماضيين تعزيزاتها العسكرية في محيطها، تمهيداً لبدء عملية عسكرية تتيح لها السيطرة على كامل العاصمة.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-2743-20180704", title: "",
			text: "وقصفت مقاتلات التحالف العربي تجمعات وأهداف للمتمردين قرب الساحل في مدينة الحديدة، في حين شن المتمردون قصفا مدفعيا مكثفا من مواقعهم في الأحياء الجنوبية للحديدة على مواقع القوات المشتركة في محيط المطار.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-273-20180314", title: "",
			text: "قالت روسيا إن لديها معلومات بأن الولايات المتحدة تخطط لقصف الحي الذي تتركز فيه الإدارات الحكومية في دمشق بذرائع ملفقة.",
			not:  []string{"civilians"}},
		{id: "2015-07-25-61", title: "",
			text: "وأوضح أمين منطقة نجران المهندس فارس بن مياح الشفق، أن العمل ما زال مستمراً لإطلاق التيار في عدد من أحياء مدينة نجران.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 28 (civilians28): people "أصيب ب" a disorder or a fright are no
// civilians harmed (illnessWords); a wound by a force's fire stays.
func TestActorCiviliansIllOrFrightened(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1874-20180523", title: "",
			text: "وفي تعز، أفادت مصادر سكاي نيوز عربية بإصابة 7 مدنيين، بعضهم أطفال، بنيران الحوثيين في منطقة الشقب بمديرية صبر الموادم جنوب شرقي المحافظة.",
			want: []string{"civilians"}},
		// A disorder, not a wound.
		{id: "SK-technology-1064-20180708", title: "",
			text: "وتشير الدراسة إلى أن احتمال إصابة الأطفال بالسمنة كان أقل بنسبة 75 في المئة بين من اتبعت أمهاتهم أنماط الحياة الصحية الخمس عمن لم تتبعها أمهاتهم.",
			not:  []string{"civilians"}},
		{id: "SK-technology-5-20180218", title: "",
			text: "يقول باحثون في النرويج إن القلق من أن يؤدي التطعيم ضد الأوبئة إلى إصابة الأطفال بصرع ليس له ما يبرره على ما يبدو.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

func TestActorCiviliansStagingAProtest(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// The people who stage a sit-in protesting a killing.
		{id: "2015-08-10-715", title: "",
			text: "وقال المرصد في بيان: «نفذ أكثر من ألف شخص اعتصامًا عند دوار الزراعة في مدينة اللاذقية احتجاجًا على قتل سليمان هلال الأسد -نجل ابن عم بشار الأسد- للعقيد حسان الشيخ الضابط في القوى الجوية».",
			not:  []string{"civilians"}},
		{id: "2015-08-10-1225", title: "",
			text: "في غرب البلاد اعتصم أكثر من ألف شخص في مدينة اللاذقية ليل السبت احتجاجًا على قتل سليمان الأسد أحد اقرباء الرئيس السوري بشار الأسد العقيد في القوات الجوية حسان الشيخ بعد خلاف على أفضلية مرور قبل ايام، وفق المرصد.",
			want: []string{"syrian-government"}, not: []string{"civilians"}},
		// Near misses: people killed in a protest are no protest's
		// subject; the rule leaves them as they were.
		{id: "FR-internationalNews-1861-20180617", title: "نيكاراغوا: مقتل ثمانية أشخاص في احتجاجات دامية ضد الرئيس أورتيغا",
			text: "نيكاراغوا: مقتل ثمانية أشخاص في احتجاجات دامية ضد الرئيس أورتيغا.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-3542-20180906", title: "",
			text: "دعا مقتدى الصدر، مجلس النواب إلى عقد جلسة استثنائية من أجل التوصل إلى حل جذري للمشاكل الصحية، ونقص الخدمات في البصرة التي قتل فيها 7 أشخاص خلال احتجاجات الثلاثاء.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansMartyred: a victim word told dead by martyrdom with no
// attack word beside it (actors_civmartyr.go) — workers counted in the
// sentence of the martyrdom, a child right after it — and the verb where it
// means "to cite", which names no victim.
func TestActorCiviliansMartyred(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-09-75", title: "",
			text: "رفع صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك باسمه ونيابة عن أهالي المنطقة اصدق مشاعر العزاء والمواساة لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في استشهاد رجال الأمن البواسل من منسوبي قوات الطوارئ الخاصة في منطقة عسير, وعدد من العاملين أثناء تأديتهم صلاة الظهر في مسجد قوات الطوارئ الخاصة .",
			want: []string{"civilians"}},
		{id: "2015-08-08-1075", title: "",
			text: "الجريمة تستهدف بيتاً من بيوت الله، في مسجد قوات الطوارئ الخاصة بمنطقة عسير، راح ضحيتها 15 شهيداً من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين في الموقع، وإصابة آخرين بالعمل الإجرامي المشين.",
			want: []string{"civilians"}},
		{id: "2015-07-31-1815", title: "",
			text: "استشهد رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته اليوم جراء إحراق مستوطنين إسرائيليين لمنزلهم في مدينة نابلس شمال الضفة الغربية.",
			want: []string{"civilians"}},
		// "استشهد" as "cited": no victim.
		{id: "2015-07-24-207", title: "",
			text: "المغالطة الأخرى هي غياب الأرقام، في مقال سابق للكاتب في صحيفة الشرق الأوسط عضوان الأحمري، يقارن فيه حقوق الإنسان بين السعودية والسويد، استشهد الأحمري بإحصائيات نشرها المجلس الوطني السويدي للحد من الجريمة، أنه وخلال عام 2013 وقعت 27 ألف جريمة ضد المرأة من ضمنها جرائم تحرش، المغالطة البحثية التي ارتكبها الأحمري أنه لم ينشر أي إحصائيات من السعودية لمقارنتها مع السويد، لأنه يعلم أنها غير موجودة، وإن كانت موجودة فهي ناقصة أو غير دقيقة أو لا تمثل الواقع لأن الكثيرات يصمتن عن الإبلاغ، إذن المقارنة لا تصح إن كانت من طرف واحد فقط.",
			not:  []string{"civilians"}},
		{id: "2015-07-31-991", title: "",
			text: "ولعلني هنا استشهد بقصة حدثت لدينا بمستشفى الملك فيصل التخصصي ومركز الابحاث بالرياض قبيل (15) سنة تقريباً لأم ادخلت مع ابنها إلى المستشفى بشكوى آلام بالبطن وفي كل مرة يكتب الطبيب للطفل الخروج يكتشفون آلاماً تبكي بسبب آلام مبرحة يعاني منها ابنها!",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansKidnappedIncident: workers an armed group named only by
// "مجموعات مسلحة" kidnapped, in a sentence that calls the kidnapping an
// incident ("حادث الاختطاف") — no road accident (actors_detained.go,
// abductionWords in actorCounts) — and men disguised as workers, who abduct
// and are no victims.
func TestActorCiviliansKidnappedIncident(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-1649-20180518", title: "",
			text: "وهذا هو حادث الاختطاف الثالث لعاملين في المجال الإنساني خلال شهرين في جنوب السودان، إذ اختطفت مجموعات مسلحة 17 من عمال الإغاثة في حادثين منفصلين الشهر الماضي.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-904-20180410", title: "",
			text: "وأضافت المنظمة أن الحكومات المتعاقبة في طرابلس سمحت لجماعات مسلحة باعتقال معارضين ونشطاء وصحفيين وساسة وكانت تدفع أجورا للمقاتلين وتمدهم بالعتاد والزي العسكري.",
			want: []string{"civilians"}},
		// Kidnappers dressed as plumbers: the workers are no victims.
		{id: "BB-internationalNews-35-20180210", title: "",
			text: "ونفذ اللصوص عملية السطو على طريقة أفلام الإثارة، إذ اختطف رجلان - تظاهرا بأنهما من عمال السباكة - ابنة سائق السيارة، التي تبلغ من العمر 22 عاما، من شقتها في مدينة ليون الفرنسية يوم الخميس.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansNamedOtherwise: civilians words a neighbouring word
// makes no victims (actors_civroles.go) — women an adjective names as
// armed, a guard corps called civil, the dead praised for giving their
// lives, and people a service or a right is for — and near misses that
// keep their civilians: a toll's dead in a relative clause, the dative
// after a killing noun, guards taken hostage.
func TestActorCiviliansNamedOtherwise(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// Armed women by their adjective.
		{id: "2015-07-31-274", title: "",
			text: "وقال مموزيني: «قتل أمس ثلاث نساء مسلحات من عناصر مجموعة الخنساء النسوية المسلحة التابعة لداعش في منطقة وادي الحجر قرب خط سكك حديد الموصل (غرب المدينة) إثر تعرضهن لهجوم من قبل مجموعة مسلحة».",
			not:  []string{"civilians"}},
		// Spain's Guardia Civil.
		{id: "FR-internationalNews-832-20180420", title: "",
			text: "ولم يشر بيان المنظمة إلا إلى \"أسف\" (وليس إلى طلب الصفح) للضحايا المتورطين في ما تصفه بأنه \"نزاع\"، كالحرس المدني أو رجال الشرطة.",
			not:  []string{"civilians"}},
		// The dead praised for giving their lives.
		{id: "2015-08-02-749", title: "",
			text: "ويستذكر الشليمي شهداء الكويت رجالا ونساء، الذين ضحوا بأرواحهم من أجل الوطن، كما يستذكر مواقف دول الخليج المشرفة.",
			not:  []string{"civilians"}},
		{id: "2015-07-23-620", title: "",
			text: "ووجه السيسي التحية لأرواح شهداء مصر من رجال القوات المسلحة والشرطة، ومن المواطنين الأبرياء الذين ضحوا بأرواحهم، إعلاء لمصلحة هذا الوطن.",
			not:  []string{"civilians"}},
		// Whom a service or a right is for.
		{id: "2015-08-03-116", title: "",
			text: "وإضافة إلى سقوط قتلى أثرت الحرب الأهلية بالسلب على الظروف المعيشية للسكان لتصبح الآن من الأسوأ على مستوى العالم.",
			not:  []string{"civilians"}},
		{id: "AL-economy-258-20180318", title: "",
			text: "وأكد وزير المالية أن تحسن الأداء المالي وزيادة الإيرادات العامة صاحبه تحسن في هيكل الإنفاق العام، في ضوء استهداف زيادة مخصصات الحماية الاجتماعية الموجهة للفئات الأولى بالرعاية، وكذلك مخصصات الاستثمار الحكومية، مشيراً إلى أن الاستثمارات الحكومية شهدت استمرار النمو المرتفع خلال النصف الأول من العام الجاري 2017/2018، ما يعكس الاهتمام بتلبية الاحتياجات الأساسية للمواطنين وزيادة الإنفاق على الخدمات الأساسية وتطوير البنية التحتية في جميع المحافظات.",
			not:  []string{"civilians"}},
		// Near misses: the war's dead in a relative clause, civilians in
		// the dative after a killing noun, guards taken hostage.
		{id: "CN-middleEast-261-20180313", title: "",
			text: "في هذا الوقت، قال المرصد السوري لحقوق الإنسان إن غوطة دمشق تشهد هدوءا منذ نحو ست ساعات، وأفاد بأن مجموع المدنيين الذين قتلوا في الغوطة الشرقية منذ 18 فبراير/ شباط الماضي ارتفع إلى 1181 شخصا بينهم 244 طفلا، و164 سيدة.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1620-20180517", title: "",
			text: "وقال ديفيد شيرر، رئيس بعثة الأمم المتحدة في بيان \"ما نشهده على الأرض هو قتل متعمد للمدنيين، وكذلك انتهاكات جنسية وخطف للنساء والأطفال\".",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-3288-20181003", title: "",
			text: "وسبق أن فر فايد من السجن عام 2013، وأخذ معه 4 حراس رهائن قبل أن يستخدم الديناميت لتفجير طريق للخروج والفرار بسيارة كانت تنتظره.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansPassersby: passers-by and tourists a past attack verb
// governs ("هاجم مارة بسكين"، "وطعن سائحين") are civilians though no toll
// word shares their sentence (actors_civpassersby.go); passers-by as
// onlookers, and tourists counted by a toll (mostly an older attack
// recalled) or a trade report, stay as they were.
func TestActorCiviliansPassersby(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-1211-20180512", title: "",
			text: "وهاجم الرجل المارة، قبل أن تطلق قوات الشرطة النار عليه.",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-1214-20180513", title: "",
			text: "الشاب الذي لم يتجاوز من العمر 21 عاما هاجم مارة بسكين وسط باريس.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-3119-20180903", title: "",
			text: "وكان الشاب الأفغاني \"جاويد إس\" البالغ من العمر (19 عاما) أشهر سكينا وطعن سائحين أميركيين في محطة قطارات في أمستردام، الجمعة، قبل أن تصيبه الشرطة بالرصاص وتلقي القبض عليه.",
			want: []string{"civilians"}},
		// Passers-by who only look on.
		{id: "SK-internationalNews-438-20180318", title: "",
			text: "وقالت والدة مريم، إن ابنتها تعرضت للضرب والسحل لمسافة 20 مترا من قبل 10 فتيات بريطانيات أمام المارة، وتم نقلها إلى المستشفى في حالة خطرة.",
			not:  []string{"civilians"}},
		// Tourists of a toll recalled, and of a trade report.
		{id: "2015-08-06-467", title: "",
			text: "قالت وزارة الداخلية التونسية إن قوات الامن فككت \"خلية ارهابية\" كانت تعتزم تنفيذ هجمات بعد ان شددت اجراءاتها الامنية في اعقاب هجوم مسلح على منتجع سياحي قتل فيه عشرات من السياح الاجانب.",
			not:  []string{"civilians"}},
		{id: "2015-08-11-227", title: "",
			text: "ويعتقد روبنسون أن مساهمة القطاع السياحي التركي ستتراجع خلال الفترة المقبلة، إذ إن الهجوم على السفارة الأمريكية يكشف أن موجة العنف ستتصاعد، ومع مقتل أول سائح حتى لو عن طريق الخطأ فإن عديدا من الأفواج السياحية الأوروبية والأمريكية ستلغي حجوزاتها لتركيا.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansHostages: a woman or a person held hostage, the
// hostage word within three words after them, is civilians with no toll
// word in the sentence (actors_civhostages.go); a hostage word before a
// person is a figure of speech, and stays as it was.
func TestActorCiviliansHostages(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-3521-20181016", title: "",
			text: "أكدت ألمانيا، الثلاثاء، أن الرجل الذي احتجز امرأة رهينة في مدينة كولونيا بغرب البلاد، الاثنين، سوري يبلغ من العمر 55 عاما، ووصل إلى البلاد في عام 2015.",
			want: []string{"civilians"}},
		{id: "BB-internationalNews-583-20180529", title: "",
			text: "وأصيب شرطيان آخران، كما أخذ الرجل امرأة رهينة، وفقا لتقارير في وسائل الإعلام البلجيكية.",
			want: []string{"civilians"}},
		// "رهينة" before a person: a figure of speech.
		{id: "2015-07-27-148", title: "",
			text: "وقال كليتشدار أوغلو إن إردوغان «يتلاعب بمستقبل تركيا (...) مستقبل تركيا لا يمكن أن يكون رهينة أقوال شخص واحد».",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansMembersAndArrested: the people a group or an armed side
// is made of ("تنظيم ... يضم (431) شخصًا"، "وضمت ... مسلحين منشقين ومدنيين"),
// persons or nationals an arrest took ("الشرطة اوقفت 251 شخصًا"، "اعتقلت
// السلطات الألمانية 4 سوريين") and the dead of a fuel station's blast are no
// victims (actors_civmembers.go, accidentalBlast); a crowd that comprises
// civilians where a bomber blew himself up, and citizens an armed group
// arrested, stay civilians.
func TestActorCiviliansMembersAndArrested(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// The people a group comprises.
		{id: "BB-middleEast-293-20180405", title: "",
			text: "وكانت المعارضة قد بدأت القتال في أعقاب القمع الذي تعرضت له المظاهرات السلمية عام 2011 وضمت في البداية مسلحين منشقين ومدنيين قتل عدد كبير منهم في المعارك.",
			not:  []string{"civilians"}},
		// Persons or nationals arrested.
		{id: "2015-07-26-1121", title: "",
			text: "وكانت الحكومة التركية قد أعلنت ان الشرطة اوقفت 251 شخصًا في اطار حملة استهدفت افرادًا يُشتبه في انتمائهم الى تنظيم داعش وحزب العمال الكردستاني اطلقت الجمعة في كل انحاء البلاد.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-691-20180330", title: "ألمانيا تعتقل 4 سوريين بجريمة \"المصلى\"",
			text: "اعتقلت السلطات الألمانية 4 سوريين للاشتباه بتورطهم في محاولة قتل وتخريب وهجوم بالقنابل الحارقة على مصلى يؤمه مسلمون أتراك، وفقا لما ذكرته الشرطة الألمانية، الخميس.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-1268-20180430", title: "السويد تعتقل 3 أشخاص خططوا لـ\"هجوم إرهابي\"",
			text: "أعلن مسؤولون سويديون اعتقال 3 أشخاص، في مواقع عدة من ستوكهولم الكبرى، للاشتباه في تخطيطهم لشن \"عمل إرهابي\"، وفق ما ذكرت وكالة الاستخبارات الداخلية السويدية، الاثنين.",
			not:  []string{"civilians"}},
		// A fuel station that blew up.
		{id: "2015-07-21-1948", title: "بالصور .. مقتل 90 شخصاً في انفجار بمحطة وقود في غانا",
			text: "قالت دائرة الإطفاء في غانا إن انفجارا وقع في محطة للوقود بالعاصمة أكرا ليلة أمس الأربعاء وأسفر عن مقتل نحو 90 شخصا كان كثير منهم قد لجأوا الى المحطة للاحتماء من الأمطار الغزيرة.",
			not:  []string{"civilians"}},
		// Near misses: a crowd that comprises civilians, citizens an armed
		// group arrested.
		{id: "SK-internationalNews-2170-20180616", title: "",
			text: "فجر انتحاري من تنظيم داعش نفسه في حشد يضم عناصر من طالبان وقوات الأمن ومدنيين كانوا يحتفلون بوقف غير مسبوق لإطلاق النار في أفغانستان، السبت، مما أسفر عن مقتل 20 شخصا على الأقل.",
			want: []string{"civilians"}},
		{id: "2015-07-21-19", title: "",
			text: "من ناحية أخرى، اعتقل تنظيم داعش 38 مواطنا في مناطق مختلفة بمدينة الموصل أمس، إثر أدائهم صلاة العيد التي منعها التنظيم قبل أيام.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 31: a person named by a civilian's role whom the title tells
// abducted is civilians (actors_civabducted.go abductedMentions): the
// nurse, the employees, the journalists. Not the border guards, the
// fighters a denial names, or a hijacked aircraft.
func TestActorCiviliansAbductedRole(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1397-20180503", title: "اختطاف ممرضة ألمانية في الصومال",
			text: "وقال دانيال أومالي نائب رئيس اللجنة الدولية للصليب الأحمر في الصومال \"نحن قلقون بشدة على سلامة زميلتنا\".",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-1320-20180525", title: "\"الحوثي\" تختطف 180 موظفاً توجهوا لاستلام رواتبهم من عدن",
			text: "تأتي هذه الحادثة بعد مطالبة الموظفين برواتبهم من ميليشيات الحوثي، لترد عليهم الميليشيات بأن رواتبهم في عدن.",
			want: []string{"civilians"}},
		{id: "2015-08-06-2856", title: "اختطاف 133 صحفيا يمنيا ومصير 20 لا يزال مجهولا",
			text: "وناشدت والدة الصحفي اليمني جلال الشرعبي، المختفي قسريا، منذ 26 أبريل جهات حقوقية وإعلامية الإسهام في إطلاق ابنها.",
			want: []string{"civilians"}},
		// Border guards, fighters in a denial, an aircraft.
		{id: "CN-internationalNews-712-20181016", title: "\"عملية الفجر\".. اختطاف 14 من قوات حرس الحدود الإيراني",
			text: "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وكالة الأنباء الإيرانية (إرنا) اختطاف عدد من قوات التعبئة وحرس الحدود جنوب شرق البلاد، الثلاثاء، لافتة إلى أن الواقعة تمت بـ\"يد جماعة إرهابية\"، لم تذكر أي تفاصيل بشأنها.",
			not:  []string{"civilians"}},
		{id: "2015-07-31-2055", title: "البنتاغون ينفي خطف مقاتلين دربهم في سوريا",
			text: "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة في سوريا لمقاتلين شاركوا في برنامجها لتدريب المقاتلين السوريين.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-1884-20180523", title: "الإمارات تنفي اختطاف طائرة تابعة لـ\"فلاي دبي\" في أجواء إيران",
			text: "نفت الهيئة العامة للطيران المدني في الإمارات، الأربعاء، صحة ما يتم تداوله حول وجود محاولة لاختطاف طائرة تابعة للناقلة الوطنية \"فلاي دبي\" في الأجواء الإيرانية، حسبما أوردت وكالة الأنباء الإماراتية (وام).",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// Round 31: a journalist, an activist or a mayor whom a death or wound
// word by him and a shot in his sentence tell shot is civilians
// (actors_civshot.go shotRoleMentions), though a car in the sentence
// would read a road accident. Not a journalist whose killing a hoax
// staged, a press report of a shooting, or a militant.
func TestActorCiviliansShotRole(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1251-20180425", title: "",
			text: "توفي صحفي فلسطيني، الأربعاء، متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي قبل نحو أسبوعين شرق جباليا شمال قطاع غزة، وفق ما أعلنت مصادر صحية وعائلة الضحية.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-2435-20180701", title: "",
			text: "قُتلت ناشطة من حزب العمال المعارض الأحد بالرصاص في ولاية ميتشواكان في غرب المكسيك، قبيل فتح مراكز الاقتراع للانتخابات المكسيكية حسبما ذكرت السلطات القضائية المحلية.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-2474-20180704", title: "",
			text: "قتل مسلح رئيس بلدية فلبيني، هو الثاني في أقل من 24 ساعة، بعد أن أطلق النار عليه بينما كان يغادر مجمعا حكوميا بسيارة دفع رباعي شمالي البلاد، وفق ما ذكرت صحيفة \"ديلي ميل\" البريطانية، الأربعاء.",
			want: []string{"civilians"}},
		// A staged killing, a press report.
		{id: "SK-internationalNews-1864-20180530", title: "في تطور مذهل.. الصحفي الروسي \"القتيل\" يظهر أمام الكاميرا",
			text: "بعد ساعات من إعلان أوكرانيا مقتله بالرصاص في كييف، ظهر أركادي بابتشينكو، الصحفي الروسي المعارض للرئيس فلاديمير بوتن، في مؤتمر صحفي، بث على الهواء مباشرة، ما أثار ذهول الإعلاميين.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-777-20180404", title: "",
			text: "ذكرت تقارير صحفية أميركية أن قوات إنفاذ القانون تعرفت على المرأة التي أطلقت النار في مقر شركة \"يوتيوب\" في كاليفورنيا.",
			not:  []string{"civilians"}},
		// "ناشط" beside an armed wing's men is a militant.
		{id: "BB-middleEast-762-20180720", title: "",
			text: "وقال شهود عيان لبي بي سي إن المدفعية الإسرائيلية أطلقت عدة قذائف صوب نقطة رصد تابعة لكتائب القسام ، الجناح العسكري لحماس في خانيونس، ما أدى الى مقتل عنصرين من القسام ، فيما قتل ناشط ثالث جراء استهداف المدفعية الإسرائيلية نقطة رصد ثانية شرق رفح.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
