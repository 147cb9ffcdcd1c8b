package facets

import "strings"

var (
	// backedParticiple is the participle that opens Iran's backing aliases
	// with no noun of their own ("المدعومة من إيران"، "المدعومين من إيران"،
	// "المدعومة إيرانيا"): the force they describe is the one named before
	// them.
	backedParticiple = normName("المدعوم")
	// politicalBlocWords name a political grouping an Iranian backing can
	// describe: an electoral list or alliance, a bloc, parties ("قائمة الفتح
	// المدعومة من إيران"، "للأحزاب الشيعية المدعومة من إيران"). Not "القوى",
	// which in Lebanon are as often the security forces.
	politicalBlocWords = wordSet("قائمة القائمة لقائمة وقائمة قائمتا تحالف لتحالف وتحالف ائتلاف الائتلاف لائتلاف كتلة الكتلة لكتلة " +
		"الكتل أحزاب الأحزاب للأحزاب والأحزاب حزب الحزب")
)

// backedPartyNamed reports one of Iran's backing aliases without a noun
// ("المدعومة من إيران") that describes a party named just before it: a
// militia the taxonomy names by a strong alias ("ميليشيا حزب الله الشيعية
// المدعومة من إيران"، "جماعات الحشد الشعبي المدعومة من إيران"), or a
// political list, alliance or party within four words ("قائمة الفتح
// المدعومة من إيران"). Iran is then the patron the guide's adjective
// gives, as backsRebels reads its bare name after "تدعمها"; the golds code
// Iran where its own forces act (blind SK-middleEast-3510, aud39p's
// SK-middleEast-1699). The regime so described ("قوات النظام السوري
// المدعومة من إيران وروسيا") keeps Iran, the golds' party to its
// offensives.
func (l *lexicon) backedPartyNamed(toks []token, ms []mention, m mention) bool {
	if !strings.HasPrefix(m.e.words[0], backedParticiple) {
		return false
	}
	if nearBefore(toks, m.start, 4, politicalBlocWords) {
		return true
	}
	// The party is the last actor named before the participle: in "إن
	// قوات الحكومة السورية وحلفاءها المدعومين من إيران" after an
	// opposition commander's name, the backed allies are the regime's
	// militias, Iran's as the guide codes them.
	var last *mention
	for i := range ms {
		o := &ms[i]
		if o.e.kind == kindActor && o.end <= m.start && o.end >= m.start-6 && toks[o.start].sent == toks[m.start].sent && (last == nil || o.end > last.end) {
			last = o
		}
	}
	if last == nil || last.e.weak || last.e.syria || last.e.ids[0] == m.e.ids[0] {
		return false
	}
	a := l.actors[last.e.ids[0]]
	return a != nil && (a.kind == "rebel" || namedMilitia(a))
}
