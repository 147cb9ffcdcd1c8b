package facets

import "slices"

// A missile fired in a drill or a test is no attack (ACLED codes violence
// against an enemy): "أظهرت لقطات فيديو صاروخا ينفجر لدى إطلاقه من على
// متن سفينة تابعة للبحرية الألمانية في تمرين عسكري"، "أجرت كوريا الشمالية
// تجربة صاروخية جديدة". The title often names only the launch ("فرقاطة
// ألمانية تطلق صاروخا"), the lead the drill it was part of.

// testWords tell a weapon's test: "تجربة صاروخية"، "اختبار صاروخ باليستي"،
// "روسيا تختبر بنجاح صاروخاً"، "أميركا تختبر صاروخا بالستيا".
var testWords = wordSet("تجربه التجربه تجارب التجارب تجريبي تجريبيه تجريبيا اختبار الاختبار اختبارات الاختبارات " +
	"تختبر يختبر اختبرت اختبر تختبران")

// spaceWords tell a rocket sent to space, which drillFire sets aside as it
// does a test: "سبيس إكس تنجح بإطلاق أقوى صاروخ في العالم"، "صاروخ فالكون
// هيفي"، "صاروخ BFR المخصص للمريخ"، "يحمل قمرا صناعيا". Not الفضاء or
// الفضائية, which name Russia's aerospace forces ("القوات الجوية الفضائية
// الروسية") when they strike, nor a bare مدار ("تشهد على مدار الساعة سقوط
// قذائف": around the clock).
var spaceWords = wordSet("سبيس ناسا المريخ فالكون المدار مداره صناعي صناعيا صناعيه")

// drillFire reports a missile or shell trigger at i told as a drill's, a
// test's or a space launch's: its sentence names one (drillWords,
// testWords, spaceWords), or the title or
// lead has a sentence naming a weapon with a drill or a test, whose
// missiles the rest of the article tells ("وقال متحدث باسم البحرية إنه لا
// توجد مؤشرات على وجود خلل فني قبل إطلاق الصاروخ، حيث تم إطلاق صاروخ آخر
// من نفس النوع بنجاح"). Not a drill word alone in the title or lead: there
// it is as often the training fighters had ("الفرقة 30 التي تلقى أفرادها
// تدريبات في تركيا") or an examination ("اختبار المخلفات").
// lead caches the title-or-lead answer (see once), which is the article's,
// not the trigger's.
func drillFire(toks []token, i int, e *entry, z leadZone, lead *int8) bool {
	if !slices.Contains(e.ids, "shelling-artillery-missile-attack") {
		return false
	}
	if sentenceHas(toks, i, drillWords) || sentenceHas(toks, i, testWords) || sentenceHas(toks, i, spaceWords) {
		return true
	}
	return once(lead, func() bool {
		for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
			if z.heads(toks, k) && (toks[k].has(drillWords) || toks[k].has(testWords) || toks[k].has(spaceWords)) && sentenceHas(toks, k, weaponWords) {
				return true
			}
		}
		return false
	})
}
