package facets

import "testing"

// ukraineLostGround is the Ukrainian army's statement of 11 August 2015
// (2015-08-11-788; 2015-08-10-1524 is the same wire), told under its title.
const ukraineLostGround = "وأوضح الجيش الأوكراني إن 400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية المتمركزة حول بلدة ستاروناتيفكا على بعد 50 كيلومترا شمالي مدينة ماريوبول الساحلية التي تسيطر عليها القوات الحكومية. ولفت الانتباه إلى إن القوات الأوكرانية صدت الهجوم بالقصف المدفعي واستعادت الأراضي التي خسرتها."

// TestM62terrLostRetaken pins a force retaking the ground it had just lost
// (lostRetaken, events_lostground.go): a finite past of استعاد whose object
// a relative clause tells back as lost (التي خسرتها). Over the pool and
// blind golds the construction is in 3 articles, all 3 coded
// government-regains-territory (the third, CN-middleEast-763, names the
// SDF as taker and is read by the taker search, not by this rule). The
// first row fails on main (no taker is named, so no type was given).
// Guards: the retaking
// told as a verbal noun, negated ("لم تؤد إلى استعادة الجهاديين أيا من
// الأراضي التي خسروها") or as the war's course ("وتمكنت قواته من استعادة
// معظم الأراضي التي كانت قد فقدت السيطرة عليها"), which the rule leaves.
func TestM62terrLostRetaken(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Ukraine's forces retook the ground they lost, no taker named (pool)", "2015-08-11-788", "أوكرانيا تتهم الانفصاليين بشن أعنف قصف منذ ستة أشهر",
			ukraineLostGround, "2015-08-11 12:00", "government-regains-territory", true},
		{"guard: a retaking denied, told as a verbal noun (pool)", "FR-middleEast-111-20180306", "مقاتلون أكراد تدعمهم واشنطن يغادرون مواقعهم لمؤازرة عفرين",
			"بدوره قال متحدث ثان باسم البنتاغون هو الميجور آدريان رانكين-غالواي إن الولايات المتحدة تواصل تنفيذ العمليات العسكرية الخاصة بها ضد تنظيم \"الدولة الإسلامية\"، مشددا على أن مغادرة المقاتلين الأكراد لم تؤد إلى استعادة الجهاديين أيا من الأراضي التي خسروها في سوريا.",
			"2018-03-06 12:00", "non-state-actor-overtakes-territory", false},
		{"guard: the war's course, a verbal noun after تمكنت (pool)", "BB-middleEast-547-20180529", "سوريا تعترف رسميا بإقليمين منفصلين عن جورجيا تدعمهما روسيا",
			"وأدى التدخل الروسي إلى تغيير كفة الحرب بشدة لصالح الأسد، وتمكنت قواته من استعادة معظم الأراضي التي كانت قد فقدت السيطرة عليها.",
			"2018-05-29 12:00", "government-regains-territory", false},
	})
}
