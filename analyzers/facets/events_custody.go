package facets

// custodyTriggers name the custody a person is held in: "قيد الحبس
// الاحتياطي"، "رهن الاحتجاز"، "في الحجز الاحتياطي". The definite nouns are
// no arrest trigger of their own (only احتجاز، توقيف are).
const custodyTriggers = "قيد الحبس|قيد التوقيف|قيد الاحتجاز|قيد الاعتقال|رهن الحبس|رهن التوقيف|رهن الاحتجاز|رهن الاعتقال|رهن الحجز|رهن التحقيق|" +
	"في الحبس الاحتياطي|في الحجز الاحتياطي|في التوقيف الاحترازي|في الحجز"

var (
	// custodyHeads open a custody trigger.
	custodyHeads = wordSet("قيد رهن في")
	// custodyPlacing are the verbs and nouns of placing someone in
	// custody.
	// Not وضعه, as often the verbal noun of a custody looked back on
	// ("بعد شهر من توجيه الاتهام إليه ... ووضعه في الحجز الاحتياطي").
	custodyPlacing = wordSet("وضع وضعت وضعته وضعتها وضعتهم وضعوا ووضع ووضعت ووضعته ووضعتها ووضعوا " +
		"ايداع وايداع ايداعه وايداعه اودع اودعت واودع واودعت اقتيد واقتيد")
)

// custodyPlaced reports a custody trigger at i told as begun: a verb of
// placing stands up to five words before it in its sentence ("وضعت
// السلطات التركية مواطنا ألمانيا قيد الحبس الاحتياطي"، "ووضعته قيد التوقيف
// الاحترازي"، "تم وضعهم في الحبس الاحتياطي"). That is an arrest made, as
// the wire agencies tell the French and Turkish ones; a custody told only
// as a state ("لا يزال قيد الاحتجاز"، "عامه الثاني قيد الاعتقال") is the
// background of a trial or a release.
func custodyPlaced(toks []token, i int) bool {
	return nearBefore(toks, i, 5, custodyPlacing)
}

// custodyHeadline reports a custody trigger at i in the title, headed by
// قيد or رهن, that no word of keeping stands before (custodyKept, up to
// three words): the headline's custody is its news, one just begun —
// "ساركوزي.. يوم ثان "رهن الاحتجاز""، "معاون الرئيس الفرنسي الموقوف رهن
// التحقيق" — as the body tells it ("وأوقفت السلطات الفرنسية ساركوزي
// ... الثلاثاء"). A custody kept or prolonged is a trial's ("إرجاء محاكمة
// القس الأمريكي برانسون مع إبقائه قيد التوقيف الاحترازي"), which the
// rulings leave uncoded (rul46d-3).
func custodyHeadline(toks []token, i int) bool {
	return toks[i].title && toks[i].w != "في" && !nearBefore(toks, i, 3, custodyKept)
}

// custodyKept before a custody trigger keep or prolong it rather than
// begin it.
var custodyKept = wordSet("ابقاء ابقائه ابقائها ابقائهم بابقاء بابقائه يزال تزال زال زالت مازال مازالت يبقي تبقي يبقى تبقى تمديد بتمديد")
