package handlers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/index"
)

const badIDMessage = "a document id has no slash, backslash or control character, and is not . or .."

// maxUploadRecords bounds the articles of one POST, so one request cannot
// hold the index's write lock for minutes.
const maxUploadRecords = 10000

// validID is the index's own rule (no slashes, backslashes, control
// characters, "." or ".."), so no id can name a path, and every id a
// watched file produced can be fetched.
func validID(id string) bool { return index.ValidID(id) }

// DocumentResponse is the answer of GET /api/documents/{id}: the stored
// document and the labels of its facet values, so a client can draw chips
// without a lookup table of its own.
type DocumentResponse struct {
	*index.Document
	Labels map[string][]analyzers.Label `json:"labels"`
}

func (s *Server) handleGetDocument(c *gin.Context) {
	id := c.Param("id")
	if !validID(id) {
		abortError(c, http.StatusBadRequest, codeBadID, badIDMessage)
		return
	}
	doc, err := s.cfg.Index.Get(id)
	if err != nil {
		s.abortIndexError(c, err)
		return
	}
	c.PureJSON(http.StatusOK, DocumentResponse{Document: doc, Labels: facetLabels(doc.Facets)})
}

// facetLabels labels every facet value of f; an id the taxonomy does not
// know keeps its id as label.
func facetLabels(f analyzers.Facets) map[string][]analyzers.Label {
	out := map[string][]analyzers.Label{}
	for name, ids := range map[string][]string{
		analyzers.FacetTowns: f.Towns, analyzers.FacetGovernorates: f.Governorates,
		analyzers.FacetActors: f.Actors, analyzers.FacetEventTypes: f.EventTypes,
	} {
		ls := make([]analyzers.Label, 0, len(ids))
		for _, id := range ids {
			l, ok := analyzers.LookupLabel(name, id)
			if !ok {
				l = analyzers.Label{ID: id, AR: id, EN: id}
			}
			ls = append(ls, l)
		}
		out[name] = ls
	}
	return out
}

// UploadResult is the answer of POST /api/documents.
type UploadResult struct {
	Indexed    []string       `json:"indexed"`
	Duplicates []UploadDup    `json:"duplicates"`
	Failed     []UploadFailed `json:"failed"`
}

// UploadDup is an article skipped as a copy of a stored one.
type UploadDup struct {
	ID string `json:"id"`
	Of string `json:"of"`
}

// UploadFailed is a record of the body that could not be read.
type UploadFailed struct {
	Record int    `json:"record"` // 1-based position in the body
	Error  string `json:"error"`
}

func (s *Server) handlePostDocuments(c *gin.Context) {
	body := http.MaxBytesReader(c.Writer, c.Request.Body, s.cfg.MaxBodyBytes)
	raw, err := io.ReadAll(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			abortError(c, http.StatusRequestEntityTooLarge, codeBodyTooLarge,
				fmt.Sprintf("the body is larger than %d bytes", s.cfg.MaxBodyBytes))
			return
		}
		abortError(c, http.StatusBadRequest, codeBadBody, "could not read the body")
		return
	}
	docs, failed, apiErr := decodeArticles(raw, time.Now())
	if apiErr != nil {
		abortAPIError(c, apiErr)
		return
	}
	if len(docs) == 0 {
		msg := "the body holds no article"
		if len(failed) > 0 {
			msg = fmt.Sprintf("no article could be read: record %d: %s", failed[0].Record, failed[0].Error)
		}
		abortError(c, http.StatusBadRequest, codeBadBody, msg)
		return
	}
	b := s.cfg.Index.NewBatch()
	for _, d := range docs {
		b.Upsert(d)
	}
	res, err := s.cfg.Index.Apply(b)
	if err != nil {
		s.abortIndexError(c, err)
		return
	}
	out := UploadResult{Indexed: res.Indexed, Duplicates: []UploadDup{}, Failed: failed}
	if out.Indexed == nil {
		out.Indexed = []string{}
	}
	for _, d := range res.Duplicates {
		out.Duplicates = append(out.Duplicates, UploadDup{ID: d.ID, Of: d.Of})
	}
	s.mu.Lock()
	s.lastUpload = time.Now()
	s.mu.Unlock()
	status := http.StatusOK
	if len(out.Indexed) > 0 {
		status = http.StatusCreated
	}
	c.JSON(status, out)
}

func (s *Server) handleDeleteDocument(c *gin.Context) {
	id := c.Param("id")
	if !validID(id) {
		abortError(c, http.StatusBadRequest, codeBadID, badIDMessage)
		return
	}
	if _, err := s.cfg.Index.Get(id); err != nil {
		s.abortIndexError(c, err)
		return
	}
	b := s.cfg.Index.NewBatch()
	b.Delete(id)
	if _, err := s.cfg.Index.Apply(b); err != nil {
		s.abortIndexError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// article is one uploaded record, with the field names the readers of
// `rasid index` accept.
type article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	Content   string `json:"content"`
	Text      string `json:"text"`
	Date      string `json:"date"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
}

// decodeArticles reads one JSON article, a JSON array of articles or JSON
// lines. Bad records are reported and skipped; a body that is not JSON at
// all is an error.
func decodeArticles(raw []byte, now time.Time) ([]index.Document, []UploadFailed, *apiError) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return nil, nil, badRequest(codeBadBody, "the body is empty")
	}
	if !utf8.Valid(trimmed) {
		return nil, nil, badRequest(codeBadBody, "the body is not UTF-8")
	}
	var records []json.RawMessage
	switch trimmed[0] {
	case '[':
		if err := json.Unmarshal(trimmed, &records); err != nil {
			return nil, nil, badRequest(codeBadBody, "the body is not a JSON array of articles: "+err.Error())
		}
	case '{':
		// One object, or one object per line: JSON lines are read line by
		// line so a bad line spoils only itself.
		for _, line := range bytes.Split(trimmed, []byte("\n")) {
			line = bytes.TrimSpace(line)
			if len(line) > 0 {
				records = append(records, json.RawMessage(line))
			}
		}
		if len(records) > 1 && json.Valid(trimmed) {
			records = []json.RawMessage{trimmed} // one pretty-printed object
		}
	default:
		return nil, nil, badRequest(codeBadBody, "the body must be a JSON article, a JSON array or JSON lines")
	}
	if len(records) > maxUploadRecords {
		return nil, nil, badRequest(codeBadBody, fmt.Sprintf("at most %d articles per request", maxUploadRecords))
	}
	var docs []index.Document
	failed := []UploadFailed{}
	for i, rec := range records {
		d, err := articleDocument(rec, now)
		if err != nil {
			failed = append(failed, UploadFailed{Record: i + 1, Error: err.Error()})
			continue
		}
		docs = append(docs, d)
	}
	return docs, failed, nil
}

func articleDocument(rec json.RawMessage, now time.Time) (index.Document, error) {
	var a article
	if err := json.Unmarshal(rec, &a); err != nil {
		return index.Document{}, fmt.Errorf("not a JSON article: %w", err)
	}
	body := a.Body
	for _, alt := range []string{a.Content, a.Text} {
		if strings.TrimSpace(body) == "" {
			body = alt
		}
	}
	title := strings.TrimSpace(a.Title)
	body = strings.TrimSpace(body)
	if title == "" && body == "" {
		return index.Document{}, errors.New("the article has neither title nor body")
	}
	d := index.Document{Title: title, Body: body, Source: strings.TrimSpace(a.Source), URL: strings.TrimSpace(a.URL), Ingested: now}
	if ds := firstNonBlank(a.Date, a.Published); ds != "" {
		t, err := parseArticleDate(ds)
		if err != nil {
			return index.Document{}, err
		}
		d.Published = t
	}
	switch id := strings.TrimSpace(a.ID); {
	case id == "":
		key := d.URL
		if key == "" {
			key = d.Title + "\n" + d.Body
		}
		sum := sha256.Sum256([]byte(key))
		d.ID = "api-" + hex.EncodeToString(sum[:8])
	case validID(id):
		d.ID = id
	default:
		return index.Document{}, fmt.Errorf("invalid id %q: %s", clip(id), badIDMessage)
	}
	return d, nil
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// articleDates are the date forms of real exports: RFC 3339, RFC 1123 as
// in the ANT corpus, and plain days.
var articleDates = []string{
	time.RFC3339Nano, time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.DateOnly,
}

func parseArticleDate(s string) (time.Time, error) {
	for _, l := range articleDates {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not RFC 3339, RFC 1123 or YYYY-MM-DD", clip(s))
}
