package index

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Index is an on-disk bleve index of articles. It is safe for concurrent
// use; writes are serialized so that de-duplication sees every earlier
// write.
type Index struct {
	bi  bleve.Index
	dir string

	writeMu sync.Mutex
}

// indexSubdir is where the bleve index lives inside the data directory, so
// that the data directory can hold other state beside it.
const indexSubdir = "index"

// Open opens the index in the data directory dir, creating it when dir
// holds none.
func Open(dir string) (*Index, error) {
	path := filepath.Join(dir, indexSubdir)
	var (
		bi  bleve.Index
		err error
	)
	if _, statErr := os.Stat(filepath.Join(path, "index_meta.json")); statErr == nil {
		bi, err = bleve.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open index %s: %w", path, err)
		}
	} else {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
		bi, err = bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, nil)
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", path, err)
		}
	}
	return &Index{bi: bi, dir: dir}, nil
}

// Dir returns the data directory the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// Close flushes and closes the index.
func (ix *Index) Close() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	return ix.bi.Close()
}

// Count returns the number of documents.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.bi.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

// SizeBytes returns the bytes the index takes on disk.
func (ix *Index) SizeBytes() int64 {
	var total int64
	_ = filepath.WalkDir(filepath.Join(ix.dir, indexSubdir), func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // files come and go while scorch merges
		}
		if info, err := d.Info(); err == nil && !d.IsDir() {
			total += info.Size()
		}
		return nil
	})
	return total
}

// storedFields are the fields read back to rebuild a Document.
var storedFields = []string{fieldTitle, fieldBody, fieldSource, fieldURL, fieldPublished,
	fieldIngested, fieldPath, fieldFacetsJSON}

// Get returns a stored document, or ErrNotFound.
func (ix *Index) Get(id string) (*Document, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = storedFields
	res, err := ix.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("get %q: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, ErrNotFound
	}
	d := documentFromFields(res.Hits[0].ID, res.Hits[0].Fields)
	return &d, nil
}

func documentFromFields(id string, f map[string]interface{}) Document {
	d := Document{
		ID:     id,
		Title:  str(f[fieldTitle]),
		Body:   str(f[fieldBody]),
		Source: str(f[fieldSource]),
		URL:    str(f[fieldURL]),
		Path:   str(f[fieldPath]),
	}
	d.Published = parseStoredTime(f[fieldPublished])
	d.Ingested = parseStoredTime(f[fieldIngested])
	if s := str(f[fieldFacetsJSON]); s != "" {
		_ = json.Unmarshal([]byte(s), &d.Facets) // written by us; a damaged value just shows no facets
	}
	return d
}

func str(v interface{}) string {
	switch s := v.(type) {
	case string:
		return s
	case []interface{}:
		if len(s) > 0 {
			return str(s[0])
		}
	}
	return ""
}

func parseStoredTime(v interface{}) time.Time {
	s := str(v)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Meta returns the value stored under key by Batch.SetMeta, or nil.
func (ix *Index) Meta(key string) ([]byte, error) {
	v, err := ix.bi.GetInternal([]byte(metaPrefix + key))
	if err != nil {
		return nil, fmt.Errorf("read meta %q: %w", key, err)
	}
	return v, nil
}

// metaPrefix keeps callers' keys apart from any bleve might use.
const metaPrefix = "rasid:"

// PathIDs maps every Document.Path in the index to the ids read from it, so
// a start-up reconciliation can find documents whose file vanished.
func (ix *Index) PathIDs() (map[string][]string, error) {
	out := make(map[string][]string)
	const page = 5000
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), page, 0, false)
	req.Fields = []string{fieldPath}
	req.SortBy([]string{"_id"})
	for {
		res, err := ix.bi.SearchInContext(context.Background(), req)
		if err != nil {
			return nil, fmt.Errorf("list document paths: %w", err)
		}
		for _, h := range res.Hits {
			if p := str(h.Fields[fieldPath]); p != "" {
				out[p] = append(out[p], h.ID)
			}
		}
		if len(res.Hits) < page {
			return out, nil
		}
		req.SearchAfter = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
