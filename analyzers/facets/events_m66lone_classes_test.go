package facets

import "testing"

// Round 66, m66lone: a crime with no armed group and no terror label takes no
// attack-on-civilians (rul66a-1; loneCrimeUntyped, events_lonecrime.go). The
// first three rows fail on main. The guard is a stabbing the police call
// terrorist (rul66a-2), kept typed on main and after; its lead tells "هجوم
// الطعن" with no harm word by it, so loneAttack's lone reading never starts
// there and the row does not reach the terror test: TestLoneAttackTerrorWord
// below does.
func TestEventTypesM66loneCrime(t *testing.T) {
	const civ = "attack-on-civilians"
	checkTypes(t, []typeCase{
		{"a lone gunman in a cinema (pool fresh8)", "2015-07-25-393", "مسلح يقتل شخصين ويصيب سبعة داخل سينما ثم ينتحر",
			`قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح أطلق النار داخل صالة سينما في مدينة لافاييت بولاية لويزيانا (جنوب الولايات المتحدة) ثم انتحر، كما أفادت الشرطة.
وقالت الشرطة خلال مؤتمر صحافي إن مطلق النار رجل أبيض خمسيني وأنه انتحر على ما يبدو، وأفاد شهود أن إطلاق النار جرى داخل صالة سينما «غراند 16» أثناء عرض فيلم «ترينريك» الكوميدي.`,
			"2015-07-25 12:00", civ, false},
		{"a newsroom shooting (pool holdout17)", "BB-internationalNews-714-20180628", "5 قتلى في هجوم مسلح على مقر صحيفة أمريكية",
			`قال مسؤولون أمريكييون إن 5 أشخاص قد قُتلوا وجُرح آخرون في إطلاق نار داخل مقر صحيفة أمريكية بمدينة أنابوليس، عاصمة ولاية ماريلاند القريبة من واشنطن، بحسب .
وأكدت الشرطة أن الهجوم وقع على مقر صحيفة كابيتال غازيت، بعد ظهر الخميس، وأنها ألقت القبض على مشتتبه به، مع وجود كثير من الضحايا في موقع الحاث.
وذكر تقرير أمريكي أن مسلحا أطلق النار على "عدة موظفين" داخل مقر الصحيفة من خلال باب زجاجي.`,
			"2018-06-28 22:04", civ, false},
		{"a ramming with no terror motive (corpus)", "AL-internationalNews-1410-20180601", "إصابة 5 أشخاص في حادث دهس سيارة للمارة بمانشستر",
			`أصيب 5 أشخاص بجروح، في #عملية_دهس للمارة بسيارة في مدينة #مانشستر البريطانية بحسب ما نقلت وسائل إعلام عن الشرطة.
وقد هرعت سيارات الإسعاف إلى منطقة ترافورد بارك لنقل المصابين الذين قالت دائرة الطوارئ في المدينة إن إصابة بعضهم خطيرة.
فيما أعلنت الشرطة أنه لا دليل على دوافع إرهابية وراء الحادث حتى هذه اللحظة.`,
			"2018-06-01 05:27", civ, false},
		{"guard: a stabbing the police call terrorist (pool, rul66a-2)", "CN-internationalNews-555-20180902", "هولندا تكشف هوية المشتبه به بهجوم الطعن: دوافعه إرهابية",
			`أمستردام، هولندا (CNN)— كشفت الشرطة الهولندية هوية المشتبه به بتنفيذ هجوم الطعن في محطة القطارات المركزية بالعاصمة أمستردام، الجمعة، قائلة إنه من أصول أفغانية ويبلغ من العمر 19 عاما، مكتفية بالقول إنه يدعى "جواد س".
وقال متحدث باسم الشرطة بالمدينة، في تصريحات لـCNN إن الدوافع وراء هذا الهجوم "إرهابية"، لافتا إلى أن المشتبه به لا زال يتلقى العلاج في المستشفى بعد إطلاق عناصر الأمن النار عليه.
وكان مكتب عمدة أمستردام كشف في وقت سابق أن المصابات في هذا الهجوم، هما مواطنان أمريكيان، لافتا إلى أنهما أصابتهما غير مهددة للحياة.`,
			"2018-09-02 07:36", civ, true},
	})
}

// TestLoneAttackTerrorWord pins loneAttack's terror test (rul66a-2), which
// the type rows above never reach: Amsterdam's stabbing of 31 August, told
// with its knife and its wounded in the lead (a lone attack's lead), is
// refused only by its unnegated "إرهابي" — the row fails with
// loneTerrorWords' test off. Main types neither this copy nor the pool's
// article (the gold codes attack-on-civilians, a miss left as it is), so
// the guard is on loneAttack, not on a type. The Lafayette cinema is the
// lone crime it still reads.
func TestLoneAttackTerrorWord(t *testing.T) {
	lex()
	for _, tc := range []struct {
		name, title, body string
		want              bool
	}{
		{"guard: a stabbing the town calls terrorist (pool holdout12, SK-internationalNews-3112-20180901)", `منفذ هجوم أمستردام تحرك بدافع "إرهابي"`,
			`أعلنت السلطات الهولندية، السبت، أن الشاب الأفغاني الذي أصاب الجمعة أميركيين اثنين بسكين بمحطة قطارات في أمستردام، تحرك بدافع إرهابي.
ونقلت "فرانس برس" عن بلدية أمستردام قولها في بيان: "تبيّن أن دوافع الرجل إرهابية".
وفي وقت سابق، السبت، أفاد السفير الأميركي لدى هولندا، بيت هوكسترا بأن المصابين كانا سائحين في زيارة للمدينة.`, false},
		{"a lone gunman in a cinema (pool fresh8, 2015-07-25-393)", "مسلح يقتل شخصين ويصيب سبعة داخل سينما ثم ينتحر",
			"قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح أطلق النار داخل صالة سينما في مدينة لافاييت بولاية لويزيانا (جنوب الولايات المتحدة) ثم انتحر، كما أفادت الشرطة.", true},
	} {
		if got := loneAttack(tokenize(tc.title, tc.body)); got != tc.want {
			t.Errorf("%s: loneAttack = %v, want %v", tc.name, got, tc.want)
		}
	}
}
