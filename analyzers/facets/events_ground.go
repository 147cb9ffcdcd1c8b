package facets

import "strings"

// A bare strike (قصف، استهدف) is typed by the article's explicit weapons
// (strikeType): in a report that names aircraft and no rocket or shell,
// every bare strike is read as the air raid. But a strike whose doer is
// named beside it, and is a force that flies no aircraft (the Houthis, a
// militia, rebels, ISIS), is ground fire whatever else the article tells:
// "قالت وزارة الصحة ... عندما قصفت جماعة الحوثي والقوات الموالية للرئيس
// السابق ... مدينة عدن" in a report that also tells the coalition's air
// strikes, "مقتل مدني ... في قصف شنّه الحوثيون" beside "شن فيه طيران
// التحالف غارات". A verb with its named doer is as specific as "قصف
// مدفعي": it weighs as a phrase does.

var (
	// groundDoers name forces that fly no aircraft.
	groundDoers = wordSet("الحوثي الحوثيون الحوثيين الحوثيه حوثي حوثيون حوثيين ميليشيا ميليشيات مليشيا مليشيات الميليشيا الميليشيات المليشيا المليشيات " +
		// the common misspelling: "وشنت الميلشيات الإيرانية قصفا"
		"ميلشيا ميلشيات الميلشيا الميلشيات " +
		"المتمردين المتمردون متمردين متمردون الانقلابيين الانقلابيون انقلابيين انقلابيون داعش الفصائل فصائل حماس")
	// doerHeads stand between a strike verb and its doer's name: "قصفت
	// جماعة الحوثي"، "تقصف قوات الحوثي".
	doerHeads = wordSet("قوات القوات جماعه الجماعه عناصر مسلحو مسلحي مقاتلو مقاتلي")
	// shellVerbs are the past and present of قصف and استهدف, after their
	// doer: "قوات الحوثي تقصف عدن".
	shellVerbs = wordSet("قصفت قصفوا يقصف تقصف يقصفون استهدفت استهدفوا استهدف يستهدف تستهدف يستهدفون")
	// shellVerbsFirst are the past forms that open their clause and name
	// the doer right after them ("قصفت ميليشيات الحوثي الأحياء"); the
	// present mostly follows its doer and names the target next ("الجيش
	// الليبي يقصف متمردين تشاديين"), as does the noun ("قصف الحوثيين").
	shellVerbsFirst = wordSet("قصفت استهدفت")
	// doerAux stand between a doer and the noun of its strike: "مليشيا
	// الحوثي تقوم بقصف منازل المواطنين".
	doerAux = wordSet("تقوم يقوم قامت قام يقومون قاموا تواصل يواصل واصلت واصل يواصلون")
	// wagedBy after a strike noun names its doer: "في قصف شنّه الحوثيون".
	wagedBy = wordSet("شنه شنته شنها شنتها شنوه نفذه نفذته نفذها نفذتها")
)

// groundDoer reports a strike word of the tokens [i, end) whose doer,
// named beside it in its sentence, is a force with no aircraft: right
// after a strike verb ("قصفت ميليشيات الحوثي"), right before a strike verb
// or an auxiliary and the noun ("قوات الحوثي تقصف"، "مليشيا الحوثي تقوم
// بقصف"), or after a verb of waging that follows the noun ("قصف شنّه
// الحوثيون"، "قصف عشوائي شنته الميليشيات").
func (l *lexicon) groundDoer(toks []token, actorAt []string, i, end int) bool {
	s := toks[i].sent
	doer := func(j int) bool { return l.groundDoerAt(toks, actorAt, j, s) >= 0 }
	// before is a doer's name at j, with no stop between it and the verb
	// at j+1 ("محيط القاعدة، وقصفت تجمعات المتمردين" names a base).
	before := func(j int) bool {
		return j >= 0 && toks[j].sent == s && !toks[j+1].gap && (toks[j].has(groundDoers) || l.groundActor(actorAt[j]))
	}
	switch {
	case toks[i].has(shellVerbsFirst) && doer(end):
		return true
	case toks[i].has(shellVerbs) && before(i-1):
		return true
	case i > 1 && toks[i-1].has(doerAux) && before(i-2):
		return true
	}
	for j := end; j < len(toks) && j <= end+2 && toks[j].sent == s; j++ {
		if toks[j].has(wagedBy) {
			return doer(j + 1)
		}
	}
	if l.nounDoerTarget(toks, actorAt, i, end) {
		return true
	}
	if toks[i].has(wagedNouns) {
		// The doer between the waging verb and the noun: "شنت ميليشيات
		// الحوثي قصفا"، "شن عناصر المقاومة قصفا عنيفا" (see wagedStrike).
		for k := i - 1; k >= 0 && k >= i-4 && toks[k].sent == s; k-- {
			if !toks[k].has(strikeWaged) {
				continue
			}
			j := k + 1
			for ; j < i && toks[j].has(doerHeads); j++ {
			}
			return j < i && (toks[j].has(groundDoers) || toks[j].has(wagedResistance) || l.groundActor(actorAt[j]))
		}
	}
	return false
}

// groundDoerAt returns where a force with no aircraft is named at j in
// sentence s, past its heads ("قوات الحوثي"، "جماعة الحوثي"), or -1 when
// none is: a verb's doer (groundDoer) and a noun's (nounDoerTarget) are
// read alike.
func (l *lexicon) groundDoerAt(toks []token, actorAt []string, j, s int) int {
	for ; j < len(toks) && toks[j].sent == s && toks[j].has(doerHeads); j++ {
	}
	if j >= len(toks) || toks[j].sent != s || !(toks[j].has(groundDoers) || l.groundActor(actorAt[j])) {
		return -1
	}
	return j
}

// groundActor reports an actor id of a rebel or militia force.
func (l *lexicon) groundActor(id string) bool {
	if id == "" {
		return false
	}
	a := l.actors[id]
	return a != nil && (a.kind == "rebel" || a.kind == "militia")
}

// nounDoerTarget reports the noun قصف followed by its doer, a force with
// no aircraft, and then its target: "قصف الحوثيين لمحطات توليد الكهرباء"،
// "قصف ميليشيات الحوثي للمناطق السكنية"، "قصف الحوثيين وقوات صالح لوحدة
// الاتصالات", which a report of the coalition's raids read as its air
// strike. A genitive after the verbal noun is its subject when the object
// follows with ل; without one it is as often the target ("لقصف المتمردين
// الحوثيين"، "قصف الحوثيين بـ"), so the noun alone stays bare. The Houthi
// adjective ("بقصف حوثي"، "القصف الحوثي") names the doer outright. Not the
// noun of purpose (لقصف), and not a period (لليوم). Not على: the past verb
// spelt alike takes it of a place ("قصف متمردون مطار كابول بعد ساعات على
// وصوله"), and aud40j's corpus moves found it as often wrong.
func (l *lexicon) nounDoerTarget(toks []token, actorAt []string, i, end int) bool {
	if !toks[i].has(wagedNouns) || strings.HasPrefix(toks[i].w, "ل") || end >= len(toks) {
		return false
	}
	s := toks[i].sent
	if toks[end].sent == s && !toks[end].gap && toks[end].has(houthiAdjective) {
		return true
	}
	j := l.groundDoerAt(toks, actorAt, end, s)
	if j < 0 {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+targetReach && toks[k].sent == s; k++ {
		switch {
		case toks[k].has(targetStops):
			return false
		case strings.HasPrefix(toks[k].w, "ل"):
			return true
		}
	}
	return false
}

var (
	// houthiAdjective right after قصف names the Houthis its doer.
	houthiAdjective = wordSet("حوثي الحوثي")
	// targetStops end the look for a target: a period or purpose (لليوم،
	// لمدة، لكن) or a verb that opens another clause.
	targetStops = wordSet("لليوم لليله لمده لكن لان لانه لها له لهم في ان أن الذي التي")
)

// targetReach is how far after the doer's name its target may stand: the
// doer may be a list ("الميليشيات الحوثية وقوات الرئيس السابق علي عبد
// الله صالح لمنازلهم").
const targetReach = 9
