package facets

// An "on this day" list: CNN's daily "حدث في 5 أكتوبر.. مقتل "رولان غاروس"
// وأول خطاب متلفز لرئيس أمريكي"، "حدث في 3 سبتمبر.. تتويج ريتشارد قلب
// الأسد". The title's day is the calendar day the list is for, written
// without a year, and every item below it is history ("في 5 أكتوبر/تشرين
// أول من عام 1918 لقي الطيار الفرنسي الشهير رولان غاروس مصرعه"). The golds
// give such a list no event date, no event type and no toll (round 16's
// history convention; rul48d-3 leaves an anniversary essay with no news
// event undated). The round-49 blind audit found the title's day read as
// this year's, so the list was dated on its publication day, and a 1918
// death counted as its toll; five blind codings of rounds 37-48 and one pool
// list hold the same date, and the pool list was typed for WWII's bombing of
// Buckingham Palace. extract drops such a list's types and toll and gives it
// no date.

// almanacTitle reports a title that names the article an almanac: CNN's
// "حدث في" with a day and month right after it (not "حدث في" and a place,
// "حدث في مخيم اليرموك.. فيديو يكشف حجم الدمار", a report of what happened
// there), or a newspaper's almanac phrase (almanacPhrases). Every item of
// either is an anniversary ("1990- القوات العراقية تغزو الكويت"، "1969-
// مقتل الممثلة الأميركية شارون تيت"): history, for which the golds code no
// party (all 7 scored almanacs; rul45d-3, rul48b-2), and no event type,
// toll or date. extract drops them all; the state filter of round 33's and
// 34's corpus audits asked the same question of the title.
func almanacTitle(toks []token) bool {
	if len(toks) > 2 && toks[2].title && toks[0].w == "حدث" && toks[1].w == "في" {
		if _, _, _, ok := dayMonthAt(toks, 2); ok {
			return true
		}
	}
	for i := 0; i < len(toks) && toks[i].title; i++ {
		for _, p := range almanacPhrases {
			if toks[i].w == p[0] && matchAt(toks, i, p) && toks[i+len(p)-1].title {
				return true
			}
		}
	}
	return false
}

// almanacPhrases are the title phrases of the newspapers' almanac columns,
// as tokens: "هذا اليوم في التاريخ"، "في مثل هذا اليوم .. مركبة فايكينغ
// تحط".
var almanacPhrases = [][]string{{"هذا", "اليوم", "في", "التاريخ"}, {"مثل", "هذا", "اليوم"}}
