package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/analyzers/facets/devgold"
	"github.com/rasid-project/rasid/watch"
)

func init() {
	commands["eval-facets"] = command{"measure facet extraction against hand-coded gold data", runEvalFacets}
}

// devGoldPath is the hand-coded dev gold (--dev-gold); its untouched part is
// never shown article by article, whichever gold file eval-facets scores.
const devGoldPath = "../shared/eval/dev-gold.jsonl"

// evalArticle is the text an article's facets are extracted from.
type evalArticle struct {
	title, body string
	published   time.Time
}

func runEvalFacets(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval-facets", stderr)
	var gold multiFlag
	fs.Var(&gold, "gold", "gold facets, one JSON object per line; repeatable, and a glob (testdata/fresh*-gold.jsonl) names every file it matches: their articles are scored together (default "+devGoldPath+")")
	devGold := fs.String("dev-gold", devGoldPath, "the dev gold, whose untouched part (devgold.Part) no per-article output shows, whichever --gold is scored")
	var corpora multiFlag
	fs.Var(&corpora, "corpus", "JSON-lines corpus (.jsonl or .jsonl.gz) holding the gold articles by id; repeatable (default: ../shared/corpus/ant-syria, ant-all and saudinewsnet .jsonl.gz)")
	seeds := fs.String("seeds", "examples", "folder of seed .txt articles (id = file name without .txt)")
	verbose := fs.Bool("v", false, "print each article's differences (never for the dev gold's untouched part, which is reported as figures alone)")
	part := fs.String("split", "all", "which part of the gold data to score: tune, untouched or all (see devgold.Part; use all for a gold file other than the dev gold)")
	shares := fs.Bool("shares", false, "instead of scoring the gold data, report facet shares over whole corpora (see evalfacets_shares.go)")
	var sharesCorpora multiFlag
	fs.Var(&sharesCorpora, "shares-corpus", "corpus for --shares; repeatable (default: ../shared/corpus/ant-all and saudinewsnet .jsonl.gz)")
	limit := fs.Int("limit", 0, "--shares: read at most N articles of each corpus (0: all)")
	sharesOut := fs.String("shares-out", "", "--shares: save this run (JSON, gzipped if the name ends in .gz) for a later --shares-base")
	sharesBase := fs.String("shares-base", "", "--shares: compare with a run saved by --shares-out")
	sharesShow := fs.String("shares-show", "", "--shares: list articles for FACET or FACET=VALUE (with --shares-base: those whose values changed); never untouched gold articles")
	sharesN := fs.Int("shares-n", 30, "--shares-show: at most N articles per corpus")
	top := fs.Int("top", 12, "--shares: how many top (and most moved) values to print per facet")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *shares {
		if len(sharesCorpora) == 0 {
			sharesCorpora = multiFlag{"../shared/corpus/ant-all.jsonl.gz", "../shared/corpus/saudinewsnet.jsonl.gz"}
		}
		hide, err := untouchedGold(*devGold)
		if err != nil {
			return err
		}
		return runShares(context.Background(), sharesOptions{corpora: sharesCorpora, limit: *limit, out: *sharesOut, base: *sharesBase,
			show: *sharesShow, showN: *sharesN, top: *top, hideID: hide}, stdout)
	}
	if len(corpora) == 0 {
		corpora = multiFlag{"../shared/corpus/ant-syria.jsonl.gz", "../shared/corpus/ant-all.jsonl.gz", "../shared/corpus/saudinewsnet.jsonl.gz"}
	}
	if *part != "tune" && *part != "untouched" && *part != "all" {
		return fmt.Errorf("--split must be tune, untouched or all, not %q", *part)
	}
	if len(gold) == 0 {
		gold = multiFlag{devGoldPath}
	}
	golds, err := readGolds(gold)
	if err != nil {
		return err
	}
	if *part != "all" {
		kept := golds[:0]
		for _, g := range golds {
			if devgold.Part(g.ID) == *part {
				kept = append(kept, g)
			}
		}
		golds = kept
	}
	want := map[string]bool{}
	for _, g := range golds {
		want[g.ID] = true
	}
	arts, err := readSeeds(*seeds, want)
	if err != nil {
		return err
	}
	for _, c := range corpora {
		if len(arts) == len(want) {
			break // every article found already: the corpora are large
		}
		if err := readCorpusArticles(c, want, arts); err != nil {
			return err
		}
	}
	// -v hides the dev gold's untouched articles whatever file is scored:
	// the hash split alone would also hide a third of another gold file
	// (fresh articles coded outside the dev set), which is there to be read.
	hidden, err := untouchedGold(*devGold)
	if err != nil {
		return err
	}
	sc := newFacetScore()
	for _, g := range golds {
		a, ok := arts[g.ID]
		if !ok {
			fmt.Fprintf(stderr, "rasid eval-facets: article %s not found\n", g.ID)
			continue
		}
		f := facets.Extract(a.title, a.body, a.published)
		diff := sc.add(g, f)
		if *verbose && diff != "" && !hidden(g.ID) {
			fmt.Fprintf(stdout, "%s %s\n%s", g.ID, firstRunes(a.title, 60), diff)
		}
	}
	sc.print(stdout)
	return nil
}

// goldArticle is one gold record and whether its file coded event dates and
// tolls. Six of the early fresh samples (fresh, fresh2, fresh3, fresh6,
// fresh10, fresh12) coded towns, governorates, actors and event types only:
// every event_date and killed in them is null, and scoring those nulls as
// "no date" or "no toll" made an article of theirs that reports one an error
// (245 articles of the pool; 26 of its 62 "toll the gold has not" lines in
// round 61).
type goldArticle struct {
	devgold.Record
	datesCoded, tollsCoded bool
}

// readGolds reads every gold file that patterns name (a pattern without
// glob characters is a file that must exist). An article coded in two of
// them is an error: scoring it twice would weigh it double. A file none of
// whose articles has an event date did not code dates (no sample of news
// lacks a date throughout), so its articles' dates are not scored. Nor are
// the tolls of a file that has neither a date nor a toll: a small sample may
// rightly hold no toll (several 30-article audits do), but one that codes
// neither is an early towns-and-actors sample.
func readGolds(patterns []string) ([]goldArticle, error) {
	var out []goldArticle
	from := map[string]string{}
	for _, p := range patterns {
		paths := []string{p}
		if strings.ContainsAny(p, "*?[") {
			var err error
			if paths, err = filepath.Glob(p); err != nil {
				return nil, fmt.Errorf("--gold %s: %w", p, err)
			}
			if len(paths) == 0 {
				return nil, fmt.Errorf("--gold %s: no file matches", p)
			}
		}
		for _, path := range paths {
			recs, err := devgold.Read(path)
			if err != nil {
				return nil, err
			}
			dated, tolled := false, false
			for _, r := range recs {
				if prev, ok := from[r.ID]; ok {
					return nil, fmt.Errorf("article %s is coded in both %s and %s", r.ID, prev, path)
				}
				from[r.ID] = path
				dated = dated || (r.EventDate != nil && *r.EventDate != "")
				tolled = tolled || r.Killed != nil
			}
			for _, r := range recs {
				out = append(out, goldArticle{Record: r, datesCoded: dated, tollsCoded: dated || tolled})
			}
		}
	}
	return out, nil
}

// untouchedGold returns a test for the ids of the untouched gold part, which
// no per-article output may show. Without the gold file every id the split
// would call untouched is hidden.
func untouchedGold(path string) (func(string) bool, error) {
	golds, err := devgold.Read(path)
	if errors.Is(err, os.ErrNotExist) {
		return func(id string) bool { return devgold.Part(id) == devgold.Untouched }, nil
	}
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, g := range golds {
		if devgold.Part(g.ID) == devgold.Untouched {
			ids[g.ID] = true
		}
	}
	return func(id string) bool { return ids[id] }, nil
}

// readSeeds reads the seed articles: first non-empty line is the title.
func readSeeds(dir string, want map[string]bool) (map[string]evalArticle, error) {
	arts := map[string]evalArticle{}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		if !want[id] {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		title, body := splitTitle(string(b))
		arts[id] = evalArticle{title: title, body: body}
	}
	return arts, nil
}

// splitTitle takes the first non-empty line of a text as its title.
func splitTitle(s string) (title, body string) {
	s = strings.TrimLeft(s, "\ufeff\r\n\t ")
	title, body, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(title), body
}

// readCorpusArticles adds the wanted articles of a JSON-lines corpus, read
// as rasid itself reads a dropped file (watch.Open: fields, dates and
// encodings as indexing sees them).
func readCorpusArticles(path string, want map[string]bool, arts map[string]evalArticle) error {
	r, err := watch.Open(path, watch.ReadOptions{})
	if err != nil {
		return err
	}
	defer r.Close()
	for rec, err := range r.All() {
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		d := rec.Doc
		if rec.Err != nil || !want[d.ID] {
			continue
		}
		if _, done := arts[d.ID]; !done {
			arts[d.ID] = evalArticle{title: d.Title, body: d.Body, published: d.Published}
		}
	}
	return nil
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// setCount counts true/false positives and false negatives of one facet.
type setCount struct{ tp, fp, fn int }

func (c setCount) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	} else {
		p = 1
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	} else {
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type facetScore struct {
	sets              map[string]*setCount
	n, killed, dateOK int
	tolledN           int // articles whose file coded tolls: the killed exact rate's base
	datedN            int // articles whose file coded dates: the exact rate's base
	// Over the articles whose gold value is not null, as the held-back
	// figures are given: an extractor that says null everywhere scores
	// well on the exact rate above and zero here.
	killedN, killedValOK, dateN, dateValOK int
}

var scoredFacets = []string{facets.FacetTowns, facets.FacetGovernorates, facets.FacetActors, facets.FacetEventTypes}

func newFacetScore() *facetScore {
	s := &facetScore{sets: map[string]*setCount{}}
	for _, f := range scoredFacets {
		s.sets[f] = &setCount{}
	}
	return s
}

// withAncestors adds every actor's parents: a YPG answer also says SDF.
func withAncestors(ids []string) []string {
	if ids == nil {
		return nil // keeps "not coded" apart from "coded empty" for add
	}
	out := []string{}
	for _, id := range ids {
		out = append(out, facets.ActorAncestors(id)...)
	}
	return out
}

// add scores one article and returns its differences, one line per facet.
func (s *facetScore) add(g goldArticle, f facets.Facets) string {
	var diff strings.Builder
	pairs := [][2][]string{{g.Towns, f.Towns}, {g.Governorates, f.Governorates}, {withAncestors(g.Actors), withAncestors(f.Actors)}, {g.EventTypes, f.EventTypes}}
	for i, name := range scoredFacets {
		if pairs[i][0] == nil {
			continue // not coded in this gold file (JSON null), as opposed to coded empty ([])
		}
		gold, got := toSet(pairs[i][0]), toSet(pairs[i][1])
		c := s.sets[name]
		var miss, extra []string
		for k := range got {
			if gold[k] {
				c.tp++
			} else {
				c.fp++
				extra = append(extra, k)
			}
		}
		for k := range gold {
			if !got[k] {
				c.fn++
				miss = append(miss, k)
			}
		}
		if len(miss)+len(extra) > 0 {
			sort.Strings(miss)
			sort.Strings(extra)
			fmt.Fprintf(&diff, "  %-13s missing %v extra %v\n", name, miss, extra)
		}
	}
	s.n++
	if !g.tollsCoded {
		return diff.String() + s.addDate(g, f)
	}
	s.tolledN++
	if g.Killed != nil {
		s.killedN++
		if equalIntPtr(g.Killed, f.Killed) {
			s.killedValOK++
		}
	}
	if equalIntPtr(g.Killed, f.Killed) {
		s.killed++
	} else {
		fmt.Fprintf(&diff, "  %-13s gold %s got %s\n", "killed", intPtrString(g.Killed), intPtrString(f.Killed))
	}
	return diff.String() + s.addDate(g, f)
}

// addDate scores one article's event date, where its file coded dates, and
// returns its difference line.
func (s *facetScore) addDate(g goldArticle, f facets.Facets) string {
	if !g.datesCoded {
		return ""
	}
	s.datedN++
	gd := ""
	if g.EventDate != nil {
		gd = *g.EventDate
	}
	if gd != "" {
		s.dateN++
		if gd == f.EventDate {
			s.dateValOK++
		}
	}
	if gd == f.EventDate {
		s.dateOK++
		return ""
	}
	return fmt.Sprintf("  %-13s gold %q got %q\n", "event_date", gd, f.EventDate)
}

func (s *facetScore) print(w io.Writer) {
	fmt.Fprintf(w, "%d articles\n%-13s %6s %6s %6s %5s %5s %5s\n", s.n, "facet", "P", "R", "F1", "tp", "fp", "fn")
	var all setCount
	for _, name := range scoredFacets {
		c := *s.sets[name]
		p, r, f := c.prf()
		fmt.Fprintf(w, "%-13s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, p, r, f, c.tp, c.fp, c.fn)
		all.tp, all.fp, all.fn = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn
	}
	if s.n > 0 {
		fmt.Fprintf(w, "%-13s exact %.3f (%d/%d); on gold values %.3f (%d/%d)\n", "killed", ratio(s.killed, s.tolledN), s.killed, s.tolledN, ratio(s.killedValOK, s.killedN), s.killedValOK, s.killedN)
		fmt.Fprintf(w, "%-13s exact %.3f (%d/%d); on gold values %.3f (%d/%d)\n", "event_date", ratio(s.dateOK, s.datedN), s.dateOK, s.datedN, ratio(s.dateValOK, s.dateN), s.dateValOK, s.dateN)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func toSet(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

func equalIntPtr(a, b *int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func intPtrString(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}
