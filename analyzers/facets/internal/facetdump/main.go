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
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
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
		err := eachArticle(c, func(a article) error {
			if skip[a.ID] || seen[a.ID] || !kept(a.ID, every) {
				return nil
			}
			seen[a.ID] = true
			pub := parseDate(firstNonBlank(a.Published, a.Date, a.DateExtracted))
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

func kept(id string, every int) bool {
	if every <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%uint32(every) == 0
}

type article struct {
	ID, Title, Body, Date, Published string
	DateExtracted                    string `json:"date_extracted"`
}

func eachArticle(path string, fn func(article) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return err
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a article
		if json.Unmarshal(sc.Bytes(), &a) != nil || a.ID == "" {
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return sc.Err()
}

func goldIDs(path string) (map[string]bool, error) {
	ids := map[string]bool{}
	err := eachArticle(path, func(a article) error { ids[a.ID] = true; return nil })
	if err != nil {
		return nil, fmt.Errorf("gold ids: %w", err)
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
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
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

func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
