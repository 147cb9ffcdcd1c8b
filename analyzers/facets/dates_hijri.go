package facets

import "time"

// hijriMonths are the months of the Hijri calendar as normalized tokens;
// the two-word ones by their first word, with hijriMonthSecond for the
// second. Compared as strings at the token after a day number only.
var hijriMonths = map[string]int{
	"محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
}

// hijriMonthTwo reads a two-word Hijri month at token j ("ربيع الاول"،
// "جمادي الاخره"، "ذي القعده"): its number and the tokens used.
func hijriMonthTwo(toks []token, j int) (int, int) {
	if j+1 >= len(toks) || toks[j+1].gap {
		return 0, 0
	}
	first, second := toks[j].w, toks[j+1].w
	switch first {
	case "ربيع":
		switch second {
		case "الاول":
			return 3, 2
		case "الثاني", "الاخر":
			return 4, 2
		}
	case "جمادي":
		switch second {
		case "الاولي", "الاول":
			return 5, 2
		case "الاخره", "الثانيه", "الاخر":
			return 6, 2
		}
	case "ذي", "ذو":
		switch second {
		case "القعده":
			return 11, 2
		case "الحجه":
			return 12, 2
		}
	}
	return 0, 0
}

// hijriDay converts a day of the Hijri calendar to the civil one by the
// tabular (arithmetic) calendar, which may stand a day or two off the Umm
// al-Qura calendar the Saudi press writes; callers snap it to the weekday
// the text names.
func hijriDay(y, m, d int) time.Time {
	jdn := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + 1948439
	return time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, jdn-2440588)
}

// hijriAfterWeekday reads a Hijri date right after the weekday at token i
// ("الموافق" between or not) and gives the day of that weekday nearest to
// it: "يوم الأحد الموافق 17 / 10 / 1436 هـ"، "يوم الأربعاء 5/ 11/ 1436هـ"،
// "يوم الخميس 14-10- 1436هـ"، "حتى مساء الاثنين 18 شوال"، "مساء يوم
// الثلاثاء 27 رمضان 1436 ه". A numeric date needs its year (1400–1500) to
// be told from a civil one; a named month without a year takes the Hijri
// year that brings the day nearest to publication. The weekday names that
// day, not the last one before publication (m62date).
func hijriAfterWeekday(toks []token, i int, wd time.Weekday, p time.Time) (time.Time, bool) {
	j := i + 1
	if j < len(toks) && toks[j].w == "الموافق" && !toks[j].gap {
		j++
	}
	if j+1 >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent {
		return time.Time{}, false
	}
	d, ok := digits(toks[j].w)
	if !ok || d < 1 || d > 30 {
		return time.Time{}, false
	}
	var m, y int
	if n, ok := digits(toks[j+1].w); ok && toks[j+1].gap {
		// D / M / YYYY: a Hijri year is needed to tell it from a civil date.
		if n < 1 || n > 12 || j+2 >= len(toks) || !toks[j+2].gap {
			return time.Time{}, false
		}
		yy, ok := digits(toks[j+2].w)
		if !ok || yy < 1400 || yy > 1500 {
			return time.Time{}, false
		}
		m, y = n, yy
	} else {
		used := 1
		m = hijriMonths[toks[j+1].w]
		if m == 0 {
			m, used = hijriMonthTwo(toks, j+1)
		}
		if m == 0 || toks[j+1].gap {
			return time.Time{}, false
		}
		if k := j + 1 + used; k < len(toks) && !toks[k].gap {
			if yy, ok := digits(toks[k].w); ok && yy >= 1400 && yy <= 1500 {
				y = yy
			}
		}
	}
	var t time.Time
	if y > 0 {
		t = hijriDay(y, m, d)
	} else {
		// The Hijri year is about (civil year − 622) × 33 / 32; of the
		// three around it, the day nearest to publication.
		approx := (p.Year()-622)*33/32 + 1
		best := -1
		for yy := approx - 1; yy <= approx+1; yy++ {
			c := hijriDay(yy, m, d)
			diff := int(c.Sub(p).Hours() / 24)
			if diff < 0 {
				diff = -diff
			}
			if best < 0 || diff < best {
				best, t = diff, c
			}
		}
	}
	// Snap to the weekday named, at most three days off.
	off := (int(wd) - int(t.Weekday()) + 7) % 7
	if off > 3 {
		off -= 7
	}
	return t.AddDate(0, 0, off), true
}

// namedDayBefore reports اليوم, غدا/غد or أمس right before the weekday at
// token i ("يوم غد الخميس 14 / 10 / 1436هـ").
func namedDayBefore(toks []token, i int) bool {
	return i > 0 && (toks[i-1].has(namedDayWords) || stripWa(toks[i-1].w) == "غد")
}
