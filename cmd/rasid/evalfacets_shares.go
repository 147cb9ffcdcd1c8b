package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/watch"
)

// The corpus-shares report answers what the gold data cannot: how a rule
// behaves on the tens of thousands of articles nobody coded. It extracts the
// facets of every article of whole corpora and reports, per corpus, the share
// of articles that get a value of each facet, the share of articles that
// never mention Syria yet get a Syrian town (each one is almost surely an
// error), and the most frequent values. Saved with --shares-out, a run can be
// compared with a later one (--shares-base), value by value and article by
// article, to see what a rule change moved across the corpus.

// sharesFacets are the facets the shares report counts: the four list
// facets, then killed, injured and event_date (≥1 value = not null).
var sharesFacets = []string{facets.FacetTowns, facets.FacetGovernorates, facets.FacetActors, facets.FacetEventTypes, "killed", "injured", "event_date"}

// sharesRun is one run of the report, as --shares-out writes it.
type sharesRun struct {
	Corpora []*corpusShares `json:"corpora"`
}

// corpusShares is the report of one corpus.
type corpusShares struct {
	Name string `json:"name"`
	N    int    `json:"n"`
	// NonSyria counts the articles that never mention Syria (see
	// facets.MentionsSyriaAnywhere); NonSyriaTown those of them that got a town.
	NonSyria     int `json:"non_syria"`
	NonSyriaTown int `json:"non_syria_town"`
	// With counts, per facet, the articles with at least one value.
	With map[string]int `json:"with"`
	// Values counts, per list facet, the articles that got each value.
	Values map[string]map[string]int `json:"values"`
	// Articles holds every article's facets by id, for article-level diffs.
	Articles map[string]shareArticle `json:"articles"`
}

// shareArticle is what the report keeps of one article: its title and
// facet values (not whatever else facets.Facets may carry).
type shareArticle struct {
	Title        string   `json:"title"`
	NonSyria     bool     `json:"non_syria,omitempty"`
	Towns        []string `json:"towns,omitempty"`
	Governorates []string `json:"governorates,omitempty"`
	Actors       []string `json:"actors,omitempty"`
	EventTypes   []string `json:"event_types,omitempty"`
	Killed       *int     `json:"killed,omitempty"`
	Injured      *int     `json:"injured,omitempty"`
	EventDate    string   `json:"event_date,omitempty"`
}

func newShareArticle(title string, nonSyria bool, f facets.Facets) shareArticle {
	return shareArticle{Title: title, NonSyria: nonSyria, Towns: f.Towns, Governorates: f.Governorates, Actors: f.Actors,
		EventTypes: f.EventTypes, Killed: f.Killed, Injured: f.Injured, EventDate: f.EventDate}
}

func (a shareArticle) values(facet string) []string {
	switch facet {
	case facets.FacetTowns:
		return a.Towns
	case facets.FacetGovernorates:
		return a.Governorates
	case facets.FacetActors:
		return a.Actors
	case facets.FacetEventTypes:
		return a.EventTypes
	case "killed":
		if a.Killed != nil {
			return []string{fmt.Sprint(*a.Killed)}
		}
	case "injured":
		if a.Injured != nil {
			return []string{fmt.Sprint(*a.Injured)}
		}
	case "event_date":
		if a.EventDate != "" {
			return []string{a.EventDate}
		}
	}
	return nil
}

// sharesOptions are the flags of the shares mode.
type sharesOptions struct {
	corpora  []string
	limit    int
	out      string
	base     string
	show     string // FACET or FACET=VALUE: list articles
	showN    int
	top      int
	hideID   func(id string) bool // articles never to list (the untouched gold part)
	progress io.Writer
}

// runShares extracts over whole corpora and prints the shares report.
func runShares(ctx context.Context, o sharesOptions, stdout io.Writer) error {
	run := &sharesRun{}
	for _, path := range o.corpora {
		cs, err := corpusSharesOf(ctx, path, o.limit)
		if err != nil {
			return err
		}
		run.Corpora = append(run.Corpora, cs)
	}
	var base *sharesRun
	if o.base != "" {
		b, err := readSharesRun(o.base)
		if err != nil {
			return err
		}
		base = b
	}
	for _, cs := range run.Corpora {
		var bc *corpusShares
		if base != nil {
			for _, c := range base.Corpora {
				if c.Name == cs.Name {
					bc = c
				}
			}
			if bc == nil {
				fmt.Fprintf(stdout, "(%s is not in %s)\n", cs.Name, o.base)
			}
		}
		printShares(stdout, cs, bc, o.top)
		if o.show != "" {
			showArticles(stdout, cs, bc, o.show, o.showN, o.hideID)
		}
	}
	if o.out != "" {
		if err := writeSharesRun(o.out, run); err != nil {
			return err
		}
	}
	return nil
}

// corpusSharesOf extracts the facets of the first limit articles (all when
// limit ≤ 0) of a JSON-lines corpus, on every core: one goroutine reads and
// decodes, errgroup bounds the extracting ones.
func corpusSharesOf(ctx context.Context, path string, limit int) (*corpusShares, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("shares: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("shares: %s: %w", path, err)
		}
		r = zr
	}
	cs := &corpusShares{
		Name:     strings.TrimSuffix(strings.TrimSuffix(filepath.Base(path), ".gz"), ".jsonl"),
		With:     map[string]int{},
		Values:   map[string]map[string]int{},
		Articles: map[string]shareArticle{},
	}
	type rec struct {
		id, title, body string
		published       time.Time
	}
	var mu sync.Mutex
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	const chunk = 64
	var batch []rec
	flush := func() {
		b := batch
		batch = nil
		g.Go(func() error {
			out := make([]shareArticle, len(b))
			for i, a := range b {
				if err := ctx.Err(); err != nil {
					return err
				}
				out[i] = newShareArticle(a.title, !facets.MentionsSyriaAnywhere(a.title, a.body),
					facets.Extract(a.title, a.body, a.published))
			}
			mu.Lock()
			defer mu.Unlock()
			for i, a := range out {
				cs.Articles[b[i].id] = a
			}
			return nil
		})
	}
	br := bufio.NewReaderSize(r, 1<<20)
	n := 0
	for limit <= 0 || n < limit {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			// Read as indexing reads a record, dates included.
			if d, perr := watch.ParseArticle(line); perr == nil && d.ID != "" {
				batch = append(batch, rec{d.ID, d.Title, d.Body, d.Published})
				n++
				if len(batch) == chunk {
					flush()
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			g.Wait()
			return nil, fmt.Errorf("shares: %s: %w", path, err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if len(batch) > 0 {
		flush()
	}
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("shares: %s: %w", path, err)
	}
	cs.count()
	return cs, nil
}

// count fills the totals from the articles.
func (cs *corpusShares) count() {
	cs.N, cs.NonSyria, cs.NonSyriaTown = 0, 0, 0
	for _, a := range cs.Articles {
		cs.N++
		if a.NonSyria {
			cs.NonSyria++
			if len(a.Towns) > 0 {
				cs.NonSyriaTown++
			}
		}
		for _, f := range sharesFacets {
			vs := a.values(f)
			if len(vs) > 0 {
				cs.With[f]++
			}
			if f == "killed" || f == "injured" || f == "event_date" {
				continue
			}
			if cs.Values[f] == nil {
				cs.Values[f] = map[string]int{}
			}
			for _, v := range vs {
				cs.Values[f][v]++
			}
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// printShares prints one corpus's report, with the base run's figures
// beside it when there is one.
func printShares(w io.Writer, cs, base *corpusShares, top int) {
	fmt.Fprintf(w, "== %s: %d articles\n", cs.Name, cs.N)
	if base != nil {
		fmt.Fprintf(w, "%-14s %8s %8s %8s\n", "facet", "base %", "now %", "Δ pts")
	} else {
		fmt.Fprintf(w, "%-14s %8s %8s\n", "facet", "share %", "articles")
	}
	row := func(name string, a, n, ba, bn int) {
		if base != nil {
			fmt.Fprintf(w, "%-14s %8.2f %8.2f %+8.2f\n", name, pct(ba, bn), pct(a, n), pct(a, n)-pct(ba, bn))
		} else {
			fmt.Fprintf(w, "%-14s %8.2f %8d\n", name, pct(a, n), a)
		}
	}
	for _, f := range sharesFacets {
		var ba, bn int
		if base != nil {
			ba, bn = base.With[f], base.N
		}
		row(f, cs.With[f], cs.N, ba, bn)
	}
	var ba, bn int
	if base != nil {
		ba, bn = base.NonSyriaTown, base.NonSyria
	}
	fmt.Fprintf(w, "non-Syria articles (no سوري… and no governorate name anywhere): %d (%.1f%%)\n", cs.NonSyria, pct(cs.NonSyria, cs.N))
	row("non-Syria+town", cs.NonSyriaTown, cs.NonSyria, ba, bn)
	for _, f := range sharesFacets[:4] {
		var bv map[string]int
		if base != nil {
			bv = base.Values[f]
		}
		printTopValues(w, f, cs.Values[f], bv, top)
	}
}

// printTopValues prints a facet's most frequent values and, against a base
// run, the values whose article counts moved most.
func printTopValues(w io.Writer, facet string, now, base map[string]int, top int) {
	if top <= 0 {
		return
	}
	ids := make([]string, 0, len(now))
	for id := range now {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if now[ids[i]] != now[ids[j]] {
			return now[ids[i]] > now[ids[j]]
		}
		return ids[i] < ids[j]
	})
	fmt.Fprintf(w, "  top %s:", facet)
	for i, id := range ids {
		if i == top {
			break
		}
		fmt.Fprintf(w, " %s %s %d;", id, labelAR(facet, id), now[id])
	}
	fmt.Fprintln(w)
	if base == nil {
		return
	}
	moved := map[string]int{}
	for id, c := range now {
		if d := c - base[id]; d != 0 {
			moved[id] = d
		}
	}
	for id, c := range base {
		if _, ok := now[id]; !ok {
			moved[id] = -c
		}
	}
	if len(moved) == 0 {
		return
	}
	ids = ids[:0]
	for id := range moved {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := moved[ids[i]], moved[ids[j]]
		if abs(a) != abs(b) {
			return abs(a) > abs(b)
		}
		return ids[i] < ids[j]
	})
	fmt.Fprintf(w, "  moved %s:", facet)
	for i, id := range ids {
		if i == top {
			break
		}
		fmt.Fprintf(w, " %s %s %+d;", id, labelAR(facet, id), moved[id])
	}
	fmt.Fprintln(w)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func labelAR(facet, id string) string {
	if l, ok := facets.LookupLabel(facet, id); ok {
		return l.AR
	}
	return ""
}

// showArticles lists up to n articles for spec, FACET or FACET=VALUE: with
// a base run, those whose values of FACET changed (and, with a VALUE, only
// changes of that value); without one, those that have VALUE. Articles
// hide reports true for are never listed.
func showArticles(w io.Writer, cs, base *corpusShares, spec string, n int, hide func(string) bool) {
	facet, value, _ := strings.Cut(spec, "=")
	ids := make([]string, 0, len(cs.Articles))
	for id := range cs.Articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	shown := 0
	for _, id := range ids {
		if shown >= n {
			break
		}
		if hide != nil && hide(id) {
			continue
		}
		a := cs.Articles[id]
		now := a.values(facet)
		if base == nil {
			if value == "" || !toSet(now)[value] {
				continue
			}
			fmt.Fprintf(w, "  %s %s | %s %v\n", id, firstRunes(a.Title, 70), facet, now)
			shown++
			continue
		}
		b, ok := base.Articles[id]
		if !ok {
			continue
		}
		was := b.values(facet)
		added, removed := setDiff(now, was), setDiff(was, now)
		if value != "" {
			added, removed = keepOnly(added, value), keepOnly(removed, value)
		}
		if len(added)+len(removed) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %s %s | %s +%v -%v\n", id, firstRunes(a.Title, 70), facet, added, removed)
		shown++
	}
}

func setDiff(a, b []string) []string {
	in := toSet(b)
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

func keepOnly(a []string, v string) []string {
	for _, x := range a {
		if x == v {
			return []string{v}
		}
	}
	return nil
}

func writeSharesRun(path string, run *sharesRun) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("shares: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("shares: %w", cerr)
		}
	}()
	var w io.Writer = f
	if strings.HasSuffix(path, ".gz") {
		zw := gzip.NewWriter(f)
		defer func() {
			if cerr := zw.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("shares: %w", cerr)
			}
		}()
		w = zw
	}
	if err := json.NewEncoder(w).Encode(run); err != nil {
		return fmt.Errorf("shares: writing %s: %w", path, err)
	}
	return nil
}

func readSharesRun(path string) (*sharesRun, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("shares base: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("shares base: %s: %w", path, err)
		}
		r = zr
	}
	var run sharesRun
	if err := json.NewDecoder(r).Decode(&run); err != nil {
		return nil, fmt.Errorf("shares base: %s: %w", path, err)
	}
	return &run, nil
}
