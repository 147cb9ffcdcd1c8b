package facets

import "testing"

// m59etfpIranDisguise is SK-middleEast-2259-20180609 (blind, coded no event
// type), whole: Iran's militias disguised as Syrian troops, with Israel's
// raids told as what it had done before ("وسبق لها أن نفذت غارات جوية").
const m59etfpIranDisguise = `كشفت صحيفة "وول ستريت جورنال" الأميركية عن تنكر ميليشيات إيرانية في سوريا ملابس العسكريين السوريين، لتجنب التعرض لضربات جوية إسرائيلية.
ونقلت الصحيفة عن مصادر في المعارضة السورية المسلحة، قولها إنه "بعد الانسحاب الشكلي للميليشيات الإيرانية وحزب الله من جنوب سوريا، أبقت قوات الجيش السوري عليها، حيث تنكر المقاتلون بثياب القوات الحكومية السورية".
ويعد التقرير الإعلامي الأميركي الجديد، مؤشرا على نية الميليشيات الإيرانية ومعها مسلحي ميليشيات حزب الله اللبناني على البقاء في سوريا.
وأضافت المصادر أن الميليشيات المتنكرة مدججة بالأسلحة الثقيلة والصاروخية.
وترى إسرائيل في الوجود الإيراني قرب حدودها الجنوبية تهديدا ينبغي التعامل معه بجدية، وسبق لها أن نفذت غارات جوية قتل فيها العشرات من الميليشيات الإيرانية ومسلحي حزب الله.
وقال مسؤول إسرائيلي لم تسمه "وول ستريت جورنال"، إن إسرائيل على علم بكل التطورات في "حديقتها الخلفية"، على حد وصفه لسوريا.
ويقول محللون إن ميليشيات حزب الله وإيران عملت لسنوات على ترسيخ وضعها في الجنوب السوري، وبالتالي قد تكون غير مستعدة للمغادرة دون حرب، أو على الأقل تحت ضغط عسكري.`

// m59etfpLead is a made-up two-sentence lead, so the guards' strike stands
// past it in the body, where history is read (a lead's trigger stays).
const m59etfpLead = "قال ناشطون إن التوتر يتصاعد في شمال غرب سوريا.\nوأضافوا أن آلاف المدنيين نزحوا نحو الحدود التركية.\n"

// TestEventTypesM59etfpFormerVerb pins the round-59 reader m59etfp's
// widening of formerlyTold: a trigger one word after سبق's أن, the object
// of the verb there ("سبق أن تعرضت لقصف مدفعي"، "وسبق لها أن نفذت غارات
// جوية"), is an earlier deed told as background, as a trigger right after
// أن was already. Over the pool and blind gold articles the form stands
// before a trigger five times: four code no such type (2015-08-02-160,
// SK-middleEast-989 behind "كما سبق", SK-middleEast-1508,
// SK-middleEast-2259), and the one that does (SK-middleEast-896, a
// timeline of Israel's raids: "سبق أن أصيب بغارة يناير") codes it for the
// raids its other lines tell. The false rows fail on main; the guards, made
// up, keep "كما سبق" (what was said above) and a sentence that names its
// day (dayNamed), each of which the widened form reaches.
func TestEventTypesM59etfpFormerVerb(t *testing.T) {
	const shelling, air = "shelling-artillery-missile-attack", "air-drone-strike"
	checkTypes(t, []typeCase{
		{"cables that had been shelled, repaired after Aden's liberation", "2015-08-02-160", "إقبال شديد من شبان عدن للانضمام إلى الجيش والشرطة",
			`بدورهم، عرض المسؤولون عن إدارات المياه والاتصالات والأشغال العامة والطرق والنظافة والتحسين، مدى الأضرار التي خلفتها الحرب، وأكدوا على ضرورة عودة الخدمات لسكان المدينة. وقال مدير مؤسسة المياه بعدن نجيب محمد أحمد، إنه يتوقع البدء بضخ المياه في أقرب وقت لكل مديريات المحافظة، خاصة في ظل تحسن الوضع الأمني. أما مسؤول إدارة الاتصالات عبد الباسط الفقيه، فشدد على استعادة خدمة الإنترنت «في القريب العاجل» بعد إصلاح كابلات في مدينة دار سعد بشمال عدن سبق أن تعرضت لقصف مدفعي من قبل ميليشيات الحوثي وصالح، لافتا إلى أن المهندسين الفنيين «يسعون لإصلاح هذه الأضرار لتعود الخدمة لسابق عهدها».`,
			"2015-08-02 12:00", shelling, false},
		{"Israel's raids told as what it had done before", "SK-middleEast-2259-20180609", "إيران في سوريا.. انسحاب مزيف وتنكر في زي الجيش",
			m59etfpIranDisguise, "2018-06-09 12:00", air, false},
		{"guard: كما سبق, what was said above", "", "التوتر في ريف إدلب",
			m59etfpLead + "وكما سبق أن أوضحنا قصفت الطائرات الحربية الروسية بلدة جسر الشغور في ريف إدلب.",
			"2018-09-04 12:00", air, true},
		{"guard: a sentence that names its day (dayNamed)", "", "التوتر في ريف إدلب",
			m59etfpLead + "وعادت إلى قاعدة حميميم الطائرات الروسية التي سبق أن نفذت غارات جوية على البلدة صباح اليوم.",
			"2018-09-04 12:00", air, true},
	})
}

// m59etfpAssadThreat is SK-middleEast-945-20180411 (blind, coded an air
// strike and the chemical attack), whole: Israel's threats after the T4
// raid, told bare ("قالت دمشق إن تل أبيب قصفت مطار التيفور"), with
// February's raids dated in its last line.
const m59etfpAssadTitle = `إسرائيل تهدد "بإزالة" الأسد ونظامه عن خريطة العالم`

const m59etfpAssadThreat = `هددت مصادر عسكرية إسرائيلية، الأربعاء، الرئيس السوري بشار الأسد ونظامه، مؤكدة أنهما سيختفيان عن خريطة العالم في حال شنت إيران هجوما على الدولة العبرية انطلاقا من سوريا.
وقالت المصادر العسكرية، حسب وسائل إعلام إسرائيلية، إن الأسد ونظامه سيدفعان ثمن أي هجوم إيراني انتقامي على إسرائيل.
ويترقب العالم شن الغرب ضربة عسكرية في سوريا، ردا على استخدام النظام السوري الأسلحة الكيماوية في هجوم على مدينة دوما المحاصرة قرب دمشق مطلع الأسبوع الجاري قتل فيه 150 شخصا.
وذكرت مصادر عسكرية إسرائيلية أن بشار الأسد غادر قصره الرئاسي بدمشق صباح اليوم برفقة قافلة عسكرية روسية خوفا من التعرض لقصف أميركي.
لكن التوتر بين الأسد وإيران من جهة وإسرائيل من جهة أخرى على أشده أيضا، وذلك بعد أن قالت دمشق إن تل أبيب قصفت مطار "التيفور العسكري" قرب محص موقعة 14 قتيلا بينهم إيرانيون.
ورفع الجيش الإسرائيلي رفع مستوى التأهب تحسبا لرد إيراني على الغارة التي استهدفت مطار التيفور العسكري السوري.
وقالت صحيفة "هآرتس" العبرية أن الجيش الإسرائيلي أخذ التهديدات الإيرانية على محمل الجد، مشيرة إلى أن القوات الموجودة على الحدود الشمالية باتت في حالة تأهب قصوى.
وسبقت أن شنت إسرائيل هجمات داخل سوريا استهدفت إضافة إلى قوات النظام، قوات إيرانية، وأبرزها الغارات المكثفة التي اعقبت إسقاط مقاتلة حربية إسرائيلية في فبراير الماضي.`

// TestEventTypesM59etfpHistoryAir pins the strike kind an air strike told
// as history still names: with an air strike's own word set aside as
// history (here "الغارات المكثفة ... في فبراير الماضي"), the article's
// bare strikes are air raids unless a shelling's own word is counted
// too. In the golds it moves three articles' bare strikes from shelling
// to air: one codes the air strike (this one), two code neither
// (SK-middleEast-3216, 2015-07-23-695). The first row fails on main
// (rasid typed shelling); the guard keeps a shelling told by its own word
// beside an air raid of a past year.
func TestEventTypesM59etfpHistoryAir(t *testing.T) {
	const shelling, air = "shelling-artillery-missile-attack", "air-drone-strike"
	checkTypes(t, []typeCase{
		{"the T4 raid told bare, February's raids dated", "SK-middleEast-945-20180411", m59etfpAssadTitle,
			m59etfpAssadThreat, "2018-04-11 12:00", air, true},
		{"the T4 raid is no shelling", "SK-middleEast-945-20180411", m59etfpAssadTitle,
			m59etfpAssadThreat, "2018-04-11 12:00", shelling, false},
		{"guard: a shelling's own word beside a past year's air raid", "", "قصف على ريف درعا",
			"قصفت قوات النظام بالمدفعية الثقيلة بلدة بصرى الشام في ريف درعا الشرقي الثلاثاء.\nوقال ناشطون إن القصف طال منازل المدنيين في البلدة.\nوكانت طائرات حربية قد شنت غارات على البلدة في عام 2015.",
			"2018-05-15 12:00", shelling, true},
	})
}
