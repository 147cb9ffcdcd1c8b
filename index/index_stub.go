package index

import "context"

// Index is an on-disk bleve index of articles. It is safe for concurrent use.
type Index struct{}

// Open opens the index in dir, creating it when dir holds none.
func Open(dir string) (*Index, error) { return &Index{}, nil }

// Close flushes and closes the index.
func (ix *Index) Close() error { return nil }

// Count returns the number of documents.
func (ix *Index) Count() (uint64, error) { return 0, nil }

// SizeBytes returns the bytes the index takes on disk.
func (ix *Index) SizeBytes() int64 { return 0 }

// Get returns a stored document, or ErrNotFound.
func (ix *Index) Get(id string) (*Document, error) { return nil, ErrNotFound }

// Batch collects upserts, deletes and metadata writes that Apply commits
// atomically: either all of them are durable or none.
type Batch struct{}

// NewBatch starts an empty batch.
func (ix *Index) NewBatch() *Batch { return &Batch{} }

// Upsert adds or replaces the document with d.ID. Facets are extracted here.
func (b *Batch) Upsert(d Document) {}

// Delete removes the document id (no error when absent).
func (b *Batch) Delete(id string) {}

// SetMeta stores an opaque value under key, committed with the batch (the
// watcher keeps its manifest this way).
func (b *Batch) SetMeta(key string, value []byte) {}

// DeleteMeta removes key.
func (b *Batch) DeleteMeta(key string) {}

// Len is the number of operations in the batch.
func (b *Batch) Len() int { return 0 }

// Apply commits b: facets are extracted, duplicates (same URL or same
// normalized text as another document) are skipped and reported, and
// everything is written in one atomic bleve batch.
func (ix *Index) Apply(b *Batch) (ApplyResult, error) { return ApplyResult{}, nil }

// Meta returns the value stored under key, or nil.
func (ix *Index) Meta(key string) ([]byte, error) { return nil, nil }

// PathIDs maps every Document.Path in the index to the ids read from it, so
// a start-up reconciliation can find documents whose file vanished.
func (ix *Index) PathIDs() (map[string][]string, error) { return nil, nil }

// Search runs r.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) { return &Result{}, nil }

// SuggestFacet returns values of facet whose Arabic or English label matches
// prefix, with their document counts, for type-ahead.
func (ix *Index) SuggestFacet(ctx context.Context, facet, prefix string, limit int) ([]FacetValue, error) {
	return nil, nil
}
