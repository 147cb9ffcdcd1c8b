package facets

import (
	"strings"
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
// paragraphs are section titles ("حقائق عن اليمن"), longer ones sentences.
const strayMin, strayMax = 5, 20

// dropStrayHeadlines blanks out mid-body paragraphs that read as the
// headline of another story: 5–20 words, no full stop, colon or
// exclamation mark (an op-ed's rhetoric) at the end,
// no و/ف continuation or list marker at the start, not the first or last
// paragraph, and fewer than one in five of whose words of four letters or
// more occur anywhere else in the title or body. The body keeps its length.
func dropStrayHeadlines(title, body string) string {
	paras := strings.SplitAfter(body, "\n")
	var cands []int
	last := -1
	firstSeen := false
	for i, p := range paras {
		t := strings.TrimSpace(p)
		if t == "" {
			continue
		}
		if !firstSeen {
			firstSeen = true
		} else if strayShape(t) {
			cands = append(cands, i)
		}
		last = i
	}
	if len(cands) > 0 && cands[len(cands)-1] == last {
		cands = cands[:len(cands)-1]
	}
	if len(cands) == 0 {
		return body
	}
	count := map[string]int{}
	for _, w := range contentWords(title + "\n" + body) {
		count[w]++
	}
	var b strings.Builder
	b.Grow(len(body))
	c := 0
	for i, p := range paras {
		if c < len(cands) && cands[c] == i {
			c++
			if stray(p, count) {
				b.WriteString(blank(p))
				continue
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// strayShape reports whether a paragraph has a headline's shape.
func strayShape(t string) bool {
	n := len(strings.Fields(t))
	if n < strayMin || n > strayMax || !headlineLike(t) || strings.HasSuffix(strings.TrimSpace(t), "!") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "\"“«'"))
	return !(r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || strings.ContainsRune("-*•–—", r))
}

// stray reports whether fewer than one in five of p's content words occur
// elsewhere in the text whose word counts are count.
func stray(p string, count map[string]int) bool {
	ws := contentWords(p)
	if len(ws) == 0 {
		return false
	}
	own := map[string]int{}
	for _, w := range ws {
		own[w]++
	}
	shared := 0
	for _, w := range ws {
		if count[w] > own[w] {
			shared++
		}
	}
	return shared*5 < len(ws)
}

// contentWords returns the normalized words of four letters or more in s,
// without the article ال, so that "الغوطة" and "غوطة" count as one.
func contentWords(s string) []string {
	var ws []string
	for w := range strings.FieldsFuncSeq(analyzers.Normalize(s), isSep) {
		w = strings.TrimPrefix(w, "ال")
		if utf8.RuneCountInString(w) >= 4 {
			ws = append(ws, w)
		}
	}
	return ws
}
