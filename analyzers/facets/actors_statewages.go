package facets

// A foreign state, by its country's or its capital's name, that wages a
// military campaign of its own.
//
// Turkey's bare name has its finder (turkeyAgentMentions, actors_turkey.go)
// for "تخوض تركيا منذ الشهر الماضي عملية عسكرية"، "تركيا تبرر غاراتها". The
// other names of a state — its capital, or Russia's, Iran's, America's and
// Israel's — counted only by a military word within six words
// (militaryWords), which holds "شنت" and "غاراتها" but not an operation
// named by its adjective ("تخوض أنقرة حاليا حملة عسكرية في سوريا") nor the
// state's own offensive by its possessive ("منذ أن بدأت أنقرة هجومها ضد
// مقاتلين أكراد في شمال غربي سوريا", holdout-23's Turkish court story,
// whose gold codes Turkey by that clause). militaryWords leaves "عسكرية"
// out on purpose (round 19: +6 tp, +10 fp); here the adjective counts only
// after a campaign noun whose author the name is.

var (
	// wagingStateNames are the country and capital names this reads, bare
	// or after و: not a leader ("هجوم ترامب على كيم" is words), not "لإيران"
	// or "بروسيا" (a beneficiary, a place).
	wagingStateNames = plainWords("روسيا وروسيا موسكو وموسكو أنقرة وأنقرة إيران وإيران طهران وطهران واشنطن وواشنطن الولايات والولايات " +
		"أمريكا وأمريكا أميركا وأميركا إسرائيل وإسرائيل")
	// ownStrikeNouns after the name are its own strikes or offensive,
	// written bare: "لقصفها" after "دعوة إسرائيل" is what another asks of
	// it, and "جيشها"، "قواتها" are as often what a spy reports on ("عن
	// إسرائيل وجيشها").
	ownStrikeNouns = plainWords("غاراتها ضرباتها قصفها توغلها هجومها")
	// ownOperationNouns are its own operations, a military one only with
	// an adjective after them: "لبدء روسيا عملياتها العسكرية هناك";
	// "عملياتها في كندا" are a chain store's.
	ownOperationNouns = plainWords("عمليتها عملياتها حملتها")
	// strikeCampaignNouns name a military campaign on their own, after a
	// waging verb; the attack nouns (هجوم، هجمات، ضربة) are as often words
	// ("شن هجوما لاذعا").
	strikeCampaignNouns = wordSet("غارات الغارات ضربات الضربات قصف القصف توغل التوغل")
)

// stateWages reports a weak foreign-state mention by a country's or
// capital's name (wagingStateNames) that its sentence makes the author of a
// military campaign: its own strikes or offensive right after it (within
// three words: "بدأت أنقرة هجومها"، "روسيا عملياتها العسكرية"), or a waging
// verb (wagingVerbs) within two words before it or right after it with a
// campaign within five words after the verb ("تخوض أنقرة حاليا حملة
// عسكرية"، "أطلقت أنقرة عملية عسكرية"). A name after "في" is where
// something happens ("قال المتحدث ... في موسكو: استهدفت الضربات"); one
// after a denial (denialWords: "ونفت الولايات المتحدة شن أي غارات") or
// with a negation before the campaign ("لن تشن ضربات") is no author.
func stateWages(toks []token, m mention) bool {
	if !wagingStateNames[toks[m.start].w] || placeAfterIn(toks, m) || nearBefore(toks, m.start, 4, denialWords) {
		return false
	}
	first, last := m.start, m.end-1
	s := toks[first].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	// joined: no punctuation between tokens a and b.
	joined := func(a, b int) bool {
		for k := a + 1; k <= b; k++ {
			if toks[k].gap {
				return false
			}
		}
		return true
	}
	for j := last + 1; j <= last+3 && in(j) && joined(last, j); j++ {
		if ownStrikeNouns[toks[j].w] {
			return true
		}
		if ownOperationNouns[toks[j].w] && in(j+1) && !toks[j+1].gap && toks[j+1].has(militaryAdjectives) {
			return true
		}
	}
	for j := first - 2; j <= last+1; j++ {
		if j >= first && j <= last || !in(j) || !toks[j].has(wagingVerbs) || !joined(min(j, first), max(j, last)) {
			continue
		}
		for k := j + 1; k <= j+5 && in(k) && joined(j, k) && !toks[k].has(threatNegations); k++ {
			if (k < first || k > last) && militaryCampaignAt(toks, k) {
				return true
			}
		}
	}
	return false
}

// militaryCampaignAt reports a military campaign named at token j: a
// strike noun, or an operation or campaign noun with a military adjective
// right after it ("عملية عسكرية"، "حملة عسكرية").
func militaryCampaignAt(toks []token, j int) bool {
	if toks[j].has(strikeCampaignNouns) {
		return true
	}
	return toks[j].has(campaignNouns) && j+1 < len(toks) && !toks[j+1].gap && toks[j+1].has(militaryAdjectives)
}

var (
	// announceWords announce: "إعلان الرئيس التركي ... عن السيطرة"،
	// "وأعلنت أنقرة السيطرة على مدينة عفرين".
	announceWords = wordSet("أعلن وأعلن أعلنت وأعلنت يعلن تعلن إعلان وإعلان بإعلان")
	// claimedControlWords are the control or capture a state or its
	// leader announces.
	claimedControlWords = wordSet("السيطرة سيطرة سيطرتها سيطرته بالسيطرة تحرير استعادة")
)

// claimsCapture reports a weak foreign-state mention, a leader's too, that
// announces the capture of a place: an announce word within two words
// before it, a control or capture word within eight words after it and a
// Syrian town or governorate within six words after that, in its sentence.
// The gold codes Turkey for "إعلان الرئيس التركي رجب طيب أردوغان، الأحد،
// عن «السيطرة الكاملة» على مركز مدينة عفرين" (CN-middleEast-293); the
// capture is the state's forces', which the speech verb would otherwise
// cut as diplomacy. "إعلان الرئيس التركي ... بشأن السيطرة على السياسة
// النقدية" names no place.
func claimsCapture(toks []token, ms []mention, m mention) bool {
	if !nearBefore(toks, m.start, 2, announceWords) {
		return false
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+8 && toks[j].sent == s; j++ {
		if !toks[j].has(claimedControlWords) {
			continue
		}
		for _, o := range ms {
			if (o.e.kind == kindTown || o.e.kind == kindGov) && o.start > j && o.start <= j+6 && toks[o.start].sent == s {
				return true
			}
		}
	}
	return false
}
