package facets

// The regime's foreign militias named by their men's nationality alone:
// "تضم ميليشيات أفغانية وباكستانية ولبنانية وعراقية" (SK-middleEast-1346, a
// base south of Hama)، "زجت إيران بآلاف المقاتلين الأفغان في أتون الحرب
// السورية" (SK-middleEast-3177)، "والمرتزقة الأفغان في القواعد العسكرية في
// سوريا" (CN-middleEast-912). The guide codes such men as
// pro-government-militias ("مسلحين من جنسيات إيرانية → iran? no: that is
// pro-government-militias"); the lexicon has their brigades' names (لواء
// فاطميون، زينبيون) but not the nationality on a fighters' noun. Afghans and
// Pakistanis only: in a story about Syria no other side fields them, while
// Iraqi or Lebanese militias are as often the PMF or Hezbollah, or another
// land's. Not in another land's war ("وقتل جندي دولي وثمانية مقاتلين أفغان"
// at a base in Kabul, "المقاتلون الباكستانيون في الجماعة" of the Taliban).

var (
	// afghanMilitiaNouns name armed men of a militia, not a state's
	// soldiers.
	afghanMilitiaNouns = wordSet("الميليشيات المليشيات الميلشيات ميليشيات مليشيات ميلشيات والميليشيات والمليشيات وميليشيات ومليشيات " +
		"المقاتلين المقاتلون مقاتلين مقاتلون والمقاتلين والمقاتلون ومقاتلين ومقاتلون بالمقاتلين المرتزقة مرتزقة والمرتزقة")
	// afghanMilitiaNationals are the nationalities such men bear.
	afghanMilitiaNationals = wordSet("الأفغان أفغان الأفغانية أفغانية الأفغانيين أفغانيين الباكستانية باكستانية الباكستانيين باكستانيين الباكستانيون باكستانيون")
	// afghanHomeWars name the men's own lands and wars: there they are
	// another side's.
	afghanHomeWars = wordSet("أفغانستان كابول كابل طالبان باكستان باكستاني الباكستاني الباكستانية إسلام أباد آباد البنجاب كشمير الهند مومباي قندهار هلمند")
	// afghanMilitiaEntry is the militias entry such a phrase stands for.
	afghanMilitiaEntry = &entry{words: []string{"afghan-militia"}, kind: kindActor, ids: []string{"pro-government-militias"}}
)

// afghanMilitiaMentions returns a militias mention for each militia or
// fighters' noun with an Afghan or Pakistani nationality right after it, in
// an article about Syria or a sentence naming Syria, when the sentence
// names neither land nor its wars beyond the adjective.
func afghanMilitiaMentions(toks []token, aboutSyria bool) []mention {
	if !inArticle(toks, afghanMilitiaNationals) || !inArticle(toks, afghanMilitiaNouns) {
		return nil
	}
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].has(afghanMilitiaNouns) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || !toks[i+1].has(afghanMilitiaNationals) {
			continue
		}
		if !aboutSyria && !sentenceHas(toks, i, syrianWords) {
			continue
		}
		if homeWarInSentence(toks, i) {
			continue
		}
		out = append(out, mention{e: afghanMilitiaEntry, start: i, end: i + 2})
	}
	return out
}

// homeWarInSentence reports a word of afghanHomeWars in the sentence of i
// other than the nationality right after it (whose feminine, الباكستانية,
// is in both sets).
func homeWarInSentence(toks []token, i int) bool {
	if sentenceBefore(toks, i+1, afghanHomeWars) {
		return true
	}
	s := toks[i].sent
	for j := i + 2; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(afghanHomeWars) && !toks[j].has(afghanMilitiaNationals) {
			return true
		}
	}
	return false
}
