package facets

import "strings"

// A state blamed or held responsible for another party's attack. Round
// 43's ruling (class 3): "تتحمل روسيا مسؤولية"، "يحمّل الأسد والروس
// مسؤولية الهجوم"، "غير قادرة على شن هجمات من هذا النوع من دون مساعدة
// روسيا وإيران" make no actor on that ground alone; the state is coded
// where the article gives it a military role of its own, which its other
// mentions tell (its forces, its strikes: the rules that read those are
// untouched; militaryRoleElsewhere lets the blame stand beside them).
// accusedOfAttack reads a state blamed for an attack as its author, right
// for the attack the state is said to have made (Salisbury's poisoning,
// not covered by the ruling); blamedForOthers keeps out the
// blame whose sentence names the other party the attack is told of: the
// Syrian government or an armed group beside the blamed state ("الأسد
// وروسيا مسؤولية الهجوم الكيميائي"), the state's backing of it ("بدعمها
// الثابت لسوريا مسؤولية"), or a chemical attack in a story about Syria,
// the regime's Douma attack ("روسيا تتحمل ... مسؤولية الاستهداف الوحشي
// لعدد لا يحصى من السوريين بأسلحة كيميائية"). A military word within
// three words of the state ("روسيا المسؤولة عن غاراتها") is its own role
// and keeps it; further off it is as often the other party's ("الأسد لا
// يشن هجوم كيمياوي بدون دعم روسيا"). A denial in the sentence is the
// state speaking, which other rules weigh.

var (
	// stateBlameWords after the blamed state blame it: responsibility,
	// blame and the verb of bearing it ("روسيا وإيران تتحملان مسؤولية").
	stateBlameWords = wordSet("مسؤولية اللوم باللوم تتحمل يتحمل تتحملان تحملت")
	// responsibleWords blame only before "عن": "بوتين ربما يكون مسؤولا عن
	// الهجوم"; alone they are an official ("اعتقال قوات الأمن العراقية
	// مسؤولا بارزا"، "بحضور ضباط روس ومسؤول أمني").
	responsibleWords = wordSet("مسؤولا مسؤول المسؤول مسؤولة المسؤولة")
	aboutWord        = wordSet("عن")
	// ownRoleWords by another mention of the state give it a military
	// role of its own: militaryWords and the verbs of fighting ("روسيا،
	// التي تقاتل جنبا إلى جنب مع القوات الحكومية السورية").
	ownRoleWords = union(militaryWords, wordList("تقاتل يقاتل تحارب يحارب قاتلت حاربت"))
	// layBlameVerbs before the blamed state lay the blame on it: "ترمب
	// يحمل بوتين مسؤولية"، "الرئيس يحمّل الأسد والروس".
	layBlameVerbs = wordSet("يحمل تحمل يحملان حمل حملت حملا")
	// withoutWords before a support word make the state the attack's
	// helper: "من دون مساعدة روسيا"، "بدون دعم روسيا".
	withoutWords = wordSet("دون بدون")
	// helpNouns are the help a state is said to give: "مساعدة"، "دعم".
	helpNouns = wordSet("مساعدة مساعدتهما دعم دعمها بدعمها دعمهما")
	// blameChemical are chemicalWords and the spelling "كيمياوي" they
	// lack: "ترمب يحمل بوتين مسؤولية كيمياوي دوما".
	blameChemical = union(chemicalWords, wordList("كيمياوي الكيمياوي كيمياوية الكيمياوية"))
)

// blamedForOthers reports a state mention blamed, in its sentence, for an
// attack the sentence gives to another party (see above).
func (l *lexicon) blamedForOthers(toks []token, ms []mention, m mention, aboutSyria bool) bool {
	if !blamedAt(toks, ms, m) {
		return false
	}
	if nearWord(toks, m.start, m.end, 3, militaryWords) || sentenceHas(toks, m.start, denialWords) || militaryRoleElsewhere(toks, ms, m) {
		return false
	}
	if aboutSyria && sentenceHas(toks, m.start, blameChemical) {
		return true
	}
	if nearBefore(toks, m.start, 3, helpNouns) || nearWord(toks, m.start, m.end, 2, helpNouns) || helpAfterBlame(toks, m) {
		return true
	}
	s := toks[m.start].sent
	for k := sentStart(toks, m.start); k < len(toks) && toks[k].sent == s; k++ {
		if k >= m.start && k < m.end {
			continue
		}
		if toks[k].has(regimeNames) {
			return true
		}
	}
	for _, o := range ms {
		if toks[o.start].sent != s || o.start == m.start || o.e.kind != kindActor || len(o.e.ids) == 0 || o.e.ids[0] == m.e.ids[0] {
			continue
		}
		if a := l.actors[o.e.ids[0]]; a != nil && (a.kind == "rebel" || a.kind == "militia" || o.e.ids[0] == "syrian-government") {
			return true
		}
	}
	return false
}

// helpedWithout reports "دون مساعدة" or "بدون دعم" within three words
// before the mention.
func helpedWithout(toks []token, m mention) bool {
	for j := m.start - 1; j >= 0 && j >= m.start-3 && toks[j].sent == toks[m.start].sent; j-- {
		if toks[j].has(helpNouns) && j > 0 && toks[j-1].has(withoutWords) {
			return true
		}
	}
	return false
}

// helpAfterBlame reports "دون مساعدتهما" later in the sentence of the
// blame: "روسيا وإيران تتحملان مسؤولية هذه الأعمال، لأنها ما كان يمكن أن
// تحصل من دون مساعدتهما المادية".
func helpAfterBlame(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j+1 < len(toks) && toks[j+1].sent == s; j++ {
		if toks[j].has(withoutWords) && toks[j+1].has(helpNouns) {
			return true
		}
	}
	return false
}

// blamedAt reports the state of m as the one blamed, not the blamer: the
// object of a verb that lays blame within four words before it ("يحمّل
// الأسد والروس"), the one a blame noun and "على" right before it lay it on
// ("وألقى ماتيس باللوم على روسيا", blameLaidOn), a blame word within three
// words after it with no other party but one joined by و and no such verb
// between ("روسيا وإيران تتحملان مسؤولية"، "بوتين ربما يكون مسؤولا"), or the
// help the attack could not do without ("دون مساعدة روسيا").
func blamedAt(toks []token, ms []mention, m mention) bool {
	if helpedWithout(toks, m) || nearBefore(toks, m.start, 4, layBlameVerbs) || blameLaidOn(toks, m) {
		return true
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+3 && toks[j].sent == s; j++ {
		if toks[j].has(layBlameVerbs) || startsMention(ms, j) && !strings.HasPrefix(toks[j].w, "و") {
			return false
		}
		if toks[j].has(stateBlameWords) || toks[j].has(responsibleWords) && j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(aboutWord) {
			return true
		}
	}
	return false
}

// blameOnNouns lay the blame before "على" and the blamed: "وألقى ماتيس
// باللوم على روسيا"، "تنحي الدول الغربية باللائمة على". Looked up whole at
// one word only.
var blameOnNouns = plainWords("باللوم اللوم باللائمة اللائمة")

// blameLaidOn reports the state of m right after a blame noun and "على":
// "وألقى ماتيس باللوم على روسيا لأنها لم تف بالتزاماتها لضمان تخلي سوريا
// عن أسلحتها الكيماوية" (m59afp2). blamedAt's other readings take the
// blame word after the state ("روسيا تتحمل مسؤولية") or the verb that
// lays it ("يحمّل") before; this is the noun of the blame before it.
func blameLaidOn(toks []token, m mention) bool {
	i := m.start
	if i < 2 || toks[i].gap || toks[i-1].gap || toks[i-1].sent != toks[i].sent || toks[i-2].sent != toks[i].sent {
		return false
	}
	return toks[i-1].w == "علي" && blameOnNouns[toks[i-2].w]
}

// militaryRoleElsewhere reports another mention of m's state, in another
// sentence, with a word of ownRoleWords within three words of it: the
// military role the ruling asks for (BB-middleEast-308), which keeps the
// blamed state in whatever sentence blames it.
func militaryRoleElsewhere(toks []token, ms []mention, m mention) bool {
	for _, o := range ms {
		if o.e.kind != kindActor || len(o.e.ids) == 0 || o.e.ids[0] != m.e.ids[0] || toks[o.start].sent == toks[m.start].sent {
			continue
		}
		if nearWord(toks, o.start, o.end, 3, ownRoleWords) {
			return true
		}
	}
	return false
}
