package facets

import (
	"strings"
	"time"
	"unicode/utf8"
)

// months maps Levantine, Egyptian/Gulf and Maghrebi month names
// (normalized) to month numbers. Two-word Levantine names are joined by
// their first word: "تشرين" and "كانون" are read with the next word.
var months = map[string]int{
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
	"اغسطس": 8, "غشت": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويليه": 7, "اوت": 8,
	"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
}

// twoWordMonths are the Levantine months named by two words.
var twoWordMonths = map[[2]string]int{
	{"كانون", "الثاني"}: 1, {"كانون", "الاول"}: 12, {"تشرين", "الاول"}: 10, {"تشرين", "الثاني"}: 11,
}

var weekdays = map[string]time.Weekday{
	"الاحد": time.Sunday, "الاثنين": time.Monday, "الثلاثاء": time.Tuesday, "الاربعاء": time.Wednesday,
	"الخميس": time.Thursday, "الجمعه": time.Friday, "السبت": time.Saturday,
}

var (
	pastWords = wordSet("الماضي الماضيه المنصرم المنصرمه الفائت الفائته السابق")
	// dayFillers may stand between a day number and its month: "19 من".
	dayFillers = wordSet("من ال")
)

// monthAt reads a month name at token i: its number and the tokens it took.
func monthAt(toks []token, i int) (m, used int) {
	if i >= len(toks) {
		return 0, 0
	}
	w := toks[i].w
	var buf [4]string
	for _, f := range cliticForms(w, buf[:0]) {
		if i+1 < len(toks) {
			if m, ok := twoWordMonths[[2]string{f, toks[i+1].w}]; ok {
				return m, 2
			}
		}
		if m, ok := months[f]; ok && f != "اب" || ok && f == w {
			return m, 1
		}
	}
	return 0, 0
}

// dateExpr is a date found in the text.
type dateExpr struct {
	t   time.Time
	tok int
}

// eventDate reads the main event's date: the first date expression of
// the title and lead — a day and month ("الأحد الـ 19 من تشرين الثاني /
// نوفمبر 2017"), أمس/اليوم, or a weekday, resolved against the publication
// date. Without one, a lead in the present tense dates the event on
// the publication day (the coding guide's rule); otherwise empty.
func eventDate(toks []token, published time.Time) string {
	lead := leadSentences(toks)
	var found []dateExpr
	for i := 0; i < len(toks); i++ {
		if !toks[i].title && !lead[toks[i].sent] && !leadExtra(toks, i) {
			break
		}
		if d, ok := dateAt(toks, i, published); ok {
			found = append(found, dateExpr{t: d, tok: i})
		}
	}
	if len(found) == 0 {
		if !published.IsZero() && presentLead(toks) {
			return published.Format("2006-01-02")
		}
		return ""
	}
	// "أعلنت القوات، الجمعة، إحباط هجوم ... جرى الخميس": the first date is
	// the announcement's; an earlier date in another sentence of the lead
	// is the event's. (In the announcement's own sentence it is background:
	// "هجوم شنه النظام في 18 شباط".)
	first := found[0]
	if reportedOn(toks, first.tok) {
		for _, d := range found[1:] {
			if d.t.Before(first.t) && !reportedOn(toks, d.tok) && toks[d.tok].sent != toks[first.tok].sent {
				return d.t.Format("2006-01-02")
			}
		}
	}
	return first.t.Format("2006-01-02")
}

// reportingVerbs say that something was announced, not that it happened.
var reportingVerbs = wordSet("اعلن اعلنت قال قالت اكد اكدت ذكر ذكرت افاد افادت كشف كشفت نشر نشرت اوضح اوضحت صرح صرحت اضاف اضافت افادت تعلن يعلن")

// reportedOn reports whether the date at token i belongs to a reporting
// verb a few words before it.
func reportedOn(toks []token, i int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].sent == s; j-- {
		if toks[j].has(reportingVerbs) {
			return true
		}
	}
	return false
}

// leadExtra lets the date search run through the first body paragraph's
// third sentence, where wire reports often put "said on Sunday".
func leadExtra(toks []token, i int) bool {
	return toks[i].para == 1 && toks[i].sent <= firstBodySent(toks)+2
}

func firstBodySent(toks []token) int {
	for _, t := range toks {
		if !t.title {
			return t.sent
		}
	}
	return 0
}

// dateAt reads a date expression starting at token i.
func dateAt(toks []token, i int, pub time.Time) (time.Time, bool) {
	w := toks[i].w
	// day (digits), fillers, month, optional "/ month", optional year
	if d, ok := digits(w); ok && d >= 1 && d <= 31 {
		j := i + 1
		for j < len(toks) && j <= i+2 && dayFillers[toks[j].w] {
			j++
		}
		if m, used := monthAt(toks, j); used > 0 {
			j += used
			if m2, used2 := monthAt(toks, j); used2 > 0 && m2 == m {
				j += used2
			}
			year := 0
			for k := j; k < len(toks) && k <= j+4; k++ {
				if y, ok := digits(toks[k].w); ok && isYear(y) {
					year = y
					break
				}
			}
			if year == 0 {
				year = yearOf(toks, pub)
			}
			if year == 0 {
				return time.Time{}, false
			}
			t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if t.Day() != d {
				return time.Time{}, false
			}
			return t, true
		}
	}
	if pub.IsZero() {
		return time.Time{}, false
	}
	p := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	var buf [4]string
	for _, f := range cliticForms(w, buf[:0]) {
		switch f {
		case "امس":
			return p.AddDate(0, 0, -1), true
		case "اليوم":
			// "اليوم الأحد": the weekday that follows decides.
			if i+1 < len(toks) {
				if _, ok := weekdays[toks[i+1].w]; ok {
					continue
				}
			}
			return p, true
		case "الليله", "الليلة":
			return p, true
		}
		if wd, ok := weekdays[f]; ok {
			// A weekday with a day number right after is read as that date.
			if i+1 < len(toks) {
				if t, ok := dateAt(toks, i+1, pub); ok {
					return t, true
				}
				if i+2 < len(toks) && (toks[i+1].w == "ال" || toks[i+1].w == "الموافق") {
					if t, ok := dateAt(toks, i+2, pub); ok {
						return t, true
					}
				}
			}
			back := (int(p.Weekday()) - int(wd) + 7) % 7
			if back == 0 && i+1 < len(toks) && toks[i+1].has(pastWords) {
				back = 7
			}
			return p.AddDate(0, 0, -back), true
		}
	}
	return time.Time{}, false
}

// yearOf is the year a date without one belongs to: the publication's,
// or else the first year the text writes.
func yearOf(toks []token, pub time.Time) int {
	if !pub.IsZero() {
		return pub.Year()
	}
	for _, t := range toks {
		if y, ok := digits(t.w); ok && isYear(y) {
			return y
		}
	}
	return 0
}

// presentLead reports whether the body opens with an imperfect verb
// ("تتزايد المخاوف", "يواصل الجيش"): a story told in the present happens
// on the day it is published. Only unambiguous prefixes count: ي, and تت
// or تست (a past verb may start with a single ت: تعهد، تمكنت).
func presentLead(toks []token) bool {
	k := -1
	for i := range toks {
		if toks[i].title {
			continue
		}
		if k < 0 {
			k = i
		}
		// Skip a dateline: "دبي، الإمارات العربية المتحدة (CNN) --".
		if i-k < 8 && toks[i].w == "cnn" && toks[i].para == toks[k].para {
			k = i + 1
			break
		}
		if i-k >= 8 {
			break
		}
	}
	if k < 0 || k >= len(toks) || toks[k].title {
		return false
	}
	w := toks[k].w
	switch {
	case strings.HasPrefix(w, "ي"):
		return utf8.RuneCountInString(w) >= 4 && !presentNouns[w]
	case strings.HasPrefix(w, "تت"), strings.HasPrefix(w, "تست"):
		return utf8.RuneCountInString(w) >= 5
	}
	return false
}

// presentNouns open with ي but are no verbs.
var presentNouns = wordSet("يوم يوميا يومين يونيو يونيه يوليو يوليه يناير")
