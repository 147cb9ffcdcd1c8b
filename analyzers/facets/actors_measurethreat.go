package facets

// A state that threatens or warns of "measures" and names no military act:
// "هددت الولايات المتحدة سوريا، الجمعة، باتخاذ "إجراءات حازمة ومناسبة" ردا
// على انتهاكات وقف إطلاق النار"، "أميركا ... وتهدد سوريا بـ"إجراءات
// حازمة""، "بعد ساعات من تهديد واشنطن دمشق باتخاذ اجراءات صارمة". The
// golds leave the state out for such a warning in every line that holds it
// (round 48's rul48a list of agreed kinds: "A state's official speaking,
// condemning or warning about an event", holdout45 SK-middleEast-3516 "no
// US military action in it"; holdout21 SK-middleEast-2519, round-47 blind
// SK-middleEast-2073, -2395 and -1946 code no usa on this sentence). The
// other sentences of the story (the regime's offensive the warning is
// about, "قرب وقوع عملية عسكرية") made the warner's mention count. A
// threat of a military act ("بإجراء عسكري"، "بشن ضربات") is
// threatensForce's (actors_threat.go) and still counts; weighing or
// deciding verbs ("تدرس"، "قررت") are not read here, as a strike debate's
// "تدرس ... اتخاذ إجراءات" is the US weighing a strike (actors_usweighed.go).

var (
	// measureThreatVerbs threaten, warn or vow; a state that "will take"
	// measures ("ستتخذ الولايات المتحدة إجراءات حازمة") vows them too.
	measureThreatVerbs = wordSet("هدد هددت تهدد يهدد تهديد تهديدها تهديده توعد توعدت تتوعد يتوعد لوح لوحت تلوح يلوح " +
		"حذر حذرت تحذر يحذر ستتخذ سيتخذ تعهد تعهدت تتعهد يتعهد")
	// measureNouns are the measures threatened.
	measureNouns = wordSet("إجراءات بإجراءات إجراء بإجراء")
)

// measureThreat reports a state mention that is the agent of a threat or
// warning verb (right before it, or within threatVerbAfter words after it
// with no other actor named between) whose object, within threatActSpan
// words after the verb in the same sentence, is "measures" with no
// military adjective after them and no military act before them
// (threatActAfter).
func measureThreat(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	verb := -1
	if j := m.start - 1; in(j) && !toks[m.start].gap && toks[j].has(measureThreatVerbs) {
		verb = m.end - 1
	} else {
		for j := m.end; j < m.end+threatVerbAfter && in(j); j++ {
			if !toks[j].has(measureThreatVerbs) {
				continue
			}
			for k := m.end + 1; k < j; k++ {
				if startsMention(ms, k) {
					return false // another party is the threat's agent
				}
			}
			if startsMention(ms, j+1) {
				// "مع الأردن وإسرائيل وذلك بعدما حذرت واشنطن من
				// إجراءات حازمة": the party right after the verb is its
				// agent.
				return false
			}
			verb = j
			break
		}
	}
	if verb < 0 || threatActAfter(toks, verb, in) {
		return false
	}
	for k := verb + 1; k <= verb+threatActSpan && in(k); k++ {
		if toks[k].has(measureNouns) {
			return !(in(k+1) && toks[k+1].has(threatMilitaryAdjectives))
		}
	}
	return false
}
