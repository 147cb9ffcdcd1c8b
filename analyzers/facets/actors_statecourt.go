package facets

// A state's court sentencing the war's fighters.
//
// The pool golds code Iraq's forces where an Iraqi court sentences members
// of ISIS ("قضت محكمة عراقية الأحد بإعدام 16 امرأة تركية ... بتهمة الانتماء
// لتنظيم داعش"، "قضت المحكمة الجنائية العراقية الأحد، بسجن الجهادية
// الفرنسية ... بتهمة الانتماء لتنظيم الدولة الإسلامية": holdouts 21, 25,
// 28 and 34 code it, two golds of the same stories do not). The court is
// the state's organ acting on the war's fighters, as its police arresting
// them is (actors_statearrest.go). A court in another cause (an election
// commission's officials, a former prime minister) names no fighters and
// stays out.

var (
	// courtHeads open a court's phrase: "محكمة عراقية"، "المحكمة الجنائية
	// العراقية"، "القضاء العراقي"، "محاكم بغداد" has no adjective and is
	// not read.
	courtHeads = wordSet("محكمة المحكمة محاكم المحاكم القضاء")
	// courtRulingWords say the court sentenced or convicted: a penalty
	// (penaltyWords) or a ruling.
	// courtLinkWords before the group make the charge a tie to it, not
	// membership in it: "قضت محكمة تركية ... بسجن برانسون ... بعد اتهامه
	// بالارتباط بمسلحين أكراد" (a pastor's trial, no fighter's).
	courtLinkWords   = wordSet("بالارتباط الارتباط ارتباط بارتباط بصلات صلات بعلاقات علاقات بالتخابر التخابر")
	courtRulingWords = union(penaltyWords, wordList("حكم حكما بحكم الحكم أحكام أحكاما الأحكام قضت تقضي يقضي أدانت ادانت إدانة إدانتها إدانته إدانتهم إدانتهن"))
)

// courtModifiers is how many words may stand between a court's head and
// its state's adjective: "المحكمة الجنائية المركزية العراقية".
const courtModifiers = 2

// courtSpan is how many words after the court the fighters' group may
// stand: the charge comes after the penalty and the convict's name
// ("بسجن الجهادية الفرنسية ميلينا بوغدير مدى الحياة بتهمة الانتماء لتنظيم
// الدولة الإسلامية").
const courtSpan = 20

// stateCourtMentions returns a state mention for each court named by a
// state's nationality adjective that no alias covers, whose sentence says
// it sentenced or convicted and names, after the court, an armed group of
// the taxonomy by name (not a generic word). A warrant or request
// (arrestRequestWords) is no sentence passed.
//
// Round 48's rul48a-3 keeps the court only where the war it tries is the
// state's own in the article's text: courtWarTie.
func (l *lexicon) stateCourtMentions(toks []token, ms, all []mention) []mention {
	if !inArticle(toks, courtHeads) {
		return nil // most articles name none: skip the walk
	}
	var out []mention
	for _, i := range setTokens(toks, courtHeads) {
		m, ok := l.courtAt(toks, i)
		if !ok || actorOver(ms, m) || !sentenceHas(toks, i, courtRulingWords) || sentenceHas(toks, i, arrestRequestWords) {
			continue
		}
		if l.rebelAfter(toks, ms, m, courtSpan, courtLinkWords) && courtWarTie(toks, all, m.e.ids[0]) {
			out = append(out, m)
		}
	}
	return out
}

// courtAt returns the court phrase that starts at token i, a court's
// head: up to courtModifiers words, then a state's adjective.
func (l *lexicon) courtAt(toks []token, i int) (mention, bool) {
	s := toks[i].sent
	for t := i + 1; t < len(toks) && t <= i+1+courtModifiers && !toks[t].gap && toks[t].sent == s; t++ {
		if e := stateArrestEntries[l.nationalityOf(&toks[t])]; e != nil {
			return mention{e: e, start: i, end: t + 1}, true
		}
	}
	return mention{}, false
}

// rebelAfter reports an armed group of the taxonomy named (by a strong
// alias, not a generic word) within span words after m, in its sentence,
// with no word of stop (if any) in the two words before it: the court's
// link words, or none for an arrest (warArrested).
func (l *lexicon) rebelAfter(toks []token, ms []mention, m mention, span int, stop *words) bool {
	s := toks[m.start].sent
	for _, o := range ms {
		if o.e.kind != kindActor || o.e.weak || o.e.syria || o.start < m.end || o.start >= m.end+span || toks[o.start].sent != s || stop != nil && nearBefore(toks, o.start, 2, stop) {
			continue
		}
		if a := l.actors[o.e.ids[0]]; a != nil && a.kind == "rebel" {
			return true
		}
	}
	return false
}

// courtStateWords name Iraq as a state that wins ("أعلن العراق الانتصار
// على تنظيم الدولة"، "أعلن العراق أنه حرر جميع أراضيه من تنظيم داعش"), not
// a place: only within courtWinSpan words before a win (courtWinWords).
var (
	courtStateWords = wordSet("العراق والعراق")
	courtWinWords   = union(winWords, wordList("حرر حررت تحرير استعاد استعادت استعادة هزم هزيمة دحر"))
)

// courtWinSpan is how far after Iraq its win may stand: "أنه حرر".
const courtWinSpan = 3

// courtWarTie reports a sentence holding no court (courtHeads) that gives
// the state id a part in the war its court tries (rul48a-3): a mention of
// id by another rule or alias ("بعد استعادة القوات العراقية مدينة
// الموصل"، "قاتلت ضد الوحدات العراقية"، "القوات الأمنية ألقت القبض على 8
// إرهابيين"), or, for Iraq, the country before its victory. A court,
// judge or prison, or an arrest "في العراق" that names no force, is none
// (holdout45 Q47: "the state acts only as a judiciary").
func courtWarTie(toks []token, all []mention, id string) bool {
	for _, o := range all {
		if o.e.kind == kindActor && len(o.e.ids) > 0 && o.e.ids[0] == id && o.e != stateArrestEntries[id] && !sentenceHas(toks, o.start, courtHeads) {
			return true
		}
	}
	if id != "iraqi-forces" {
		return false
	}
	for _, i := range setTokens(toks, courtStateWords) {
		if !sentenceHas(toks, i, courtHeads) && nearAfter(toks, i, courtWinSpan, courtWinWords) {
			return true
		}
	}
	return false
}
