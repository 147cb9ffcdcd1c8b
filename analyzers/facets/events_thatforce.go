package facets

// thatForceTaker is the government force a capture's subject "هذه القوات"
// or "تلك القوات" points back to, named in the nearest earlier sentence
// that names a force: "ويتعرض لهجوم من قوات النظام بدعم روسي منذ نحو
// أسبوعين. وتمكنت هذه القوات الاثنين من السيطرة على بلدة الشجرة"
// (FR-middleEast-859). The subject stands right after the verb of managing
// (enabledCapture) or the finite capture verb ("وسيطرت تلك القوات على"),
// or right before the verb ("إن هذه القوات استعادت"). Only a government
// force is read so, and only within thatForceSentences sentences back: ""
// otherwise.
func thatForceTaker(l *lexicon, toks []token, actorAt []string, i int) string {
	k := enabledCapture(toks, i)
	if k < 0 {
		if !finiteVerb(toks[i].w) {
			return ""
		}
		k = i
	}
	s := toks[k].sent
	subj := k+2 < len(toks) && toks[k+2].sent == s && thatWord(toks[k+1].w) && forceNoun(toks[k+2].w) ||
		k >= 2 && toks[k-2].sent == s && thatWord(toks[k-2].w) && forceNoun(toks[k-1].w)
	if !subj {
		return ""
	}
	head := sentStart(toks, k)
	if pastBefore(toks, head, i) {
		return ""
	}
	for n, j := 0, head-1; j >= 0 && n < thatForceSentences; j-- {
		if toks[j].sent != toks[j+1].sent {
			n++
		}
		if !forceNoun(toks[j].w) || toks[j].title {
			continue
		}
		// The force's own name, whatever precedes it ("لهجوم من قوات
		// النظام": whom the place was under attack from is the force
		// the demonstrative points to); else takerWithin's readings of
		// a bare force ("قوات المقاومة" in a Yemen war story).
		t := actorAt[j]
		if t == "" && j+1 < len(toks) && toks[j+1].sent == toks[j].sent {
			t = actorAt[j+1]
		}
		if t == "" {
			t = takerWithin(l, toks, actorAt, j, j+1, 0, 3)
		}
		if t == "" {
			continue
		}
		if !govActors[t] {
			return ""
		}
		return t
	}
	return ""
}

// thatForceSentences is how many sentences back a demonstrative force's
// referent is looked for.
const thatForceSentences = 2

// thatWord reports a demonstrative that opens a subject: هذه، تلك, bare
// or after و.
func thatWord(w string) bool {
	return w == "هذه" || w == "تلك" || w == "وهذه" || w == "وتلك"
}

// forceNoun reports the plural of a force or its units: "قوات النظام"،
// "هذه القوات"، "الوحدات"، "العناصر".
func forceNoun(w string) bool {
	switch w {
	case "قوات", "القوات", "لقوات", "بقوات", "وقوات", "والقوات", "الوحدات", "العناصر":
		return true
	}
	return false
}
