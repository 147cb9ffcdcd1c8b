package facets

// enabledCapture returns the token of a verb of managing (تمكن، تمكنت …)
// that a capture word at token i completes through من: "تمكنت المقاومة
// الشعبية أمس عقب مواجهات عنيفة مع قوات التمرد من انتزاع السيطرة على جبل
// الجماجم"، "بدأت قوات النظام هجوما بريا ... تمكنت بموجبه حتى الآن من
// السيطرة على أكثر من نصف مساحة المنطقة"; -1 if none. A capture managed
// is one told as done, and who managed it is its taker, named beside the
// verb of managing however far the capture word stands from it. Only the
// past and the noun: the present is mostly a purpose ("حتى تتمكن من
// السيطرة"), and a verb of managing denied or hedged ("لم تتمكن") manages
// nothing.
func enabledCapture(toks []token, i int) int {
	if i < 2 || toks[i-1].w != "من" {
		return -1
	}
	s := toks[i].sent
	for k := i - 2; k >= 0 && k >= i-enabledReach && toks[k].sent == s; k-- {
		if toks[k].has(managedWords) {
			if modalBefore(toks, k) {
				return -1
			}
			return k
		}
	}
	return -1
}

// enabledReach is how many words before a capture word its verb of
// managing is looked for: the taker and a time or a fight may stand
// between ("وتمكنت قوات النظام السوري بعد ساعات من استقدامها تعزيزات
// عسكرية الأربعاء من استعادة السيطرة").
const enabledReach = 12

// managedWords are the past and the noun of تمكن, which a capture word
// completes through من.
var managedWords = wordSet("تمكن تمكنت تمكنوا تمكنا تمكنتا تمكنه تمكنها تمكنهم تمكنهما")

// becameHolder reports a present capture word at token i told as control
// come to: a verb of becoming (بات، باتت، أصبح …) up to eight words before
// it in its sentence, the holder between ("وبات الجيش التركي وفصائل سورية
// موالية له يسيطرون على نحو 80% من عفرين"، "القوات التركية باتت تسيطر على
// أكثر من 80% من عفرين"). Not after a relative pronoun ("المعارضة التي
// باتت تسيطر"), which describes who holds a place.
func becameHolder(toks []token, i int) bool {
	s := toks[i].sent
	for k := i - 1; k >= 0 && k >= i-8 && toks[k].sent == s; k-- {
		if toks[k].has(becomeWords) {
			return k == 0 || toks[k-1].sent != s || !toks[k-1].has(relativeWords)
		}
	}
	return false
}

// becomeWords are the past of بات، أصبح and صار.
var becomeWords = wordSet("بات باتت باتوا اصبح اصبحت اصبحوا صار صارت صاروا")

// enabledArrest reports an arrest word at token i told as managed: "تمكنت
// وحدات من الجيش، الجمعة، من القبض على مسؤول الملف الأمني"، "تمكنت فرقة
// الأبحاث من إلقاء القبض على عنصر إرهابي"، "الجهة المختصة تمكنت من القبض
// على عناصر تلك المجموعة". Told so, an arrest is a deed done, not a wish
// or a charge, wherever in the text it stands, as a managed capture is
// (enabledCapture): the blind codings type it, rasid read it nowhere past
// the lead. The noun إلقاء may stand between من and القبض.
func enabledArrest(toks []token, i int) bool {
	if i > 0 && toks[i-1].has(seizingNouns) {
		i--
	}
	return enabledCapture(toks, i) >= 0
}

// seizingNouns are the nouns of ألقى that carry القبض ("إلقاء القبض").
var seizingNouns = wordSet("إلقاء القاء")
