package facets

import "strings"

// The bare "القاعدة" in an idiom of the common noun "rule, base": "خالف
// القاعدة"، "الذي كسر القاعدة"، "أندية «جميل» تكسر القاعدة" (broke the
// rule), "أشعر بالحاجة إلى استثناء من القاعدة"، "شكلوا شذوذاً عن القاعدة"
// (an exception to the rule), "باستخدام القاعدة التي تنص على" (the rule
// that lays down), "وأسسها الأكاديمية التي تُعد القاعدة والمرتكز"،
// "يشكّلون المُنطلق والقاعدة والأساس" (the base and foundation). Round
// 56's corpus audit c56act found the last read as al-Qaeda in an art
// feature, as round 51's found "تبدو القاعدة مشوهة" in an economy column;
// over both corpora these idioms stand in ten articles, nine of them read
// as al-Qaeda and none about the group, and in no gold article of the pool
// or the blind codings. commonNounQaeda already took the demonstrative
// ("هذه القاعدة"), the copula ("الحرص هو القاعدة") and the feminine
// adjective after it ("القاعدة الذهبية"); these are the idiom's other
// words. Not "باستثناء القاعدة" (except al-Qaeda, a truce's exclusion: the
// exception noun must stand before من or عن), not "القاعدة وكسر شوكتها"
// (a break verb after the name is done to the group: only the foundation
// nouns are read after it), not "القاعدة تقول" (the group may say so too).

var (
	// qaedaBreakVerbs right before a bare "القاعدة" break or defy the rule.
	qaedaBreakVerbs = wordSet("كسر كسرت يكسر تكسر كسروا يكسرون خالف خالفت يخالف تخالف خالفوا يخالفون خرق خرقت يخرق تخرق")
	// qaedaFoundationNouns stand beside "القاعدة" as the base's synonyms:
	// "المنطلق والقاعدة"، "القاعدة والمرتكز".
	qaedaFoundationNouns = wordSet("الأساس المرتكز المنطلق الركيزة")
	// qaedaExceptionNouns before من or عن and the bare name are an
	// exception to the rule: "استثناء من القاعدة"، "شذوذا عن القاعدة".
	qaedaExceptionNouns = wordSet("استثناء الاستثناء شذوذ شذوذا")
)

// qaedaRuleIdiom reports a bare al-Qaeda mention m that an idiom of the
// common noun holds (see above): a break verb or a foundation noun right
// before it, an exception noun before من or عن right before it, a
// foundation noun joined by و right after it, or "تنص" / "التي تنص" after
// it. Asked by commonNounQaeda of the one-word mention only.
func qaedaRuleIdiom(toks []token, m mention) bool {
	s := toks[m.start].sent
	at := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	if p := m.start - 1; at(p) && !toks[m.start].gap {
		if toks[p].has(qaedaBreakVerbs) || toks[p].has(qaedaFoundationNouns) {
			return true
		}
		if (toks[p].w == "من" || toks[p].w == "عن") && at(p-1) && !toks[p].gap && toks[p-1].is(qaedaExceptionNouns) {
			return true
		}
	}
	n := m.end
	if !at(n) || toks[n].gap {
		return false
	}
	if toks[n].has(qaedaFoundationNouns) && strings.HasPrefix(toks[n].w, "و") {
		return true
	}
	return toks[n].w == "تنص" || toks[n].w == "التي" && at(n+1) && !toks[n+1].gap && toks[n+1].w == "تنص"
}
