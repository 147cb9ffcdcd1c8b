package handlers

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

// defaultFeedEntries is how many articles a feed lists when the request
// does not say (size=); a feed reader polls often, so the newest twenty
// cover any sensible interval.
const defaultFeedEntries = 20

// atomNS is the Atom 1.0 namespace (RFC 4287).
const atomNS = "http://www.w3.org/2005/Atom"

// AtomFeed is an Atom 1.0 feed (RFC 4287), as GET /api/feed writes it.
type AtomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []AtomLink  `xml:"link"`
	Author    AtomPerson  `xml:"author"`
	Generator string      `xml:"generator,omitempty"`
	Entries   []AtomEntry `xml:"entry"`
}

// AtomEntry is one article of a feed.
type AtomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Links      []AtomLink     `xml:"link"`
	Summary    AtomText       `xml:"summary"`
	Categories []AtomCategory `xml:"category"`
}

// AtomLink is an Atom link element.
type AtomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

// AtomText is a text construct; Type "html" means Body is escaped HTML.
type AtomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

// AtomPerson names an author.
type AtomPerson struct {
	Name string `xml:"name"`
}

// AtomCategory is a facet value of an entry: Term is its id, Label its
// Arabic name, Scheme the facet's type-ahead endpoint.
type AtomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

// handleFeed answers an Atom feed of the articles most recently indexed
// that match a search. It takes every parameter of /api/search; sort and
// page are ignored (a feed lists the newest indexed first) and size is the
// number of entries.
func (s *Server) handleFeed(c *gin.Context) {
	vals, err := url.ParseQuery(c.Request.URL.RawQuery)
	if err != nil {
		abortError(c, http.StatusBadRequest, codeBadParameter, "the query string is not valid URL encoding")
		return
	}
	req, e := parseSearch(c.Request.URL.RawQuery)
	if e != nil {
		abortAPIError(c, e)
		return
	}
	if !vals.Has("size") {
		req.Size = defaultFeedEntries
	}
	req.Sort, req.Offset, req.FacetSize, req.Histogram = index.SortIndexed, 0, 0, false
	res, err := s.search(c.Request.Context(), req)
	if err != nil {
		s.abortIndexError(c, err)
		return
	}

	base := baseURL(c.Request)
	// The page's URL of this search: what the feed is the alternate of, and
	// where each entry opens (with doc=).
	pageParams := url.Values{}
	for k, v := range vals {
		switch k {
		case "size", "page", "sort", "facet_size", "histogram":
		default:
			pageParams[k] = v
		}
	}
	pageURL := base + "/"
	if len(pageParams) > 0 {
		pageURL += "?" + pageParams.Encode()
	}
	feed := AtomFeed{
		Lang:      "ar",
		Title:     feedTitle(req),
		Subtitle:  "أحدث المقالات المفهرسة التي تطابق هذا البحث في راصد",
		ID:        base + "/api/feed?" + pageParams.Encode(),
		Links:     []AtomLink{{Href: base + c.Request.URL.RequestURI(), Rel: "self", Type: "application/atom+xml"}, {Href: pageURL, Rel: "alternate", Type: "text/html"}},
		Author:    AtomPerson{Name: "rasid"},
		Generator: "rasid",
		Entries:   []AtomEntry{},
	}
	var newest time.Time
	for _, h := range res.Hits {
		updated := time.Unix(0, 0).UTC()
		if h.Ingested != nil {
			updated = h.Ingested.UTC()
		}
		if updated.After(newest) {
			newest = updated
		}
		docParams := url.Values{}
		for k, v := range pageParams {
			docParams[k] = v
		}
		docParams.Set("doc", h.ID)
		title := h.Title
		if strings.TrimSpace(title) == "" {
			title = "(بلا عنوان)"
		}
		entry := AtomEntry{
			Title:      title,
			ID:         base + "/?doc=" + url.QueryEscape(h.ID),
			Updated:    updated.Format(time.RFC3339),
			Links:      []AtomLink{{Href: base + "/?" + docParams.Encode(), Rel: "alternate", Type: "text/html"}},
			Summary:    AtomText{Type: "html", Body: h.Snippet},
			Categories: categories(base, h.Facets),
		}
		if h.Published != nil {
			entry.Published = h.Published.UTC().Format(time.RFC3339)
		}
		if h.URL != "" && (strings.HasPrefix(h.URL, "http://") || strings.HasPrefix(h.URL, "https://")) {
			entry.Links = append(entry.Links, AtomLink{Href: h.URL, Rel: "related", Type: "text/html"})
		}
		feed.Entries = append(feed.Entries, entry)
	}
	if newest.IsZero() {
		// No entry to date the feed by: it changes when one arrives.
		newest = time.Unix(0, 0).UTC()
	}
	feed.Updated = newest.Format(time.RFC3339)

	out, err := xml.MarshalIndent(feed, "", " ")
	if err != nil {
		s.abortIndexError(c, err)
		return
	}
	body := append([]byte(xml.Header), append(out, '\n')...)
	// Feed readers poll: an unchanged feed costs them a 304 and no body.
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	c.Header("Cache-Control", "no-cache")
	c.Header("ETag", etag)
	if match := c.GetHeader("If-None-Match"); match != "" && strings.Contains(match, etag) {
		c.Status(http.StatusNotModified)
		return
	}
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", body)
}

// categories lists an article's facet values as Atom categories, labelled
// in Arabic.
func categories(base string, f facets.Facets) []AtomCategory {
	var out []AtomCategory
	for _, fc := range []struct {
		name string
		ids  []string
	}{{facets.FacetTowns, f.Towns}, {facets.FacetGovernorates, f.Governorates},
		{facets.FacetActors, f.Actors}, {facets.FacetEventTypes, f.EventTypes}} {
		ids, labels := labelList(fc.name, fc.ids)
		for i, id := range ids {
			out = append(out, AtomCategory{Term: id, Label: labels[i], Scheme: base + "/api/facets/" + fc.name})
		}
	}
	return out
}

// feedTitle names a search in Arabic: its words and the labels of its
// filters.
func feedTitle(req index.Request) string {
	var parts []string
	if req.Query != "" {
		parts = append(parts, req.Query)
	}
	for _, name := range facets.FacetNames {
		_, labels := labelList(name, req.Filters[name])
		parts = append(parts, labels...)
	}
	parts = append(parts, req.Sources...)
	if len(parts) == 0 {
		return "راصد — كل المقالات"
	}
	return "راصد — " + strings.Join(parts, "، ")
}

// baseURL is the scheme and host the client reached the server at, for
// the absolute links a feed must carry.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
