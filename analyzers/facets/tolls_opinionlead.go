package facets

import "slices"

// An opinion's lead over a toll told only inside what was said (round 61,
// m61react): "اعتبر وزير الدفاع الإسرائيلي ... أنه لا أبرياء في قطاع غزة
// ... بعدما أسفرت 10 أيام من التظاهرات والصدامات عن مقتل 30 فلسطينيا"،
// "اعتبر المفوض السامي لحقوق الإنسان ... أن الرد الإسرائيلي على تظاهرات
// الفلسطينيين في غزة لم يكن متكافئا"، "وصف دان دي لوس ... سماح أنقرة
// لأمريكا استخدام قاعدة إنكليريك ... بأنه تحول كبير ... على إثر الأسبوع
// الدموي". The news is the judgement; the coders give such a story no toll
// (round 46's rul46c-2, a reaction's news counts no toll of the killing it
// follows). Only the verbs of opinion (اعتبر، وصف، رأى، علق): a lead
// opening on قال or أكد reports the event as often as an opinion ("قالت
// مصادر أمنية إن ثلاثة مسلحين قتلوا"، "قال المرصد إن داعش استهدف ... مما
// أسفر عن مقتل 26"), and the golds code those.
//
// Count over the 7,837 pool and blind gold articles: a lead opening on one
// of these verbs (its first or second word) stands in 97 (pool 46, blind
// 51); the golds code a toll in one, AL-internationalNews-1380 ("وصف القضاء البلجيكي الهجوم
// الذي أوقع ثلاثة قتلى"), where the verb's object is the attack itself —
// the guard below.

// opinionVerbs open an opinion's lead: "اعتبر"، "وصفت"، "يرى"، "علق".
var opinionVerbs = plainWords("اعتبر اعتبرت اعتبروا يعتبر تعتبر وصف وصفت وصفوا يصف تصف " +
	"رأى رأت رأوا يرى ترى علق علقت علقوا")

// opinionEventNouns are the event an opinion may judge as its object, the
// news itself ("وصف القضاء البلجيكي الهجوم الذي أوقع ثلاثة قتلى"، "وصف
// المفتي حادثة التفجير الغاشم"، "وصف لاعب ... نجاته من انهيار جسر"): an
// opinion over them keeps its toll.
var opinionEventNouns = plainWords("هجوم الهجوم هجوما هجمات الهجمات اعتداء الاعتداء اعتداءات الاعتداءات " +
	"تفجير التفجير تفجيرات التفجيرات انفجار الانفجار حادث الحادث حادثة الحادثة " +
	"غارة الغارة غارات الغارات قصف القصف ضربة الضربة ضربات الضربات مجزرة المجزرة " +
	"مذبحة المذبحة اغتيال الاغتيال استهداف الاستهداف كمين الكمين عملية العملية " +
	"اشتباك الاشتباك اشتباكات الاشتباكات معارك المعارك إطلاق انهيار الانهيار حريق الحريق")

// opinionCauseWords end the opinion's own words, as diedCauses' (إثر،
// جراء، بعد، عقب، بسبب …) do beside them in opinionLeadStory: what comes
// after is the cause it follows ("بعدما أسفرت"، "في أعقاب"، "على خلفية").
var opinionCauseWords = plainWords("بعدما أعقاب خلفية إزاء")

// opinionVerbReach is how far into the lead its opinion verb may stand:
// the first word, or the second after a day or a place.
const opinionVerbReach = 2

// opinionLeadStory reports a lead that opens on an opinion verb, under a
// title that tells no killing, with no event noun as the opinion's object
// before the first killing or cause word of the sentence and no killing
// told in a coordinated clause of its own: its killed tolls are the
// background of what was said.
func opinionLeadStory(toks []token, ts []toll) bool {
	if !slices.ContainsFunc(ts, func(t toll) bool { return t.kind == killedKind }) || titleTellsKilling(toks, ts) {
		return false
	}
	first := leadStart(toks)
	if first < 0 {
		return false
	}
	s := toks[first].sent
	verb := -1
	for j := first; j < len(toks) && j < first+opinionVerbReach && toks[j].sent == s; j++ {
		if w := toks[j].w; opinionVerbs[w] || opinionVerbs[stripWa(w)] {
			verb = j
			break
		}
	}
	if verb < 0 {
		return false
	}
	cause := false
	for k := verb + 1; k < len(toks) && toks[k].sent == s; k++ {
		w := toks[k].w
		if coordinatedKilling(w) {
			return false
		}
		if cause {
			continue
		}
		if killingAt(toks, ts, k) || toks[k].has(diedCauses) || opinionCauseWords[w] || opinionCauseWords[stripWa(w)] {
			cause = true
			continue
		}
		if opinionEventNouns[w] || opinionEventNouns[stripWa(w)] {
			return false
		}
	}
	return true
}
