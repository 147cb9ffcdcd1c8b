package facets

// armedWithWords are the participles of a craft's equipment, "armed with",
// "fitted with": "المدمرة الأمريكية ... المسلحة بصواريخ موجهة"، "سفنا
// عسكرية روسية مزودة بصواريخ كاليبر"، "قاذفات الشبح ... المزودة بقذائف
// عالية الدقة". The ب after them is what the craft carries, no
// instrument of a firing (see fired). Looked up whole at one word. The
// masculine singular مسلح is left out: it is also the gunman. The plural
// المسلحين is the gunmen too, but stands within armedWith's reach of a ب
// weapon once in the corpus, an arming ("المسلحين الأكراد بالأسلحة").
var armedWithWords = plainWords("المسلحه مسلحه المسلحتان المسلحتين مسلحتان مسلحتين المسلحين " +
	"المزوده مزوده المزود مزود المزودتان المزودتين المجهزه مجهزه المجهز مجهز")

// armedWith reports the weapon noun at i, with the instrument's ب, told
// as a craft's equipment: an armedWithWords participle right before it,
// or one word before with one word between ("مزودة أيضا بصواريخ").
func armedWith(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == s; j-- {
		if armedWithWords[stripWa(toks[j].w)] {
			return true
		}
	}
	return false
}
