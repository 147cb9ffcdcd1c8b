package facets

import (
	"strings"
	"time"
)

// evProtestToCome is the pseudo-type under which eventHits counts the
// protest words protestToCome tells to come, until a protest held is
// counted beside them.
const evProtestToCome = "protest-to-come"

// evProtestTitle is the pseudo-type under which eventHits counts a title's
// protest words that are not to come: they join the peaceful-protest count
// unless the body's protest words are all to come.
const evProtestTitle = "protest-title"

// protestToCome reports a protest word at tokens [i, end) told as still to
// come: a strike or demonstration announced, scheduled or foreseen, not
// held. The golds type none (round 46's rul46d and round 48's rul48e:
// "calls and plans to protest or strike are uncoded"; "announced strikes are
// not": the Fiat strike "بدءا من الأحد", the London tube's Wednesday, the
// French "ثلاثاء أسود"). The future is read in the word's sentence:
//   - a verb of the future or a word of expectation before it (toldToCome):
//     "سيستجيبون لدعوة الإضراب الثلاثاء"، "ويتوقع أن تجري تظاهرات مضادة"،
//     "سيتظاهر زعماء أكبر النقابات";
//   - a verb of the future right after it, or after its relative pronoun:
//     "لمواجهة مظاهرات ستنظم السبت"، "مشاركتها بالإضراب الذي سيُنفّذ يوم غد";
//   - tomorrow, or a weekday told to come (dayAhead), within
//     protestTomorrowWords after it, or anywhere after it in the title:
//     "الاستعدادات لتظاهرة حاشدة جديدة غداً الجمعة"، "الإضراب يوقف حركة
//     مترو لندن الأربعاء" posted on the Monday;
//   - لن or سوف, or قد before an imperfect, right after it or its day:
//     "«الإضراب قد يكون خيارا»"؛
//   - a call verb further back than protestCalled reads (protestCalledFar).
//
// eventHits counts such words aside (evProtestToCome) and adds them to the
// peaceful-protest count only when a protest held is counted beside them:
// a planned protest named next to a held one ("واحتشد آلاف التونسيين السبت
// ... ويتوقع أن تخرج تظاهرة ليل الاثنين") weighs as it always did.
//
// A verb that carries the protest on (سيستمر، ستتواصل: goOnVerbs with the
// future prefix) tells one under way, which stays: "وسيستمر الإضراب حتى
// تلبية المطالب".
func protestToCome(toks []token, i, end int, pubDay time.Time) bool {
	if protestTold(toks, i) {
		// "سينزع فتيل الاحتجاجات التي تشهدها بعض مناطق المملكة": the
		// protests a clause tells taking place are held, whatever the
		// future does to them.
		return false
	}
	s := toks[i].sent
	for k := i - 1; k >= 0 && k >= i-futureReach && toks[k].sent == s; k-- {
		if goOnFuture(toks[k].w) {
			return false
		}
	}
	if toldToCome(toks, i) {
		return true
	}
	j := end
	if j < len(toks) && toks[j].sent == s && toks[j].has(relativePronouns) {
		j++
	}
	if j < len(toks) && toks[j].sent == s && comingVerb(toks[j].w) && !goOnFuture(toks[j].w) {
		return true
	}
	reach := end + protestTomorrowWords
	if toks[i].title {
		// A title's day is its clause's, however long: "إضراب يشل مترو
		// لندن لمدة 24 ساعة يوم الأربعاء" posted on the Monday.
		reach = len(toks)
	}
	for k := end; k < len(toks) && k < reach && toks[k].sent == s; k++ {
		w := stripWa(toks[k].w)
		if w == "غدا" || w == "غد" && k > 0 && (toks[k-1].w == "يوم" || toks[k-1].w == "بعد") {
			return true
		}
		if weekdayAt(toks, k) && dayAhead(toks, k, pubDay) {
			return true
		}
		if k == end || k == end+1 && weekdayAt(toks, end) {
			// "الإضراب قد يكون خيارا"، "إضراب الثلاثاء لن يكون سوى أول
			// يوم": a modal right after the word, or after its day.
			if toks[k].has(willWords) || toks[k].has(perfectParticle) && k+1 < len(toks) && toks[k+1].sent == s && !pastVerb(toks[k+1].w) {
				return true
			}
		}
	}
	return protestCalledFar(toks, i)
}

// dayAhead reports a weekday at token k told as a day to come by more than
// the calendar: a verb of the future or a word of expectation before it
// (toldToCome), "المقبل" after it, or a present-tense title or lead verb
// before it (titleToCome, presentToCome), as dayToComeAt resolves it
// against the publication day. The bare day after publication, which
// dayToComeAt also takes, is as often the news of the night posted before
// midnight GMT: "تظاهر الآلاف الثلاثاء" posted late on Monday.
func dayAhead(toks []token, k int, pubDay time.Time) bool {
	if pubDay.IsZero() || !(toldToCome(toks, k) || dayWordAfter(toks, k, nextWords) || titleToCome(toks, k) || presentToCome(toks, k)) {
		return false
	}
	d, ok := dayToComeAt(toks, k, pubDay)
	return ok && d.After(pubDay)
}

// willWords after a protest word hold it to come or out: "لن يكون"،
// "سوف يبدأ".
var willWords = wordSet("لن سوف")

// protestCallFarWords is how far before a protest word opened by إلى
// protestCalledFar reads the call: the caller and its name stand between
// ("دعت نقابة العمال في شركة فيات الإيطالية لصناعة السيارات إلى إضراب").
const protestCallFarWords = 10

// protestCalledFar reports a protest word at i opened by إلى whose
// sentence has a call verb further back than protestCalled reads (دعا،
// دعت، دعوا, the calls of protestCallWords): the caller's name stands
// between the call and its object.
func protestCalledFar(toks []token, i int) bool {
	if i == 0 || toks[i-1].w != "الي" || toks[i-1].sent != toks[i].sent {
		return false
	}
	s := toks[i].sent
	for j := i - 2; j >= 0 && j >= i-protestCallFarWords && toks[j].sent == s; j-- {
		w := stripWa(toks[j].w)
		if w == "دعا" || w == "دعت" || w == "دعوا" || toks[j].has(protestCallWords) {
			return !strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "ل")
		}
	}
	return false
}

// protestTomorrowWords is how far past a protest word protestToCome reads
// tomorrow: its adjectives stand between ("لتظاهرة حاشدة جديدة غداً").
const protestTomorrowWords = 4

// goOnFuture reports a verb of going on (goOnVerbs) with the future prefix:
// "سيستمر"، "وستتواصل".
func goOnFuture(w string) bool {
	w = stripWa(w)
	return strings.HasPrefix(w, "س") && goOnVerbs.contains(strings.TrimPrefix(w, "س"))
}
