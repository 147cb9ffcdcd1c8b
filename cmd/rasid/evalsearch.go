package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

func init() {
	commands["eval-search"] = command{"measure search quality and indexing speed against stock bleve \"ar\" (needs ../shared)", runEvalSearch}
}

// knownItem is a line of dev-queries.jsonl.
type knownItem struct {
	ID           string   `json:"id"`
	Query        string   `json:"query"`
	Tags         []string `json:"tags"`
	AlsoRelevant []string `json:"also_relevant"`
}

// topical is a line of dev-topical.jsonl.
type topical struct {
	QID       string         `json:"qid"`
	Query     string         `json:"query"`
	Judgments map[string]int `json:"judgments"`
}

// searcher answers a query with the top ids.
type searcher func(q string) ([]string, error)

func runEvalSearch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval-search", stderr)
	corpus := fs.String("corpus", "../shared/corpus/ant-syria.jsonl.gz", "corpus (gzip JSON lines)")
	queries := fs.String("queries", "../shared/eval/dev-queries.jsonl", "known-item queries")
	topicalPath := fs.String("topical", "../shared/eval/dev-topical.jsonl", "topical queries with graded judgments")
	batch := fs.Int("batch", 1000, "documents per batch, the same for both systems")
	verbose := fs.Bool("v", false, "print each known-item query with the rank of its target in both systems")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := loadCorpus(*corpus)
	if err != nil {
		return err
	}
	var items []knownItem
	if err := readJSONLines(*queries, &items); err != nil {
		return err
	}
	var tops []topical
	if err := readJSONLines(*topicalPath, &tops); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "rasid-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	fmt.Fprintf(stdout, "corpus %s: %d articles; %d known-item and %d topical queries\n\n", *corpus, len(docs), len(items), len(tops))

	stockSearch, stockRate, err := buildStock(filepath.Join(tmp, "stock"), docs, *batch)
	if err != nil {
		return fmt.Errorf("stock bleve: %w", err)
	}
	rasidSearch, rasidRate, merged, closeRasid, err := buildRasid(filepath.Join(tmp, "rasid"), docs, *batch)
	if err != nil {
		return fmt.Errorf("rasid: %w", err)
	}
	defer closeRasid()

	fmt.Fprintf(stdout, "indexing: stock bleve ar %.0f docs/s, rasid %.0f docs/s (ratio %.2f)\n", stockRate, rasidRate, rasidRate/stockRate)
	fmt.Fprintf(stdout, "rasid merged %d duplicate articles; a hit on the kept copy counts for the merged one\n\n", len(merged))

	fmt.Fprintf(stdout, "%-16s %7s %6s %6s %8s\n", "system", "MRR@10", "S@1", "S@10", "nDCG@10")
	type row struct {
		name string
		s    searcher
		dups map[string]string
	}
	tagTables := map[string]map[string]float64{}
	hits := map[string][][]string{} // system → top ids of each known-item query
	var tagNames []string
	for _, r := range []row{{"bleve-ar", stockSearch, nil}, {"rasid", rasidSearch, merged}} {
		h, err := answers(items, r.s)
		if err != nil {
			return err
		}
		hits[r.name] = h
		ki, tags := knownItemScores(items, h, r.dups)
		nd, err := ndcgScore(tops, r.s, r.dups)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%-16s %7.3f %6.3f %6.3f %8.3f\n", r.name, ki.mrr, ki.s1, ki.s10, nd)
		tagTables[r.name] = tags
		if tagNames == nil {
			for t := range tags {
				tagNames = append(tagNames, t)
			}
			sort.Strings(tagNames)
		}
	}
	if *verbose {
		printRanks(stdout, items, hits["bleve-ar"], hits["rasid"], merged)
	}
	fmt.Fprintf(stdout, "\nMRR@10 per query tag:\n%-16s %9s %9s\n", "tag", "bleve-ar", "rasid")
	for _, t := range tagNames {
		fmt.Fprintf(stdout, "%-16s %9.3f %9.3f\n", t, tagTables["bleve-ar"][t], tagTables["rasid"][t])
	}
	return nil
}

// buildStock indexes docs the way the shared peers harness runs stock
// bleve: analyzer ar on title and body, _all, tf-idf, match query on _all.
func buildStock(dir string, docs []index.Document, batch int) (searcher, float64, error) {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = ar.AnalyzerName
	dm := bleve.NewDocumentMapping()
	dm.AddFieldMappingsAt("title", text)
	dm.AddFieldMappingsAt("body", text)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = ar.AnalyzerName

	start := time.Now()
	idx, err := bleve.New(dir, im)
	if err != nil {
		return nil, 0, err
	}
	b := idx.NewBatch()
	for i, d := range docs {
		if err := b.Index(d.ID, map[string]any{"title": d.Title, "body": d.Body}); err != nil {
			return nil, 0, err
		}
		if b.Size() >= batch || i == len(docs)-1 {
			if err := idx.Batch(b); err != nil {
				return nil, 0, err
			}
			b.Reset()
		}
	}
	if err := idx.Close(); err != nil {
		return nil, 0, err
	}
	return openStock(dir), float64(len(docs)) / time.Since(start).Seconds(), nil
}

// openStock returns a searcher over the stock index in dir, opened on its
// first query: opening a scorch index starts merging its segments in the
// background, which must not run while the other system is being timed.
func openStock(dir string) searcher {
	var idx bleve.Index
	return func(q string) ([]string, error) {
		if idx == nil {
			var err error
			if idx, err = bleve.Open(dir); err != nil {
				return nil, err
			}
		}
		req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(q), 10, 0, false)
		res, err := idx.Search(req)
		if err != nil {
			return nil, err
		}
		out := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			out[i] = h.ID
		}
		return out, nil
	}
}

// buildRasid indexes docs through rasid's own write path and returns its
// searcher, the rate, and the duplicates it merged (id → kept id).
func buildRasid(dir string, docs []index.Document, batch int) (searcher, float64, map[string]string, func(), error) {
	start := time.Now()
	ix, err := index.Open(dir)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	dups, err := ix.IndexAll(docs, batch)
	if err != nil {
		return nil, 0, nil, nil, err
	}
	merged := map[string]string{}
	for _, d := range dups {
		merged[d.ID] = d.Of
	}
	if err := ix.Close(); err != nil {
		return nil, 0, nil, nil, err
	}
	rate := float64(len(docs)) / time.Since(start).Seconds()
	if ix, err = index.Open(dir); err != nil {
		return nil, 0, nil, nil, err
	}
	return func(q string) ([]string, error) {
		res, err := ix.Search(context.Background(), index.Request{Query: q, Size: 10})
		if err != nil {
			return nil, err
		}
		out := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			out[i] = h.ID
		}
		return out, nil
	}, rate, merged, func() { ix.Close() }, nil
}

// printRanks lists the known-item queries whose target the two systems
// rank differently, with rasid's top three when it misses first place.
func printRanks(w io.Writer, items []knownItem, stock, rasid [][]string, dups map[string]string) {
	fmt.Fprintf(w, "\n%-5s %-5s %-16s %s\n", "stock", "rasid", "tags", "query")
	for i, it := range items {
		rh := rasid[i]
		rs, rr := targetRank(it, stock[i], nil), targetRank(it, rh, dups)
		if rs == rr && rr == 1 {
			continue
		}
		fmt.Fprintf(w, "%-5s %-5s %-16s %s  (%s)\n", rankText(rs), rankText(rr), strings.Join(it.Tags, ","), it.Query, it.ID)
		if rr != 1 {
			fmt.Fprintf(w, "      rasid top: %s\n", strings.Join(rh[:min(3, len(rh))], " "))
		}
	}
}

// answers runs every known-item query once and returns the top ids of each.
func answers(items []knownItem, s searcher) ([][]string, error) {
	out := make([][]string, len(items))
	for i, it := range items {
		hits, err := s(it.Query)
		if err != nil {
			return nil, fmt.Errorf("query %q: %w", it.Query, err)
		}
		out[i] = hits
	}
	return out, nil
}

func rankText(r int) string {
	if r == 0 {
		return "-"
	}
	return fmt.Sprint(r)
}

// targetRank is the 1-based rank of the first relevant hit, 0 if none.
func targetRank(it knownItem, hits []string, dups map[string]string) int {
	relevant := map[string]bool{}
	for _, id := range append([]string{it.ID}, it.AlsoRelevant...) {
		relevant[id] = true
		if kept, ok := dups[id]; ok {
			relevant[kept] = true
		}
	}
	for i, h := range hits {
		if relevant[h] {
			return i + 1
		}
	}
	return 0
}

type knownItemResult struct{ mrr, s1, s10 float64 }

// knownItemScores computes MRR@10, Success@1 and Success@10, and MRR@10 per
// tag. dups maps a merged id to the id kept in its place.
func knownItemScores(items []knownItem, hits [][]string, dups map[string]string) (knownItemResult, map[string]float64) {
	var r knownItemResult
	tagSum, tagN := map[string]float64{}, map[string]int{}
	for i, it := range items {
		rr := 0.0
		if rank := targetRank(it, hits[i], dups); rank > 0 {
			rr = 1 / float64(rank)
		}
		r.mrr += rr
		if rr == 1 {
			r.s1++
		}
		if rr > 0 {
			r.s10++
		}
		for _, t := range it.Tags {
			tagSum[t] += rr
			tagN[t]++
		}
	}
	n := float64(len(items))
	r.mrr, r.s1, r.s10 = r.mrr/n, r.s1/n, r.s10/n
	for t := range tagSum {
		tagSum[t] /= float64(tagN[t])
	}
	return r, tagSum
}

// ndcgScore is the mean nDCG@10 with gain 2^grade − 1, unjudged = 0.
func ndcgScore(tops []topical, s searcher, dups map[string]string) (float64, error) {
	total := 0.0
	for _, t := range tops {
		hits, err := s(t.Query)
		if err != nil {
			return 0, fmt.Errorf("query %q: %w", t.Query, err)
		}
		grade := map[string]int{}
		for id, g := range t.Judgments {
			grade[id] = max(grade[id], g)
			if kept, ok := dups[id]; ok {
				grade[kept] = max(grade[kept], g)
			}
		}
		dcg := 0.0
		for i, h := range hits {
			dcg += (math.Pow(2, float64(grade[h])) - 1) / math.Log2(float64(i+2))
		}
		var ideal []int
		for _, g := range t.Judgments {
			ideal = append(ideal, g)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(ideal)))
		idcg := 0.0
		for i, g := range ideal[:min(10, len(ideal))] {
			idcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
		}
		if idcg > 0 {
			total += dcg / idcg
		}
	}
	return total / float64(len(tops)), nil
}

func readJSONLines[T any](path string, out *[]T) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		*out = append(*out, v)
	}
	return sc.Err()
}

// loadCorpus reads a corpus through the readers rasid index uses. A bad
// record is fatal: a measurement must run on the whole corpus.
func loadCorpus(path string) ([]index.Document, error) {
	return watch.ReadFile(path, watch.ReadOptions{MaxBytes: 1 << 32})
}
