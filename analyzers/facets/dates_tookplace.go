package facets

import "time"

// A death that the title tells and a lead that dates its report: "أعلنت
// وزارة الدفاع التونسية، الأربعاء، أن جنديا توفي متأثرا بجراحه على إثر
// اشتباكات" over "أصيب بجروح خطيرة خلال الاشتباكات التي وقعت الثلاثاء"،
// "قالت وزارة الدفاع الامريكية (البنتاجون) اليوم الجمعة إن غارة جوية
// أمريكية … قتلت قياديا" over "وأنه قتل في ضربة وقعت في 11 يوليو". The
// report's day is the first date, and the day the attack took place is
// told further down by a verb of taking place (tookPlace: وقع، جرى، حدث)
// and its date: the death is dated by the attack, as the golds date it
// (m57date), not by the day it was announced. The earlier-date reading of
// eventDate reaches only the lead's dates that are at most a month older
// than the report and that olderEvent keeps; a clause below the lead, or
// one of the lead's dates more than a week old, is left to this one.

// tookPlaceDay finds, after the report's date first, a verb of taking
// place right before a date (fillers between: في، يوم، a part of the day)
// that is earlier than first, by at most a month: "الهجوم الذي وقع أمس
// الجمعة"، "الاشتباكات التي وقعت الثلاثاء"، "ضربة وقعت في 11 يوليو".
// "تم" is left out: it is a passive's helper ("تم تطويق القارب"), not an
// event's taking place.
//
// Below the lead the clause must be a relative one on the attack already
// told ("الاشتباكات التي وقعت"، "بالحادث الذي وقع") and its day at most a
// week older than the report (olderEventDays): there "أن هجوما وقع مساء
// السبت" under a fortnight's raids, or "العملية الانتحارية التي وقعت في 20
// من يوليو" a fortnight back, is another attack the story recalls. In the
// lead a month's reach is kept, as eventDate's own: "وأنه قتل في ضربة
// وقعت في 11 يوليو". Nowhere in an aside (aside: "وكانت الشرطة اعلنت
// الخميس مقتل 19 شخصا في حادث الاصطدام الذي جرى مساء يوم الأربعاء" under
// a toll risen on Sunday): as in eventDate's own reading, an aside tells
// the background the report stands on. Under a claim title (claim) an aside
// that tells the claim itself (claimSentence) is read.
func tookPlaceDay(toks []token, first dateExpr, published time.Time, claim bool) (time.Time, bool) {
	lead := leadSentences(toks)
	for j := first.tok + 1; j < len(toks); j++ {
		if !toks[j].has(tookPlace) || toks[j].w == "تم" || toks[j].w == "وتم" {
			continue
		}
		if aside(toks, j) && !(claim && claimSentence(toks, j)) {
			continue
		}
		oldest := first.t.AddDate(0, -1, 0)
		if !lead[toks[j].sent] {
			if !toks[j-1].has(relativePronouns) {
				continue
			}
			oldest = first.t.AddDate(0, 0, -olderEventDays)
		}
		for k := j + 1; k < len(toks) && k <= j+3 && toks[k].sent == toks[j].sent; k++ {
			if d, ok := dateAt(toks, k, published); ok {
				if d.Before(first.t) && !d.Before(oldest) {
					return d, true
				}
				break
			}
			// "الهجوم الذي وقع أمس الجمعة": أمس leaves the day to the
			// weekday after it (weekdayAt), and is passed by as a filler.
			if toks[k].w != "في" && toks[k].w != "يوم" && toks[k].w != "امس" && !toks[k].has(dayParts) {
				break
			}
		}
	}
	return time.Time{}, false
}

// deathTitle reports a title that tells a death: a kill noun or verb
// (killWords), a death word (raidDeathWords), the dead counted
// (killedWords) or two dead ("قتيلان وجرحى بصفوف قوات التحالف").
func deathTitle(toks []token) bool {
	if titleHas(toks, killWords, raidDeathWords, killedWords) {
		return true
	}
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if twoDead[toks[k].w] {
			return true
		}
	}
	return false
}

// twoDead are the dual of قتيل, read whole at one title word.
var twoDead = plainWords("قتيلان قتيلين")

// claimTitle reports a title that tells an attack claimed: a verb of
// claiming (claimVerbs: "داعش يتبنى "هجوم تورتنو"") or responsibility
// (claimNouns) after an announcing verb (reachAnnounced: "داعش يعلن
// مسؤوليته عن هجوم باكستان"). The claim dates the attack as a death does
// (m57claim): the golds took the day of "الهجوم الذي وقع الأحد" under it,
// 2 of 2.
func claimTitle(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if claimVerbs[toks[k].w] || claimNouns[toks[k].w] && nearBefore(toks, k, announcedActReach, reachAnnounced) {
			return true
		}
	}
	return false
}

// claimSentence reports the claim told in the sentence of token i, a verb
// of claiming or the responsibility claimed: "وكان تنظيم داعش أعلن في وقت
// سابق في بيان أوردته وكالة "أعماق" … مسؤوليته عن الهجوم الذي وقع الأحد".
// Under a claim title that aside is the title's own news, not the
// background aside keeps off.
func claimSentence(toks []token, i int) bool {
	s := toks[i].sent
	for k := sentStart(toks, i); k < len(toks) && toks[k].sent == s; k++ {
		if claimVerbs[toks[k].w] || claimNouns[toks[k].w] {
			return true
		}
	}
	return false
}

// claimVerbs and claimNouns are read whole at one word.
var (
	claimVerbs = plainWords("تبنى تبنت يتبنى تتبنى وتبنى وتبنت")
	claimNouns = plainWords("مسؤوليته مسؤوليتها مسؤوليتهم مسئوليته مسئوليتها")
)
