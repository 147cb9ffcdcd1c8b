package facets

// The verb أسقط both downs a craft and drops a load: "أسقطت الدفاعات
// الجوية صاروخين" is an interception, but "طائرات هليكوبتر تابعة للحكومة
// السورية أسقطت براميل متفجرة"، "تصعيد العمل العسكري الذي شمل ... وإسقاط
// البراميل المتفجرة" and "الهجوم شُن بقنبلة برميلية أسقطتها طائرة
// هليكوبتر" tell bombs dropped from the air, the air strike the golds code
// (or a chemical attack), and nothing intercepted. Leaflets and aid are
// dropped too ("أسقطت منشورات على"، "إسقاط المساعدات").

// dropVerbs are the forms of أسقط that may drop a load: the past, the
// verbal noun and the present, and the past with the load's pronoun.
var dropVerbs = wordSet("اسقط اسقطت اسقطتا اسقطوا اسقاط باسقاط يسقط تسقط يسقطون اسقطتها اسقطها اسقطته اسقطه")

// droppedLoads are what an aircraft drops: barrels, bombs, gas, leaflets
// and aid. Not a missile or a drone, which are shot down.
var droppedLoads = wordSet("براميل البراميل برميل البرميل قنابل القنابل قنبله القنبله قنابلها غاز غازا منشورات المنشورات مساعدات المساعدات حمولات حموله")

// loadDropped reports a verb of أسقط at i (dropVerbs) whose object is a
// load dropped (droppedLoads): one of the three words after a lone verb,
// which may put its subject first ("أسقطت مروحيات النظام براميل"), or one
// of the three words before it, the load told first and the verb after it
// ("بقنبلة برميلية أسقطتها طائرة هليكوبتر"، "البراميل المتفجرة التي
// أسقطت"). A phrase that names its object ("أسقطت طائرة") is read after
// the verb only through the phrase, which names a craft downed.
func loadDropped(toks []token, i, end int) bool {
	if !toks[i].has(dropVerbs) || !inArticle(toks, droppedLoads) {
		return false
	}
	if end == i+1 && nearAfter(toks, i, 3, droppedLoads) {
		return true
	}
	return nearBefore(toks, i, 3, droppedLoads)
}
