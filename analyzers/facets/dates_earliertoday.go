package facets

import "time"

// laterEarlierToday finds, when nothing above dated the news, "في وقت
// سابق اليوم" or "في وقت سابق من اليوم" (earlier today) anywhere in the
// body: "بيد أن بريت مكجورك ... قدم تقييما مغايرا قليلا في منتدى في واشنطن
// في وقت سابق اليوم" below an undated "وعد الرئيس الأمريكي دونالد ترامب
// باتخاذ قرار سريع", "واستقبل ترامب نظيره الفرنسي وزوجته في وقت سابق من
// اليوم" below an undated threat. The words set a second item of the story
// earlier on the writer's own day, so the news they follow is of that day,
// the publication day (round 59, aud59a). A weekday or أمس after اليوم
// ("في وقت سابق اليوم (الاثنين)"، "في وقت سابق اليوم (أمس)", an editor's
// correction of a wire's today) names the day itself, and is left to the
// day readings; so is a post of the small hours GMT (smallHoursPost), whose
// wire's today is as often the evening before ("لامس أعلى مستوياته ... في
// وقت سابق اليوم" in a gold report posted at 00:17 GMT of Thursday's
// session).
//
// The writer's day named by its weekday is read the same way: "وفي وقت
// سابق الجمعة، قال وزير الخارجية الألماني" below the undated US decision
// to stop funding UNRWA, "وفي وقت سابق الإثنين، ذكر مصدران لـCNN" below
// Trump's undated remarks, "وفي وقت سابق من الخميس، حرر الجيش الليبي"
// (round 59, m59date) — يوم or a part of the day may stand between
// ("في وقت سابق من يوم السبت"، "في وقت سابق صباح الأحد"). The weekday fixes
// the day, so a small-hours post is read too (the golds date the UNRWA
// post of 04:51 GMT on Saturday on Friday), but only the publication day
// or the day before: the writer's own day, not last week's.
func laterEarlierToday(toks []token, published time.Time) (d time.Time, at int, ok bool) {
	// pastPostWords holds سابق: the scan runs only where the article has it.
	if published.IsZero() || !inArticle(toks, pastPostWords) {
		return time.Time{}, -1, false
	}
	early := smallHoursPost(published)
	pubDay := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].title || toks[k].w != "وقت" || stripWa(toks[k-1].w) != "في" || toks[k+1].w != "سابق" {
			continue
		}
		j := k + 2
		if toks[j].w == "من" && j+1 < len(toks) {
			j++
		}
		if toks[j].sent != toks[k].sent {
			continue
		}
		if toks[j].w != "اليوم" {
			if (toks[j].w == "يوم" || toks[j].has(timesOfDay)) && j+1 < len(toks) {
				j++
			}
			if !weekdayAt(toks, j) || toks[j].sent != toks[k].sent {
				continue
			}
			if d, ok := dateAt(toks, j, published); ok && !d.After(pubDay) && !d.Before(pubDay.AddDate(0, 0, -1)) {
				return d, j, true
			}
			continue
		}
		if early {
			continue
		}
		if j+1 < len(toks) && toks[j+1].sent == toks[j].sent && (weekdayAt(toks, j+1) || toks[j+1].w == "امس") {
			continue
		}
		if d, ok := dateAt(toks, j, published); ok {
			return d, j, true
		}
	}
	return time.Time{}, -1, false
}
