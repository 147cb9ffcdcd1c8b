package facets

import "testing"

// Round 66's m66leads: a chemical supply title (supplyTitle,
// events_chemsupply.go) types no chemical attack, but its chemical
// triggers still date the report as the day's news (evSupply, a
// dates-only pseudo type). CNN's North Korean shipment story is the row:
// on main it is typed chemical-weapon (the type row fails there), and
// with m65chem's first cut, which made the triggers count for nothing, it
// lost its publication day (the date row fails there). The guard is BBC's
// copy of the same story, which the gold leaves undated and rasid never
// dated: it stays undated and untyped.
func TestSupplyTitleKeepsDate(t *testing.T) {
	const (
		cnnTitle = "شاهد.. هل تواطأت بيونغ يانغ مع الأسد لصنع الأسلحة الكيماوية؟"
		cnnBody  = "(CNN)-- قال مصدر بالأمم المتحدة إن كوريا الشمالية أرسلت مواداً يمكن استخدامها كأسلحة كيماوية إلى سوريا، مشيراً إلى أن تقريراً جديداً لم ينشر يستند على تحقيق سري كشف أن صمامات ومقاييس حرارة تستخدم لتحويل المواد الكيماوية إلى قنابل قاتلة أرسلت من قبل نظام كيم."
		bbcTitle = "كوريا الشمالية \"تزود سوريا بمواد قد تستخدم لإنتاج أسلحة كيماوية\""
		bbcBody  = "أرسلت كوريا الشمالية معدات للحكومة السورية يمكن استخدامها في إنتاج أسلحة كيماوية، وفقا لما نقلته وسائل إعلام أمريكية استنادا إلى ما خلص إليه خبراء تابعون للأمم المتحدة.\nوأفادت التقارير بأن هذه المواد تشمل ألواحا من البلاط مقاومة للمواد الحمضية وصمامات وأنابيب.\nونقلت صحيفة \"نيويورك تايمز\" عن تقرير أممي لم ينشر بعد قوله إن خبراء في تصنيع الصواريخ من بيونغيانغ شوهدوا في منشآت لصنع الأسلحة في سوريا.\nوتتزامن هذه الادعاءات مع تقارير جديدة عن استخدام الحكومة السورية لغاز الكلور في الغوطة الشرقية، الأمر الذي تنفيه دمشق.\nوتخضع كوريا الشمالية لعقوبات دولية بسبب برنامجها النووي."
	)
	checkTypes(t, []typeCase{
		{"a making title, the shipment told by a source (blind, uncoded)", "CN-middleEast-125-20180228", cnnTitle, cnnBody, "2018-02-28 07:05", "chemical-weapon", false},
		{"guard: BBC's copy of the story (blind, uncoded)", "BB-middleEast-111-20180228", bbcTitle, bbcBody, "2018-02-28 03:18", "chemical-weapon", false},
	})
	checkDates(t, []dateCase{
		{"the supply title is still the day's news (blind, dated)", "CN-middleEast-125-20180228", cnnTitle, cnnBody, "2018-02-28 07:05", "2018-02-28"},
		{"guard: BBC's copy stays undated (blind, undated)", "BB-middleEast-111-20180228", bbcTitle, bbcBody, "2018-02-28 03:18", ""},
	})
}
