package facets

// Civilians named as an attack's target by their people: "الاعتداءات
// الإسرائيلية على المدنيين الفلسطينيين في الاحتجاجات"، "الهجوم البشع على
// الأبرياء السوريين بأسلحة كيميائية"، "ما وصفه بـ"الهجوم البشع على
// الأبرياء" السوريين في دوما". attackedCivilians (actors_match.go) asks the
// sentence for an armed force, since with none "الاعتداء على الأطفال" and
// "الهجمات ضد المدنيين محظورة بموجب القانون" are a crime or a norm; a
// statement's words ("استنكر ترمب") name no force. A people's adjective
// right after the victims makes them the people of a war or an occupation,
// not anyone a norm or a crime speaks of, and the golds code civilians
// there (blind AL-internationalNews-855 and -856, SK-middleEast-1716; pool
// FR-middleEast-245). A sexual assault ("الاعتداء الجنسي على الأطفال") is a
// crime whatever the victims' people, and "أي" before the attack makes it
// hypothetical, as in attackedCivilians.

var (
	// peopleAttackWords are attackOnWords and the strike nouns that take
	// على: "الغارات على المدنيين السوريين".
	peopleAttackWords = union(attackOnWords, wordList("غارات الغارات ضربات الضربات"))
	// peopleAdjectives name the victims' people: Syrians, Palestinians,
	// and every nationality adjective of the taxonomy's states and of the
	// others (otherNationalities, actors_forces.go).
	peopleAdjectives = union(syrianWords, palestinianWords, otherNationalities, wordList("العراقيين عراقيين العراقيون اليمنيين يمنيين"))
	// deterWords, preventWords (actors_match.go) and civilianTargetUndone
	// (actors_civtargets.go) before the attack make it one to be deterred,
	// prevented or spared, not one done: "ولردع الأكراد ... من دخوله أو
	// الاعتداء على المدنيين السوريين اللاجئين إليه".
	deterWords = wordSet("ردع لردع وردع")
	// sexualWords make an assault a sexual crime.
	sexualWords = wordSet("الجنسي جنسي الجنسية جنسية الجنسيه")
	// peopleVictimEntry is the civilians entry such a phrase stands for.
	peopleVictimEntry = &entry{words: []string{"attacked people"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// peopleVictimMentions returns a civilians mention for each civilians
// word (civilianRanks) with a people's adjective right after it (or after
// a closing quote's gap) that an attack word within three words before
// على or ضد governs, with at most one word between على and it, no sexual
// word after the attack word, no "أي" within five words before على and no
// word of deterring, preventing, sparing, negation or a plan within ten.
func (l *lexicon) peopleVictimMentions(toks []token) []mention {
	if !inArticle(toks, civilianRanks) || !inArticle(toks, peopleAttackWords) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, civilianRanks) {
		s := toks[i].sent
		n := i + 1
		if n >= len(toks) || toks[n].sent != s || !toks[n].has(peopleAdjectives) && !toks[n].has(nationalityWords) {
			continue
		}
		j := firstBefore(toks, i, 2, attackPrepositions)
		if j >= 0 && l.peopleAttackBefore(toks, j) && !nearBefore(toks, j, 5, noneWords) && !undoneAttack(toks, j) {
			out = append(out, mention{e: peopleVictimEntry, start: i, end: n + 1})
		}
	}
	return out
}

// undoneAttack reports a word of deterring, preventing, sparing, negation
// or a plan within ten words before token j in its sentence.
func undoneAttack(toks []token, j int) bool {
	return nearBefore(toks, j, 10, deterWords) || nearBefore(toks, j, 10, preventWords) || nearBefore(toks, j, 10, civilianTargetUndone)
}

// peopleAttackBefore reports an attack word (peopleAttackWords) within
// three words before token j in its sentence with no sexual word right
// after it.
func (l *lexicon) peopleAttackBefore(toks []token, j int) bool {
	s := toks[j].sent
	for k := j - 1; k >= 0 && k >= j-3 && toks[k].sent == s; k-- {
		if toks[k].has(peopleAttackWords) {
			return k+1 >= len(toks) || !toks[k+1].has(sexualWords)
		}
	}
	return false
}
