package facets

import "strings"

// "النظام" that means order or a system, not a regime. The bare word is a
// weak alias of the Syrian regime, and a force or security word near it
// made it one in any article: "قوات لفرض النظام مكونة من قوات مكافحة
// الإرهاب" of Iraq's army in Basra (aud39t's sample BB-middleEast-724),
// "قوات حفظ النظام" of the French and Moroccan riot police, "تستخدم قوات
// الطوارئ الخاصة في عمليات حفظ النظام" of the Saudi emergency force (five
// 2015 portraits of it), "ستتخذ كل الاجراءات اللازمة لحماية النظام العام"
// of Turkey, "المحافظة على الأمن والنظام"، "الإخلال بالنظام العام", and
// "النظام الغذائي" of a smartwatch. None of them names the Syrian regime,
// and no gold codes it there.
//
// The order is told by the word before (حفظ النظام، الأمن والنظام، القانون
// والنظام، قوات لفرض النظام) or by an adjective right after that makes
// the word a system (النظام العام، النظام العالمي، النظام المالي، النظام
// الغذائي). "فرض النظام" alone is as often the regime imposing a siege
// ("وفرض النظام السوري حصارا"), so only a force noun before "لفرض" reads
// it as order; and "الحفاظ على النظام"، "استعادة النظام" are left to the
// other rules, since they as often keep or restore the regime's rule.

var (
	// orderKeepWords keep order: "حفظ النظام"، "لحفظ النظام"، "قوات حفظ
	// النظام".
	orderKeepWords = wordSet("حفظ")
	// orderPairWords stand before "والنظام" in the pairs of order: "الأمن
	// والنظام"، "القانون والنظام".
	orderPairWords = wordSet("الأمن الامن القانون")
	// orderImposeWords and orderForceNouns: "قوات لفرض النظام"، "قوة لفرض
	// النظام".
	orderImposeWords = wordSet("لفرض")
	orderForceNouns  = wordSet("قوات قوة قوه")
	// systemAdjectives make "النظام" right before them a system: public
	// order, the world or regional order, a financial, tax, legal,
	// electoral, school, health or diet system. "السياسي"، "الحاكم"،
	// "القائم"، "الجديد" are left out: they as often name a regime.
	systemAdjectives = wordSet("العام العالمي الدولي الإقليمي الاقليمي المالي المصرفي الاقتصادي الضريبي القضائي القانوني الانتخابي التعليمي الصحي الغذائي الأساسي الاساسي الإلكتروني الالكتروني الشمسي")
)

// publicOrder reports a bare "النظام" (with its clitics) at m that means
// order or a system, as the words around it tell.
func publicOrder(toks []token, m mention) bool {
	if m.end < len(toks) && !toks[m.end].gap && toks[m.end].sent == toks[m.start].sent && toks[m.end].has(systemAdjectives) {
		return true
	}
	j := m.start - 1
	if j < 0 || toks[m.start].gap || toks[j].sent != toks[m.start].sent {
		return false
	}
	switch {
	case toks[j].has(orderKeepWords):
		return true
	case toks[j].has(orderPairWords):
		// Only "والنظام" pairs with the word before it.
		return strings.HasPrefix(toks[m.start].w, "و")
	case toks[j].has(orderImposeWords):
		return j > 0 && !toks[j].gap && toks[j-1].sent == toks[j].sent && toks[j-1].has(orderForceNouns)
	}
	return false
}
