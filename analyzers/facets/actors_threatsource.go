package facets

// An actor named as the source of a threat or a danger: "أشار بولتون إلى
// أن الولايات المتحدة تواجه تهديدات من القاعدة وداعش"، "التهديد الذي
// يشكله تنظيم داعش"، "خطر تنظيم الدولة الإسلامية مازال قائما". The gold
// guide codes the parties of events the article reports, not threats or
// warnings: a strategy, a speech or a summit that names the danger a
// group or a state poses tells nothing it did (holdout-25 codes no
// al-Qaeda or ISIS for Bolton's counter-terrorism strategy). A sentence
// that tells a harm (قتل، هجوم، قصف …) is left to the other checks.

var (
	// threatNouns name a threat or a danger.
	threatNouns = wordSet("تهديد تهديدات التهديد التهديدات خطر الخطر مخاطر خطورة")
	// threatLinks join a threat noun to its source: "تهديدات من"،
	// "تهديد من قبل"، "التهديد من جانب"، "التهديد الذي يشكله".
	threatLinks = wordSet("من قبل جانب الذي التي يشكله يشكلها تشكله يمثله يمثلها تمثله")
)

// threatSource reports a threat noun at most five words before the
// mention m in its sentence, with only link words (threatLinks) or other
// actor mentions between ("تهديدات من القاعدة وداعش"), no harm word and no
// Syrian place in the sentence, and no word of war on the threat just
// before it. A state (state set) needs a link word: "تهديدات أنقرة
// المستمرة بشن عملية عسكرية" are Ankara's own threats, which
// threatensForce weighs (actors_threat.go); "تهديدات من واشنطن" came to
// the subject. A threat in a named Syrian place ("المدنيين الباقين في
// عفرين يواجهون تهديدات من الجماعات المدعومة من تركيا") is the war's.
func threatSource(toks []token, ms []mention, m mention, state bool) bool {
	if !inArticle(toks, threatNouns) {
		return false
	}
	s := toks[m.start].sent
	linked := false
	for j := m.start - 1; j >= 0 && j >= m.start-5 && toks[j].sent == s; j-- {
		if toks[j].has(threatNouns) {
			// "على سحق التهديد الذي تشكله المعارضة": a threat crushed
			// is a war waged on its source (rebelWarWords).
			return (linked || !state) && !sentenceHas(toks, m.start, harmWords) && !nearBefore(toks, j, 2, rebelWarWords) && !placeInSentence(toks, ms, m)
		}
		if toks[j].has(threatLinks) {
			linked = true
			continue
		}
		if covered(ms, j) {
			continue
		}
		return false
	}
	return false
}

// A state named only as the target of a plot: "بالتآمر لمهاجمة عسكريين
// أمريكيين يتمركزون في بريطانيا" (a man charged in London)، "المتهم بالتخطيط
// لاعتداءات 11 أيلول/سبتمبر بالولايات المتحدة" (Zammar's arrest). The
// gold guide codes what happened, not plans, and a plot's target takes no
// part in the story's events (round 38's blind sample, round 37's blind
// codings: no usa; five corpus articles tell these two stories).

var (
	// plotWords name a plot or the planning of an attack.
	plotWords = wordSet("التخطيط بالتخطيط يخطط يخططان يخططون خطط خططوا التآمر بالتآمر مؤامرة بمؤامرة")
	// plotAttacks name the attack plotted, by its purpose: "لمهاجمة"،
	// "لاعتداءات".
	plotAttacks = wordSet("لمهاجمة لاعتداءات لاعتداء لهجوم لهجمات لتفجير لاستهداف")
)

// plotTarget reports a plotted attack (plotAttacks) at most six words
// before the mention m in its sentence, with a plot word within two words
// before the attack.
func plotTarget(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-6 && toks[j].sent == s; j-- {
		if toks[j].has(plotAttacks) {
			return nearBefore(toks, j, 2, plotWords)
		}
	}
	return plottedWaging(toks, m)
}

// plottedWaging reports the plotted attack told by the waging verb's
// masdar and an attack noun, "لشن هجمات", with a plot word within two
// words before it and the attack's object ("ضد"، "على") between it and the
// mention, at most ten words back: "وتم سماعهما وهما يخططان لشن هجمات ضد
// قاعدة جوية إيطالية تضم أفراد جيش أمريكيين" (Italy's arrest of two ISIS
// propagandists: the base's US airmen were only the plot's target, pool
// holdout38 and holdout48, no usa). plotAttacks holds the purpose nouns
// ("لهجمات"), not the verb's masdar with its noun, and the object phrase
// puts the target past plotTarget's six words. Round 60 counted the
// construction over the pool and blind gold articles: 0 coded / 2 not
// for a foreign state (the isis rows beside it are the plot's orderer,
// named before any object word, and stay). A backer named between
// ("بدعم"، "بمشاركة"، "مع") is a side of the attack, not its target.
func plottedWaging(toks []token, m mention) bool {
	if !inArticle(toks, plotWords) {
		return false
	}
	s := toks[m.start].sent
	object := false
	for j := m.start - 1; j >= 1 && j >= m.start-10 && toks[j].sent == s; j-- {
		switch toks[j].w {
		case "ضد", "علي":
			object = true
		case "بدعم", "بمسانده", "بمشاركه", "مع":
			return false
		case "لشن":
			return object && j+1 < m.start && toks[j+1].has(attackNouns) && nearBefore(toks, j, 2, plotWords)
		}
	}
	return false
}
