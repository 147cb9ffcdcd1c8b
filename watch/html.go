package watch

import (
	"regexp"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"

	"github.com/rasid-project/rasid/index"
)

// parseHTML extracts the main article of a web page with readability, so
// that menus, sidebars and footers are left out. The page is first
// counted with the tokenizer, which holds one token at a time: the HTML
// parser re-opens unclosed formatting elements in every new block, so 15
// MB of unclosed <p><b><i><u><s> grows into millions of nodes, and
// readability clones the tree several times over.
func parseHTML(path, text string, maxElems int) (index.Document, error) {
	z := html.NewTokenizer(strings.NewReader(text))
	tags := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			if tags++; tags > maxElems {
				return index.Document{}, fileErr(path, ErrTooLarge, "a web page of over %d elements", maxElems)
			}
		}
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return index.Document{}, fileErr(path, ErrMalformed, "html: %v", err)
	}
	// Unclosed formatting elements are re-opened in each block that
	// follows them, so the tree can hold many more elements than the tags.
	if n := countElements(doc, 4*maxElems); n > 4*maxElems {
		return index.Document{}, fileErr(path, ErrTooLarge, "a web page whose unclosed tags open over %d elements", 4*maxElems)
	}
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, nil)
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

// countElements counts the element nodes under n, stopping past limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	for c := n; c != nil; {
		if c.Type == html.ElementNode {
			if count++; count > limit {
				return count
			}
		}
		// Depth-first without recursion: a deep tree must not grow the stack.
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != nil && c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == nil || c == n {
			break
		}
		c = c.NextSibling
	}
	return count
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
