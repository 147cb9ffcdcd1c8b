package watch

import (
	"strings"
	"unicode/utf8"

	"github.com/rasid-project/rasid/index"
)

// furniture are lines that scraped news pages end with: section menus and
// "related news" headings. A trailing block of short lines that holds one
// of them is navigation, not article text.
var furniture = map[string]bool{
	"أقسام": true, "الأقسام": true, "من سوريا": true, "أخبار متعلقة": true, "اخبار متعلقة": true,
	"أخبار ذات صلة": true, "مواضيع ذات صلة": true, "مقالات ذات صلة": true, "اقرأ أيضا": true,
	"اقرأ أيضاً": true, "إقرأ أيضا": true, "إقرأ أيضاً": true, "الأكثر قراءة": true, "شارك": true,
	"شارك الخبر": true, "شارك هذا المقال": true, "تابعونا": true, "الوسوم": true, "كلمات مفتاحية": true,
	"طباعة": true, "مشاركة": true, "التعليقات": true,
}

// parseText reads a plain-text article: the first non-empty line is the
// title, the rest the body, cleaned of page furniture and a repeated lead.
func parseText(path, text string, markdown bool) (index.Document, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return index.Document{}, fileErr(path, ErrEmpty, "only white space")
	}
	title := strings.TrimSpace(lines[i])
	if markdown {
		title = strings.TrimSpace(strings.TrimLeft(title, "#"))
	}
	body := cleanBody(lines[i+1:])
	return index.Document{Title: title, Body: body}, nil
}

// cleanBody joins body lines after dropping trailing page furniture and a
// lead paragraph that the page repeats (often cut short with "...").
func cleanBody(lines []string) string {
	var paras []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	paras = trimFurniture(paras)
	paras = dropRepeatedLead(paras)
	return strings.Join(paras, "\n")
}

func trimFurniture(paras []string) []string {
	end := len(paras)
	found := false
	for end > 0 {
		p := paras[end-1]
		if furniture[strings.TrimRight(p, ":： ")] {
			found = true
		} else if !shortLine(p) {
			break
		}
		end--
	}
	if !found {
		return paras
	}
	// Only the block from the first furniture line on is dropped: short
	// lines before it may be the article's own last words.
	cut := end
	for cut < len(paras) && !furniture[strings.TrimRight(paras[cut], ":： ")] {
		cut++
	}
	return paras[:cut]
}

// shortLine is a menu entry or heading: a few words without sentence
// punctuation.
func shortLine(p string) bool {
	if utf8.RuneCountInString(p) > 40 || len(strings.Fields(p)) > 4 {
		return false
	}
	return !strings.ContainsAny(p, ".،؛:!؟?")
}

// dropRepeatedLead removes an early paragraph whose text (without a
// trailing ellipsis) starts a later paragraph: scraped pages print the
// lead as a teaser and again as the first paragraph of the article.
func dropRepeatedLead(paras []string) []string {
	out := paras[:0:0]
	for i, p := range paras {
		if i < 3 && repeatedLater(p, paras[i+1:]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func repeatedLater(p string, later []string) bool {
	lead := strings.TrimSpace(strings.TrimRight(p, ".… \u00a0"))
	if utf8.RuneCountInString(lead) < 30 {
		return false
	}
	for _, q := range later {
		if strings.HasPrefix(q, lead) {
			return true
		}
	}
	return false
}
