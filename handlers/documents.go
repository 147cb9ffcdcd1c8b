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
	"runtime/debug"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

const badIDMessage = "a document id has no slash, backslash or control character, and is not . or .."

// maxUploadRecords bounds the articles of one POST, so one request cannot
// hold the index's write lock for minutes.
const maxUploadRecords = 10000

// diskRetryAfter is the Retry-After, in seconds, of a POST refused for
// lack of disk space: freeing space is a person's job, not a matter of
// milliseconds.
const diskRetryAfter = 60

// validID is the index's own rule (no slashes, backslashes, control
// characters, "." or ".."), so no id can name a path, and every id a
// watched file produced can be fetched.
func validID(id string) bool { return index.ValidID(id) }

// DocumentResponse is the answer of GET /api/documents/{id}: the stored
// document and the labels of its facet values, so a client can draw chips
// without a lookup table of its own.
type DocumentResponse struct {
	*index.Document
	Labels map[string][]facets.Label `json:"labels"`
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
	c.PureJSON(http.StatusOK, DocumentResponse{Document: doc, Labels: index.Labels(doc.Facets, doc.Source)})
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
	// Checked after the body is read, right before the write: the client
	// keeps its articles and sends them again after Retry-After; nothing
	// of this request is in the index.
	if d := s.cfg.Disk(); d.Paused {
		c.Header("Retry-After", strconv.Itoa(diskRetryAfter))
		abortError(c, http.StatusServiceUnavailable, codeDiskFull,
			d.Reason()+"; nothing of this request was written: send it again later")
		return
	}
	b := s.cfg.Index.NewBatch()
	for _, d := range docs {
		b.Upsert(d)
	}
	res, err := s.apply(b)
	var pe *applyPanic
	if errors.As(err, &pe) {
		abortError(c, http.StatusInternalServerError, codeInternal,
			"this request could not be indexed (an internal error, logged); send it again without the article at fault")
		return
	}
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

// applyPanic is a panic recovered while a request's batch was committed.
type applyPanic struct{ value any }

func (e *applyPanic) Error() string { return fmt.Sprintf("panic while indexing: %v", e.value) }

// apply commits b, turning a panic (a document the extraction or bleve
// cannot take) into an error after reopening the index, which the panic
// may have left half way through a change; the server, the watcher and
// later requests carry on. The watcher does the same (watch.Ingester).
func (s *Server) apply(b *index.Batch) (res index.ApplyResult, err error) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		s.log.Error("panic while indexing a request; reopening the index", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		if rerr := s.writer.Reopen(); rerr != nil {
			s.log.Error("reopen the index after a panic", "err", rerr)
		}
		res, err = index.ApplyResult{}, &applyPanic{value: v}
	}()
	return s.writer.Apply(b)
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
	if _, err := s.apply(b); err != nil {
		s.abortIndexError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
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
	d, err := watch.ParseArticle(rec)
	if err != nil {
		return index.Document{}, err
	}
	d.Ingested = now
	switch {
	case d.ID == "":
		key := d.URL
		if key == "" {
			key = d.Title + "\n" + d.Body
		}
		sum := sha256.Sum256([]byte(key))
		d.ID = "api-" + hex.EncodeToString(sum[:8])
	case !validID(d.ID):
		return index.Document{}, fmt.Errorf("invalid id %q: %s", clip(d.ID), badIDMessage)
	}
	return d, nil
}
