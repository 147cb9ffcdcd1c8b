package facets

import "testing"

// Town classes from the nine fresh samples pooled (round 9c): real
// sentences, article ids given; none from the untouched gold part. Each
// class has a case its rule must not disturb beside it.
func TestPlaceRound9bClasses(t *testing.T) {
	checkPlaces(t, []placeCase{
		// Morocco's Kenitra: listed with Moroccan cities, or given a
		// Moroccan adjective (fresh SK-middleEast-1687; corpus).
		{class: "Kenitra in Morocco", id: "SK-middleEast-1687-20180514", title: "الأمن المغربي يعتقل أشخاصا ينتمون لداعش",
			text:     "وأوضح أن الخلية تضم معتقلا سابقا في قضية تتعلق بالإرهاب وأن المشتبه بهم ينشطون بفاس والدار البيضاء والقنيطرة وميدار (إقليم الدريوش شمالي المغرب). وكان بعضهم ينوي الالتحاق بداعش في سوريا.",
			notTowns: []string{"C6268", "C3508"}, notGovs: []string{"SY14"}},
		{class: "Kenitra in Morocco", id: "BB-middleEast-1112-20181016", title: "المغرب: 7 قتلى على الأقل في حادث انقلاب قطار بمنطقة بوقنادل",
			text:     "وخرج القطار عن سكته وانقلب على بعد 10 كيلومترات شمالي الرباط بين مدينتي القنيطرة وسلا. ونقلت وكالة الأنباء السورية خبرا مشابها.",
			notTowns: []string{"C6268"}, notGovs: []string{"SY14"}},
		{class: "Kenitra in Morocco", id: "AL-culture-305-20180423",
			text:     "الدحماني التي ولدت في مدينة القنيطرة المغربية عام 1983، وبدأت مشوارها الإعلامي والفني في الإمارات، وعملت في قناة سورية.",
			notTowns: []string{"C6268"}},
		{class: "Kenitra in Morocco (guard: Syria's)", id: "corpus",
			text:  "سقطت قذائف على بلدة حضر بريف القنيطرة الشمالي، وقصفت قوات النظام مدينة القنيطرة ودرعا.",
			towns: []string{"C6268"}, govs: []string{"SY14"}},
		// A Syrian city listed with Casablanca stays Syrian; Casablanca's
		// البيضاء is no Latakia village.
		{class: "Casablanca", id: "2015-08-06-229",
			text:     "وشارك في مؤتمرات باندونغ وبريوني والدار البيضاء واللاذقية لـ«دول عدم الانحياز».",
			towns:    []string{"C3480"},
			notTowns: []string{"C3508"}},
		// A name followed by ابن/بن is a person's (fresh SK-middleEast-2626; corpus).
		{class: "a person's name", id: "SK-middleEast-2626-20180627",
			text:     "وأظهرت الأدلة الحكومية أن أبو ختالة قاد مجموعة مسلحة متطرفة اسمها \"أبو عبيدة ابن الجراح\"، التي نفذت هجوم بنغازي. وكان قد فر إلى سوريا.",
			notTowns: []string{"C4909"}, notGovs: []string{"SY08"}},
		{class: "a person's name", id: "2015-08-07-356",
			text:     "قال: إن لكل أمة أميناً، وأمين هذه الأمة أبو عبيدة بن الجراح، وقد قاتل في بلاد الشام وسوريا.",
			notTowns: []string{"C4909"}},
		// الميادين before a definite adjective in -ية is "the fields"
		// (fresh AL-internationalNews-648; fresh-2's "battlefields").
		{class: "the word الميادين", id: "AL-internationalNews-648-20180327",
			text:     "وتارة بالعسكري، وأخرى بزي عشوائي الملامح كما هو زي أفراد القاعدة في الميادين القتالية في سوريا.",
			notTowns: []string{"C5192"}, notGovs: []string{"SY09"}},
		{class: "the word الميادين (guard: the town)", id: "corpus",
			text:  "شنت طائرات التحالف غارات على مدينة الميادين الواقعة في ريف دير الزور الشرقي في سوريا.",
			towns: []string{"C5192"}, govs: []string{"SY09"}},
		// "X ودمشق" is a place only after another place's name; after a
		// party (الأكراد, روسيا: words of other place names) it is the
		// government (fresh FR-middleEast-21; corpus).
		{class: "Damascus as a party", id: "FR-middleEast-21-20180219", title: "اتفاق بين الأكراد ودمشق يقضي بدخول الجيش السوري إلى عفرين لصد الهجوم التركي",
			text:     "أعلن الأكراد في سوريا الأحد، أنه تم التوصل إلى اتفاق مع الحكومة السورية يسمح لقوات النظام بدخول عفرين للمشاركة في صد الهجوم التركي هناك.",
			towns:    []string{"C1366"},
			notTowns: []string{"C1001"}},
		{class: "Damascus as a party", id: "FR-internationalNews-722-20180413",
			text:     "ونفت روسيا ودمشق استخدام السلاح الكيميائي في مدينة دوما السورية.",
			towns:    []string{"C2338"},
			notTowns: []string{"C1001"}},
		{class: "Damascus as a party (guard: a list of places)", id: "corpus",
			text:  "وخسر ثاني أكبر ألويته ومعسكرات ومواقع استراتيجية ومخازن أسلحة في حلب ودمشق ودرعا وحمص في سوريا.",
			towns: []string{"C1001", "C1007"}},
		// A name after a word for settlements vouches for its list
		// neighbours (fresh SK-middleEast-1334; corpus); a facility's
		// word does not (tune: Bley's airbase is no Daraa village).
		{class: "a list after a settlement word", id: "SK-middleEast-1334-20180429", title: "قوات مدعومة أميركيا تطرد النظام السوري من قرى في دير الزور",
			text:  "تمكنت خلالها قوات النظام السوري والميليشيات المتحالفة معها من السيطرة على قرى شقرا والحصان والجيعة والجنينة، الواقعة شرقي نهر الفرات قرب الحدود مع العراق.",
			towns: []string{"C6527", "C5089"}, govs: []string{"SY09"}},
		{class: "a list after a settlement word", id: "2015-08-11-1650",
			text:  "حيث يهدد شبح الحصار والجوع مدينتي قدسيا والهامة في ريف دمشق حيث تفرض قوات النظام السوري حصارا.",
			towns: []string{"C2323"}, govs: []string{"SY03"}},
		{class: "a list after a settlement word (guard: a facility's word)", id: "SK-middleEast-1563-20180510",
			text:     "كما أفادت المصادر باستهداف مطاري خلخلة وبلي العسكريين في سوريا وبرج دمشق التجاري.",
			notTowns: []string{"C6075"}, notGovs: []string{"SY12"}},
		// A list of provinces goes on after an aside on direction and
		// through فدمشق (fresh FR-middleEast-909; corpus
		// FR-internationalNews-2653, the same story).
		{class: "a province list with asides", id: "FR-middleEast-909-20180810",
			text:     "وقد قامت السلطات السورية في البداية بتحديث سجلات محافظة حماة، ثم حمص (وسط) فدمشق، ثم اللاذقية والحسكة (شمال شرق).",
			govs:     []string{"SY05", "SY04", "SY01", "SY06", "SY08"},
			notTowns: []string{"C2528", "C1001", "C3480", "C4360"}},
		{class: "a province list with asides (guard: a city)", id: "corpus",
			text:  "وقصفت الطائرات مدينة حمص (وسط) واللاذقية في سوريا.",
			towns: []string{"C2528"}},
		// A capital that opens a count per province (fresh SK-middleEast-1477,
		// whose later items round 9 read).
		{class: "a count per province opened by a capital", id: "SK-middleEast-1477-20180507",
			text:     "وأشارت المجموعة إلى أن القتلى توزعوا حسب المناطق في سوريا على النحو التالي: 35 شخصًا قضوا في دمشق، و8 آخرين في ريف دمشق، ولاجئ في حلب، وشخص في درعا.",
			govs:     []string{"SY01", "SY03"},
			notTowns: []string{"C1001"}},
		{class: "a count per province opened by a capital (guard: no count after)", id: "corpus",
			text:  "قتل 35 شخصا في دمشق، وأصيب آخرون في ريف دمشق خلال قصف في سوريا.",
			towns: []string{"C1001"}},
	})
}
