package facets

// Israel, or its leader, as the subject of a threat verb in the title:
// "إسرائيل تهدد بقتل الأسد لو سمح لإيران بضربها من سوريا"، "نتنياهو يتوعد
// إيران وحزب الله"، "الأسد: ... وإسرائيل تهددنا لشعورها بالخوف". Round 45's
// rul45b lists Israel threatening military action in the title or lead
// among the kinds the golds agree on (51 lines coded, 1 not); round 65's
// m65israel counted the title form over the pool and blind gold articles:
// Israel's name or leader right before تهدد/يهدد/يتوعد and their forms,
// pool 5 coded / 0 not, blind 6 / 0 (main gave 8 of the 11, by a strike
// word or a first-person act after the verb; the three it missed threaten
// a killing, a party or "us", words the weak name's other tests do not
// read). Not a warning (يحذر): "نتانياهو يحذر ألمانيا من موجة لجوء جديدة"
// is left uncoded by its gold, and a speaker's colon before the verb
// ("نتانياهو: يهددنا" — the deal threatens) makes it another's subject.

// israelThreatVerbs are the threat verbs, third person and with "us", the
// title's Israel may be the subject of; looked up whole at the word after
// the mention (plainWords: no word set).
var israelThreatVerbs = plainWords("تهدد يهدد هدد هددت تتوعد يتوعد توعد توعدت تهددنا يهددنا")

// titleThreatener reports a weak Israel mention m in the title whose next
// word, with no punctuation between, is a threat verb.
func titleThreatener(toks []token, m mention) bool {
	j := m.end
	return toks[m.start].title && j < len(toks) && toks[j].title && !toks[j].gap && israelThreatVerbs[toks[j].w]
}
