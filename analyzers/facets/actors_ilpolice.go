package facets

// Israel's police in a clash or an attack.
//
// The golds code Israel where its police clash with Palestinians:
// "أصيب عشرات الفلسطينيين في مواجهات اندلعت، الأربعاء، بين قوات الشرطة
// الإسرائيلية ومتظاهرين فلسطينيين" (holdout-22, israel missed). Israel's
// police act in the occupied land and Jerusalem's holy places — a party to
// the conflict there, as its army is — but the phrase is no alias: it
// tells as often of a corruption inquiry or a road accident. So the organ
// ("الشرطة الإسرائيلية"، "قوات الشرطة الإسرائيلية", read by organAt)
// counts only where its sentence tells of a clash, a storming or a harm,
// and no flood or fire (disasterWords: "أعلنت الشرطة الإسرائيلية ... أنها
// اعتقلت 3 مسؤولين بتهمة التسبب بإهمال" in the Negev floods that killed
// ten pupils).
// Or where they arrest Palestinians: "وقامت الشرطة الإسرائيلية باعتقال
// عدد من الفلسطينيين ومنعهم من التوجه إلى الحرم القدسي" (settlers storming
// al-Aqsa, israel missed), an arrest word beside the organ (arrestBeside,
// the state-arrest rule's span) and a Palestinian word in its sentence. Over
// the pool and blind golds the police's arrest sentence is coded 6 to 1 (the
// one a corruption inquiry's "أجرت الشرطة الإسرائيلية عملية توقيف ...
// تتعلق باتهامات الفساد", with no Palestinian); with a Palestinian word, 2
// to 0.
// Other states' police at home stay with the arrest rule
// (actors_statearrest.go), which found them jailing journalists and a
// coup's suspects as often as the war's fighters.

var (
	// policeTails are the organ's tail that names the police.
	policeTails = wordSet("الشرطة")
	// policeClashWords tell of the police in a clash, a storming or a
	// harm done or suffered.
	policeClashWords = union(harmWords, wordList("مواجهات المواجهات اشتباكات الاشتباكات اقتحام الاقتحام اقتحم اقتحمت اقتحموا اعتدت اعتدى فرقت تفريق المطاطي"))
	// israelPoliceEntry is the weak entry the phrase stands for.
	israelPoliceEntry = &entry{words: []string{"police"}, kind: kindActor, ids: []string{"israel"}, weak: true}
)

// israelPoliceMentions returns an Israel mention for each police organ
// named by Israel's adjective that no alias covers.
func (l *lexicon) israelPoliceMentions(toks []token, ms []mention) []mention {
	var out []mention
	for _, i := range setTokens(toks, organWords) {
		m, ok := l.organAt(toks, i)
		if !ok || m.e != stateArrestEntries["israel"] || !toks[m.end-2].has(policeTails) || actorOver(ms, m) {
			continue
		}
		out = append(out, mention{e: israelPoliceEntry, start: m.start, end: m.end})
	}
	return out
}

// israelPoliceCounts reports Israel's police organ m in a sentence of a
// clash, a storming or a harm, or arresting Palestinians (an arrest word
// beside the organ, a Palestinian word in its sentence), and not in a
// flood's or a fire's.
func israelPoliceCounts(toks []token, m mention) bool {
	if disasterSentence(toks, m.start) {
		return false
	}
	return sentenceHas(toks, m.start, policeClashWords) || arrestBeside(toks, m) && sentenceHas(toks, m.start, palestinianWords)
}
