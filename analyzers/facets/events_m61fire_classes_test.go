package facets

import "testing"

// m61fireLead is a neutral two-sentence lead, so each row's sentence
// stands in the body, as in most of the articles it is taken from.
const m61fireLead = "وصل الوزير الجمعة إلى المدينة. وقال المحافظ إن الوضع هادئ.\n"

// TestEventTypesM61fireFiredOnPost pins the round-61 reader m61fire's rule
// (firedOnPost, events_firedonpost.go): fire opened at a post of a state's
// force or at a diplomatic mission, with words between the verb and النار
// or between النار and its aim, is an armed clash (rul46b-2), as fire on
// the force's men or unit is; and the dual firing verbs (أطلقا، يطلقان،
// فتحا) fire as the others do. The true rows fail on main. Guards: a post
// that is not the aim (the passers-by near a cultural centre), a town hall,
// a mall, and an army's positions stay unread.
func TestEventTypesM61fireFiredOnPost(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"extremists fired on the French embassy and the army's HQ, three words between the verb and the fire", "AL-internationalNews-313-20180303", "تقرير أممي: تصاعد تهديد الإرهاب بمنطقة الساحل بأفريقيا",
			m61fireLead + "وحصلت وكالة أسوشيتد برس على التقرير الذي وجهه خبراء الأمم المتحدة إلى مجلس الأمن يوم الجمعة، في ذات اليوم الذي أطلق فيه متطرفون النار على السفارة الفرنسية ومقر الجيش في عاصمة بوركينا فاسو.", "2018-03-03 12:00", clash, true},
		{"two gunmen fired in front of and outside the US consulate, the police returned fire", "2015-08-10-51", "مسلحان يطلقان النار أمام القنصلية الأمريكية في اسطنبول",
			" عين اليوم – اسطنبول\nذكرت محطة (سي.إن.إن ترك) إن مهاجمين أطلقا النار خارج مبنى القنصلية الأمريكية في اسطنبول أكبر مدن تركيا اليوم الاثنين ثم لاذا بالفرار بعد أن ردت الشرطة عليهما.\n وقالت وكالة جيهان للأنباء إن المهاجمين لمبنى القنصلية رجل وامرأة.", "2015-08-10 12:00", clash, true},
		{"two men opened fire on the consulate's building, a day between the fire and its aim; the police returned it", "adapted from 2015-08-10-1182", "القنصلية الأمريكية في اسطنبول تتعرض لإطلاق نار",
			m61fireLead + "وذكرت القناة أن شخصين مجهولي الهوية فتحا النار صباح اليوم على مبنى القنصلية الأمريكية في اسطنبول، وعلى الفور قام أفراد الشرطة بالرد عليهما بالمثل.", "2015-08-10 12:00", clash, true},
		{"jihadists opened fire from Syria on a border post of the army, a day and a place between", "adapted from 2015-07-24-61", "تركيا تعزز حدودها",
			m61fireLead + "وفتح جهاديون الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس مما ادى الى مقتل ضابط صف.", "2015-07-24 12:00", clash, true},
		{"two gunmen fired on the guards, a dual verb", "adapted from BB-middleEast-771-20180723", "مسلحان يقتحمان مبنى محافظة أربيل",
			m61fireLead + "وقال نائب المحافظ إن رجلين مسلحين دخلا المبنى بعد أن أطلقا النار على الحراس، واستوليا على أسلحتهم.", "2018-07-23 12:00", clash, true},
		{"guard: the passers-by are the aim, the cultural centre only near", "adapted from SK-internationalNews-1698-20180521", "ملثمون يطلقون النار على المارة في مرسيليا",
			m61fireLead + "وقالت تقارير صحفية إن مسلحين ملثمين أطلقوا النار على المارة، قرب المركز الثقافي في مدينة مرسيليا يوم الاثنين.", "2018-05-21 12:00", clash, false},
		{"guard: a town hall is no force's post", "adapted from BB-internationalNews-90-20180302", "رئيس البلدية يروي ما جرى",
			m61fireLead + "وقال رئيس البلدية إن المسلحين أطلقوا النار على مقر البلدية فكسروا زجاج نوافذ مكتبه.", "2018-03-02 12:00", clash, false},
		{"guard: a shopping centre is no force's post", "constructed", "هلع في المدينة",
			m61fireLead + "وأطلق مسلح النار على مركز تجاري في المدينة قبل أن يلوذ بالفرار.", "2018-03-02 12:00", clash, false},
		{"guard: an army's positions, which the golds split, stay unread here", "adapted from CN-middleEast-1283-20180904", "ترامب يغرد عن إدلب",
			m61fireLead + "وأشار لافروف إلى أن الجماعات الإرهابية المسلحة تطلق النار على مواقع الجيش السوري في مدينة إدلب.", "2018-09-04 12:00", clash, false},
	})
}
