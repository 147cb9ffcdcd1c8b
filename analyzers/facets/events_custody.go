package facets

// custodyTriggers name the custody a person is held in: "قيد الحبس
// الاحتياطي"، "رهن الاحتجاز"، "في الحجز الاحتياطي". The definite nouns are
// no arrest trigger of their own (only احتجاز، توقيف are).
const custodyTriggers = "قيد الحبس|قيد التوقيف|قيد الاحتجاز|قيد الاعتقال|رهن الحبس|رهن التوقيف|رهن الاحتجاز|رهن الاعتقال|رهن الحجز|" +
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
