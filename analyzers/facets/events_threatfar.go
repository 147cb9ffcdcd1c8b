package facets

import "strings"

// A threat names what it threatens after its verb, often past the six words
// modalBefore reads: "هدد تنظيم الدولة الإسلامية في أواخر يوليو/تموز الماضي
// بإعدام نساء"، "هدد تنظيم داعش على مواقع التواصل الاجتماعي باستهداف لاعبي
// كأس العالم ... باستخدام طائرات مسيرة". The threatened deed is not done.

// farThreatVerbs are the verbs of threatening and vowing (threatVerbs of
// actors_threat.go also decide and intend).
var farThreatVerbs = wordSet("هدد هددت هددوا يهدد تهدد يهددون وهدد وهددت توعد توعدت توعدوا يتوعد تتوعد وتوعد وتوعدت مهددا متوعدا")

// threatFarReach is how far before a trigger threatFar looks for the verb.
const threatFarReach = 14

// threatReply words between a threat and a trigger make the trigger what
// the threatened reply answers, which happened: "توعد دول غربية بالرد
// عسكريا على ضربة كيماوية للنظام السوري"، "وتوعد الرئيس الأميركي ...
// النظام السوري بضربة عسكرية بعد اتهامه بشن هجوم كيماوي في بلدة دوما".
var threatReply = wordSet("بالرد الرد رد ردا بعد عقب اثر")

// threatFar reports a trigger at i in the sentence of a threat verb that
// stands further before it than modalBefore reads, with no reply word
// between, and with the threat's ب object opening between them or on the
// trigger itself ("هدد ... بإعدام"، "توعدت بتكثيف الهجمات"، "توعد بأن
// يكون هذا العام عام إطلاق الصواريخ"). Without it the verb endangers
// rather than threatens, and what follows is another clause: "بات يهدد
// حتى أمن الملاحة الدولية، أطلقت قوات المقاومة المشتركة معركة تحرير
// الحديدة".
func threatFar(toks []token, i int) bool {
	if !inArticle(toks, farThreatVerbs) {
		// Most articles threaten nothing; the scan below runs at every
		// trigger.
		return false
	}
	s := toks[i].sent
	object := false
	for j := i; j >= 0 && j >= i-threatFarReach && toks[j].sent == s; j-- {
		if j < i && toks[j].has(threatReply) {
			return false
		}
		if j < i && toks[j].has(farThreatVerbs) {
			return object
		}
		w := stripWa(toks[j].w)
		object = object || w == "بان" || len([]rune(w)) > 3 && strings.HasPrefix(w, "ب")
	}
	return false
}
