package facets

// Force against protesters that a demand, an order or a law bars: "تفعيل
// البنود الدستورية المتعلقة بعدم السماح للأجهزة الأمنية بإطلاق الرصاص
// الحي على المتظاهرين"، "وأمر حيدر العبادي قوات الأمن بعدم استخدام الرصاص
// الحي ضد المتظاهرين السلميين"، "القانون الدولي يمنع استخدام النيران
// القاتلة ضد المتظاهرين العزل". The clause states a norm; it tells no fire
// met, as civiliansHarmNorm reads a harm to civilians governed much the
// same way (round 43 ruling 2: nothing inside a party's demand). The round-50
// blind audit aud50d met it in an Iraqi protest report whose protesters'
// demand (no live fire on them) typed the day's marches excessive force
// and hid the peaceful protest.

// forceBarredWords is how far before a force word its governing negation,
// prohibition or demand may stand: "بعدم السماح للأجهزة الأمنية بإطلاق
// الرصاص الحي" puts six words between بعدم and الحي.
const forceBarredWords = 6

// forceBarredKind is what forceNotMet returns for a barred force.
const forceBarredKind = "barred"

// forceBarWords govern a force masdar as a norm, an order or a demand:
// "بعدم استخدام"، "يمنع استخدام"، "منع الاستخدام المفرط"، "بتجنب استخدام
// القوة المفرطة". Not a bare "لا" (civiliansHarmNorm's harmNormWords
// take it): "إن الإسرائيليين لا يريدون قتل الفلسطينيين، وذلك في تعليق على
// المظاهرات" is a reaction to a killing that happened, whose type the
// reaction keeps.
var forceBarWords = wordSet("عدم لعدم بعدم وعدم منع لمنع بمنع ومنع يمنع تمنع تجنب بتجنب لتجنب يحظر تحظر")

// forceBarred reports a force word at j governed by a word of
// forceBarWords within forceBarredWords before it, in its sentence and
// with no punctuation between.
func forceBarred(toks []token, j int) bool {
	s := toks[j].sent
	for k := j - 1; k >= 0 && k >= j-forceBarredWords && toks[k].sent == s && !toks[k+1].gap; k-- {
		if toks[k].has(forceBarWords) {
			return true
		}
	}
	return false
}
