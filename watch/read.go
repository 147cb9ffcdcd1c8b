package watch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rasid-project/rasid/index"
)

// DefaultMaxFileBytes is the size limit when ReadOptions.MaxBytes is 0. It is
// generous so that a whole corpus in one JSON-lines file still loads.
const DefaultMaxFileBytes = 512 << 20

// maxLineBytes bounds one JSON line, so a file that is one huge line
// cannot take the process's memory.
const maxLineBytes = 16 << 20

// ReadOptions tune ReadFile.
type ReadOptions struct {
	// MaxBytes is the largest file (and, for .gz, the largest decompressed
	// content) accepted; 0 means DefaultMaxFileBytes.
	MaxBytes int64
}

func (o ReadOptions) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxFileBytes
	}
	return o.MaxBytes
}

// Supported reports whether ReadFile reads files with this name.
func Supported(name string) bool {
	_, ok := kindOf(name)
	return ok
}

type fileKind int

const (
	kindText fileKind = iota
	kindMarkdown
	kindJSON
	kindJSONL
	kindHTML
)

func kindOf(name string) (k fileKind, ok bool) {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch filepath.Ext(n) {
	case ".txt":
		return kindText, true
	case ".md", ".markdown":
		return kindMarkdown, true
	case ".json":
		return kindJSON, true
	case ".jsonl", ".ndjson":
		return kindJSONL, true
	case ".html", ".htm", ".xhtml":
		return kindHTML, true
	}
	return 0, false
}

// ReadFile reads the articles of one file: .txt and .md (first non-empty
// line is the title), .json (one article, or an array of them),
// .jsonl/.ndjson (one article per line), .html/.htm (the main article
// text), each optionally gzip-compressed (.gz).
//
// A file that yields nothing returns a *FileError. When some records of a
// multi-record file are bad, ReadFile returns the good documents together
// with a *PartialError listing the bad ones.
//
// Documents from a single-article file without an id get the file's stem
// as id; Path is left for the caller to set.
func ReadFile(path string, opts ReadOptions) ([]index.Document, error) {
	kind, ok := kindOf(path)
	if !ok {
		return nil, fileErr(path, ErrUnsupported, "%q", filepath.Ext(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	limit := opts.maxBytes()
	if fi.Size() > limit {
		return nil, fileErr(path, ErrTooLarge, "%d bytes, limit %d", fi.Size(), limit)
	}
	if fi.Size() == 0 {
		return nil, fileErr(path, ErrEmpty, "")
	}
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fileErr(path, ErrMalformed, "gzip: %v", err)
		}
		defer zr.Close()
		r = zr
	}
	// One byte over the limit tells a file at the limit from one beyond it.
	r = io.LimitReader(r, limit+1)
	stem := fileStem(path)
	if kind == kindJSONL {
		return readJSONLines(path, stem, r, limit)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fileErr(path, ErrMalformed, "gzip: %v", err)
		}
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(raw)) > limit {
		return nil, fileErr(path, ErrTooLarge, "decompressed content over %d bytes", limit)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fileErr(path, ErrEmpty, "only white space")
	}
	text, _, err := decodeText(path, raw)
	if err != nil {
		return nil, err
	}
	var docs []index.Document
	switch kind {
	case kindText, kindMarkdown:
		d, err := parseText(path, text, kind == kindMarkdown)
		if err != nil {
			return nil, err
		}
		docs = []index.Document{d}
	case kindHTML:
		d, err := parseHTML(path, text)
		if err != nil {
			return nil, err
		}
		docs = []index.Document{d}
	case kindJSON:
		return readJSON(path, stem, text)
	}
	for i := range docs {
		if docs[i].ID == "" {
			docs[i].ID = stem
		}
	}
	return docs, nil
}

// readJSON reads a .json file: one article object or an array of them.
func readJSON(path, stem, text string) ([]index.Document, error) {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "[") {
		var raws []json.RawMessage
		if err := json.Unmarshal([]byte(text), &raws); err != nil {
			return nil, fileErr(path, ErrMalformed, "%s", jsonReason([]byte(text), err))
		}
		var docs []index.Document
		var bad []RecordError
		for i, raw := range raws {
			d, err := ParseArticle(raw)
			if err != nil {
				bad = append(bad, RecordError{Line: i + 1, Err: err})
				continue
			}
			if d.ID == "" {
				d.ID = derivedID(stem, d)
			}
			docs = append(docs, d)
		}
		return partial(path, docs, bad)
	}
	var probe any
	if err := json.Unmarshal([]byte(text), &probe); err != nil {
		return nil, fileErr(path, ErrMalformed, "%s", jsonReason([]byte(text), err))
	}
	d, err := ParseArticle([]byte(text))
	if err != nil {
		return nil, fileErr(path, ErrMalformed, "%v", err)
	}
	if d.ID == "" {
		d.ID = stem
	}
	return []index.Document{d}, nil
}

// readJSONLines reads one article per line, streaming so that a large
// corpus file does not need to fit in memory twice.
func readJSONLines(path, stem string, r io.Reader, limit int64) ([]index.Document, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var docs []index.Document
	var bad []RecordError
	var total int64
	lines := 0
	for line := 1; ; line++ {
		raw, err := readLine(br)
		total += int64(len(raw))
		if total > limit {
			return nil, fileErr(path, ErrTooLarge, "content over %d bytes", limit)
		}
		if len(raw) > 0 {
			if line == 1 {
				raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
			}
			if t := bytes.TrimSpace(raw); len(t) > 0 {
				lines++
				if d, rerr := parseJSONLine(path, t); rerr != nil {
					bad = append(bad, RecordError{Line: line, Err: rerr})
				} else {
					if d.ID == "" {
						d.ID = derivedID(stem, d)
					}
					docs = append(docs, d)
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, errLongLine) {
				bad = append(bad, RecordError{Line: line, Err: err})
				continue
			}
			return nil, fileErr(path, ErrMalformed, "line %d: %v", line, err)
		}
	}
	if lines == 0 {
		return nil, fileErr(path, ErrEmpty, "no records")
	}
	return partial(path, docs, bad)
}

var errLongLine = fmt.Errorf("line over %d bytes", maxLineBytes)

// readLine returns the next line without its newline; a line over
// maxLineBytes is skipped and reported as errLongLine.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > maxLineBytes {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLongLine
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func parseJSONLine(path string, line []byte) (index.Document, error) {
	if !utf8Valid(line) {
		text, _, err := decodeText(path, line)
		if err != nil {
			return index.Document{}, errors.New("not valid UTF-8")
		}
		line = []byte(text)
	}
	return ParseArticle(line)
}

func partial(path string, docs []index.Document, bad []RecordError) ([]index.Document, error) {
	if len(docs) == 0 {
		if len(bad) == 0 {
			return nil, fileErr(path, ErrNoArticle, "")
		}
		return nil, fileErr(path, ErrMalformed, "no good record; %s", bad[0].Error())
	}
	if len(bad) > 0 {
		return docs, &PartialError{Path: path, Records: bad}
	}
	return docs, nil
}

// record is the JSON shape of an article; several names are accepted for
// the body and the date because real exports differ.
type record struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
	Text      string          `json:"text"`
	Date      string          `json:"date"`
	Published string          `json:"published"`
	Source    string          `json:"source"`
	URL       string          `json:"url"`

	// DateExtracted is SaudiNewsNet's only date, the day it was crawled.
	DateExtracted string `json:"date_extracted"`
}

// ParseArticle reads one article record (a JSON object with id, title,
// body/content/text, date/published, source, url), as every reader here
// and the HTTP API's upload take it. The id is empty when the record has
// none; the caller names the document then.
func ParseArticle(raw []byte) (index.Document, error) {
	var r record
	if err := json.Unmarshal(raw, &r); err != nil {
		return index.Document{}, errors.New(jsonReason(nil, err))
	}
	id, err := recordID(r.ID)
	if err != nil {
		return index.Document{}, err
	}
	body := firstNonEmpty(r.Body, r.Content, r.Text)
	d := index.Document{
		ID:     id,
		Title:  strings.TrimSpace(r.Title),
		Body:   strings.TrimSpace(body),
		Source: strings.TrimSpace(r.Source),
		URL:    strings.TrimSpace(r.URL),
	}
	if d.Title == "" && d.Body == "" {
		return index.Document{}, errors.New("no title and no body")
	}
	if ds := firstNonEmpty(r.Published, r.Date, r.DateExtracted); ds != "" {
		t, err := ParseDate(ds)
		if err != nil {
			return index.Document{}, err
		}
		d.Published = t
	}
	return d, nil
}

func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("id: %v", err)
		}
	} else {
		var n json.Number
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", errors.New("id is neither a string nor a number")
		}
		s = n.String()
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if !index.ValidID(s) {
		return "", fmt.Errorf("id %q is not allowed (empty, over %d bytes, control characters or slashes)", s, index.MaxIDBytes)
	}
	return s, nil
}

// jsonReason says where a JSON syntax error is, as a line number of raw
// (nil for one line of a JSON-lines file, whose line is reported already).
func jsonReason(raw []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		if raw == nil {
			return "invalid JSON: " + se.Error()
		}
		line := 1 + bytes.Count(raw[:min(int(se.Offset), len(raw))], []byte{'\n'})
		return fmt.Sprintf("invalid JSON at line %d: %v", line, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q has the wrong type (%s)", te.Field, te.Value)
	}
	return "invalid JSON: " + err.Error()
}

// dateLayouts are the date forms found in real exports: RFC 3339, RFC 1123
// as in the ANT corpus ("Tue, 13 Feb 2018 10:22:00 +0400"), and plain days.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
}

// ParseDate parses the date of an article in any of the accepted forms.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: not RFC 3339, RFC 1123 or YYYY-MM-DD", s)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// fileStem is the file name without its extensions, made safe as an id.
func fileStem(path string) string {
	base := filepath.Base(path)
	if strings.HasSuffix(strings.ToLower(base), ".gz") {
		base = base[:len(base)-3]
	}
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return SanitizeID(base)
}

// SanitizeID turns a file stem into a document id of ASCII letters,
// digits, '.', '_' and '-'. When characters had to be replaced, a short
// hash of the original keeps distinct names distinct.
func SanitizeID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '-'
		if ok {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-.")
	if out == s && out != "" && len(out) <= 128 {
		return out
	}
	if len(out) > 100 {
		out = out[:100]
	}
	sum := sha256.Sum256([]byte(s))
	if out == "" {
		out = "doc"
	}
	return out + "-" + hex.EncodeToString(sum[:4])
}

// derivedID names a record that has no id of its own: the file stem and a
// hash of the record, so that an edit elsewhere in the file leaves it alone.
func derivedID(stem string, d index.Document) string {
	key := d.URL
	if key == "" {
		key = d.Title + "\n" + d.Body
	}
	sum := sha256.Sum256([]byte(key))
	return stem + "-" + hex.EncodeToString(sum[:6])
}
