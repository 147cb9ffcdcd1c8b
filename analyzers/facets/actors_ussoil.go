package facets

import "strings"

// The United States as a place. Its weak names ("الولايات المتحدة"،
// "واشنطن") stand in the corpus as often for where something is as for the
// state: "هدد تنظيم داعش بشن هجمات إرهابية في الولايات المتحدة"، "حساب
// روسيا في الولايات المتحدة التابع لسفارة موسكو"، "تم توجيه الاتهام إلى
// بلغاري في الولايات المتحدة"، "على غرار ما حدث في
// تونس والولايات المتحدة". Where a locative preposition governs the name it
// is the country's soil, no theatre of the region's wars, and the name is
// no mention of United States forces (the gold guide's usa); the military
// words the weak alias needs are then the story's, not the state's. The
// other foreign states of the taxonomy are not read here: Israel, Turkey,
// Iran and Russia are struck on their own soil ("صواريخ على أهداف في
// إسرائيل"), so a place there can be the state's war.

var (
	// usSoilPreps right before the name make it a place: "في الولايات
	// المتحدة"، "داخل الولايات المتحدة".
	usSoilPreps = wordSet("في داخل بداخل وفي")
	// usSoilListPreps before a one-word place make a name joined to it
	// by "و" a place too: "في تونس والولايات المتحدة".
	usSoilListPreps = wordSet("في")
	// usSoilNames are the weak names that are a place: not "الإدارة
	// الأمريكية" or "الرئيس الأمريكي" ("مسؤولون في الإدارة الأمريكية",
	// "اتصل بالرئيس الأمريكي" are the state's men).
	usSoilNames = wordSet("الولايات واشنطن أمريكا أميركا")
)

// onUSSoil reports a weak usa mention that a locative preposition governs:
// right before it, or before a one-word place it is joined to by "و". A
// "ب" proclitic is not read: as often the object of a verb or a participle
// ("دفع بالولايات المتحدة إلى إنشاء تحالف دولي"، "قوى غربية متمثلة
// بالولايات المتحدة وبريطانيا وفرنسا شنت ... عملية عسكرية") as a place.
func onUSSoil(toks []token, m mention) bool {
	s := toks[m.start].sent
	if !toks[m.start].has(usSoilNames) {
		return false
	}
	j := m.start - 1
	if j < 0 || toks[j].sent != s || toks[m.start].gap {
		return false
	}
	if toks[j].has(usSoilPreps) {
		return true
	}
	return strings.HasPrefix(toks[m.start].w, "و") && j >= 1 && toks[j-1].sent == s && !toks[j].gap && toks[j-1].has(usSoilListPreps)
}

// usContinentAdjectives after "أمريكا" make the name a continent, not the
// United States: "اتفاقية التجارة الحرة لدول أمريكا الشمالية"، "زيارته إلى
// أميركا اللاتينية"، "تصفيات أميركا الجنوبية"، "بلد في أمريكا الوسطى".
// Looked up whole at the one word after the name (plainWords: no bit).
var usContinentAdjectives = plainWords("الشمالية اللاتينية الجنوبية الوسطى")

// usContinent reports a usa mention whose last word, a usSoilNames word
// with any proclitic ("أمريكا" or "أميركا" in practice: the set's
// "الولايات" never ends a usa name, and no continent adjective follows
// "واشنطن"), the continent's adjective follows at once: the Americas,
// never a state's forces. Round 63's m63usa found the lexicon reading
// "لدول أمريكا الشمالية (نافتا)" as the state in a trade story
// (BB-economy-227); over the 8,257 pool and blind gold articles the
// construction stands in 61, and no gold codes usa by it (the ten coded
// name Trump's cancelled Latin America trip beside his strike, or the
// NAFTA withdrawal by "الولايات المتحدة", and keep usa on those words).
func usContinent(toks []token, m mention) bool {
	last := m.end - 1
	if last < 0 || m.end >= len(toks) || !toks[last].has(usSoilNames) {
		return false
	}
	next := toks[m.end]
	return next.sent == toks[last].sent && !next.gap && usContinentAdjectives[next.w]
}
