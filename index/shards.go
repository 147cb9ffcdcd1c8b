package index

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/mapping"
	"golang.org/x/sync/errgroup"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// An index is split into shards, each a bleve index of its own under
// index/shard-NN, and a document lives in the shard its id hashes to. bleve
// builds a batch's segment and merges segments on one goroutine per index,
// so one index leaves cores idle while it commits; shards commit their part
// of a batch in parallel, and a search runs on every shard at once through a
// bleve.IndexAlias, which merges hits, totals and facet counts.
//
// Crash safety: a batch's documents are one bleve batch per shard, all
// committed in parallel; the batch's metadata (the watcher's manifest
// entries) is a bleve batch of its own on shard 0 (metaShard), committed
// after every shard's documents have been. A crash before it therefore
// leaves documents written whose manifest entries are not: the
// watcher reads those files again on its next start and writes the same
// ids to the same shards, so nothing is lost or doubled. The reverse —
// a manifest entry for a document that was never written — cannot happen.

// metaShard holds the format marker and every SetMeta value.
const metaShard = 0

// shardSet is the open shards of one index and the alias over them.
type shardSet struct {
	shards []bleve.Index
	alias  bleve.IndexAlias
}

func shardName(i int) string { return fmt.Sprintf("shard-%02d", i) }

// defaultShards is the number of shards of a new index: one per core Go
// may use (GOMAXPROCS), at least 2 and at most 8. More shards than cores
// gain nothing on writes and cost a merge per search; the number is fixed
// when the index is created (the shard directories say it).
func defaultShards() int {
	return min(max(runtime.GOMAXPROCS(0), 2), 8)
}

// floorSegmentSize is the scorch merge planner's floor: segments smaller
// than this many documents are planned as if they held this many. bleve's
// default, 2,000, suits one index written in large batches; a batch of
// 1,000 split over two shards makes segments of about 500, which that floor
// counts four times over, so the planner allows about one segment per
// 2,000 documents and merges the growing small tier again after nearly
// every batch — a third of an import's CPU time (BENCHMARKS.md, "Import
// speed (round 5)"). At 500 a shard keeps up to segmentsPerTier segments
// of a batch's size before merging them into one, and each document is
// rewritten about once per tier.
const floorSegmentSize = 500

// segmentsPerTier is how many segments of a tier the merge planner lets
// stand before merging them, and how many one merge takes: bleve's 10
// made an import rewrite each article about once per tier of ten. At 20,
// the ant-all import ran about a tenth less CPU (0.94x stock's loop at
// the median of four runs against 0.76x), and the million-article import
// took 34 minutes in one run, leaving 36 segments per shard, on which the
// page's request mix held every bound of issue 11 (BENCHMARKS.md, round
// 14). More segments cost each search a little until rasid compact.
const segmentsPerTier = 20

// scorchConfig is the write path's scorch configuration. It is given when
// a shard is created (bleve keeps it in the shard's index_meta.json) and
// again when one is opened, so that indexes created before it merge the
// same way.
func scorchConfig() map[string]interface{} {
	return map[string]interface{}{
		"scorchMergePlanOptions": map[string]interface{}{
			"FloorSegmentSize":     floorSegmentSize,
			"MaxSegmentsPerTier":   segmentsPerTier,
			"SegmentsPerMergeTask": segmentsPerTier,
		},
	}
}

// createShards makes an empty index of the current format with n shards
// under path.
func createShards(path string, n int) (*shardSet, error) {
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	set := &shardSet{}
	for i := 0; i < n; i++ {
		bi, err := bleve.NewUsing(filepath.Join(path, shardName(i)), newMapping(), scorch.Name, scorch.Name, scorchConfig())
		if err != nil {
			set.close()
			return nil, fmt.Errorf("create index %s: %w", path, err)
		}
		set.shards = append(set.shards, bi)
	}
	// The markers are written last: a crash before them leaves an index
	// that the next Open rebuilds rather than one that looks complete.
	if err := set.shards[metaShard].SetInternal(rulesKey, []byte(facets.RulesVersion)); err != nil {
		set.close()
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	if err := set.shards[metaShard].SetInternal(formatKey, []byte(formatVersion)); err != nil {
		set.close()
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	return set, set.makeAlias()
}

// openShards opens every shard under path.
func openShards(path string) (*shardSet, error) {
	set := &shardSet{}
	for i := 0; exists(filepath.Join(path, shardName(i))); i++ {
		bi, err := openBleve(filepath.Join(path, shardName(i)))
		if err != nil {
			set.close()
			return nil, fmt.Errorf("open index %s: %w", path, err)
		}
		set.shards = append(set.shards, bi)
	}
	if len(set.shards) == 0 {
		return nil, fmt.Errorf("open index %s: no shards", path)
	}
	return set, set.makeAlias()
}

// makeAlias puts the alias over the shards. It is given the shards'
// mapping (they share one): an alias over several indexes has none of its
// own, and the highlighter asks it for the analyzers.
func (s *shardSet) makeAlias() error {
	s.alias = bleve.NewIndexAlias(s.shards...)
	if a, ok := s.alias.(interface {
		SetIndexMapping(mapping.IndexMapping) error
	}); ok {
		if err := a.SetIndexMapping(s.shards[0].Mapping()); err != nil {
			s.close()
			return fmt.Errorf("open index: %w", err)
		}
	}
	return nil
}

func (s *shardSet) close() error {
	var errs []error
	if s.alias != nil {
		errs = append(errs, s.alias.Close())
	}
	for _, bi := range s.shards {
		errs = append(errs, bi.Close())
	}
	return errors.Join(errs...)
}

// route is the shard of a document id.
func (s *shardSet) route(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(len(s.shards)))
}

// WaitMerged waits until every shard's background work is done: segments
// persisted and the merge planner satisfied. A bulk writer calls it before
// Close, which stops scorch's merger mid-plan and leaves the merges it was
// due to the next process that opens the index (a server that would then
// merge while it answers); an import's time then counts all of its work.
// A shard opened and left untouched never reports itself at rest (its
// persisted epoch stays behind), so the wait also ends once no shard's
// epochs have moved for a second.
func (ix *Index) WaitMerged(ctx context.Context) error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	set := ix.r.shards()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	var last string
	still := time.Now()
	for {
		busy := false
		var epochs []any
		for _, sh := range set.shards {
			st, ok := sh.StatsMap()["index"].(map[string]interface{})
			if !ok {
				continue
			}
			if st["index_bgthreads_active"] == true {
				busy = true
			}
			epochs = append(epochs, st["CurRootEpoch"], st["LastMergedEpoch"], st["LastPersistedEpoch"])
		}
		if now := fmt.Sprint(epochs...); now != last {
			last, still = now, time.Now()
		}
		if !busy || time.Since(still) > time.Second {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Segments returns the number of segments each shard's current snapshot
// holds. Every search pays a little per segment (each term is looked up in
// every segment's dictionary), which a million articles in ten times as
// many segments as shards make visible; Compact brings it to one.
func (ix *Index) Segments() ([]int, error) {
	var out []int
	err := ix.r.withShards(func(set *shardSet) error {
		for i, sh := range set.shards {
			n, err := segmentCount(sh)
			if err != nil {
				return fmt.Errorf("shard %d: %w", i, err)
			}
			out = append(out, n)
		}
		return nil
	})
	return out, err
}

// segmentCount is the number of segments of one shard's current snapshot.
func segmentCount(sh bleve.Index) (int, error) {
	snap, err := shardSnapshot(sh)
	if err != nil {
		return 0, err
	}
	n := len(snap.Segments())
	return n, snap.Close()
}

// shardSnapshot returns the current snapshot of one shard; the caller
// closes it.
func shardSnapshot(sh bleve.Index) (*scorch.IndexSnapshot, error) {
	adv, err := sh.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok || snap == nil { // nil: the shard was closed meanwhile
		return nil, fmt.Errorf("no snapshot of the index (reader %T)", r)
	}
	return snap, nil
}

// Compact merges each shard's segments into one, the shards in parallel,
// and returns once the merged segments are on disk and the old ones gone.
// It is for an archive that is mostly read: after a large import a shard
// holds tens of segments, which scorch's tiered merging keeps (merging
// them all at every commit would rewrite the archive), and each search
// pays for each. Writes wait meanwhile; searches do not.
func (ix *Index) Compact(ctx context.Context) error {
	ix.writeMu.Lock()
	set := ix.r.shards()
	var g errgroup.Group
	for i, sh := range set.shards {
		g.Go(func() error {
			adv, err := sh.Advanced()
			if err != nil {
				return fmt.Errorf("compact shard %d: %w", i, err)
			}
			s, ok := adv.(*scorch.Scorch)
			if !ok {
				return fmt.Errorf("compact shard %d: a %T is not a scorch index", i, adv)
			}
			// A force merge is one round of merge tasks (of ten segments
			// each by default), so a shard of 28 segments comes out of one
			// with 3: it is repeated while the count falls.
			last := -1
			for {
				n, err := segmentCount(sh)
				if err != nil {
					return fmt.Errorf("compact shard %d: %w", i, err)
				}
				if n <= 1 || n == last || ctx.Err() != nil {
					return nil
				}
				last = n
				opts := mergeplan.SingleSegmentMergePlanOptions
				opts.SegmentsPerMergeTask = max(n, 2)
				if err := s.ForceMerge(ctx, &opts); err != nil {
					return fmt.Errorf("compact shard %d: %w", i, err)
				}
			}
		})
	}
	err := g.Wait()
	ix.writeMu.Unlock()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	// ForceMerge returns once the merged segments are introduced; the
	// persister writes them and removes the old files after.
	return ix.WaitMerged(ctx)
}
