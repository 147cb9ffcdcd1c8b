package facets

// A state's intelligence service or agents named in a story of a hack:
// "الهجمات الإلكترونية الروسية: هولندا تدافع عن قرارها بعدم اعتقال
// المشتبه بهم" with "يشتبه بأنهم عملاء روس أعيدوا إلى بلادهم"، "ثلاثة يزعم
// أنهم أعضاء في المخابرات العسكرية الروسية"، "من وحدة الاستخبارات العسكرية
// الروسية 26165". The intelligence names are strong entries of the state
// (they code Russia for the Salisbury poisoning, ruling rul45a-2(b)), so
// cyberStoryState, which reads weak mentions only, let them through. Ruling
// rul45a-2 codes no state for cyber or hacking operations, "even by a named
// GRU unit", and no gold article with a cyber title codes a state on an
// intelligence name (pool BB-internationalNews-1157, blind
// SK-internationalNews-3489 leave russia out; none codes it).

// intelWords name an intelligence service or its agents: the words of the
// strong entries "المخابرات العسكرية الروسية"، "الاستخبارات العسكرية
// الروسية"، "عملاء روس"، "ضباط المخابرات الروسية".
var intelWords = wordSet("المخابرات مخابرات الاستخبارات استخبارات عملاء العملاء جواسيس الجواسيس")

// intelMention reports a mention made by an intelligence word of its own
// ("[المخابرات العسكرية الروسية]"، "[عملاء روس]"): a state's spies, not its
// forces.
func intelMention(toks []token, m mention) bool {
	for j := m.start; j < m.end && j < len(toks); j++ {
		if toks[j].has(intelWords) {
			return true
		}
	}
	return false
}
