// Command trainactors trains the actor model of package facets (see
// actormodel.go there): one logistic regression over every actor an
// article names, reading the rules' decision on it, its kind, where and how
// often it is named, what its sentences tell and the words around it, that
// may add an actor the rules dropped or drop one they kept. It trains on
// the hand-coded samples that code actors: the dev gold's tune part (never
// its untouched part) and the tunable files.
//
//	go run ./analyzers/facets/internal/trainactors            # figures; writes the weights only if they win
//	go run ./analyzers/facets/internal/trainactors -none      # figures; writes no model whatever they say
//
// Each sample is one fold. The figures are the rules alone against
// rules+model on each sample left out, with the settings (feature set, L2
// penalty, add and veto thresholds) chosen on the other samples only: for
// each left-out sample every setting is cross-validated over the other
// samples (one left out at a time), the best chosen, trained on all of
// them and scored on the left-out one (the honest forecast: nested
// cross-validation). The best setting over every sample, scored by plain
// leave-one-sample-out, is printed too (optimistic: the best of many).
// Weights are written only when the honest forecast gains -gate pooled F1
// over the rules, more samples gain than lose, and the dev tune part does
// not fall; otherwise the file says no model.
//
// A candidate's label is whether its id is among the gold actors or their
// ancestors; the scores add the ancestors of the rules+model output and of
// the gold, as rasid eval-facets does. Everything is deterministic.
package main

import (
	"flag"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/analyzers/facets/devgold"
	"github.com/rasid-project/rasid/analyzers/facets/internal/goldfiles"
	"golang.org/x/sync/errgroup"
)

// defaultMore is every tunable sample that codes actors besides the dev
// gold (the files rasid's pool.sh sums).
var defaultMore = []string{
	"analyzers/facets/testdata/fresh*-gold.jsonl",
	"analyzers/facets/testdata/holdout11-gold.jsonl",
	"analyzers/facets/testdata/holdout12-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout1[3-9]-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout2[0-5]-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout28-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout29-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout30-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout31-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout32-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout33-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout34-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout35-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout36-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout37-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout38-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout39-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout40-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout41-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout42-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout43-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout44-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout45-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout46-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout47-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout48-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout49-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout50-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout51-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout52-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout53-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout54-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout55-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout56-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout57-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout58-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout59-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout60-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout61-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout62-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout63-gold.jsonl",
	"analyzers/facets/testdata/adjudication/holdout64-gold.jsonl",
}

func main() {
	out := flag.String("o", "analyzers/facets/data/actormodel.tsv", "write the weights here")
	gold := flag.String("gold", "../shared/eval/dev-gold.jsonl", "hand-coded gold data (only its tune part is read)")
	corpusDir := flag.String("corpus", "../shared/corpus", "folder of ant-all.jsonl.gz and saudinewsnet.jsonl.gz")
	none := flag.Bool("none", false, "write no model whatever cross-validation says")
	var more []string
	flag.Func("more", "hand-coded gold files (a file or glob, repeatable; default: every tunable sample), each file one sample: never a held-back sample", func(v string) error {
		more = append(more, v)
		return nil
	})
	flag.Float64Var(&gate, "gate", 0.005, "pooled F1 the model must gain over the rules, out of sample, for its weights to be written")
	flag.Float64Var(&margin, "margin", 0.005, "F1 over the rules a setting must show on the samples it is chosen on to be chosen (below: the rules alone; -1 always picks the best setting)")
	flag.IntVar(&workers, "j", 4, "trainings at once")
	flag.BoolVar(&listErrors, "errors", false, "list the rules' errors among the candidates: article, kept by the rules, actor, sample")
	flag.BoolVar(&quick, "quick", false, "plain leave-one-sample-out figures only (no nested choice; writes nothing)")
	flag.Parse()
	if len(more) == 0 {
		more = defaultMore
	}
	files, err := goldfiles.Globs(more)
	if err == nil {
		err = run(*out, *gold, files, *corpusDir, *none)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainactors:", err)
		os.Exit(1)
	}
}

var (
	gate    float64
	margin  float64
	workers int
	quick   bool
	// listErrors: print the rules' errors the model could mend.
	listErrors bool
)

// example is one (article, candidate actor).
type example struct {
	art   int
	id    string
	feats []int32 // interned feature names
	vals  []float64
	label bool
}

// article is one coded article.
type article struct {
	id    string
	fold  int
	rules []string
	gold  map[string]bool // the gold actors and their ancestors
}

type data struct {
	samples []string
	arts    []article
	exs     []example
	names   []string
	index   map[string]int32
	df      []int // articles holding each feature
}

func (d *data) intern(w string) int32 {
	k, ok := d.index[w]
	if !ok {
		k = int32(len(d.names))
		d.index[w] = k
		d.names = append(d.names, w)
		d.df = append(d.df, 0)
	}
	return k
}

// ancestorsOf caches facets.ActorAncestors.
var ancestorsOf = map[string][]string{}

func ancestors(ids []string) map[string]bool {
	out := map[string]bool{}
	for _, id := range ids {
		as, ok := ancestorsOf[id]
		if !ok {
			as = facets.ActorAncestors(id)
			ancestorsOf[id] = as
		}
		for _, a := range as {
			out[a] = true
		}
	}
	return out
}

func (d *data) addArticle(id string, fold int, s facets.ActorSample, gold []string) {
	ai := len(d.arts)
	g := ancestors(gold)
	d.arts = append(d.arts, article{id: id, fold: fold, rules: s.Rules, gold: g})
	seen := map[int32]bool{}
	for _, c := range slices.Sorted(maps.Keys(s.Features)) {
		ex := example{art: ai, id: c, label: g[c]}
		for _, name := range slices.Sorted(maps.Keys(s.Features[c])) {
			k := d.intern(name)
			ex.feats = append(ex.feats, k)
			ex.vals = append(ex.vals, s.Features[c][name])
			if !seen[k] {
				seen[k] = true
				d.df[k]++
			}
		}
		d.exs = append(d.exs, ex)
	}
}

// noModel is the weights file of no model: the rules decide alone.
const noModel = "# actor model: none, the rules decide actors alone (go run ./analyzers/facets/internal/trainactors);\n" +
	"# left out one sample at a time over every tunable sample, with settings chosen on the other samples, the model\n" +
	"# did not beat the rules by the gate (BENCHMARKS.md, \"Round 27: a learned actor decision\")\n"

func run(out, goldPath string, files []string, corpusDir string, none bool) error {
	set, err := goldfiles.Load(goldPath, files, corpusDir, func(g devgold.Record) bool { return g.Actors != nil })
	if err != nil {
		return err
	}
	d := &data{samples: set.Samples, index: map[string]int32{}}
	for _, a := range set.Articles {
		d.addArticle(a.Gold.ID, a.Sample, facets.ActorSampleOf(a.Title, a.Body, a.Published), a.Gold.Actors)
	}
	pos := 0
	for _, ex := range d.exs {
		if ex.label {
			pos++
		}
	}
	fmt.Printf("%d articles in %d samples, %d candidate actors (%d in the gold), %d features\n",
		len(d.arts), len(d.samples), len(d.exs), pos, len(d.names))
	d.ceiling()
	base := d.score(nil, decision{add: 2, veto: -1}, nil)
	fmt.Printf("rules alone, pooled: %s\n", goldfiles.Sum(base, -1))

	all := make([]bool, len(d.samples))
	for i := range all {
		all[i] = true
	}
	// Plain leave-one-sample-out for every setting: the optimistic figure
	// and the setting of the written weights.
	fmt.Printf("\nleave one sample out, every setting (best thresholds of each over every sample):\n")
	var best trial
	bestF1 := goldfiles.Sum(base, -1).F1() + margin
	for _, st := range settings() {
		probs := d.crossValidate(st, all)
		dec, s := d.bestDecision(probs, all)
		p := goldfiles.Sum(s, -1)
		fmt.Printf("  %-28s add %.2f veto %.2f: %s\n", st, dec.add, dec.veto, p)
		if p.F1() > bestF1 {
			best, bestF1 = trial{st, dec, s}, p.F1()
		}
	}
	d.reach(settings())
	if best.folds != nil {
		fmt.Printf("best over every sample: %s add %.2f veto %.2f: %s (in-sample choice: optimistic)\n",
			best.st, best.dec.add, best.dec.veto, goldfiles.Sum(best.folds, -1))
		printFolds(d.samples, base, best.folds)
	} else {
		fmt.Printf("best over every sample: none beats the rules by the margin (%g F1)\n", margin)
	}

	if quick {
		return nil
	}
	// The honest forecast: nested cross-validation.
	fmt.Printf("\nchosen on the other samples, scored on the one left out (rules alone → rules+model):\n")
	honest := make([]goldfiles.Score, len(d.samples))
	hows := make([]string, len(d.samples))
	for f := range d.samples {
		inner := slices.Clone(all)
		inner[f] = false
		var c trial
		cF1 := goldfiles.Sum(base, f).F1() + margin
		for _, st := range settings() {
			probs := d.crossValidate(st, inner)
			dec, s := d.bestDecision(probs, inner)
			if p := goldfiles.Sum(s, f); p.F1() > cF1 {
				c, cF1 = trial{st, dec, s}, p.F1()
			}
		}
		honest[f], hows[f] = base[f], "rules alone"
		if c.folds != nil {
			m := d.train(c.st, func(a int) bool { return d.arts[a].fold != f })
			probs := make([]float64, len(d.exs))
			for i := range d.exs {
				probs[i] = -1
				if d.arts[d.exs[i].art].fold == f {
					probs[i] = m.prob(&d.exs[i])
				}
			}
			honest[f] = d.score(probs, c.dec, nil)[f]
			hows[f] = fmt.Sprintf("%s add %.2f veto %.2f", c.st, c.dec.add, c.dec.veto)
		}
	}
	won, lost := printFolds(d.samples, base, honest)
	for f, h := range hows {
		fmt.Printf("  %-16s chose %s\n", d.samples[f], h)
	}
	gain := goldfiles.Sum(honest, -1).F1() - goldfiles.Sum(base, -1).F1()
	tuneFell := honest[0].F1() < base[0].F1()
	switch {
	case none:
		fmt.Printf("writing no model (-none)\n")
		return os.WriteFile(out, []byte(noModel), 0o644)
	case best.folds == nil || gain < gate || won <= lost || tuneFell:
		fmt.Printf("writing no model: out of sample the model gains %+.4f pooled F1 (gate %+.3f), %d samples gain and %d lose, the dev tune part %s\n",
			gain, gate, won, lost, map[bool]string{true: "falls", false: "does not fall"}[tuneFell])
		return os.WriteFile(out, []byte(noModel), 0o644)
	}
	fmt.Printf("writing the model of %s add %.2f veto %.2f, trained on every sample\n", best.st, best.dec.add, best.dec.veto)
	m := d.train(best.st, func(int) bool { return true })
	return d.writeModel(out, best, m)
}

// printFolds prints each sample's and the pooled scores of the rules and
// of the model, and returns how many samples gain and lose.
func printFolds(samples []string, base, model []goldfiles.Score) (won, lost int) {
	var gains []float64
	for f, name := range samples {
		g := model[f].F1() - base[f].F1()
		gains = append(gains, g)
		switch {
		case g > 1e-9:
			won++
		case g < -1e-9:
			lost++
		}
		fmt.Printf("  %-16s %s → %s  ΔF1 %+.3f\n", name, base[f], model[f], g)
	}
	fmt.Printf("  %-16s %s → %s  ΔF1 %+.4f\n", "pooled", goldfiles.Sum(base, -1), goldfiles.Sum(model, -1), goldfiles.Sum(model, -1).F1()-goldfiles.Sum(base, -1).F1())
	slices.Sort(gains)
	fmt.Printf("  ΔF1 across %d samples: min %+.3f, median %+.3f, max %+.3f; %d gain, %d lose, %d tie\n",
		len(gains), gains[0], gains[len(gains)/2], gains[len(gains)-1], won, lost, len(gains)-won-lost)
	return won, lost
}

// trial is a setting with its thresholds and its out-of-sample scores.
type trial struct {
	st    setting
	dec   decision
	folds []goldfiles.Score
}

// setting is one choice of training settings.
type setting struct {
	l2    float64 // L2 penalty per example
	feats string  // "rules": the dense features; "ids": and each actor's own; "kinds": and the dense ones again by kind; "words": and the words around its mentions
	minDF int     // word features held by fewer articles are left out
}

func (s setting) String() string {
	return fmt.Sprintf("l2 %g feats %s", s.l2, s.feats)
}

func settings() []setting {
	var out []setting
	for _, fs := range []string{"rules", "ids", "kinds", "words"} {
		for _, l2 := range []float64{0.01, 0.05, 0.2} {
			out = append(out, setting{l2: l2, feats: fs, minDF: 5})
		}
	}
	return out
}

// uses reports whether the setting reads feature k.
func (d *data) uses(st setting, k int32) bool {
	_, n, _ := strings.Cut(d.names[k], ":") // without the side, in: or out:
	isWord := strings.HasPrefix(n, "wb:") || strings.HasPrefix(n, "wa:")
	isID := strings.HasPrefix(n, "id:") || strings.HasPrefix(n, "rule&id:")
	isKind := strings.HasPrefix(n, "K")
	switch st.feats {
	case "rules":
		return !isWord && !isID && !isKind
	case "ids":
		return !isWord && !isKind
	case "kinds":
		return !isWord
	}
	return !isWord || d.df[k] >= st.minDF
}

// decision is the thresholds: a dropped candidate of probability ≥ add is
// added, a kept one of probability < veto dropped.
type decision struct{ add, veto float64 }

var (
	addChoices  = []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2}
	vetoChoices = []float64{-1, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}
)

// bestDecision returns the thresholds of the best pooled F1 over the
// samples in, and the scores of every sample with them.
func (d *data) bestDecision(probs []float64, in []bool) (decision, []goldfiles.Score) {
	var best decision
	var bestS []goldfiles.Score
	bestF1 := -1.0
	for _, a := range addChoices {
		for _, v := range vetoChoices {
			dec := decision{a, v}
			s := d.score(probs, dec, in)
			var p goldfiles.Score
			for f, x := range s {
				if in[f] {
					p = p.Plus(x)
				}
			}
			if p.F1() > bestF1+1e-12 {
				best, bestS, bestF1 = dec, s, p.F1()
			}
		}
	}
	return best, bestS
}

// model is the weights by interned feature.
type model struct{ w []float64 }

func (m *model) prob(ex *example) float64 {
	z := 0.0
	for i, k := range ex.feats {
		z += m.w[k] * ex.vals[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// train fits the model on the examples of the articles use accepts:
// stochastic gradient descent on the log loss with an L2 penalty, AdaGrad
// steps, in a fixed shuffled order.
func (d *data) train(st setting, use func(art int) bool) *model {
	var exs []*example
	for i := range d.exs {
		if use(d.exs[i].art) {
			exs = append(exs, &d.exs[i])
		}
	}
	m := &model{w: make([]float64, len(d.names))}
	g2 := make([]float64, len(d.names))
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	keep := make([]bool, len(d.names))
	for k := range d.names {
		keep[k] = d.uses(st, int32(k))
	}
	const epochs, rate = 20, 0.2
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := exs[i]
			y := 0.0
			if ex.label {
				y = 1
			}
			z := 0.0
			for j, k := range ex.feats {
				if keep[k] {
					z += m.w[k] * ex.vals[j]
				}
			}
			g := 1/(1+math.Exp(-z)) - y
			for j, k := range ex.feats {
				if !keep[k] {
					continue
				}
				gr := g*ex.vals[j] + st.l2*m.w[k]
				g2[k] += gr * gr
				m.w[k] -= rate * gr / math.Sqrt(g2[k]+1e-8)
			}
		}
	}
	for k, w := range m.w {
		m.w[k] = math.Round(w*1000) / 1000
	}
	return m
}

// crossValidate returns each example's probability from the model trained
// without its sample, for the samples in (-1 elsewhere); only the samples
// in are trained on.
func (d *data) crossValidate(st setting, in []bool) []float64 {
	probs := make([]float64, len(d.exs))
	for i := range probs {
		probs[i] = -1
	}
	var g errgroup.Group
	g.SetLimit(max(1, workers))
	for f := range d.samples {
		if !in[f] {
			continue
		}
		g.Go(func() error {
			m := d.train(st, func(a int) bool { fo := d.arts[a].fold; return in[fo] && fo != f })
			for i := range d.exs {
				if d.arts[d.exs[i].art].fold == f {
					probs[i] = m.prob(&d.exs[i])
				}
			}
			return nil
		})
	}
	g.Wait()
	return probs
}

// score is actor tp/fp/fn of each sample's articles (of the samples in;
// nil: all) with the rules' actors changed as dec says of probs (nil: the
// rules alone), ancestors added on both sides as rasid eval-facets does.
func (d *data) score(probs []float64, dec decision, in []bool) []goldfiles.Score {
	out := make([]goldfiles.Score, len(d.samples))
	sets := make([]map[string]bool, len(d.arts))
	for ai, a := range d.arts {
		if in != nil && !in[a.fold] {
			continue
		}
		sets[ai] = map[string]bool{}
		for _, id := range a.rules {
			sets[ai][id] = true
		}
	}
	if probs != nil {
		for i := range d.exs {
			ex := &d.exs[i]
			p, set := probs[i], sets[ex.art]
			if set == nil || p < 0 {
				continue
			}
			switch {
			case !set[ex.id] && p >= dec.add:
				set[ex.id] = true
			case set[ex.id] && p < dec.veto:
				delete(set, ex.id)
			}
		}
	}
	for ai, set := range sets {
		if set == nil {
			continue
		}
		a := d.arts[ai]
		got := ancestors(slices.Collect(maps.Keys(set)))
		s := &out[a.fold]
		for id := range got {
			if a.gold[id] {
				s.TP++
			} else {
				s.FP++
			}
		}
		for id := range a.gold {
			if !got[id] {
				s.FN++
			}
		}
	}
	return out
}

// ceiling prints what the model can reach: gold actors among the
// candidates the rules drop, and the rules' actors the gold lacks.
func (d *data) ceiling() {
	reach, wrong := 0, 0
	for i := range d.exs {
		ex := &d.exs[i]
		inRules := slices.Contains(d.arts[ex.art].rules, ex.id)
		switch {
		case ex.label && !inRules:
			reach++
		case !ex.label && inRules:
			wrong++
		}
	}
	if listErrors {
		for i := range d.exs {
			ex := &d.exs[i]
			inRules := slices.Contains(d.arts[ex.art].rules, ex.id)
			if ex.label != inRules {
				fmt.Printf("error\t%s\t%v\t%s\t%s\n", d.arts[ex.art].id, inRules, ex.id, d.samples[d.arts[ex.art].fold])
			}
		}
	}
	fmt.Printf("within the model's reach: %d gold actors named but dropped by the rules, %d actors of the rules not in the gold\n", reach, wrong)
}

func (d *data) writeModel(path string, t trial, m *model) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# actor model: logistic regression over the actors an article names, written by go run ./analyzers/facets/internal/trainactors\n")
	fmt.Fprintf(&b, "# settings: %s; feature<TAB>weight\n", t.st)
	fmt.Fprintf(&b, "# trained on %s\n", strings.Join(d.samples, ", "))
	fmt.Fprintf(&b, "add\t%g\nveto\t%g\n", t.dec.add, t.dec.veto)
	var rows []string
	for k, w := range m.w {
		if w != 0 && d.uses(t.st, int32(k)) {
			rows = append(rows, fmt.Sprintf("%s\t%g", d.names[k], w))
		}
	}
	sort.Strings(rows)
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// reach prints, for each setting's leave-one-sample-out probabilities, how
// many gold actors are among the dropped candidates it rates highest and
// how many wrong ones among the kept it rates lowest: whether the model
// ranks the rules' errors first at all.
func (d *data) reach(sts []setting) {
	all := make([]bool, len(d.samples))
	for i := range all {
		all[i] = true
	}
	fmt.Printf("\nranking of the rules' errors, leave one sample out (top k of the dropped: gold actors; bottom k of the kept: wrong ones):\n")
	for _, st := range sts {
		probs := d.crossValidate(st, all)
		var out, in []int
		for i := range d.exs {
			if slices.Contains(d.arts[d.exs[i].art].rules, d.exs[i].id) {
				in = append(in, i)
			} else {
				out = append(out, i)
			}
		}
		sort.SliceStable(out, func(a, b int) bool { return probs[out[a]] > probs[out[b]] })
		sort.SliceStable(in, func(a, b int) bool { return probs[in[a]] < probs[in[b]] })
		var b strings.Builder
		for _, k := range []int{10, 20, 40, 80} {
			pos, neg := 0, 0
			for _, i := range out[:min(k, len(out))] {
				if d.exs[i].label {
					pos++
				}
			}
			for _, i := range in[:min(k, len(in))] {
				if !d.exs[i].label {
					neg++
				}
			}
			fmt.Fprintf(&b, " k=%d: %d/%d", k, pos, neg)
		}
		fmt.Printf("  %-28s%s (dropped %d, kept %d)\n", st, b.String(), len(out), len(in))
	}
}
