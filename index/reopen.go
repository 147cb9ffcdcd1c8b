package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// reopenable is a bleve.Index over the index's shards that can be closed
// and opened again in place while others use it: after a panic inside
// bleve (seen when a disk fills mid-commit) the in-memory state of the
// open index cannot be trusted, and reopening it from disk is what a
// restart would do. Every call holds a read lock, so a reopen waits for the
// calls in flight and no call ever sees a closed index. As a bleve.Index
// it is the alias over every shard; writes go to the shards themselves
// through withShards.
type reopenable struct {
	mu   sync.RWMutex
	set  *shardSet
	bi   bleve.Index // set.alias
	path string
}

// Reopen closes the index and opens it again from disk, keeping every
// committed document. The watcher calls it after recovering from a panic
// in Apply, before retrying the batch.
func (ix *Index) Reopen() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	err := ix.r.reopen()
	ix.gen.Add(1) // counts cached before the reopen may include a half-done batch
	return err
}

func newReopenable(set *shardSet, path string) *reopenable {
	return &reopenable{set: set, bi: set.alias, path: path}
}

// shards returns the open shards. Writers hold Index.writeMu, which keeps a
// reopen from replacing them while they write.
func (r *reopenable) shards() *shardSet {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.set
}

// withShards runs fn with the open shards, holding off a reopen meanwhile.
func (r *reopenable) withShards(fn func(*shardSet) error) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return fn(r.set)
}

func (r *reopenable) reopen() (err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	func() {
		// A close of a broken index may panic in turn; what matters is
		// that its files are released and opened again.
		defer func() { _ = recover() }()
		_ = r.set.close()
	}()
	set, err := openShards(r.path)
	if err != nil {
		return fmt.Errorf("reopen index %s: %w", r.path, err)
	}
	r.set, r.bi = set, set.alias
	return nil
}

func (r *reopenable) Index(id string, data interface{}) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Index(id, data)
}

func (r *reopenable) Delete(id string) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Delete(id)
}

func (r *reopenable) NewBatch() *bleve.Batch {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.NewBatch()
}

func (r *reopenable) Batch(b *bleve.Batch) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Batch(b)
}

func (r *reopenable) Document(id string) (bindex.Document, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Document(id)
}

func (r *reopenable) DocCount() (uint64, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.DocCount()
}

func (r *reopenable) Search(req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Search(req)
}

func (r *reopenable) SearchInContext(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.SearchInContext(ctx, req)
}

func (r *reopenable) Fields() ([]string, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Fields()
}

func (r *reopenable) FieldDict(field string) (bindex.FieldDict, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.FieldDict(field)
}

func (r *reopenable) FieldDictRange(field string, start, end []byte) (bindex.FieldDict, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.FieldDictRange(field, start, end)
}

func (r *reopenable) FieldDictPrefix(field string, prefix []byte) (bindex.FieldDict, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.FieldDictPrefix(field, prefix)
}

func (r *reopenable) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.set.close()
}

func (r *reopenable) Mapping() mapping.IndexMapping {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Mapping()
}

func (r *reopenable) Stats() *bleve.IndexStat {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Stats()
}

func (r *reopenable) StatsMap() map[string]interface{} {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.StatsMap()
}

func (r *reopenable) GetInternal(key []byte) ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.GetInternal(key)
}

func (r *reopenable) SetInternal(key, val []byte) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.SetInternal(key, val)
}

func (r *reopenable) DeleteInternal(key []byte) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.DeleteInternal(key)
}

func (r *reopenable) Name() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Name()
}

func (r *reopenable) SetName(name string) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	r.bi.SetName(name)
}

func (r *reopenable) Advanced() (bindex.Index, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bi.Advanced()
}
