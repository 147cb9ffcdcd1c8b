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

// onThisDayTitle reports a title that opens such a list: "حدث في" and a day
// and month right after it. Not "حدث في" and a place ("حدث في مخيم
// اليرموك.. فيديو يكشف حجم الدمار"), a report of what happened there.
func onThisDayTitle(toks []token) bool {
	if len(toks) < 3 || !toks[2].title || toks[0].w != "حدث" || toks[1].w != "في" {
		return false
	}
	_, _, _, ok := dayMonthAt(toks, 2)
	return ok
}
