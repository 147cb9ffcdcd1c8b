package facets

import "strings"

// A state as one side of talks or a deal "بين" it and an armed group.
//
// negotiatesWithArmed (actors_match.go) reads a state as a party to the
// war where a negotiation or agreement word stands within three words of
// its name and a rebel group is named near it: "دخلت الفصائل في مفاوضات
// مع موسكو"، "توصل جيش الإسلام ... وروسيا إلى اتفاق". News as often names
// the two sides as a pair after "بين", the talks noun before the pair and
// a qualifier between them, which puts the noun past the three words:
// "استمرار مفاوضات مباشرة حول مصير دوما بين روسيا وجيش الإسلام" (pool
// SK-middleEast-605, russia missed)، "اتفاقا جرى بين مسلحي المعارضة
// السورية والجانب الروسي" (SK-middleEast-696)، "تعمل لتسيير الاتصالات بين
// روسيا وجماعتي فيلق الرحمن وأحرار الشام" (SK-middleEast-339). Over the
// pool and blind gold texts a talks or deal noun, "بين" within seven words
// after it and the pair of a state and an armed group stand in 15
// articles for Russia: 14 coded (11 given already by nearer words), none
// coded without it; the 15th is a press review whose actors the gold
// leaves unscored (FR-internationalNews-2219, "اتفاق يلفه الغموض بين
// الروس والفصائل المعارضة في درعا"). No other state but one US row, coded
// and given. m61state.
//
// The pair is read strictly: the state's mention is one side (right after
// "بين", or after the و that follows the other side) and the other side
// is a rebel group's mention, so "الخلافات بين روسيا والدول الغربية" or
// "اتفاق وقعته روسيا وتركيا على أن تسحب فصائل المعارضة" (two states, the
// fighters the deal's object) stay out.

// pairTalksNouns name talks, contacts or a deal between two sides: the
// broker phrase's deal words (brokeredWords: اتفاق، مفاوضات، محادثات،
// هدنة، تسوية …) with the contacts and the masdar of negotiating.
var pairTalksNouns = union(brokeredWords, wordList("اتصالات الاتصالات التفاوض تفاوض"))

// talksPairSide reports whether the state mention m is one side of a pair
// after "بين" whose other side is a rebel group's mention, with a talks
// noun within seven words before "بين" in the same sentence.
func (l *lexicon) talksPairSide(toks []token, ms []mention, m mention) bool {
	if !inArticle(toks, pairTalksNouns) {
		return false
	}
	s := toks[m.start].sent
	at := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	rebel := func(o mention) bool {
		if o.e.kind != kindActor || o.e.weak {
			return false
		}
		a := l.actors[o.e.ids[0]]
		return a != nil && a.kind == "rebel"
	}
	between := -1
	if at(m.start-1) && toks[m.start-1].w == "بين" && at(m.end) && strings.HasPrefix(toks[m.end].w, "و") {
		// "بين روسيا وجيش الإسلام": the other side right after m, joined
		// by و (a word such as جماعة، فصيل between allowed).
		for _, o := range ms {
			if o.start >= m.end && o.start <= m.end+2 && at(o.start) && rebel(o) {
				between = m.start - 1
				break
			}
		}
	} else if strings.HasPrefix(toks[m.start].w, "و") {
		// "بين مسلحي المعارضة السورية والجانب الروسي": m the second side,
		// a rebel mention the first, starting within two words after
		// "بين" and ending within three before m.
		for _, o := range ms {
			if !rebel(o) || o.end > m.start || o.end < m.start-3 || !at(o.start) {
				continue
			}
			for j := o.start - 1; j >= o.start-2 && at(j); j-- {
				if toks[j].w == "بين" {
					between = j
					break
				}
			}
			if between >= 0 {
				break
			}
		}
	}
	if between < 0 {
		return false
	}
	return nearBefore(toks, between, 7, pairTalksNouns)
}
