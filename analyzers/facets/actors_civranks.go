package facets

// People named "في صفوف" a force are its members, not civilians: "مقتل
// ثلاثة أجانب في صفوفها" (foreign volunteers of the YPG, holdout-18 codes
// no civilians), "مصرع 17 شخصا في صفوف المسلحين المحليين". "في صفوف
// المدنيين" is the civilians themselves.

var (
	// rankPrepositions put people in a force's ranks.
	rankPrepositions = wordSet("في من ضمن بين")
	// ranksWords are the ranks.
	ranksWords = wordSet("صفوف صفوفها صفوفه صفوفهم صفوفنا")
	// civilianRanks after "صفوف" make the ranks the civilians'.
	civilianRanks = wordSet("المدنيين مدنيين المواطنين مواطنين السكان الأهالي الأبرياء")
)

// inRanks reports a preposition and "صفوف" within the two words after the
// civilians mention m, the ranks not the civilians'.
func inRanks(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < m.end+2 && j+1 < len(toks) && toks[j+1].sent == s; j++ {
		if !toks[j].has(rankPrepositions) || !toks[j+1].has(ranksWords) {
			continue
		}
		return j+2 >= len(toks) || toks[j+2].sent != s || !toks[j+2].has(civilianRanks)
	}
	return false
}
