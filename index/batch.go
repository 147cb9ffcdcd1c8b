package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	"golang.org/x/sync/errgroup"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
)

// Batch collects upserts, deletes and metadata writes that Apply commits
// atomically: either all of them are durable or none.
type Batch struct {
	ops      []op
	prepared []prepared // the upserts' bleve documents, once Prepare ran
}

type opKind int

const (
	opUpsert opKind = iota
	opDelete
	opSetMeta
	opDeleteMeta
)

type op struct {
	kind  opKind
	doc   Document
	key   string
	value []byte
}

// NewBatch starts an empty batch.
func (ix *Index) NewBatch() *Batch { return &Batch{} }

// Upsert adds or replaces the document with d.ID. Facets are extracted when
// the batch is applied.
func (b *Batch) Upsert(d Document) {
	b.ops = append(b.ops, op{kind: opUpsert, doc: d})
	b.prepared = nil
}

// Delete removes the document id (no error when absent).
func (b *Batch) Delete(id string) { b.ops = append(b.ops, op{kind: opDelete, key: id}) }

// SetMeta stores an opaque value under key, committed with the batch (the
// watcher keeps its manifest this way).
func (b *Batch) SetMeta(key string, value []byte) {
	b.ops = append(b.ops, op{kind: opSetMeta, key: key, value: value})
}

// DeleteMeta removes key.
func (b *Batch) DeleteMeta(key string) { b.ops = append(b.ops, op{kind: opDeleteMeta, key: key}) }

// Len is the number of operations in the batch.
func (b *Batch) Len() int { return len(b.ops) }

// BatchOp describes one operation of a Batch, for a writer that must
// split a batch it cannot commit (see Subset).
type BatchOp struct {
	Upsert bool   // a document upsert; otherwise a deletion or a metadata write
	Key    string // the document id, or the metadata key
	Path   string // an upsert's Document.Path
}

// Ops lists b's operations in order.
func (b *Batch) Ops() []BatchOp {
	out := make([]BatchOp, len(b.ops))
	for i, o := range b.ops {
		out[i] = BatchOp{Upsert: o.kind == opUpsert, Key: o.key, Path: o.doc.Path}
		if o.kind == opUpsert {
			out[i].Key = o.doc.ID
		}
	}
	return out
}

// Subset is a new batch of b's operations at positions pos (ascending),
// in b's order.
func (b *Batch) Subset(pos []int) *Batch {
	nb := &Batch{ops: make([]op, 0, len(pos))}
	for _, i := range pos {
		nb.ops = append(nb.ops, b.ops[i])
	}
	return nb
}

// Reset empties the batch for reuse.
func (b *Batch) Reset() { b.ops, b.prepared = b.ops[:0], nil }

// Prepare does the costly part of writing b's upserts — facet extraction,
// content hashing, building the bleve documents — on every core, without
// touching the index. Apply calls it when the caller did not; a bulk writer
// calls it on the next batch while Apply commits the current one, because
// bleve builds each segment on one core and leaves the other idle.
func (b *Batch) Prepare() {
	if b.prepared == nil {
		b.prepared = prepareUpserts(b.ops)
	}
}

// MaxIDBytes bounds a document id.
const MaxIDBytes = 256

// ValidID reports whether id can name a document: non-empty, at most
// MaxIDBytes, valid UTF-8 without control characters, slashes or
// backslashes, and not "." or "..".
func ValidID(id string) bool {
	if id == "" || len(id) > MaxIDBytes || id == "." || id == ".." {
		return false
	}
	for _, r := range id {
		if r < 0x20 || r == 0x7f || r == '/' || r == '\\' || r == 0xFFFD {
			return false
		}
	}
	return true
}

// prepared is an upsert ready for bleve.
type prepared struct {
	doc    Document
	stored storedDoc
	url    string // canonical, for de-duplication
	panic  any    // what preparing doc panicked with, if it did
}

// Apply commits b: facets are extracted, duplicates (same URL or same
// normalized text as another document) are skipped and reported, and
// everything is written in one atomic bleve batch.
func (ix *Index) Apply(b *Batch) (ApplyResult, error) {
	var res ApplyResult
	for _, o := range b.ops {
		if o.kind == opUpsert && !ValidID(o.doc.ID) {
			return res, fmt.Errorf("apply batch: invalid document id %q", o.doc.ID)
		}
	}
	b.Prepare()
	preps := b.prepared
	for _, p := range preps {
		if p.panic != nil {
			panic(fmt.Sprintf("preparing document %q: %v", p.doc.ID, p.panic))
		}
	}

	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()

	existing, err := ix.lookupDuplicates(preps)
	if err != nil {
		return res, err
	}
	// What the batch does to documents already indexed: one it deletes
	// owns nothing, and one it rewrites owns only its new version's text
	// and URL, whatever their order in the batch. (A copy arriving in the
	// batch that rewrites its original was taken for a copy of text no
	// longer indexed, and the article was lost.)
	deleted := make(map[string]bool)
	rewritten := make(map[string]*prepared)
	for i, pi := 0, 0; i < len(b.ops); i++ {
		switch o := b.ops[i]; o.kind {
		case opDelete:
			deleted[o.key] = true
		case opUpsert:
			rewritten[o.doc.ID] = &preps[pi]
			pi++
		}
	}

	// One bleve batch per shard; each document goes to the shard of its id.
	// writeMu, held here, keeps a Reopen from swapping the shards meanwhile.
	set := ix.r.shards()
	bbs := make([]*bleve.Batch, len(set.shards))
	for i, sh := range set.shards {
		bbs[i] = sh.NewBatch()
	}
	meta := set.shards[metaShard].NewBatch()
	shard := func(id string) *bleve.Batch { return bbs[set.route(id)] }
	seenHash := make(map[string]string)
	seenURL := make(map[string]string)
	pi := 0
	for _, o := range b.ops {
		switch o.kind {
		case opUpsert:
			p := preps[pi]
			pi++
			id := p.doc.ID
			of := seenHash[p.stored.Hash]
			if of == "" && p.url != "" {
				of = seenURL[p.url]
			}
			if of == "" {
				of = existing.owner(p.stored.Hash, p.url, id, deleted, rewritten)
			}
			if of != "" && of != id {
				res.Duplicates = append(res.Duplicates, Duplicate{ID: id, Of: of})
				// The id may hold an older version of this article; now its
				// text is another document's, so the copy goes.
				shard(id).Delete(id)
				continue
			}
			bb := shard(id)
			doc, err := bleveDocument(set.shards[set.route(id)].Mapping(), id, p.stored)
			if err == nil {
				err = bb.IndexAdvanced(doc)
			}
			if err != nil {
				return ApplyResult{}, fmt.Errorf("index document %q: %w", id, err)
			}
			seenHash[p.stored.Hash] = id
			if p.url != "" {
				seenURL[p.url] = id
			}
			delete(deleted, id)
			res.Indexed = append(res.Indexed, id)
		case opDelete:
			shard(o.key).Delete(o.key)
			res.Deleted++
		case opSetMeta:
			meta.SetInternal([]byte(metaPrefix+o.key), o.value)
		case opDeleteMeta:
			meta.DeleteInternal([]byte(metaPrefix + o.key))
		}
	}
	delta := ix.beginArchiveDelta(batchDocIDs(b.ops))
	err = ix.commit(set, bbs, meta)
	if err == nil && delta != nil {
		delta.finish(ix, res.Indexed, ix.gen.Load()+1)
	}
	// Even a failed commit may have written some shards: cached counts go
	// (and the archive's counts, left at the old generation, are counted
	// again when next needed).
	ix.gen.Add(1)
	if err != nil {
		return ApplyResult{}, err
	}
	return res, nil
}

// bleveDocument is what bleve indexes for s under the shard mapping m: the
// fields m gives it, and its title and its text each fed to an exact and a
// stemmed field through one analysis.
func bleveDocument(m mapping.IndexMapping, id string, s storedDoc) (*document.Document, error) {
	impl, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil, fmt.Errorf("unexpected index mapping %T", m)
	}
	doc := document.NewDocument(id)
	if err := impl.MapDocument(doc, s); err != nil {
		return nil, err
	}
	if err := addSharedText(doc, impl, fieldTitle, s.Title); err != nil {
		return nil, err
	}
	if err := addSharedText(doc, impl, fieldText, s.Text); err != nil {
		return nil, err
	}
	return doc, nil
}

// batchDocIDs lists, once each, the documents ops upsert or delete: the
// ones whose current counts a commit of ops may take away.
func batchDocIDs(ops []op) []string {
	var ids []string
	for _, o := range ops {
		switch o.kind {
		case opUpsert:
			ids = append(ids, o.doc.ID)
		case opDelete:
			ids = append(ids, o.key)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// commit writes each shard's documents in parallel, then the batch's
// metadata (the watcher's manifest entries) to metaShard on its own: a
// crash in between leaves documents without their manifest entry, never
// the reverse. The metadata is not committed with metaShard's documents
// because that would hold metaShard's segment back until every other
// shard had built and persisted its own: with two shards, the batch's two
// halves would be built one after the other on a machine that has two
// cores for them.
func (ix *Index) commit(set *shardSet, bbs []*bleve.Batch, meta *bleve.Batch) error {
	var g errgroup.Group
	for i, bb := range bbs {
		if bb.Size() == 0 {
			continue
		}
		g.Go(func() error {
			if err := set.shards[i].Batch(bb); err != nil {
				return fmt.Errorf("commit batch to %s: %w", shardName(i), err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if ix.beforeMetaCommit != nil {
		if err := ix.beforeMetaCommit(); err != nil {
			return err
		}
	}
	if meta.Size() == 0 {
		return nil
	}
	if err := set.shards[metaShard].Batch(meta); err != nil {
		return fmt.Errorf("commit metadata to %s: %w", shardName(metaShard), err)
	}
	return nil
}

// prepareUpserts extracts facets and builds the bleve documents of every
// upsert in ops, in order, using every core: extraction is the costly part
// of a write that bleve's own parallel analysis does not cover.
func prepareUpserts(ops []op) []prepared {
	var docs []Document
	for _, o := range ops {
		if o.kind == opUpsert {
			docs = append(docs, o.doc)
		}
	}
	out := make([]prepared, len(docs))
	workers := runtime.GOMAXPROCS(0)
	if workers > len(docs) {
		workers = len(docs)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = safePrepare(docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// safePrepare is prepare with a panic (extraction's bug on odd input)
// kept for Apply to raise on its caller's goroutine: on a worker of
// prepareUpserts it would end the process, out of any caller's recover.
func safePrepare(d Document) (p prepared) {
	defer func() {
		if v := recover(); v != nil {
			p = prepared{doc: d, panic: v}
		}
	}()
	return prepare(d)
}

func prepare(d Document) prepared {
	if d.Ingested.IsZero() {
		d.Ingested = time.Now().UTC()
	}
	d.Facets, d.Evidence = facets.ExtractWithEvidence(d.Title, d.Body, d.Published)
	facetsJSON, _ := json.Marshal(d.Facets) // plain struct: cannot fail
	evidenceJSON, _ := json.Marshal(d.Evidence)

	s := storedDoc{
		Title:        d.Title,
		Body:         d.Body,
		Text:         indexedText(d.Title, d.Body),
		Source:       d.Source,
		URL:          d.URL,
		Path:         d.Path,
		Hash:         contentHash(d.Title, d.Body),
		Towns:        d.Facets.Towns,
		Governorates: d.Facets.Governorates,
		Actors:       expandActors(d.Facets.Actors),
		EventTypes:   d.Facets.EventTypes,
		FacetsJSON:   string(facetsJSON),
		EvidenceJSON: string(evidenceJSON),
		Ingested:     d.Ingested.UTC().Format(ingestedLayout),
	}
	if !d.Published.IsZero() {
		s.Published = d.Published.UTC().Format(time.RFC3339Nano)
		s.PublishedZone = d.Published.Format("-07:00")
	}
	date := d.Published
	if ed, err := time.Parse(time.DateOnly, d.Facets.EventDate); err == nil {
		date = ed
	}
	if !date.IsZero() {
		s.Date = date.UTC().Format(time.RFC3339)
		s.Month = date.UTC().Format("2006-01")
	}
	if d.Facets.Killed != nil {
		k := float64(*d.Facets.Killed)
		s.Killed = &k
	}
	s.Sample = s.Hash[:1]
	s.URLKey = canonicalURL(d.URL)
	return prepared{doc: d, stored: s, url: s.URLKey}
}

// expandActors adds every actor's ancestors, so that a filter on a parent
// finds articles that name only a child.
func expandActors(ids []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, id := range ids {
		for _, a := range facets.ActorAncestors(id) {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// contentHash identifies an article's text whatever its diacritics,
// tatweel, letter variants, digits or spacing. It folds rune by rune
// (analyzers.FoldRune) straight into the hash: it runs on every write, and
// full normalization (NFKC, new strings) cost as much as facet extraction.
func contentHash(title, body string) string { return foldHash(title, body, true) }

// foldHash is contentHash with its fast paths (fast) or without them, every
// rune through unicode.IsSpace and analyzers.FoldRune: the test compares
// the two, since the hash is stored with every article and compared across
// imports.
func foldHash(title, body string, fast bool) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	for _, part := range []string{title, body} {
		space, started := false, false
		for i := 0; i < len(part); {
			var f rune
			if c := part[i]; fast && c < utf8.RuneSelf {
				// ASCII: unicode.IsSpace from a table, and FoldRune's
				// only change, A-Z to a-z (the test checks every byte).
				i++
				if asciiSpace[c] {
					space = true
					continue
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				f = rune(c)
			} else if fast && c >= 0xD8 && c <= 0xDB && i+1 < len(part) && part[i+1]&0xC0 == 0x80 {
				// The Arabic block, U+0600–U+06FF, two bytes: no space in
				// it, and its folds are FoldRune's, read from a table.
				f = arabicFold[rune(c&0x1F)<<6|rune(part[i+1]&0x3F)-0x0600]
				i += 2
				if f < 0 {
					continue
				}
			} else {
				r, n := utf8.DecodeRuneInString(part[i:])
				i += n
				if unicode.IsSpace(r) {
					space = true
					continue
				}
				var keep bool
				if f, keep = analyzers.FoldRune(r); !keep {
					continue
				}
			}
			if space && started {
				buf = append(buf, ' ')
			}
			space, started = false, true
			buf = utf8.AppendRune(buf, f)
			if len(buf) > cap(buf)-8 {
				h.Write(buf)
				buf = buf[:0]
			}
		}
		buf = append(buf, '\n')
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// asciiSpace and arabicFold are contentHash's fast paths, filled from
// unicode.IsSpace and analyzers.FoldRune so that they cannot drift from
// them: asciiSpace[c] for an ASCII byte, arabicFold[r-0x0600] the
// fold of a rune of the Arabic block, or -1 for one FoldRune drops. The
// rune-by-rune calls were two thirds of the hash's time on Arabic text.
var asciiSpace, arabicFold = contentHashTables()

func contentHashTables() (space [utf8.RuneSelf]bool, fold [0x100]rune) {
	for c := range space {
		space[c] = unicode.IsSpace(rune(c))
	}
	for i := range fold {
		r := rune(0x0600 + i)
		if unicode.IsSpace(r) {
			panic("contentHash: a space in the Arabic block")
		}
		f, keep := analyzers.FoldRune(r)
		if !keep {
			f = -1
		}
		fold[i] = f
	}
	return space, fold
}

// canonicalURL folds the spellings of one URL: scheme, host case, "www.",
// a trailing slash and the fragment do not make another article.
func canonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return strings.ToLower(raw)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	out := host + path
	if u.RawQuery != "" {
		out += "?" + u.RawQuery
	}
	return out
}

// owners maps content hashes and URLs already in the index to their ids.
type owners struct {
	byHash map[string][]string
	byURL  map[string][]string
}

// owner returns the id of another document that will hold this hash or
// URL once the batch is written: indexed, not deleted by the batch, and
// not rewritten by it to other text (or another URL).
func (o owners) owner(hash, url, self string, deleted map[string]bool, rewritten map[string]*prepared) string {
	for _, id := range o.byHash[hash] {
		if id != self && !deleted[id] && (rewritten[id] == nil || rewritten[id].stored.Hash == hash) {
			return id
		}
	}
	for _, id := range o.byURL[url] {
		if id != self && !deleted[id] && (rewritten[id] == nil || rewritten[id].url == url) {
			return id
		}
	}
	return ""
}

// lookupDuplicates finds, in one search, the documents already indexed with
// the hash or URL of any upsert in the batch. Only the hashes and URLs some
// shard's dictionaries hold are searched (indexedTerms): in a bulk import
// nearly none are, and a term query over every segment of every shard for
// each of a batch's two thousand terms was 2% of the import's CPU.
func (ix *Index) lookupDuplicates(preps []prepared) (owners, error) {
	o := owners{byHash: map[string][]string{}, byURL: map[string][]string{}}
	if len(preps) == 0 {
		return o, nil
	}
	hashes := make([]string, 0, len(preps))
	urls := make([]string, 0, len(preps))
	for _, p := range preps {
		hashes = append(hashes, p.stored.Hash)
		if p.url != "" {
			urls = append(urls, p.url)
		}
	}
	set := ix.r.shards()
	hashes, err := indexedTerms(set.shards, fieldHash, hashes)
	if err != nil {
		return o, fmt.Errorf("look up duplicates: %w", err)
	}
	urls, err = indexedTerms(set.shards, fieldURLKey, urls)
	if err != nil {
		return o, fmt.Errorf("look up duplicates: %w", err)
	}
	if len(hashes) == 0 && len(urls) == 0 {
		return o, nil
	}
	var qs []query.Query
	for _, h := range hashes {
		tq := query.NewTermQuery(h)
		tq.SetField(fieldHash)
		qs = append(qs, tq)
	}
	for _, u := range urls {
		uq := query.NewTermQuery(u)
		uq.SetField(fieldURLKey)
		qs = append(qs, uq)
	}
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(qs), 10*len(preps)+10, 0, false)
	req.Fields = []string{fieldHash, fieldURLKey}
	req.Score = "none"
	res, err := ix.bi.Search(req)
	if err != nil {
		return o, fmt.Errorf("look up duplicates: %w", err)
	}
	for _, h := range res.Hits {
		hash := str(h.Fields[fieldHash])
		o.byHash[hash] = append(o.byHash[hash], h.ID)
		if u := str(h.Fields[fieldURLKey]); u != "" {
			o.byURL[u] = append(o.byURL[u], h.ID)
		}
	}
	return o, nil
}

// indexedTerms returns the terms of field, in order, that some segment of
// some shard holds in its dictionary. A term of a deleted document may stay
// in a dictionary until its segment is merged, so a term returned may have
// no live document; a term not returned has none. Asking each segment's
// dictionary once per term is far cheaper than a term query, which opens
// a dictionary and a postings list on every segment for every term.
func indexedTerms(shards []bleve.Index, field string, terms []string) ([]string, error) {
	if len(terms) == 0 {
		return terms, nil
	}
	found := make([]bool, len(terms))
	for _, sh := range shards {
		ai, err := sh.Advanced()
		if err != nil {
			return nil, err
		}
		r, err := ai.Reader()
		if err != nil {
			return nil, err
		}
		rc, ok := r.(bindex.IndexReaderContains)
		if !ok {
			// No dictionary lookup: every term is searched.
			r.Close()
			return terms, nil
		}
		dict, err := rc.FieldDictContains(field)
		if err != nil {
			r.Close()
			return nil, err
		}
		for i, t := range terms {
			if found[i] {
				continue
			}
			if found[i], err = dict.Contains([]byte(t)); err != nil {
				r.Close()
				return nil, err
			}
		}
		if err := r.Close(); err != nil {
			return nil, err
		}
	}
	out := terms[:0]
	for i, t := range terms {
		if found[i] {
			out = append(out, t)
		}
	}
	return out, nil
}

// IndexAll writes docs in batches of size, preparing each batch while the
// one before it commits, and returns the upserts skipped as duplicates.
func (ix *Index) IndexAll(docs []Document, size int) ([]Duplicate, error) {
	size = max(size, 1)
	batches := make(chan *Batch, 1)
	go func() {
		defer close(batches)
		for i := 0; i < len(docs); i += size {
			b := ix.NewBatch()
			for _, d := range docs[i:min(i+size, len(docs))] {
				b.Upsert(d)
			}
			b.Prepare()
			batches <- b
		}
	}()
	var dups []Duplicate
	var err error
	for b := range batches {
		if err != nil {
			continue // drain, so the preparing goroutine ends
		}
		var res ApplyResult
		res, err = ix.Apply(b)
		dups = append(dups, res.Duplicates...)
	}
	return dups, err
}
