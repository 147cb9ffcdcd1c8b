package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// Index is an on-disk bleve index of articles, split into shards (see
// shards.go) that are written in parallel and searched together. It is
// safe for concurrent use; writes are serialized so that de-duplication
// sees every earlier write.
type Index struct {
	// r holds the shards; bi is r as a bleve.Index, searching every shard
	// at once (a bleve.IndexAlias runs the query on each shard in parallel
	// and merges hits and facets).
	r   *reopenable
	bi  bleve.Index
	dir string

	writeMu sync.Mutex
	// gen counts the commits since Open; cached counts are keyed on it.
	gen    atomic.Uint64
	counts countCache
	// archive holds the whole archive's counts, kept up to date by Apply
	// (archive.go); archiveRefreshing is set while they are being counted
	// again in the background.
	archive           atomic.Pointer[archiveCounts]
	archiveRefreshing atomic.Bool
	// columns hold the segments' facet values for counting (columns.go).
	columns *columnStore

	// sampleAbove and sampleMinEstimate are SampleAbove and
	// sampleMinEstimate; tests lower them.
	sampleAbove, sampleMinEstimate uint64
	// windowDocs is windowDocs; tests lower it.
	windowDocs uint64
	// tieWindow is tieWindow; tests lower it.
	tieWindow int

	// beforeMetaCommit, when set (by tests), runs between the commit of
	// every shard's documents and that of the batch's metadata; an error
	// stops the commit there, as a crash would.
	beforeMetaCommit func() error
}

// indexSubdir is where the bleve index lives inside the data directory, so
// that the data directory can hold other state beside it.
const indexSubdir = "index"

// formatVersion names the analysis chain and field layout an index is
// built with. It changes whenever documents indexed by an older rasid would
// be searched wrongly by this one (new fields, a new tokenizer or stemmer);
// such an index is rebuilt from its stored documents when opened.
//
//	1: the first release (no marker stored)
//	2: rasid's own tokenizer, spelling variants, stemmed title field
//	3: every document stores the evidence of its facets
//	4: the ingest time is an indexed date (feeds sort by it)
//	5: shards (index/shard-NN), documents routed by a hash of their id;
//	   a sample bucket field for estimated counts
//	6: the ingest time is a keyword; town names the gazetteer lacked
//	   (name words the stemmer keeps whole)
//	7: the words of new actor aliases (قوات سوريا الديموقراطية، حركة
//	   الشباب) became name words
//	8: the words of two more aliases (الجانب الروسي، الميلشيات الموالية)
//	   became name words
//	9: the regime's military sites told by the adjective (موقعا، منشات،
//	   مطارا) became name words
//	10: the plural of the opposition's weak alias (المعارضين السوريين)
//	   became name words
//	11: the published time's offset is stored (fieldPublishedZone), so a
//	   rebuild reads the day of publication as the file gave it
//	12: the schoolgirls a civilians alias names (التلميذات، تلميذات)
//	   became name words
const formatVersion = "12"

// formatKey is where the version is kept among the index's internal keys
// (of shard 0; of the one bleve index before format 3).
var formatKey = []byte(metaPrefix + "format")

// rulesKey keeps, beside formatKey, the facets.RulesVersion an index's
// facets and evidence were extracted under. An index without it predates
// the key and was extracted by older rules.
var rulesKey = []byte(metaPrefix + "rules")

// Open opens the index in the data directory dir, creating it when dir
// holds none. An index written by an older version of rasid (another
// formatVersion, or facets extracted under another facets.RulesVersion) is
// rebuilt first; that reads every stored document again, extracting its
// facets anew, and the watcher's record of indexed files is dropped, so its
// next start-up re-reads the watched folder once.
func Open(dir string) (*Index, error) {
	path := filepath.Join(dir, indexSubdir)
	if err := recoverRebuild(path); err != nil {
		return nil, err
	}
	var (
		set *shardSet
		err error
	)
	switch {
	case exists(filepath.Join(path, "index_meta.json")):
		// One bleve index: the layout before format 5.
		bi, err := openBleve(path)
		if err != nil {
			return nil, fmt.Errorf("open index %s: %w", path, err)
		}
		v, err := bi.GetInternal(formatKey)
		if err != nil {
			bi.Close()
			return nil, fmt.Errorf("read index format %s: %w", path, err)
		}
		old := &shardSet{shards: []bleve.Index{bi}}
		if err := old.makeAlias(); err != nil {
			return nil, err
		}
		if set, err = rebuild(path, old, string(v), ""); err != nil {
			return nil, err
		}
	case exists(filepath.Join(path, shardName(0), "index_meta.json")):
		if set, err = openShards(path); err != nil {
			return nil, err
		}
		v, err := set.shards[metaShard].GetInternal(formatKey)
		if err != nil {
			set.close()
			return nil, fmt.Errorf("read index format %s: %w", path, err)
		}
		rules, err := set.shards[metaShard].GetInternal(rulesKey)
		if err != nil {
			set.close()
			return nil, fmt.Errorf("read index rules version %s: %w", path, err)
		}
		if string(v) != formatVersion || string(rules) != facets.RulesVersion {
			if set, err = rebuild(path, set, string(v), string(rules)); err != nil {
				return nil, err
			}
		}
	default:
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
		if set, err = createShards(path, defaultShards()); err != nil {
			return nil, err
		}
	}
	return newIndex(dir, set), nil
}

// ErrLocked is returned by Open when another process (a running rasid
// serve) holds the index.
var ErrLocked = errors.New("the index is in use by another process")

// lockWait is how long Open waits for another process to let go of the
// index. bleve waits forever by default, so a second rasid on a data folder
// a server holds used to hang with no word.
const lockWait = time.Second

// openBleve opens an existing bleve index, failing with ErrLocked when
// another process holds its lock.
func openBleve(path string) (bleve.Index, error) {
	cfg := scorchConfig()
	cfg["bolt_timeout"] = lockWait.String()
	bi, err := bleve.OpenUsing(path, cfg)
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, ErrLocked
	}
	return bi, err
}

// newIndex wraps the open shards under dir/index (reopenable in place, see
// reopen.go).
func newIndex(dir string, set *shardSet) *Index {
	r := newReopenable(set, filepath.Join(dir, indexSubdir))
	return &Index{r: r, bi: r, dir: dir, columns: newColumnStore(), sampleAbove: SampleAbove, sampleMinEstimate: sampleMinEstimate, windowDocs: windowDocs, tieWindow: tieWindow}
}

// rebuild re-indexes every stored document of old, an index of an older
// format or rules version at path, into a new index, and puts the new one
// in its place. The old index stays whole until the new one is complete: a
// crash leaves one of them under path.old and recoverRebuild puts it back.
func rebuild(path string, old *shardSet, version, rules string) (*shardSet, error) {
	if version == "" {
		version = "1"
	}
	if rules == "" {
		rules = "none" // written before the marker existed
	}
	slog.Info("rebuilding the index for this version of rasid", "path", path,
		"format", version, "new_format", formatVersion, "rules", rules, "new_rules", facets.RulesVersion)
	start := time.Now()
	tmp := path + ".rebuild"
	if err := os.RemoveAll(tmp); err != nil {
		old.close()
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	set, err := createShards(tmp, defaultShards())
	if err != nil {
		old.close()
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	tmpIx := newIndex("", set)
	tmpIx.r.path = tmp
	n, err := copyDocuments(tmpIx, old.alias)
	if cerr := old.close(); err == nil {
		err = cerr
	}
	if cerr := set.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("rebuild index %s: %w", path, err)
	}
	if err := os.Rename(path, path+".old"); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := os.RemoveAll(path + ".old"); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	slog.Info("index rebuilt", "documents", n, "took", time.Since(start).Round(time.Millisecond))
	if set, err = openShards(path); err != nil {
		return nil, fmt.Errorf("open rebuilt index %s: %w", path, err)
	}
	return set, nil
}

// copyDocuments writes every stored document of old into ix, a page at a
// time, and returns how many it read. A rebuild of a large archive takes
// as long as its import, so it says how far it has got every
// rebuildLogEvery.
func copyDocuments(ix *Index, old bleve.Index) (int, error) {
	total, err := old.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	n := 0
	start, logged := time.Now(), time.Now()
	err = eachPage(old, storedFields, rebuildPage, func(hits search.DocumentMatchCollection) error {
		for chunk := range slices.Chunk(hits, BulkBatch) {
			b := ix.NewBatch()
			for _, h := range chunk {
				b.Upsert(documentFromFields(h.ID, h.Fields))
			}
			if _, err := ix.Apply(b); err != nil {
				return err
			}
		}
		n += len(hits)
		if time.Since(logged) >= rebuildLogEvery {
			logged = time.Now()
			slog.Info("rebuilding the index", "documents", n, "of", total,
				"docs_per_s", int(float64(n)/time.Since(start).Seconds()))
		}
		return nil
	})
	return n, err
}

// rebuildLogEvery is how often a rebuild logs its progress.
const rebuildLogEvery = 10 * time.Second

// rebuildPage is how many stored documents a rebuild reads per search
// (it writes them BulkBatch at a time). Each page's search passes over
// every document after the last page's, about 3 µs each (the first page of
// a 30,000-article index took 100 ms), so pages of 1,000 would add some 25
// minutes to the rebuild of a million articles, where pages of 10,000
// (about 40 MB of stored text) add 2.5.
const rebuildPage = 10000

// BulkBatch is how many documents a bulk write (rasid index, a rebuild)
// commits per batch. At 1,000 each of two shards' segments holds about 500
// articles instead of 250, and scorch merges fewer, larger segments: on
// ant-syria (4,074 articles) that cut the import's CPU time from 17.8 to
// 13.7 s (merging was a third of it) for a peak RSS of 400 MB instead of
// 290; 2,000 cut it to 12.5 s but peaked at 620 MB (BENCHMARKS.md). The
// shards' merge floor (floorSegmentSize) is this batch's share of one of
// two shards.
const BulkBatch = 1000

// eachPage calls fn with every document of bi, the given stored fields
// loaded, in pages of size documents ordered by id.
func eachPage(bi bleve.Index, fields []string, size int, fn func(search.DocumentMatchCollection) error) error {
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), size, 0, false)
	req.Fields = fields
	req.SortBy([]string{"_id"})
	for {
		res, err := bi.SearchInContext(context.Background(), req)
		if err != nil {
			return fmt.Errorf("list documents: %w", err)
		}
		if err := fn(res.Hits); err != nil {
			return err
		}
		if len(res.Hits) < size {
			return nil
		}
		req.SearchAfter = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// recoverRebuild finishes or undoes a rebuild that a crash interrupted: an
// old index set aside goes back in place if nothing replaced it, and a
// half-built new one is removed.
func recoverRebuild(path string) error {
	if exists(path+".old") && !exists(path) {
		if err := os.Rename(path+".old", path); err != nil {
			return fmt.Errorf("restore index after an interrupted rebuild: %w", err)
		}
	}
	for _, p := range []string{path + ".old", path + ".rebuild"} {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("clean up after an interrupted rebuild: %w", err)
		}
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Dir returns the data directory the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// Close flushes and closes the index.
func (ix *Index) Close() error {
	ix.columns.close() // a column build holds the shards open
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	return ix.r.Close()
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
	fieldPublishedZone, fieldIngested, fieldPath, fieldFacetsJSON, fieldEvidenceJSON}

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
	if z, err := time.Parse("-07:00", str(f[fieldPublishedZone])); err == nil && !d.Published.IsZero() {
		_, offset := z.Zone()
		d.Published = d.Published.In(time.FixedZone("", offset))
	}
	d.Ingested = parseStoredTime(f[fieldIngested])
	if s := str(f[fieldFacetsJSON]); s != "" {
		_ = json.Unmarshal([]byte(s), &d.Facets) // written by us; a damaged value just shows no facets
	}
	if s := str(f[fieldEvidenceJSON]); s != "" {
		_ = json.Unmarshal([]byte(s), &d.Evidence) // likewise: no evidence rather than no document
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
	var v []byte
	err := ix.r.withShards(func(set *shardSet) (err error) {
		v, err = set.shards[metaShard].GetInternal([]byte(metaPrefix + key))
		return err
	})
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
	err := eachPage(ix.bi, []string{fieldPath}, 5000, func(hits search.DocumentMatchCollection) error {
		for _, h := range hits {
			if p := str(h.Fields[fieldPath]); p != "" {
				out[p] = append(out[p], h.ID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("document paths: %w", err)
	}
	return out, nil
}
