// Command facetdump extracts the event facets of every article of the shared
// corpora (the hand-coded gold articles left out, so the untouched part of
// the gold data stays unseen) and compares two such dumps: the weak,
// corpus-wide check of a changed extraction rule.
//
//	go run ./analyzers/facets/internal/facetdump -o /tmp/before.jsonl
//	(change a rule)
//	go run ./analyzers/facets/internal/facetdump -o /tmp/after.jsonl
//	go run ./analyzers/facets/internal/facetdump -diff /tmp/before.jsonl /tmp/after.jsonl -facet killed -show 30
//
// The diff prints how many articles changed per facet and a random sample
// of the changes with their title and lead, to be read by hand.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/analyzers/facets/devgold"
	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// record is one article's dump line.
type record struct {
	ID         string   `json:"id"`
	Published  string   `json:"published,omitempty"`
	Title      string   `json:"title"`
	Lead       string   `json:"lead"`
	EventTypes []string `json:"event_types"`
	Killed     *int     `json:"killed"`
	Injured    *int     `json:"injured"`
	EventDate  string   `json:"event_date"`
}

func main() {
	out := flag.String("o", "", "write the dump here")
	diff := flag.Bool("diff", false, "compare two dumps given as arguments")
	facet := flag.String("facet", "", "diff: show changes of this facet only (event_types, killed, injured, event_date, or an event type id)")
	show := flag.Int("show", 20, "diff: how many changed articles to print")
	seed := flag.Uint64("seed", 1, "diff: seed of the random sample shown")
	leadRunes := flag.Int("lead", 400, "dump: runes of the body kept for reading")
	gold := flag.String("gold", "../shared/eval/dev-gold.jsonl", "gold articles to leave out")
	every := flag.Int("every", 1, "dump: keep one article in N (by a hash of the id)")
	flag.Parse()
	var err error
	if *diff {
		if flag.NArg() != 2 {
			err = fmt.Errorf("-diff needs two dump files")
		} else {
			err = runDiff(flag.Arg(0), flag.Arg(1), *facet, *show, *seed)
		}
	} else {
		corpora := flag.Args()
		if len(corpora) == 0 {
			corpora = []string{"../shared/corpus/ant-all.jsonl.gz", "../shared/corpus/saudinewsnet.jsonl.gz"}
		}
		err = dump(*out, *gold, corpora, *leadRunes, *every)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "facetdump:", err)
		os.Exit(1)
	}
}

func dump(out, goldPath string, corpora []string, leadRunes, every int) error {
	if out == "" {
		return fmt.Errorf("-o is required")
	}
	skip, err := goldIDs(goldPath)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	seen := map[string]bool{}
	start, n := time.Now(), 0
	for _, c := range corpora {
		err := corpus.Each(c, func(a corpus.Article) error {
			if skip[a.ID] || seen[a.ID] || !corpus.OneIn(a.ID, every) {
				return nil
			}
			seen[a.ID] = true
			pub := a.Time()
			fc := facets.Extract(a.Title, a.Body, pub)
			r := record{ID: a.ID, Title: a.Title, Lead: firstRunes(strings.TrimSpace(a.Body), leadRunes),
				EventTypes: fc.EventTypes, Killed: fc.Killed, Injured: fc.Injured, EventDate: fc.EventDate}
			if !pub.IsZero() {
				r.Published = pub.Format("2006-01-02")
			}
			n++
			return enc.Encode(r)
		})
		if err != nil {
			return fmt.Errorf("%s: %w", c, err)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d articles in %v\n", n, time.Since(start).Round(time.Millisecond))
	return f.Close()
}

// goldIDs returns the ids of all gold articles, both parts: the dump is
// for reading, and no gold article may be read that way.
func goldIDs(path string) (map[string]bool, error) {
	golds, err := devgold.Read(path)
	if err != nil {
		return nil, fmt.Errorf("gold ids: %w", err)
	}
	ids := map[string]bool{}
	for _, g := range golds {
		ids[g.ID] = true
	}
	return ids, nil
}

func readDump(path string) (map[string]record, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	m := map[string]record{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		m[r.ID] = r
		order = append(order, r.ID)
	}
	return m, order, sc.Err()
}

func runDiff(beforePath, afterPath, facet string, show int, seed uint64) error {
	before, _, err := readDump(beforePath)
	if err != nil {
		return err
	}
	after, order, err := readDump(afterPath)
	if err != nil {
		return err
	}
	counts := map[string]int{}
	var changed []string
	for _, id := range order {
		a, ok := before[id]
		if !ok {
			continue
		}
		b := after[id]
		ch := changes(a, b)
		for _, c := range ch {
			counts[c]++
		}
		if len(ch) > 0 && (facet == "" || slices.Contains(ch, facet)) {
			changed = append(changed, id)
		}
	}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Printf("%d articles compared\n", len(order))
	for _, k := range keys {
		fmt.Printf("  %-36s %6d changed (%.2f%%)\n", k, counts[k], 100*float64(counts[k])/float64(max(1, len(order))))
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	rng.Shuffle(len(changed), func(i, j int) { changed[i], changed[j] = changed[j], changed[i] })
	for _, id := range changed[:min(show, len(changed))] {
		a, b := before[id], after[id]
		fmt.Printf("\n== %s (%s) %s\n", id, b.Published, b.Title)
		fmt.Printf("   types %v -> %v | killed %s -> %s | injured %s -> %s | date %q -> %q\n",
			a.EventTypes, b.EventTypes, ip(a.Killed), ip(b.Killed), ip(a.Injured), ip(b.Injured), a.EventDate, b.EventDate)
		fmt.Printf("   %s\n", b.Lead)
	}
	return nil
}

// changes names what differs between two records: a facet, and for event
// types each type gained (+id) or lost (-id) and the bare id.
func changes(a, b record) []string {
	var out []string
	if !slices.Equal(a.EventTypes, b.EventTypes) {
		out = append(out, "event_types")
		for _, t := range b.EventTypes {
			if !slices.Contains(a.EventTypes, t) {
				out = append(out, "+"+t, t)
			}
		}
		for _, t := range a.EventTypes {
			if !slices.Contains(b.EventTypes, t) {
				out = append(out, "-"+t, t)
			}
		}
	}
	if ip(a.Killed) != ip(b.Killed) {
		out = append(out, "killed")
	}
	if ip(a.Injured) != ip(b.Injured) {
		out = append(out, "injured")
	}
	if a.EventDate != b.EventDate {
		out = append(out, "event_date")
	}
	return out
}

func ip(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
