package index

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"time"
)

// readCorpusForTest reads a shared gzip JSON-lines corpus. Tests of this
// package cannot use the watch readers (watch imports index).
func readCorpusForTest(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var docs []Document
	dec := json.NewDecoder(zr)
	for {
		var r struct{ ID, Title, Body, Source, URL, Date string }
		if err := dec.Decode(&r); err == io.EOF {
			return docs, nil
		} else if err != nil {
			return nil, err
		}
		d := Document{ID: r.ID, Title: r.Title, Body: r.Body, Source: r.Source, URL: r.URL}
		d.Published, _ = time.Parse(time.RFC1123Z, r.Date)
		docs = append(docs, d)
	}
}
