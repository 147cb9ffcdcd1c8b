package facets

import "strings"

// A foreign state named as the post of an envoy: "قال الأمير خالد بن
// سلمان، سفير السعودية في أمريكا، إن على المجتمع الدولي الوقوف ضد بشار
// الأسد"، "السفير الروسي لدى إسرائيل". The state where the ambassador
// serves is where someone else's diplomat works, not a party; its forces,
// where the story tells of them, are other mentions. officeOf cuts the
// state the ambassador speaks for ("سفير الولايات المتحدة"); this cuts
// the host after "لدى" or "في", which the sentence's fighting words (a
// war the ambassador talks about) left counted.

var (
	// envoyWords name an ambassador. Not an embassy: "هجوما انتحاريا على
	// السفارة الاميركية في أنقرة" names the city an attack hit in a
	// story of Turkey's policemen killed.
	envoyWords = wordSet("سفير السفير سفيرة السفيرة وسفير والسفير وسفيرة والسفيرة لسفير للسفير سفيرها سفيره سفراء السفراء")
	// postWords place an envoy: "لدى واشنطن"، "في أمريكا".
	postWords = wordSet("لدى في")
)

// envoyPost reports a state right after "لدى" or "في" (or with the
// clitic ب: "سفير بلاده بواشنطن") where an ambassador word stands at
// most four words before, with no punctuation between: the
// state hosts the envoy ("سفير السعودية في أمريكا"، "سفيرة الولايات
// المتحدة لدى إسرائيل"). A sentence that names the host's own act by its
// adjective ("أعرب السفير الروسي لدى الولايات المتحدة عن قلق بلاده إزاء
// مؤشرات على استعدادات أمريكية لشن ضربات جوية") keeps the mention.
func (l *lexicon) envoyPost(toks []token, m mention) bool {
	i := m.start
	if toks[i].gap || i == 0 {
		return false
	}
	at := i // the state with its clitic ب, or the post's word before it
	if !strings.HasPrefix(toks[i].w, "ب") {
		if !toks[i-1].has(postWords) || toks[i-1].sent != toks[i].sent || toks[i-1].gap {
			return false
		}
		at = i - 1
	}
	for j := at - 1; j >= 0 && j >= at-4 && toks[j].sent == toks[i].sent; j-- {
		if toks[j+1].gap {
			break
		}
		if toks[j].has(envoyWords) {
			return !l.adjectiveInSentence(toks, m)
		}
	}
	return false
}

// adjectiveInSentence reports a nationality adjective of m's actor in m's
// sentence, outside m: "استعدادات أمريكية".
func (l *lexicon) adjectiveInSentence(toks []token, m mention) bool {
	s := toks[m.start].sent
	for i := sentStart(toks, m.start); i < len(toks) && toks[i].sent == s; i++ {
		if (i < m.start || i >= m.end) && l.nationality(toks[i].w) == m.e.ids[0] {
			return true
		}
	}
	return false
}
