package facets

// yearOfBirth reports a four-digit figure at token j that is a person's
// year of birth: a birth word up to birthYearReach words before it in its
// sentence ("الذي ألقي القبض عليه في مدينة ستراسبورغ بشرق فرنسا، من
// مواليد عام 1997"، "منفذ هجوم الطعن في باريس ولد في الشيشان العام
// 1997"، "فهد حمد مواليد 1990"). oldYear reads such a figure below the
// publication year as a past year and sets the news beside it aside as
// history (SK-internationalNews-1566: the arrest of the attacker's friend;
// CN-internationalNews-348: the title's stabbing, no type at all). A birth
// dates a life, never an event, as yearStartsPeriod has it for a toll.
func yearOfBirth(toks []token, j int) bool {
	s := toks[j].sent
	for k := j - 1; k >= 0 && k >= j-birthYearReach && toks[k].sent == s; k-- {
		// ولد itself starts with و: look the word up whole first.
		if w := toks[k].w; birthWords[w] || birthWords[stripWa(w)] {
			return true
		}
	}
	return false
}

// birthYearReach: how far before the year the birth word may stand ("ولد
// في الشيشان العام 1997"، "مواليد دولة الشيشان عام 1997").
const birthYearReach = 4

// birthWords tell a birth: the verb (ولد، ولدت, also the noun "boy", which
// a year does not follow), the register's مواليد and the participle.
var birthWords = plainWords("ولد ولدت مواليد مولود مولوده المولود المولوده")
