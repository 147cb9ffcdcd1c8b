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
