// Package corpus reads the shared JSON-lines corpora (../shared/corpus,
// .jsonl or gzipped .jsonl.gz) for the tools under analyzers/ that build
// data from them or measure extraction on them (gengaz, facetdump,
// trainevents).
//
// It is not rasid's reader of dropped files (watch.Open): these tools want
// the corpus records as they are, in file order, without the product's
// field mapping, and their committed outputs were made that way.
package corpus

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"time"
)

// Article is one record of a shared corpus. ANT dates its articles in
// Published or Date, SaudiNewsNet by when they were scraped
// (date_extracted).
type Article struct {
	ID, Title, Body, Date, Published string
	DateExtracted                    string `json:"date_extracted"`
}

// Time is when the article was published: the first of Published, Date
// and DateExtracted that is not blank, read in the layouts the corpora use
// (RFC 1123 in ANT, "2015-07-23 14:00:00" in SaudiNewsNet); zero when that
// one is unreadable.
func (a Article) Time() time.Time {
	for _, s := range []string{a.Published, a.Date, a.DateExtracted} {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		for _, l := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "2006-01-02 15:04:05", "2006-01-02"} {
			if t, err := time.Parse(l, s); err == nil {
				return t
			}
		}
		return time.Time{}
	}
	return time.Time{}
}

// OneIn reports whether an article id falls in a sample of one article in
// n, chosen by an FNV-1a hash of the id so every tool and every run draws
// the same sample; n <= 1 keeps every article.
func OneIn(id string, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%uint32(n) == 0
}

// SkipAll, returned by the function given to Each, stops the reading
// without an error: for a sample of the first articles.
var SkipAll = errors.New("skip the rest of the corpus")

// maxLine bounds one record; the longest article of the shared corpora is
// far below it.
const maxLine = 1 << 26

// Each calls fn with every article of a JSON-lines file, in file order; a
// name ending in .gz is read through gzip. Lines that do not decode as an
// Article or have no id are skipped, as the tools always did. Errors of
// reading name the file; an error of fn stops the reading and is returned
// as is, except SkipAll, which ends Each with nil.
func Each(path string, fn func(Article) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err // *PathError: names the file
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), maxLine)
	for sc.Scan() {
		var a Article
		if json.Unmarshal(sc.Bytes(), &a) != nil || a.ID == "" {
			continue
		}
		if err := fn(a); err == SkipAll {
			return nil
		} else if err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
