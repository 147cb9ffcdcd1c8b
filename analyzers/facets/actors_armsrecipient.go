package facets

// An armed group named only as where arms go: "لتوقف ما تقول إنه شحنات
// أسلحة متطورة مرسلة إلى حزب الله" in a story of Israel's strikes in
// Syria. The strikes hit the shipments and whoever holds them in Syria;
// the group they are bound for is their destination, as the gold codes it
// ("Hezbollah only an arms recipient").

// shipmentWords name arms on their way.
var shipmentWords = union(armsGoodsWords, wordSet("شحنات شحنة الشحنات الشحنة إمدادات الإمدادات"))

// recipientEpithets may stand between "إلى" and the group: "مرسلة إلى
// عدوها حزب الله".
var recipientEpithets = wordSet("عدوها عدوه حليفها حليفه حلفائها حلفائه")

// armsRecipient reports a group mention right after "إلى" that an arms or
// shipment word precedes within five words of the same sentence, where the
// rest of the sentence tells no fighting of it.
func armsRecipient(toks []token, m mention) bool {
	i := m.start - 1
	if i > 0 && toks[i].has(recipientEpithets) {
		i--
	}
	if i < 1 || toks[m.start].gap || toks[i].w != "إلى" && toks[i].w != "الى" && toks[i].w != "الي" {
		return false
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(fightWords) || toks[j].has(militiaWarWords) {
			// "شحنات أسلحة إلى حزب الله ... الذي يقاتل عناصره في
			// سوريا": the sentence goes on to its war.
			return false
		}
	}
	// toks[i+1] is m.start or its epithet, in m's sentence (no gap).
	return cueBeforeLink(toks, i+1, 5, shipmentWords)
}
