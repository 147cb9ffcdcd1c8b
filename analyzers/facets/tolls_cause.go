package facets

import "strings"

// A toll told inside the cause of the news's act: "ردا على هجوم الأحواز الذي
// أسفر عن مقتل 25 شخصا" (Iran's missile strike answers the Ahvaz attack),
// "ردا على هجوم استهدف كنيسة وأسفر عن 18 قتيلا" (a mob's killing of 11
// answers a church attack), "ردا على خطف وقتل 8 من قوات الأمن" (executions
// answering a kidnapping), "انتقاما لتفجير انتحاري ... وأسفر عن مقتل 32
// شخصا". The figure counts the event answered, an earlier one, not the act
// the sentence reports; the guide's toll is the main event's. With the
// cause's figure gone the news keeps its own toll when it tells one (the
// mob's 11) and none when it tells none (a strike, a threat of one).

// answerWords open a cause clause: ردا على، انتقاما ل.
var answerWords = plainWords("ردا انتقاما")

// causeNotAfter are the words after "ردا على" that point back to what the
// text told before ("ردا على ذلك، قتلت القوات ..."): the clause that
// follows is the news's own act, and its toll stays.
var causeNotAfter = plainWords("ذلك هذا هذه تلك سؤال اسئله")

// causeReach is how many words back from a toll causeToll looks for the
// cause word.
const causeReach = 18

// causeToll reports a toll at token i told within a cause clause opened,
// at most causeReach words before it in its sentence, by ردا على or
// انتقاما ل (answerWords), whose next word does not point back to the text
// before (causeNotAfter). The toll may be that next word itself: "ردا على
// مقتل طفل فلسطيني" (Abbas to go to the ICC over the Duma arson).
func causeToll(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-causeReach && toks[j].sent == s; j-- {
		if !answerWords[stripWa(toks[j].w)] || j+1 >= i {
			continue
		}
		next, k := toks[j+1].w, j+1
		switch {
		case next == "علي":
			k = j + 2
		case stripWa(toks[j].w) != "انتقاما" || !strings.HasPrefix(next, "ل"):
			return false // "ردا" with no على is no cause clause
		}
		// k never passes i (the loop skips j+1 >= i, and k is j+1 or
		// j+2), and k == i is the toll the clause opens on, its dead a
		// singular or dual noun ("ردا على مقتل طفل فلسطيني").
		return !causeNotAfter[toks[k].w]
	}
	return false
}

// A toll named right after "بعد / إثر / غداة / عقب" is the event the news
// follows, not the news: "تصاعد التوتر بعد مقتل رجل أعزل"، "أعمال عنف في
// مدينة نانت بعد مقتل شاب"، "إجراءات لاحتواء الاحتجاجات ... غداة مقتل
// شخصين"، "واتت المداهمات بعد مقتل 32 شخصا". Rul48c-2(a): an event named
// only in a "بعد/إثر/عقب/غداة مقتل" phrase is the cause, not the title's
// event (holdout40 Q36). When the text tells the killing in a clause of
// its own ("مقتل الشابة حياة ... يثير ضجة"), that toll stays.

// afterKillNouns are the kill nouns an "after" word (afterWords) puts in
// a cause phrase.
var afterKillNouns = wordSet("مقتل قتل استشهاد مصرع وفاة")

// afterCauseReach is how many words back from a toll's token afterCauseToll
// looks for its kill noun ("بعد مقتل أربعة من مشاة البحرية").
const afterCauseReach = 3

// afterCauseToll reports a toll at token i whose kill noun (afterKillNouns),
// the toll's token or one of the afterCauseReach words before it in its
// sentence, stands right after an "after" word (afterWords), and whose
// dead are not the news's own (afterOwnEvent). Not a title's: the title is
// left to the rest of casualties.
func afterCauseToll(toks []token, i int) bool {
	if toks[i].title {
		return false
	}
	s := toks[i].sent
	for j := i; j >= 1 && j >= i-afterCauseReach && toks[j].sent == s; j-- {
		if toks[j].has(afterKillNouns) {
			return toks[j-1].sent == s && toks[j-1].has(afterWords) && !afterOwnEvent(toks, j)
		}
	}
	return false
}

// afterOwnEvent reports that the dead told after an "after" word at kill
// noun j are the news's own: the sentence's clause before them tells
// fighting, an attack or a fire ("اندلعت اشتباكات ... أسفرت عن سيطرة قوات
// الأسد على القريتين، بعد مقتل 30 عنصراً"، "اجتاحت حرائق ... بعد مقتل أحد
// رجال الإطفاء"), or the words after them name the fighting of a title that
// tells one ("اشتباكات بين الأكراد والشرطة": "تظاهر أنصار الحزب ... بعد
// مقتل ثلاثة أشخاص ... في الاشتباكات").
func afterOwnEvent(toks []token, j int) bool {
	s := toks[j].sent
	for k := sentStart(toks, j); k < j-1; k++ {
		if toks[k].has(leadFights) || toks[k].has(fireWords) || toks[k].has(disasterWords) {
			return true
		}
	}
	if !titleHas(toks, leadFights) {
		return false
	}
	for k := j + 1; k < len(toks) && toks[k].sent == s; k++ {
		// "في الاشتباكات": the fighting named definite.
		if toks[k].has(leadFights) || leadFights.contains(stripAl(toks[k].w)) {
			return true
		}
	}
	return false
}
