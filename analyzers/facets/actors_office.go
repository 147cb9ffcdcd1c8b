package facets

import (
	"slices"
	"strings"
)

// officeNouns name a state's military office: with the state's adjective
// after them, definite as the office's annexed noun is, they name the
// state as surely as its army does ("أعلنت وزارة الدفاع التركية قصف مواقع
// لوحدات حماية الشعب"، "قالت وزارة الدفاع الإسرائيلية إنها قامت بـ30 غارة
// جوية"، "هيئة الأركان الروسية"). The lexicon listed the phrase for some
// states only (وزارة الدفاع الروسية، الأمريكية; رئاسة الأركان التركية),
// so the same sentence named Russia and left Israel out. Diplomatic
// offices (الخارجية) are not among them: the golds leave most of them out.
// Counted over the pool and blind golds (round 57, m57office) for the
// states the lexicon did not list: Israel 11 articles coded, 0 not; Iraq
// 3 to 1; Syria 3 to 0; Turkey's ministry 0 to 5, all one story of an
// agreement kept. An office is as often the teller of a weapons test, a
// demining or a settlement plan, so it counts only where its sentence is
// about fighting (entry.office, militaryWords), as the state's name does.
//
// The dual "وزارتا الدفاع" is read by shortOfficeNoun inside it: its own
// entry would put a word in the analysis chain's name words.
var officeNouns = []string{"وزاره الدفاع", "رياسه الاركان", "هييه الاركان"}

// shortOfficeNoun is the ministry without its "وزارة", with a feminine
// adjective only, which agrees with the ministry and not with "الدفاع":
// "وأشارت الدفاع الإسرائيلية إلى أن"، "وزارتا الدفاع التركية والروسية".
// "وزير الدفاع التركي" (a minister, the masculine) is no such phrase.
const shortOfficeNoun = "الدفاع"

// addOfficeEntries adds the office phrases of a state's nationality
// adjective adj (as the taxonomy writes it) to the lexicon, the
// adjective definite and feminine singular, agreeing with the office: a
// masculine one agrees with a man before it ("رئيس هيئة الأركان التركي
// خلوصي أكار زاره"، a chief of staff in a story of an election). A
// phrase whose tail the state's aliases already list is skipped, so the
// alias keeps its reading: "الدفاع الروسية" counts outside a fighting
// sentence as it did, in "وزارتا الدفاع الروسية" too.
// joinedAdjectives reads a second state after the first with و, as it
// does for a force noun's.
func (l *lexicon) addOfficeEntries(id, adj string) {
	adj = normName(adj)
	if strings.HasPrefix(adj, "ال") {
		return // the plural "الروس"، "الأتراك": no office's adjective
	}
	if !strings.HasSuffix(adj, "ه") {
		return // "روس"، "أمريكان"
	}
	for _, n := range append(slices.Clip(officeNouns), shortOfficeNoun) {
		ws := strings.Fields(normName(n + " ال" + adj))
		if l.listedTail(id, ws) {
			continue
		}
		l.add(&entry{words: ws, kind: kindActor, ids: []string{id}, office: true})
	}
}

// listedTail reports whether ws, or a tail of it, is an alias of id.
func (l *lexicon) listedTail(id string, ws []string) bool {
	for k := range ws {
		if slices.ContainsFunc(l.first[ws[k]], func(e *entry) bool {
			return e.kind == kindActor && slices.Equal(e.words, ws[k:]) && e.ids[0] == id
		}) {
			return true
		}
	}
	return false
}
