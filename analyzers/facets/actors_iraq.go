package facets

// A state's forces named generically ("القوات الأمنية"، "القوات النظامية")
// in a sentence set in Iraq are Iraq's: "طالب الحكومة العراقية والقوات
// الأمنية بضرورة الإسراع بإطلاق سراح المتظاهرين"، "الموصل، المدينة الرئيسية
// في شمال العراق التي استعادت القوات النظامية السيطرة عليها". Round 12
// stopped reading such a name as Syria's; this reads it as Iraq's.

var (
	// iraqForceEntry is the Iraqi forces entry such a name stands for.
	iraqForceEntry = &entry{words: []string{"iraq-force"}, kind: kindActor, ids: []string{"iraqi-forces"}}
	// genericForceHeads open a state's force named without its state.
	genericForceHeads = wordSet("القوات قوات")
	// genericForceTails end it: security or regular forces.
	genericForceTails = wordSet("الأمنية الامنية الأمن الامن النظامية")
)

// iraqForceMentions returns an Iraqi forces mention for each generic force
// name in a sentence that names Iraq and not Syria, nor another nation or
// the Kurds: "ودأبت قوات الأمن والجيش التركيين على استهداف مواقع حزب
// العمال ... شمالي العراق" are Turkey's, "قوات الأمن الكردية" in Erbil the
// region's.
func (l *lexicon) iraqForceMentions(toks []token) []mention {
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].has(genericForceHeads) || toks[i+1].gap || !toks[i+1].has(genericForceTails) {
			continue
		}
		if sentenceHas(toks, i, iraqWords) && !sentenceHas(toks, i, syrianWords) && !sentenceHas(toks, i, kurdWords) && !l.otherNationInSentence(toks, i) {
			out = append(out, mention{e: iraqForceEntry, start: i, end: i + 2})
		}
	}
	return out
}

// otherNationInSentence reports a nationality adjective of a state other
// than Iraq in the sentence of token i.
func (l *lexicon) otherNationInSentence(toks []token, i int) bool {
	s := toks[i].sent
	for j := i; j >= 0 && toks[j].sent == s; j-- {
		if id := l.nationalityOf(&toks[j]); id != "" && id != "iraqi-forces" {
			return true
		}
	}
	for j := i + 1; j < len(toks) && toks[j].sent == s; j++ {
		if id := l.nationalityOf(&toks[j]); id != "" && id != "iraqi-forces" {
			return true
		}
	}
	return false
}
