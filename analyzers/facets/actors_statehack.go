package facets

import "strings"

// A state named in a sentence that tells a hack or election meddling, in a
// story whose title is no cyber one (under a cyber title cyberStoryState
// decides): "بعد توجيه
// الاتهام لـ 12 من عملاء المخابرات العسكرية الروسية الجمعة باختراق حملة
// هيلاري كلينتون"، "لـ 12 من ضباط المخابرات الروسية بالتدخل في الانتخابات
// الرئاسية"، "عمليات الاختراق تمت بناء على طلب من الحكومة الإيرانية، وخاصة
// الحرس الثوري الإيراني". Ruling rul45a-2 codes no russia for Russian cyber
// or hacking operations, even by a named GRU unit, and the rulings' survey of
// round 45 found election interference never coded: hacking and meddling are
// no part of the war the gold guide codes.

// intrusionWords name meddling or a break-in: "بالتدخل في الانتخابات"،
// "باختراق شبكات إلكترونية". Alone they tell a military intervention or an
// airspace breach ("التدخل العسكري الروسي"، "اختراق طائرة إيرانية بدون
// طيار"), so intrusionTold wants an election or electronic word right after.
var intrusionWords = wordSet("تدخل التدخل تدخلا تدخلت تتدخل يتدخل تدخلها اختراق الاختراق")

// intrusionReach is how many words after an intrusion word its election or
// electronic object may stand: "باختراق حملة هيلاري كلينتون، مرشحة الحزب"
// puts the candidate four words on.
const intrusionReach = 4

// stateHack reports a mention whose sentence tells a hack or an election
// meddling: a word of hacking (hackerWords, not "المتسللين", who are as
// often armed infiltrators), an attack noun with an electronic adjective
// right after it ("الهجوم الإلكتروني"), or an intrusion word with an
// election or electronic word within intrusionReach words after it
// ("للتدخل في انتخابات الرئاسة"، "باختراق شبكات إلكترونية"). The article's
// vocabulary is asked first, so most articles skip the sentence walk.
func stateHack(toks []token, m mention) bool {
	if !inArticle(toks, hackerWords) && !inArticle(toks, intrusionWords) && !inArticle(toks, cyberAdjectives) {
		return false
	}
	s := toks[m.start].sent
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		t := &toks[j]
		if t.has(hackerWords) && !strings.Contains(t.w, "متسلل") {
			return true
		}
		if j+1 < len(toks) && toks[j+1].sent == s && t.has(cyberAttackNouns) && toks[j+1].has(cyberAdjectives) {
			return true
		}
		if !t.has(intrusionWords) {
			continue
		}
		for k := j + 1; k <= j+intrusionReach && k < len(toks) && toks[k].sent == s; k++ {
			if toks[k].has(electionWords) || toks[k].has(cyberAdjectives) {
				return true
			}
		}
	}
	return false
}
