// Package goldfiles is what the facet model trainers (trainevents,
// trainactors) share of the hand-coded gold files: which file a name on the
// command line is read as (its adjudicated version, never a held-back
// sample), how a sample is named in their figures, and the articles of
// the tunable samples with their texts. Kept once here so that no trainer
// can read a held-back sample another refuses.
package goldfiles

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets/devgold"
	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// HeldBack names the files no training may read: the held-back samples,
// the untouched part's adjudication, and a second coder's file (its sample
// is read once, as adjudicated).
var HeldBack = []string{"holdout65", "holdout66", "untouched", "second-coder"}

// TunableFile returns the file to read for a gold file named on the
// command line: its adjudicated version where one exists beside it
// (testdata/adjudication/), so a sample is never read in both versions;
// a held-back file is an error.
func TunableFile(path string) (string, error) {
	base := filepath.Base(path)
	for _, h := range HeldBack {
		if strings.Contains(base, h) {
			return "", fmt.Errorf("%s is held back: never trained on", path)
		}
	}
	if filepath.Base(filepath.Dir(path)) == "adjudication" {
		return path, nil
	}
	adj := filepath.Join(filepath.Dir(path), "adjudication", base)
	if _, err := os.Stat(adj); err == nil {
		return adj, nil
	}
	return path, nil
}

// SampleName is how the figures name a gold file's sample.
func SampleName(path string) string {
	n := strings.TrimSuffix(filepath.Base(path), "-gold.jsonl")
	if filepath.Base(filepath.Dir(path)) == "adjudication" {
		n += " adj."
	}
	return n
}

// Globs returns the tunable files of the globs, each once, in order: a
// glob matching nothing or a held-back file is an error.
func Globs(globs []string) ([]string, error) {
	var out []string
	for _, g := range globs {
		ms, err := filepath.Glob(g)
		if err != nil || len(ms) == 0 {
			return nil, fmt.Errorf("%q matches no file", g)
		}
		for _, m := range ms {
			m, err := TunableFile(m)
			if err != nil {
				return nil, err
			}
			if !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	return out, nil
}

// SplitTitle takes the first non-empty line of a text as its title.
func SplitTitle(s string) (title, body string) {
	s = strings.TrimLeft(s, " \t\r\n")
	title, body, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(title), body
}

// Article is one coded article of a tunable sample with its text.
type Article struct {
	Gold        devgold.Record
	Sample      int // index into Set.Samples
	Title, Body string
	Published   time.Time
}

// Set is the coded articles of the dev gold's tune part and the tunable
// files.
type Set struct {
	Samples  []string  // by index: "dev tune part", then each file's name
	Articles []Article // by id
	// Gold holds every id of the dev gold (either part) and of the files,
	// so that weak labels can leave them out.
	Gold map[string]bool
}

// Load reads the dev gold's tune part (never its untouched part) and the
// files (each one sample, read with TunableFile's checks), keeping an
// article when coded says its facet is coded (a non-nil field), and finds
// each article's text: examples/ID.txt, else ant-all, else SaudiNewsNet
// under corpusDir. An article coded in two files is an error; one of the
// dev gold belongs to the dev gold's part.
func Load(devGold string, files []string, corpusDir string, coded func(devgold.Record) bool) (*Set, error) {
	golds, err := devgold.Read(devGold)
	if err != nil {
		return nil, err
	}
	s := &Set{Samples: []string{"dev tune part"}, Gold: map[string]bool{}}
	type pick struct {
		g      devgold.Record
		sample int
	}
	picked := map[string]pick{}
	for _, g := range golds {
		s.Gold[g.ID] = true
		if devgold.Part(g.ID) == devgold.Tune && coded(g) {
			picked[g.ID] = pick{g, 0}
		}
	}
	from := map[string]string{}
	for _, path := range files {
		path, err := TunableFile(path)
		if err != nil {
			return nil, err
		}
		gs, err := devgold.Read(path)
		if err != nil {
			return nil, err
		}
		si, n := len(s.Samples), 0
		for _, g := range gs {
			if !coded(g) {
				continue
			}
			if prev, ok := from[g.ID]; ok {
				return nil, fmt.Errorf("article %s is coded in both %s and %s", g.ID, prev, path)
			}
			from[g.ID] = path
			if s.Gold[g.ID] {
				continue // coded in the dev gold: its part, tune or untouched
			}
			s.Gold[g.ID] = true
			picked[g.ID] = pick{g, si}
			n++
		}
		if n > 0 {
			s.Samples = append(s.Samples, SampleName(path))
		}
	}
	found := map[string]Article{}
	for _, id := range slices.Sorted(maps.Keys(picked)) {
		b, err := os.ReadFile(filepath.Join("examples", id+".txt"))
		if err != nil {
			continue
		}
		title, body := SplitTitle(string(b))
		found[id] = Article{Gold: picked[id].g, Sample: picked[id].sample, Title: title, Body: body}
	}
	// ant-all holds ant-syria; SaudiNewsNet dates its articles by when
	// they were scraped.
	for _, c := range []string{"ant-all.jsonl.gz", "saudinewsnet.jsonl.gz"} {
		path := filepath.Join(corpusDir, c)
		err := corpus.Each(path, func(a corpus.Article) error {
			p, ok := picked[a.ID]
			if _, seen := found[a.ID]; !ok || seen {
				return nil
			}
			found[a.ID] = Article{Gold: p.g, Sample: p.sample, Title: a.Title, Body: a.Body, Published: a.Time()}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if len(found) != len(picked) {
		return nil, fmt.Errorf("%d of %d coded articles found", len(found), len(picked))
	}
	for _, id := range slices.Sorted(maps.Keys(found)) {
		s.Articles = append(s.Articles, found[id])
	}
	return s, nil
}

// Score is one facet's true positives, false positives and false negatives
// against a gold, the trainers' unit of comparison.
type Score struct{ TP, FP, FN int }

// P is the precision (0 where nothing was given).
func (s Score) P() float64 { return float64(s.TP) / float64(max(1, s.TP+s.FP)) }

// R is the recall (0 where the gold holds nothing).
func (s Score) R() float64 { return float64(s.TP) / float64(max(1, s.TP+s.FN)) }

// F1 is the harmonic mean of P and R, written so an empty score is 0.
func (s Score) F1() float64 { return 2 * float64(s.TP) / float64(max(1, 2*s.TP+s.FP+s.FN)) }

// Plus pools two scores.
func (s Score) Plus(o Score) Score { return Score{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN} }

func (s Score) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d %d %d)", s.P(), s.R(), s.F1(), s.TP, s.FP, s.FN)
}

// Sum pools the samples' scores but skip's (-1: none): the figure of the
// other samples when skip is left out.
func Sum(samples []Score, skip int) Score {
	var s Score
	for i, x := range samples {
		if i != skip {
			s = s.Plus(x)
		}
	}
	return s
}
