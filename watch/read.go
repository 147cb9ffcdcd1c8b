package watch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/rasid-project/rasid/index"
)

// Limits on what one file may cost to read. A multi-record file (JSON
// lines, a JSON array) is read one record at a time, so its size is
// bounded by the record limit and the stream limits, not by memory; a
// single-article file is read whole and keeps a file limit.
const (
	// DefaultMaxFileBytes bounds a single-article file (.txt, .md, .html,
	// one JSON object), on disk and decompressed.
	DefaultMaxFileBytes = 64 << 20
	// DefaultMaxRecordBytes bounds one record of a multi-record file.
	DefaultMaxRecordBytes = 16 << 20
	// DefaultMaxStreamBytes bounds the decompressed content of a
	// multi-record file: far beyond any real archive, short of filling a disk.
	DefaultMaxStreamBytes = 64 << 30
	// DefaultMaxRatio bounds how many times a .gz may expand. Text
	// compresses 3–8×; a compression bomb (one line repeated) 200–1000×.
	DefaultMaxRatio = 100
	// DefaultMaxHTMLElements bounds the elements of a web page: a real
	// article page has a few thousand.
	DefaultMaxHTMLElements = 50_000
)

// ratioAfter is how much must be decompressed before the ratio limit
// applies: a small file's gzip header and dictionary would skew it.
const ratioAfter = 4 << 20

// ReadOptions tune Open and ReadFile. Zero fields take the defaults above.
type ReadOptions struct {
	// MaxBytes is the largest single-article file, on disk and decompressed.
	MaxBytes int64
	// MaxRecordBytes is the largest record of a JSON-lines file or JSON array.
	MaxRecordBytes int64
	// MaxStreamBytes is the largest decompressed content of a multi-record file.
	MaxStreamBytes int64
	// MaxRatio is the largest decompressed ÷ compressed size of a .gz file.
	MaxRatio int64
	// MaxHTMLElements is the most elements a web page may hold.
	MaxHTMLElements int
}

func (o ReadOptions) withDefaults() ReadOptions {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxFileBytes
	}
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if o.MaxStreamBytes <= 0 {
		o.MaxStreamBytes = DefaultMaxStreamBytes
	}
	if o.MaxRatio <= 0 {
		o.MaxRatio = DefaultMaxRatio
	}
	if o.MaxHTMLElements <= 0 {
		o.MaxHTMLElements = DefaultMaxHTMLElements
	}
	return o
}

// Supported reports whether Open reads files with this name.
func Supported(name string) bool {
	_, ok := kindOf(name)
	return ok
}

// MultiRecord reports whether a file of this name may hold many articles
// (JSON lines, JSON arrays), which are read and committed in batches.
func MultiRecord(name string) bool {
	k, ok := kindOf(name)
	return ok && (k == kindJSON || k == kindJSONL)
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

// Record is one article read from a file, or why one record of it could
// not be read.
type Record struct {
	Doc index.Document
	// Line is the record's 1-based line in a JSON-lines file or its
	// element in a JSON array; 0 for a single-article file.
	Line int
	// End is where the content after this record starts (decompressed,
	// decoded bytes): a read resumed with Skip(Line, End) continues after it.
	End int64
	// Err says why the record was not read; Doc is empty then.
	Err error
}

type readMode int

const (
	modeSingle readMode = iota
	modeLines
	modeArray
)

// Reader yields the articles of one file one at a time, so a file of any
// size is read in bounded memory. Open it with Open, read it with Next or
// All, and Close it.
type Reader struct {
	path, stem string
	kind       fileKind
	mode       readMode
	opts       ReadOptions

	f    *os.File
	raw  *countingReader // bytes read from the file
	zr   *gzip.Reader
	lim  *limitedStream // decompressed bytes, with the stream limits
	br   *bufio.Reader  // what records are read from (decoded)
	seek bool           // br reads the file's own bytes: Skip may seek

	dec   *json.Decoder
	guard *recordGuard

	line    int   // last line (element) read
	off     int64 // decoded bytes consumed
	records int   // non-blank records met, good or bad
	started bool
	done    bool
}

// Open prepares to read the articles of one file: .txt and .md (first
// non-empty line is the title), .json (one article, or an array of them),
// .jsonl/.ndjson (one article per line), .html/.htm (the main article
// text), each optionally gzip-compressed (.gz). A file that cannot be read
// at all returns a *FileError.
func Open(path string, opts ReadOptions) (*Reader, error) {
	opts = opts.withDefaults()
	kind, ok := kindOf(path)
	if !ok {
		return nil, fileErr(path, ErrUnsupported, "%q", filepath.Ext(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r := &Reader{path: path, stem: fileStem(path), kind: kind, opts: opts, f: f}
	if err := r.init(); err != nil {
		f.Close()
		return nil, err
	}
	return r, nil
}

func (r *Reader) init() error {
	fi, err := r.f.Stat()
	if err != nil {
		return fmt.Errorf("stat %s: %w", r.path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%s: is a directory", r.path)
	}
	if fi.Size() == 0 {
		return fileErr(r.path, ErrEmpty, "")
	}
	single := r.kind != kindJSON && r.kind != kindJSONL
	if single && fi.Size() > r.opts.MaxBytes {
		return fileErr(r.path, ErrTooLarge, "%d bytes, limit %d", fi.Size(), r.opts.MaxBytes)
	}
	r.raw = &countingReader{r: r.f}
	var src io.Reader = r.raw
	gz := strings.HasSuffix(strings.ToLower(r.path), ".gz")
	if gz {
		zr, err := gzip.NewReader(bufio.NewReaderSize(r.raw, 64<<10))
		if err != nil {
			return fileErr(r.path, ErrMalformed, "%s", gzipReason(err))
		}
		r.zr, src = zr, zr
	}
	r.lim = &limitedStream{r: src, max: r.opts.MaxStreamBytes}
	if gz {
		r.lim.raw, r.lim.ratio = r.raw, r.opts.MaxRatio
	}
	if single {
		r.lim.max = r.opts.MaxBytes
	}
	r.br = bufio.NewReaderSize(r.lim, 256<<10)
	r.seek = !gz
	switch r.kind {
	case kindJSONL:
		r.mode = modeLines
		return r.decodeStream()
	case kindJSON:
		if err := r.decodeStream(); err != nil {
			return err
		}
		c, err := r.firstByte()
		if err != nil {
			return err
		}
		if c != '[' {
			r.mode = modeSingle
			r.lim.max = r.opts.MaxBytes
			return nil
		}
		r.mode = modeArray
		r.guard = &recordGuard{r: r.br, max: r.opts.MaxRecordBytes}
		r.dec = json.NewDecoder(r.guard)
		return nil
	}
	r.mode = modeSingle
	return nil
}

// decodeStream sets up a multi-record file's text decoding from its first
// bytes: a UTF-8 byte-order mark is skipped, a UTF-16 one turns on a
// streaming decoder, and a start that is not UTF-8 but reads as a legacy
// Arabic code page turns that code page's decoder on.
func (r *Reader) decodeStream() error {
	head, err := r.br.Peek(64 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return r.streamErr(err)
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		r.br.Discard(3)
		r.off = 3
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		endian := xunicode.LittleEndian
		if head[0] == 0xFE {
			endian = xunicode.BigEndian
		}
		dec := xunicode.UTF16(endian, xunicode.ExpectBOM).NewDecoder()
		r.br = bufio.NewReaderSize(transform.NewReader(r.br, dec), 256<<10)
		r.seek = false
	default:
		if enc := legacyEncoding(head, err == io.EOF); enc != nil {
			r.br = bufio.NewReaderSize(transform.NewReader(r.br, enc.NewDecoder()), 256<<10)
			r.seek = false
		}
	}
	return nil
}

// firstByte is the first byte of the content that is not white space.
func (r *Reader) firstByte() (byte, error) {
	for {
		c, err := r.br.ReadByte()
		if err == io.EOF {
			return 0, fileErr(r.path, ErrEmpty, "only white space")
		}
		if err != nil {
			return 0, r.streamErr(err)
		}
		if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
			return c, r.br.UnreadByte()
		}
		r.off++
	}
}

// Close releases the file.
func (r *Reader) Close() error {
	if r.zr != nil {
		r.zr.Close()
	}
	return r.f.Close()
}

// BytesRead is how many bytes of the file (compressed, for .gz) have been
// read so far, for progress reports.
func (r *Reader) BytesRead() int64 { return r.raw.n.Load() }

// Skip moves a multi-record reader past its first line lines (elements),
// which end at decoded offset end, as a Record's Line and End gave them:
// a read resumed after a crash starts there without parsing what it skips.
func (r *Reader) Skip(line int, end int64) error {
	if r.started {
		return errors.New("skip after reading began")
	}
	if line <= 0 {
		return nil
	}
	switch r.mode {
	case modeLines:
		if r.seek {
			if _, err := r.f.Seek(end, io.SeekStart); err != nil {
				return fmt.Errorf("resume %s: %w", r.path, err)
			}
			r.raw.n.Store(end)
			r.lim.n = end
			r.br.Reset(r.lim)
		} else if _, err := r.br.Discard(int(end - r.off)); err != nil {
			return fmt.Errorf("resume %s at line %d: %w", r.path, line+1, r.streamErr(err))
		}
		r.line, r.off = line, end
	case modeArray:
		for r.line < line {
			rec, err := r.Next()
			if err != nil {
				return fmt.Errorf("resume %s at element %d: %w", r.path, line+1, err)
			}
			if rec.Line == 0 {
				break
			}
		}
	default:
		return errors.New("skip in a single-article file")
	}
	r.records = max(r.records, line)
	r.started = false
	return nil
}

// All yields the file's records; the error is a failure that ends the
// read (the records before it stand).
func (r *Reader) All() iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for {
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(rec, err) || err != nil {
				return
			}
		}
	}
}

// Next returns the next record. It returns io.EOF after the last one, and
// a *FileError when the rest of the file cannot be read (over a limit,
// corrupt compression, malformed array): the records before it stand. A
// record that is bad on its own comes back with Err set, and the read
// goes on.
func (r *Reader) Next() (Record, error) {
	if r.done {
		return Record{}, io.EOF
	}
	r.started = true
	switch r.mode {
	case modeLines:
		return r.nextLine()
	case modeArray:
		return r.nextElement()
	}
	r.done = true
	d, err := r.readSingle()
	if err != nil {
		return Record{}, err
	}
	return Record{Doc: d, End: r.off}, nil
}

func (r *Reader) nextLine() (Record, error) {
	for {
		raw, n, err := readLine(r.br, r.opts.MaxRecordBytes)
		r.off += int64(n)
		if n > 0 || err == nil || errors.Is(err, errLongLine) {
			r.line++
		}
		if errors.Is(err, errLongLine) {
			r.records++
			return Record{Line: r.line, End: r.off, Err: fmt.Errorf("record over the %s limit", sizeString(r.opts.MaxRecordBytes))}, nil
		}
		if err != nil && err != io.EOF {
			r.done = true
			return Record{}, r.lineErr(err)
		}
		if t := bytes.TrimSpace(raw); len(t) > 0 {
			r.records++
			rec := Record{Line: r.line, End: r.off}
			if d, perr := parseJSONLine(r.path, t); perr != nil {
				rec.Err = perr
			} else {
				if d.ID == "" {
					d.ID = derivedID(r.stem, d)
				}
				rec.Doc = d
			}
			if err == io.EOF {
				r.done = true
			}
			return rec, nil
		}
		if err == io.EOF {
			r.done = true
			if r.records == 0 {
				return Record{}, fileErr(r.path, ErrEmpty, "no records")
			}
			return Record{}, io.EOF
		}
	}
}

func (r *Reader) nextElement() (Record, error) {
	if r.line == 0 && r.dec.InputOffset() == 0 {
		if _, err := r.dec.Token(); err != nil { // the '[' firstByte saw
			r.done = true
			return Record{}, r.arrayErr(err)
		}
	}
	if !r.dec.More() {
		r.done = true
		if _, err := r.dec.Token(); err != nil {
			return Record{}, r.arrayErr(err)
		}
		if r.records == 0 {
			return Record{}, fileErr(r.path, ErrEmpty, "an empty array")
		}
		return Record{}, io.EOF
	}
	r.guard.reset(r.dec.InputOffset())
	var raw json.RawMessage
	err := r.dec.Decode(&raw)
	r.line++
	if err != nil {
		r.done = true
		return Record{}, r.arrayErr(err)
	}
	r.records++
	rec := Record{Line: r.line, End: r.dec.InputOffset()}
	if d, perr := ParseArticle(raw); perr != nil {
		rec.Err = perr
	} else {
		if d.ID == "" {
			d.ID = derivedID(r.stem, d)
		}
		rec.Doc = d
	}
	return rec, nil
}

// readSingle reads a single-article file whole.
func (r *Reader) readSingle() (index.Document, error) {
	raw, err := io.ReadAll(r.br)
	r.off += int64(len(raw))
	if err != nil {
		return index.Document{}, r.streamErr(err)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return index.Document{}, fileErr(r.path, ErrEmpty, "only white space")
	}
	text, _, err := decodeText(r.path, raw)
	if err != nil {
		return index.Document{}, err
	}
	raw = nil
	var d index.Document
	switch r.kind {
	case kindText, kindMarkdown:
		d, err = parseText(r.path, text, r.kind == kindMarkdown)
	case kindHTML:
		d, err = parseHTML(r.path, text, r.opts.MaxHTMLElements)
	case kindJSON:
		d, err = readJSONObject(r.path, text)
	}
	if err != nil {
		return index.Document{}, err
	}
	if d.ID == "" {
		d.ID = r.stem
	}
	return d, nil
}

// streamErr names the real cause of a failed read of the content.
func (r *Reader) streamErr(err error) error {
	var fe *FileError
	switch {
	case errors.As(err, &fe):
		return fe
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.Is(err, io.ErrUnexpectedEOF),
		errors.As(err, new(flate.CorruptInputError)):
		return fileErr(r.path, ErrMalformed, "%s", gzipReason(err))
	case errors.As(err, new(limitError)):
		return fileErr(r.path, ErrTooLarge, "%v", err)
	}
	return fmt.Errorf("read %s: %w", r.path, err)
}

// lineErr is streamErr with the line where reading stopped.
func (r *Reader) lineErr(err error) error {
	err = r.streamErr(err)
	var fe *FileError
	if errors.As(err, &fe) {
		fe.Reason = fmt.Sprintf("%s (at line %d)", fe.Reason, r.line+1)
	}
	return err
}

func (r *Reader) arrayErr(err error) error {
	if errors.Is(err, errRecordTooLong) {
		return fileErr(r.path, ErrTooLarge, "element %d: record over the %s limit", r.line, sizeString(r.opts.MaxRecordBytes))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) && r.zr == nil {
		return fileErr(r.path, ErrMalformed, "element %d: invalid JSON: %v", max(r.line, 1), err)
	}
	return r.lineErr(err)
}

// ReadFile reads every article of a file into memory; Open reads them one
// at a time. A file that yields nothing returns a *FileError. When some
// records of a multi-record file are bad, ReadFile returns the good
// documents together with a *PartialError listing the bad ones.
//
// Documents from a single-article file without an id get the file's stem
// as id; Path is left for the caller to set.
func ReadFile(path string, opts ReadOptions) ([]index.Document, error) {
	r, err := Open(path, opts)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var docs []index.Document
	var bad []RecordError
	for rec, err := range r.All() {
		if err != nil {
			if errors.Is(err, ErrTooLarge) || len(docs) == 0 && len(bad) == 0 {
				return nil, err
			}
			bad = append(bad, RecordError{Line: r.line + 1, Err: errors.New(reasonOf(err) + "; the rest of the file was not read")})
			break
		}
		if rec.Err != nil {
			bad = append(bad, RecordError{Line: rec.Line, Err: rec.Err})
			continue
		}
		docs = append(docs, rec.Doc)
	}
	return partial(path, docs, bad)
}

// readJSONObject reads a .json file that holds one article object.
func readJSONObject(path, text string) (index.Document, error) {
	text = strings.TrimSpace(text)
	var probe any
	if err := json.Unmarshal([]byte(text), &probe); err != nil {
		return index.Document{}, fileErr(path, ErrMalformed, "%s", jsonReason([]byte(text), err))
	}
	d, err := ParseArticle([]byte(text))
	if err != nil {
		return index.Document{}, fileErr(path, ErrMalformed, "%v", err)
	}
	return d, nil
}

var (
	errLongLine      = errors.New("line over the record limit")
	errRecordTooLong = errors.New("record over the record limit")
)

// limitError is a stream that went over one of the reader's limits.
type limitError string

func (e limitError) Error() string { return string(e) }

// readLine returns the next line without its line break and the bytes it
// consumed. A line over max is skipped to its end and reported as
// errLongLine, so the lines after it are still read.
func readLine(br *bufio.Reader, limit int64) ([]byte, int, error) {
	var buf []byte
	n := 0
	for {
		chunk, err := br.ReadSlice('\n')
		n += len(chunk)
		if int64(len(buf)+len(chunk)) > limit {
			for err == bufio.ErrBufferFull {
				chunk, err = br.ReadSlice('\n')
				n += len(chunk)
			}
			if err != nil && err != io.EOF {
				return nil, n, err
			}
			return nil, n, errLongLine
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), n, err
	}
}

func parseJSONLine(path string, line []byte) (index.Document, error) {
	if !utf8.Valid(line) {
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

// countingReader counts the bytes read through it; the count is read by
// progress reports on other goroutines.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// limitedStream enforces the size limits while the content streams: its
// decompressed size, and for a .gz how many times it expanded, so a bomb
// fails within its first megabytes instead of after gigabytes.
type limitedStream struct {
	r     io.Reader
	n     int64
	max   int64
	raw   *countingReader // the compressed side; nil when not compressed
	ratio int64
}

func (l *limitedStream) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.max {
		return n, limitError(fmt.Sprintf("content over the limit of %s", sizeString(l.max)))
	}
	if l.raw != nil && l.n > ratioAfter {
		if c := l.raw.n.Load(); c > 0 && l.n/c > l.ratio {
			return n, limitError(fmt.Sprintf("gzip expansion over the limit of %d×: %s from %s (a compression bomb?)",
				l.ratio, sizeString(l.n), sizeString(c)))
		}
	}
	return n, err
}

// recordGuard stops a JSON decoder from buffering one array element past
// the record limit.
type recordGuard struct {
	r     io.Reader
	max   int64
	read  int64
	limit int64
}

// reset starts the budget of the element that begins at offset.
func (g *recordGuard) reset(offset int64) { g.limit = offset + g.max + 64<<10 }

func (g *recordGuard) Read(p []byte) (int, error) {
	if g.limit > 0 && g.read >= g.limit {
		return 0, errRecordTooLong
	}
	if g.limit > 0 && int64(len(p)) > g.limit-g.read {
		p = p[:g.limit-g.read]
	}
	n, err := g.r.Read(p)
	g.read += int64(n)
	return n, err
}

// gzipReason is a gzip failure in one "gzip: ..." phrase (the package's own
// messages start with "gzip:" already).
func gzipReason(err error) string {
	s := err.Error()
	if errors.Is(err, io.ErrUnexpectedEOF) {
		s = "truncated (" + s + ")"
	}
	if !strings.HasPrefix(s, "gzip: ") {
		s = "gzip: " + s
	}
	return s
}

// sizeString prints a byte count as people read it: 16 MiB, 2.0 GiB.
func sizeString(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
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
		if strings.TrimSpace(r.Published) == "" && strings.TrimSpace(r.Date) == "" {
			t = publishedDay(d.URL, t)
		}
		d.Published = t
	}
	return d, nil
}

// crawlLagDays is how long after its issue date a crawl may read an
// article and its URL's date still be taken for the publication day.
const crawlLagDays = 7

// publishedDay is the day an article was published, given only the time a
// crawler read it: the issue date its URL carries (okaz.com.sa/…/Issues/
// 20150720/…, aleqt.com/2015/07/20/…) when that is up to crawlLagDays
// before the crawl, else the crawl time. SaudiNewsNet's only date is such
// a crawl time, and its overnight crawls read the previous day's papers:
// of the 9,500 articles whose URL carries a date, 998 were crawled one to
// seven days after it, 816 of them between midnight and 03:00. Counted from
// the crawl, every "أمس" of those articles fell a day late (BENCHMARKS.md,
// "Publication day of a crawled article"). The issue date is returned at
// 00:00 UTC: the crawl's time of day says nothing of when the paper
// appeared.
func publishedDay(rawURL string, crawled time.Time) time.Time {
	day := time.Date(crawled.Year(), crawled.Month(), crawled.Day(), 0, 0, 0, 0, time.UTC)
	if issue, ok := urlDate(rawURL); ok && !issue.After(day) && day.Sub(issue) <= crawlLagDays*24*time.Hour {
		return issue
	}
	return crawled
}

// urlDate reads a date a URL's path carries as a segment of its own:
// /YYYYMMDD/ or /YYYY/MM/DD/ (time.Parse takes only digits there).
func urlDate(raw string) (time.Time, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return time.Time{}, false
	}
	segs := strings.Split(u.Path, "/")
	for i, s := range segs {
		if t, err := time.Parse("20060102", s); err == nil {
			return t, true
		}
		if i+2 < len(segs) {
			if t, err := time.Parse("2006/01/02", s+"/"+segs[i+1]+"/"+segs[i+2]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
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
