package watch

import (
	"errors"
	"fmt"
	"strings"
)

// Reasons a whole file cannot be indexed. A *FileError wraps one of them,
// so callers can tell them apart with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary content")
	ErrUndecodable = errors.New("text encoding not recognised")
	ErrMalformed   = errors.New("malformed content")
	ErrTooLarge    = errors.New("file over the size limit")
	ErrNoArticle   = errors.New("no article found")
	ErrUnsupported = errors.New("unsupported file type")
)

// FileError is a file that yielded no documents. Reason is one line a
// person can act on; it is what the quarantine records.
type FileError struct {
	Path   string
	Reason string
	Err    error // one of the Err* reasons above, possibly wrapping a cause
}

func (e *FileError) Error() string { return e.Path + ": " + e.Reason }
func (e *FileError) Unwrap() error { return e.Err }

func fileErr(path string, kind error, format string, args ...any) *FileError {
	reason := kind.Error()
	if format != "" {
		reason += ": " + fmt.Sprintf(format, args...)
	}
	return &FileError{Path: path, Reason: reason, Err: kind}
}

// RecordError is one bad record of a multi-record file.
type RecordError struct {
	Line int // 1-based line of a JSON-lines file; for a JSON array the element index
	Err  error
}

func (e RecordError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// PartialError is returned by ReadFile together with the documents that
// could be read when some records of the file were bad: the good records
// still index, the bad ones are reported.
type PartialError struct {
	Path    string
	Records []RecordError
}

func (e *PartialError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d bad record(s)", e.Path, len(e.Records))
	for i, r := range e.Records {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(e.Records)-3)
			break
		}
		b.WriteString("; ")
		b.WriteString(r.Error())
	}
	return b.String()
}
