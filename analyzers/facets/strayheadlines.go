package facets

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers"
)

// BBC Arabic sets the headlines of related stories inline, as paragraphs of
// their own between the story's paragraphs, with no label ("اقرأ أيضا") to
// tell them by: in ant-all 522 BBC articles hold a paragraph that is another
// corpus article's title word for word (CNN 51, France 24 15, SaudiNewsNet
// 19), and as many again are headlines of stories the corpus lacks. Their
// shape alone does not set them apart: France 24 and Sky News Arabia put
// subheadings of the same story in the same shape ("مقتل 24 مدنيا جراء
// الغارات على ريف درعا الشرقي وبلدة الطيبة"). What does is that a subheading
// repeats the story's words and another story's headline mostly does not.

// strayMin and strayMax bound a headline's length in words; shorter
// paragraphs are section titles ("حقائق عن اليمن", sectionTitle), longer
// ones sentences.
const strayMin, strayMax = 5, 20

// dropStrayHeadlines blanks out mid-body paragraphs that read as the
// headline of another story: 5–20 words, no full stop, colon or
// exclamation mark (an op-ed's rhetoric) at the end,
// no و/ف continuation or list marker at the start, not the first or last
// paragraph, and fewer than one in five of whose words of four letters or
// more occur in the title or the other paragraphs (one in two in a block
// of links, linkBlock). The body keeps its length.
func dropStrayHeadlines(title, body string) string {
	kept, _ := dropStrayNormalized(title, body, "")
	return kept
}

// dropStrayNormalized is dropStrayHeadlines given the body's normalized
// text as well (norm; "" when not yet made), which it returns with the
// body it keeps ("" when that changed): tokenize reads the same text, and
// the story the candidates are weighed against was a second copy of
// nearly all of it, normalized anew (a twentieth of what cleaning and
// tokenizing a body with candidates cost). The normalized text is cut
// at line breaks, where normalization leaves every paragraph to itself.
func dropStrayNormalized(title, body, norm string) (kept, keptNorm string) {
	// Most bodies have no candidate: find them without allocating.
	var cands []int
	var runs []bool  // whether cands[k] directly follows another candidate
	var titles []int // section titles (sectionTitle), blanked if they share little below
	last, i := -1, -1
	paraCount, prevCand := 0, false // non-blank paragraphs so far; the last one a candidate
	short := 0                      // paragraphs of a headline's or a title's shape
	for p := range strings.SplitAfterSeq(body, "\n") {
		i++
		t := strings.TrimSpace(p)
		if t == "" {
			continue
		}
		paraCount++
		cand := false
		switch {
		case strayShape(t):
			short++
			if cand = paraCount > 1; cand { // the first paragraph never is one
				cands = append(cands, i)
				runs = append(runs, prevCand)
			}
		case sectionTitle(t):
			short++
			if paraCount > 2 {
				// Past the lead's two sentences (leadSentences), which
				// a title blanked there would hand to the paragraph
				// after it.
				titles = append(titles, i)
			}
		}
		prevCand = cand
		last = i
	}
	if len(cands) > 0 && cands[len(cands)-1] == last {
		cands = cands[:len(cands)-1]
		runs = runs[:len(runs)-1]
	}
	if len(titles) > 0 && titles[len(titles)-1] == last {
		titles = titles[:len(titles)-1]
	}
	if 2*short > paraCount {
		// A list (a line-up, a list of towns): its short items are its
		// own text, as linkBlock reads them.
		titles = nil
	}
	if len(cands) == 0 && len(titles) == 0 {
		return body, norm
	}
	if norm == "" {
		norm = analyzers.Normalize(body)
	}
	paras, text := normalizedParagraphs(body, norm)
	// A title that shares a word in five with the paragraph under it
	// restates its section ("إحباط عملية لداعش" over the foiled car bombs,
	// "مجزرة الثانوية بفلوريدا" over the Parkland shooting) and stays: it
	// names what the section tells, and blanked it took a mention from an
	// event the story does tell. One that does not is a label of its own.
	labels := titles[:0]
	for _, i := range titles {
		if next := nextParagraph(paras, i); next > 0 && stray(paras[i].norm, []string{paras[next].norm}, 5) {
			labels = append(labels, i)
		}
	}
	titles = labels
	strays := cands[:0]
	if len(cands) > 0 {
		strays = strayCandidates(title, paras, text, cands, linkBlock(runs, paraCount))
	}
	if len(strays) == 0 && len(titles) == 0 {
		return body, norm
	}
	// Strays and titles are blanked alike: one sorted list of the two
	// (a paragraph has one shape, so none is in both).
	drop := append(strays, titles...)
	slices.Sort(drop)
	var b strings.Builder
	b.Grow(len(body))
	d := 0
	for i, p := range paras {
		if d < len(drop) && drop[d] == i {
			d++
			b.WriteString(blank(p.raw))
			continue
		}
		b.WriteString(p.raw)
	}
	return b.String(), ""
}

// strayCandidates keeps of cands, the indexes in paras of the candidates
// (linked: each in a block of links), those that are stray.
func strayCandidates(title string, paras []paragraph, text string, cands []int, linked []bool) []int {
	// The story proper: title and the paragraphs that are not candidates,
	// so that two links to stories on one subject do not vouch for each
	// other (BB-middleEast-366's two Yazidi headlines). The first
	// paragraph, never a candidate, is normalized with the title it runs
	// on from; the others are the runs of the body's normalized text
	// between candidates, read in place: a copy of them was the largest
	// allocation of extraction, bytes for bytes (see storyHas).
	var pieces [8]string // a body seldom holds more than six candidates
	story := append(pieces[:0], analyzers.Normalize(title+paras[0].raw))
	from := len(paras[0].norm) // where the run being read starts in text
	at, c := from, 0
	for i := 1; i < len(paras); i++ {
		if c < len(cands) && cands[c] == i {
			c++
			story = append(story, text[from:at])
			from = at + len(paras[i].norm)
		}
		at += len(paras[i].norm)
	}
	story = append(story, text[from:])
	// Keep only the candidates that are stray: most are the story's own,
	// and a body with none keeps its text, not a copy of it.
	strays := cands[:0]
	for k, i := range cands {
		if stray(paras[i].norm, story, strayShare(linked[k])) {
			strays = append(strays, i)
		}
	}
	return strays
}

// nextParagraph is the index of the first non-blank paragraph after
// paras[i], or 0 when there is none.
func nextParagraph(paras []paragraph, i int) int {
	for j := i + 1; j < len(paras); j++ {
		if strings.TrimSpace(paras[j].raw) != "" {
			return j
		}
	}
	return 0
}

// sectionTitle reports whether a paragraph is a section title: fewer than
// strayMin words, headline-shaped (no closing full stop, colon, question
// or exclamation mark, no و/ف continuation, no list marker). Sky News
// Arabia sets them between the sections of its longer stories ("القاعدة
// تتمرد"، "درس غير مستوعب"، ""سنستمر في القتال""), as the papers of
// SaudiNewsNet do ("خطف 5 مقاتلين"): a label of what the section goes on
// to tell, or a quoted phrase pulled from it, read as a sentence of its
// own it gives an actor or an event the story names only in passing
// (al-qaeda from "القاعدة تتمرد" over Iran's hold on Syria, an armed
// clash from the strikers' "سنستمر في القتال").
func sectionTitle(t string) bool {
	if !headlineLike(t) {
		return false
	}
	t = strings.TrimRight(t, " \u00a0\u200f\u202c")
	if strings.HasSuffix(t, "!") || strings.HasSuffix(t, "؟") || strings.HasSuffix(t, "?") {
		return false
	}
	if wordCount(t, strayMin) >= strayMin {
		return false
	}
	return !listItem(t)
}

// linkBlock marks the candidates that stand in a run of two or more
// headline-shaped paragraphs one after the other (runs[k]: candidate k
// directly follows another). BBC Arabic sets its related-story links as
// such a block ("مجلس الأمن يصوت ضد مشروع قرار روسي يدين الضربات الغربية على
// سوريا" / "ماكرون: فرنسا لديها الدليل على الهجوم الكيميائي في سوريا" /
// "هل كانت الضربات الجوية على سوريا قانونية؟"), and links to stories on the
// same subject share the story's words, which the one-in-five test reads
// as the story's own; a subheading of the story stands alone above its
// paragraphs. A body more than half of whose paragraphs are candidates is
// a list (an almanac, a line-up), whose items are its own text: none is
// marked there.
func linkBlock(runs []bool, paraCount int) []bool {
	linked := make([]bool, len(runs))
	if 2*len(runs) > paraCount {
		return linked
	}
	for k := 1; k < len(runs); k++ {
		if runs[k] {
			linked[k-1], linked[k] = true, true
		}
	}
	return linked
}

// paragraph is a paragraph of a body, line break included, with its
// normalized text.
type paragraph struct{ raw, norm string }

// normalizedParagraphs cuts body and norm, its normalized text, after each
// line break, pairing each paragraph with its normalized text: a line
// break is a boundary normalization neither moves nor crosses (NFKC
// composes and reorders no mark across it, and a rune's bytes never run
// over it), so a paragraph's piece of norm is the paragraph normalized
// alone (TestNormalizedParagraphs). Should the two not hold as many line
// breaks, each paragraph is normalized on its own. The paragraphs'
// normalized texts are, in order, the pieces of text (norm, or their
// concatenation where each was normalized alone), so that runs of them
// are read without copying.
func normalizedParagraphs(body, norm string) (ps []paragraph, text string) {
	ps = make([]paragraph, 0, strings.Count(body, "\n")+1)
	for p := range strings.SplitAfterSeq(body, "\n") {
		ps = append(ps, paragraph{raw: p})
	}
	if strings.Count(norm, "\n") != len(ps)-1 {
		var b strings.Builder
		for i := range ps {
			ps[i].norm = analyzers.Normalize(ps[i].raw)
			b.WriteString(ps[i].norm)
		}
		text = b.String()
		at := 0
		for i := range ps {
			n := len(ps[i].norm)
			ps[i].norm, at = text[at:at+n], at+n
		}
		return ps, text
	}
	i := 0
	for q := range strings.SplitAfterSeq(norm, "\n") {
		ps[i].norm = q
		i++
	}
	return ps, norm
}

// strayShape reports whether a paragraph has a headline's shape.
func strayShape(t string) bool {
	// The ending first: most paragraphs end in a full stop, and counting
	// their words was most of what cleaning a body cost.
	if !headlineLike(t) || strings.HasSuffix(strings.TrimSpace(t), "!") {
		return false
	}
	if n := wordCount(t, strayMax+1); n < strayMin || n > strayMax {
		return false
	}
	return !listItem(t)
}

// listItem reports a paragraph that opens, past any opening quote, with a
// digit or a list marker: an item of a list, neither a headline
// (strayShape) nor a section title (sectionTitle).
func listItem(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "\"“«'"))
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || strings.ContainsRune("-*•–—", r)
}

// stray reports whether fewer than one in share of the content words of
// p, a normalized paragraph, occur in story, the normalized title and runs
// of paragraphs that are no candidates. A word counts as found inside a
// longer one ("غارات" in "الغارات"), which keeps the test to one pass of
// the text per word.
func stray(p string, story []string, share int) bool {
	var buf [strayMax]string // a candidate's words, on the stack
	ws := contentWords(buf[:0], p)
	if len(ws) == 0 {
		return false
	}
	// The answer is known once the share is found (a story's own
	// paragraph, most candidates, shares its first few) or too few are
	// left to reach it: each search reads the whole story.
	shared := 0
	for i, w := range ws {
		if storyHas(story, w) {
			if shared++; shared*share >= len(ws) {
				return false
			}
		} else if (shared+len(ws)-i-1)*share < len(ws) {
			return true
		}
	}
	return shared*share < len(ws)
}

// strayShare is the share of its words a candidate must have in the story
// to be the story's own: one in five alone, one in two in a block of links
// (linkBlock), whose headlines of stories on the same subject share some of
// its words ("هل كانت الضربات الجوية على سوريا قانونية؟" under Syria's
// return of France's medal over the strikes). A link that restates the
// story ("نازحون سوريون يقولون إن القوات التركية تقصف المدنيين في عفرين"
// in Afrin's siege) still shares half and stays.
func strayShare(linked bool) int {
	if linked {
		return 2
	}
	return 5
}

// storyHas reports whether a piece of story holds w. Each piece but the
// last ends at a line break, and a word holds none (contentWords cuts at
// it), so w is in a piece exactly where it was in the pieces written one
// after the other with a line break for each candidate, as the story was
// once copied.
func storyHas(story []string, w string) bool {
	for _, s := range story {
		if containsBySecond(s, w) {
			return true
		}
	}
	return false
}

// contentWords appends to ws the words of four letters or more in s,
// normalized text, without the article ال, so that "الغوطة" and "غوطة"
// count as one.
func contentWords(ws []string, s string) []string {
	for w := range strings.FieldsFuncSeq(s, isSep) {
		w = strings.TrimPrefix(w, "ال")
		if utf8.RuneCountInString(w) >= 4 {
			ws = append(ws, w)
		}
	}
	return ws
}

// wordCount counts the space-separated words of t, stopping at limit.
func wordCount(t string, limit int) int {
	n, in := 0, false
	for _, r := range t {
		// The Arabic block, most of the text, has no space in it.
		if (r < 0x0600 || r > 0x06FF) && unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= limit {
				break
			}
		}
	}
	return n
}

// tatweel is the Arabic letter-stretcher (U+0640), which normalization
// drops. Standing alone between spaces it is a dash: "تحرير أربع قرى هي
// (الجنينة ـ الجيعة ـ شمرة الحصان ـ حويقة المعيشية)", "واشنطن ـ «الشرق
// الأوسط»".
const tatweel = "\u0640"

// dashTatweels turns every run of tatweels that stands alone between
// spaces (or at a paragraph's edge) into as many bytes of "-", so that the
// tokenizer reads the dash as the punctuation it is and a list's names do
// not run into each other; normalization would drop them and join "الجنينة
// ـ الجيعة" into two names side by side. The body keeps its length (a
// tatweel is two bytes) and every other byte. A tatweel inside or at the
// edge of a word (كـتاب، بـ30) stays.
func dashTatweels(body string) string {
	i := strings.Index(body, tatweel)
	if i < 0 {
		return body
	}
	var b []byte
	for i >= 0 {
		j := i
		for strings.HasPrefix(body[j:], tatweel) {
			j += len(tatweel)
		}
		if alone(body, i, j) {
			if b == nil {
				b = []byte(body)
			}
			for k := i; k < j; k++ {
				b[k] = '-'
			}
		}
		k := strings.Index(body[j:], tatweel)
		if k < 0 {
			break
		}
		i = j + k
	}
	if b == nil {
		return body
	}
	return string(b)
}

// alone reports whether body[i:j] has a space, a line break or the text's
// edge on both sides.
func alone(body string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(body[:i])
	after, _ := utf8.DecodeRuneInString(body[j:])
	return (i == 0 || unicode.IsSpace(before)) && (j == len(body) || unicode.IsSpace(after))
}
