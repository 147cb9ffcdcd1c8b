package facets

// engagementRules are the forms of قواعد that make the clash word after it
// a term, the rules of engagement ("وعملا بقواعد الاشتباك التي يعتمدها
// الجيش التركي منذ 2012"، "احترام قواعد الاشتباك"، "لا نعتزم تغيير قواعد
// الاشتباك"): no fight told, now or in the past. Looked up whole at one
// word.
var engagementRules = plainWords("قواعد بقواعد لقواعد وقواعد وبقواعد ولقواعد فقواعد")

// engagementTerm reports the clash trigger at i, one word, standing right
// after a form of قواعد (engagementRules): the rules of engagement, which
// count for nothing, not even as history. Counted as history, a year after
// them ("منذ 2012") set aside the day's fight at a border post told in the
// sentence before (2015-07-24-61, 2015-07-25-653: round 61, m61drop).
// unarmedClash (events_fight.go) reads the same term later, typing a
// counted الاشتباك after engagementHeads (قواعد، فض، فك، خط …) as no
// clash; this one stands before the history tests so the term is never
// counted, and reads قواعد alone.
func engagementTerm(toks []token, i, end int, best *entry) bool {
	return best.ids[0] == "armed-clash" && end == i+1 && i > 0 && !toks[i].gap && toks[i-1].sent == toks[i].sent && engagementRules[toks[i-1].w]
}
