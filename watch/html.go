package watch

import (
	"regexp"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"

	"github.com/rasid-project/rasid/index"
)

// parseHTML extracts the main article of a web page with readability, so
// that menus, sidebars and footers are left out.
func parseHTML(path, text string) (index.Document, error) {
	art, err := readability.FromReader(strings.NewReader(text), nil)
	if err != nil {
		return index.Document{}, fileErr(path, ErrNoArticle, "%v", err)
	}
	body := ""
	if art.Node != nil {
		body = blockText(art.Node)
	}
	if strings.TrimSpace(body) == "" {
		body = art.TextContent
	}
	body = cleanBody(strings.Split(body, "\n"))
	title := strings.TrimSpace(art.Title)
	if title == "" && body == "" {
		return index.Document{}, fileErr(path, ErrNoArticle, "no readable article text in the page")
	}
	d := index.Document{Title: title, Body: body, Source: strings.TrimSpace(art.SiteName)}
	if art.PublishedTime != nil {
		d.Published = *art.PublishedTime
	}
	d.URL = canonicalURL(text)
	return d, nil
}

// blockText renders a node's text with a line break after every block
// element, so paragraphs stay paragraphs.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "br":
				b.WriteByte('\n')
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6",
				"blockquote", "pre", "tr", "figcaption", "header", "footer", "dd", "dt":
				b.WriteByte('\n')
			}
		}
	}
	walk(n)
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

var canonicalRe = regexp.MustCompile(`(?i)<link[^>]+rel=["']?canonical["']?[^>]*>`)
var hrefRe = regexp.MustCompile(`(?i)href=["']([^"']+)["']`)
var ogURLRe = regexp.MustCompile(`(?i)<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']`)

// canonicalURL finds the page's own address, which de-duplication uses.
func canonicalURL(page string) string {
	if m := canonicalRe.FindString(page); m != "" {
		if h := hrefRe.FindStringSubmatch(m); h != nil && strings.HasPrefix(h[1], "http") {
			return h[1]
		}
	}
	if m := ogURLRe.FindStringSubmatch(page); m != nil && strings.HasPrefix(m[1], "http") {
		return m[1]
	}
	return ""
}
