package facets

import (
	"testing"
	"time"
)

// stateClassCase is one row of round 32's foreign-state classes: an
// article's title and one sentence of it, the actors it must and must not
// yield.
type stateClassCase struct {
	id, title, text string
	want, not       []string
}

func checkStateClass(t *testing.T, cases []stateClassCase) {
	t.Helper()
	for _, c := range cases {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorStrikesNoAlly pins the ally cut (allyWords, actors_match.go)
// left off a strike phrase: a loyal word that ends the phrase before it
// makes no ally of the strikes' state; the want row fails on main. The
// guard: a country after an alliance word stays its ally's description.
func TestActorStrikesNoAlly(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-1919-20180524", title: "مطار عسكري سوري يتعرض لضربات صاروخية",
			text: "وكانت مواقع عديدة للنظام السوري والقوات الإيرانية الموالية تعرضت لضربات إسرائيلية في أكثر من مناسبة خلال الأشهر الماضية.",
			want: []string{"israel", "iran"}},
		// Guard: Russia as the separatists' patron, after a loyal word.
		{id: "BB-internationalNews-561-20180524", title: "محققون دوليون: صاروخ روسي أسقط الطائرة الماليزية عام 2014",
			text: "وقع الحادث في أوج التوتر بين القوات الحكومية الأوكرانية والانفصاليين الموالين لروسيا.",
			not:  []string{"russia"}},
	})
}

// TestActorStatePresence pins a state said to be present in Syria's war
// by its name (statePresent, actors_statepresence.go); the want rows fail
// on main. The guard: a presence denied ("ليس لها وجود") places nobody.
func TestActorStatePresence(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-632-20180409", title: "المرصد السوري: مقتل 14 مقاتلا من بينهم إيرانيون خلال استهداف مطار التيفور",
			text: "أفاد المرصد السوري لحقوق الإنسان بأن 14 مقاتلا لقوا حتفهم في الضربة العسكرية التي استهدفت مطار التيفور العسكري التابع للنظام السوري والواقع في محافظة حمص وأنه من بين هؤلاء يوجد إيرانيون.\nوقال مدير المرصد رامي عبد الرحمن لوكالة الأنباء الفرنسية إن \"روسيا وإيران و حزب الله لهم وجود في المطار\".",
			want: []string{"russia", "iran"}},
		{id: "FR-internationalNews-1691-20180607", title: "الرئيس الروسي يؤكد أن قوات بلاده باقية في سوريا ما دامت هناك \"مصلحة\"",
			text: "وأوضح المتحدث باسم الكرملين ديمتري بيسكوف لاحقا أن هذه الملاحظة تشمل القوات الأجنبية الموجودة في سوريا \"بحكم الأمر الواقع وفي طريقة غير شرعية من وجهة نظر القانون الدولي\"، ما يعني أنها لا تشمل روسيا وإيران اللتين تؤكدان أنهما موجودتان في سوريا بناء على طلب \"السلطات السورية الشرعية\".",
			want: []string{"iran"}},
		// Guard: Moscow's assurance that the YPG is absent.
		{id: "BB-middleEast-305-20180407", title: "تركيا تنتقد \"رسائل الولايات المتحدة المتضاربة\" بشأن سوريا",
			text: "وقال ابراهيم كالين، المتحدث باسم الرئيس رجب طيب أردوغان للصحفيين، إن تركيا تباحثت مع روسيا حول مدينة تل رفعت السورية ولن تحتاج إلى التدخل في المنطقة بعد تأكيدات موسكو بأن وحدات حماية الشعب الكردية ليس لها وجود فيها.",
			not:  []string{"russia"}},
	})
}

// TestActorTargetList pins targets of two states or more named by their
// adjectives (targetNouns, actors_forces.go); the want row fails on main.
// The guard: one state's targets in a threat stay out.
func TestActorTargetList(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-230-20180321", title: "ليبرمان: تدمير \"المفاعل النووي السوري\" عام 2007 درس للمنطقة",
			text: "ونفذت الطائرات الإسرائيلية في فبراير/ شباط الماضي غارات جوية على أهداف عسكرية سورية وإيرانية تعمل داخل سوريا.",
			want: []string{"israel", "iran"}},
		// Guard: China's drills against American targets.
		{id: "SK-internationalNews-51-20180220", title: "5 إنجازات صينية تضرب التفوق العسكري الأميركي",
			text: "ويعتقد أن الذكاء الاصطناعي العسكري الصيني سيدخل مجالات الحرب الإلكترونية والطائرات دون طيار التي بإمكانها ضرب أهداف أميركية.",
			not:  []string{"usa"}},
	})
}

// TestActorStateNationals pins a state's nationals among the fighters a
// strike killed (stateNationalsMentions, actors_statenationals.go); the
// want rows fail on main. The guard: nationals among a court's accused.
func TestActorStateNationals(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-874-20180409", title: "فرنسا: لسنا من شن \"ضربة التيفور\"",
			text: "أعلنت هيئة الأركان الفرنسية أن الجيش الفرنسي لم يشن ضربات على مطار التيفور العسكري الواقع بين مدينتي حمص وتدمر، الذي استُهدف في وقت مبكر الاثنين.\nوأفاد المرصد السوري لحقوق الإنسان بمقتل 14 مقاتلا على الأقل بينهم إيرانيون في الضربة.",
			want: []string{"iran"}},
		{id: "SK-middleEast-1944-20180526", title: "مقتل 9 إيرانيين في القصف الإسرائيلي لمطار الضبعة",
			text: "قالت مصادر طبية في مشفى حمص المركزي لسكاي نيوز عربية، إن 21 عسكرياً من بينهم 9 إيرانيين قتلوا خلال القصف الجوي الإسرائيلي على مطار الضبعة العسكري في ريف حمص الغربي، مساء أول أمس الخميس.",
			want: []string{"iran", "israel"}},
		// Guard: Americans among an Egyptian court's accused.
		{id: "FR-internationalNews-563-20180405", title: "مصر: إلغاء الحكم بالحبس الصادر ضد 16 متهما في قضية \"التمويل الأجنبي\"",
			text: "قضت محكمة النقض المصرية الخميس بإلغاء أحكام الحبس الصادرة بحق 16 متهما، بينهم ثلاثة أمريكيين، في قضية \"التمويل الأجنبي\"، على أن تعاد محاكمتهم أمام دائرة أخرى في محكمة جنايات القاهرة.",
			not:  []string{"usa"}},
	})
}

// TestActorStateCouncilRow pins a state that asks for, casts or opposes a
// vote (voteWords, actors_statediplomacy.go) and one that directs an
// accusation at another (aimVerbs, actors_match.go): both speak of the
// fighting; the want rows fail on main. The guard: a state that directs
// strikes is their author.
func TestActorStateCouncilRow(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-890-20180410", title: "هجوم دوما..  واشنطن تطلب تصويتا الثلاثاء وموسكو تعارض",
			text: "أفاد دبلوماسيون بأن السفيرة الأميركية لدى الأمم المتحدة نيكي هيلي عبرت عن رغبتها في أن يصوت مجلس الأمن الدولي، مساء الثلاثاء، على مشروع قرار أميركي بشأن فتح تحقيق جديد لتحديد المسؤول عن استخدام الأسلحة الكيماوية في سوريا.\nوكانت سفيرة الولايات المتحدة بالأمم المتحدة، نيكي هيلي، الاثنين، قد قالت إن واشنطن \"سترد\" على الهجوم الكيماوي على دوما سواء قام مجلس الأمن الدولي بتحرك أم لا.",
			not:  []string{"russia"}},
		{id: "FR-internationalNews-652-20180410", title: "إسرائيل تدين الهجوم الكيميائي المفترض في سوريا وتصفه \"بجريمة ضد الإنسانية\"",
			text: "والاثنين مع تصاعد التوتر حول الهجوم الكيميائي المزعوم، وجّهت سوريا وروسيا الاتهام إلى إسرائيل بتنفيذ هجمات صاروخية ضد قاعدة جوية للنظام.",
			want: []string{"israel"}, not: []string{"russia"}},
		// Guard: the states that directed the strikes.
		{id: "BB-middleEast-346-20180414", title: "الولايات المتحدة وحلفاؤها يقصفون أهدافا يشتبه بعلاقتها بالأسلحة الكيميائية في سوريا",
			text: "وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات طالت أهدافا متعددة في سوريا في عملية عسكرية في وقت مبكر من صباح السبت استهدفت مواقع يشتبه باحتوائها على أسلحة كيميائية.",
			want: []string{"usa"}},
	})
}

// TestActorBackerByAgent pins a rebel force's backer named after "من
// قبل" (backsRebels, actors_match.go): the longer agent preposition makes
// the state a patron as "المدعومة من أمريكا" does; the want row fails on
// main. The guard: an offensive backed by Russia stays Russia's.
func TestActorBackerByAgent(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-middleEast-763-20180429", title: "التحالف الدولي: قوات سوريا الديمقراطية استعادت القرى التي خسرتها",
			text: "دبي، الإمارات العربية المتحدة (CNN) – استعادت قوات سوريا الديمقراطية، المدعومة من قبل أمريكا، القرى التي سيطر عليها النظام السوري لفترة قصيرة، الأحد، شرقي نهر الفرات، وفقا لما أعلنه المتحدث باسم التحالف الدولي لمحاربة داعش، ريان ديلون.",
			not:  []string{"usa"}},
		// Guard: the regime's offensive that Russia backs.
		{id: "SK-middleEast-3544-20180907", title: "تحذيرات متبادلة من مواجهة عسكرية \"أميركية-روسية\" في سوريا",
			text: "ومع الهجوم الوشيك المدعوم من قبل روسيا، لقوات النظام السوري في منطقة إدلب في الشمال، هناك مخاوف من أن ترى موسكو الوقت مثاليا للقيام بعمليات هجومية متعددة، ومن بينها هجوم على التنف.",
			want: []string{"russia"}},
	})
}
