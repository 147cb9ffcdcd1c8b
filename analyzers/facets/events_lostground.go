package facets

import "strings"

// lostRetaken reports the capture word at token i as a force retaking the
// ground it had just lost: a finite past of استعاد (recaptureVerbs) whose
// object is told back as lost by a relative clause a few words on ("صدت
// الهجوم بالقصف المدفعي واستعادت الأراضي التي خسرتها"، "استعادت قوات
// سوريا الديمقراطية القرى التي خسرتها"). The retaking is done and the
// loss is its own, so the recapture is the day's fighting, not a goal;
// with no taker named it is the state's forces holding the line (the
// golds code it government-regains-territory: Ukraine's army twice,
// 2015-08-10-1524, 2015-08-11-788). Not when the loss is dated back ("خسرتها
// العام الماضي"، "خسرها في بداية النزاع المستمر منذ 2011") or the
// retaking is told as what came before (بعدما، بعد أن): that is a war's
// course, not its day. The after words are backdropRecapture's
// (recaptureAfter, actors_regimebackdrop.go), which read the same verbs
// as a recapture told as done; a "قد" before the loss verb ("التي كانت قد
// خسرتها") is one of the three words the loss may stand within.
func lostRetaken(toks []token, i, end int) bool {
	if toks[i].has(presentRetake) {
		return retakenBeforeNow(toks, i, end)
	}
	if !toks[i].has(recaptureVerbs) && toks[i].w != "استعادوا" {
		return false
	}
	if nearBefore(toks, i, 2, recaptureAfter) {
		return false
	}
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+lostRelReach && toks[j].sent == s; j++ {
		if toks[j].w != "التي" && toks[j].w != "الذي" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+3 && toks[k].sent == s; k++ {
			if !lossVerb(toks[k].w) {
				continue
			}
			return !lossDatedBack(toks, k)
		}
		return false
	}
	return false
}

// lossVerb reports a word of losing ground: a form of خسر or فقد
// ("خسرتها"، "فقدتها"), as lostRetaken and retakenBeforeNow read it.
func lossVerb(w string) bool {
	return strings.HasPrefix(w, "خسر") || strings.HasPrefix(w, "فقد")
}

// lostRelReach is how far after the retaking verb the relative clause of
// the loss may open: the force and the ground between ("استعادت قوات
// سوريا الديمقراطية القرى التي").
const lostRelReach = 7

// lossDatedBack reports the loss verb at token k dated to a year or a
// time long past a few words on (see lostRetaken). Not phraseNotNow's
// oldYear and pastMonth: they need the publication date, which
// triggerType does not carry, and read twelve words either side of a
// trigger (eventHits asks them of the retaking verb already); this reads
// the loss's own date, after its verb.
func lossDatedBack(toks []token, k int) bool {
	s := toks[k].sent
	for j := k + 1; j < len(toks) && j <= k+5 && toks[j].sent == s; j++ {
		if _, ok := atoiYear(toks[j].w); ok {
			return true
		}
		switch toks[j].w {
		case "العام", "عام", "الماضي", "بدايه", "منذ", "سنوات":
			return true
		}
	}
	return false
}

// presentRetake are the present of استرد and استرجع, capture words only
// where retakenBeforeNow holds (triggerType's evCapture case drops the
// rest: "سترد" is a reply, and "يسترد وعيه"، "يسترد قدراته" retake no
// ground).
var presentRetake = wordSet(presentRetakeWords)

// presentRetakeWords are presentRetake's words, eventTriggers' too.
const presentRetakeWords = "يسترد تسترد يستردون يسترجع تسترجع يسترجعون"

// lostPresentReach is how far after the present retaking verb the loss
// verb may stand: the force and the ground between ("قبل أن يسترد
// المسلحون الموالون للنظام عددا من المواقع التي خسروها").
const lostPresentReach = 9

// retakenBeforeNow reports the present retaking verb at i (presentRetake)
// told after "قبل أن" — a retaking that ended the loss just told — whose
// object is told back as lost a few words on (a word beginning خسر or
// فقد after التي، الذي or قد), the loss not dated back: "خلال الهجوم
// الذي سيطر فيه التنظيم الإرهابي على مناطق عدة، قبل أن يسترد المسلحون
// الموالون للنظام عددا من المواقع التي خسروها" (SK-middleEast-3091)، "قبل
// أن يسترجع المسلحون الموالون للنظام مواقع كانوا قد خسروها"
// (SK-middleEast-3103). The golds code both government-regains-territory;
// no other article of the corpus holds the present with a loss after it.
func retakenBeforeNow(toks []token, i, end int) bool {
	if i < 2 || toks[i-1].w != "ان" || toks[i-2].w != "قبل" {
		return false
	}
	s := toks[i].sent
	for k := end; k < len(toks) && k < end+lostPresentReach && toks[k].sent == s; k++ {
		if !lossVerb(toks[k].w) {
			continue
		}
		switch toks[k-1].w {
		case "التي", "الذي", "قد":
			return !lossDatedBack(toks, k)
		}
	}
	return false
}
