package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// article is one record of the shared corpora and of the generated files
// (the JSON-lines shape rasid index reads).
type article struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title"`
	Date   string `json:"date,omitempty"`
	Body   string `json:"body"`
}

// genOptions says what to generate.
type genOptions struct {
	N       int
	PerFile int
	Seed    uint64
	Corpora []string
	Out     string
	// MaxSource, when above 0, reads at most that many articles of each
	// source corpus (tests use a few hundred).
	MaxSource int
	// Small makes one-sentence articles from word lists instead of real
	// ones (see smallArticle): no source corpus is read.
	Small bool
}

func runGen(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("rasid-bench gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := genOptions{}
	fs.IntVar(&o.N, "n", 10000, "articles to generate")
	fs.IntVar(&o.PerFile, "per-file", 20000, "articles per .jsonl.gz file")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed (the same seed makes the same corpus)")
	fs.StringVar(&o.Out, "out", "", "output `DIR` (created)")
	corpora := fs.String("corpora", defaultCorpora(), "comma-separated source corpora (JSON lines, gzip)")
	fs.BoolVar(&o.Small, "small", false, "one-sentence articles (a town, an actor, a toll) instead of real ones: a million index in about an hour, for what does not depend on article length (counts, dates, export)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.Out == "" || o.N <= 0 {
		fs.Usage()
		return fmt.Errorf("gen needs --out and --n > 0")
	}
	o.Corpora = strings.Split(*corpora, ",")
	files, err := generate(o)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %d articles in %d files under %s\n", o.N, len(files), o.Out)
	return nil
}

func defaultCorpora() string {
	return "../shared/corpus/ant-all.jsonl.gz,../shared/corpus/saudinewsnet.jsonl.gz"
}

// generate writes o.N articles built from the source corpora: each is a
// real article (title, body, source) with one to three paragraphs of other
// articles appended, a date drawn uniformly from 2011–2025 and a URL of its
// own, so that rasid's de-duplication keeps every one of them. The result
// has the vocabulary, length and facet density of real news while growing
// past the size of any corpus at hand. It returns the files written.
func generate(o genOptions) ([]string, error) {
	var src []article
	if !o.Small {
		var err error
		if src, err = loadCorpora(o.Corpora, o.MaxSource); err != nil {
			return nil, err
		}
	}
	var paras []string
	for _, a := range src {
		paras = append(paras, paragraphs(a.Body)...)
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x72617369))
	lo := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	perFile := max(o.PerFile, 1)
	var files []string
	var (
		f   *os.File
		zw  *gzip.Writer
		bw  *bufio.Writer
		enc *json.Encoder
	)
	closeFile := func() error {
		if f == nil {
			return nil
		}
		err := bw.Flush()
		if cerr := zw.Close(); err == nil {
			err = cerr
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		f = nil
		return err
	}
	for i := 0; i < o.N; i++ {
		if i%perFile == 0 {
			if err := closeFile(); err != nil {
				return nil, fmt.Errorf("generate: %w", err)
			}
			name := filepath.Join(o.Out, fmt.Sprintf("part-%05d.jsonl.gz", i/perFile))
			var err error
			if f, err = os.Create(name); err != nil {
				return nil, fmt.Errorf("generate: %w", err)
			}
			zw, _ = gzip.NewWriterLevel(f, gzip.BestSpeed)
			bw = bufio.NewWriterSize(zw, 1<<20)
			enc = json.NewEncoder(bw)
			enc.SetEscapeHTML(false)
			files = append(files, name)
		}
		if o.Small {
			if err := enc.Encode(smallArticle(rng, i, lo, hi)); err != nil {
				return nil, fmt.Errorf("generate: %w", err)
			}
			continue
		}
		base := src[rng.IntN(len(src))]
		var body strings.Builder
		body.WriteString(base.Body)
		for k := 1 + rng.IntN(3); k > 0; k-- {
			body.WriteString("\n")
			body.WriteString(paras[rng.IntN(len(paras))])
		}
		a := article{
			ID:     fmt.Sprintf("g%07d", i),
			Source: base.Source,
			URL:    withQuery(base.URL, fmt.Sprintf("g=%d", i)),
			Title:  base.Title,
			Date:   time.Unix(lo+rng.Int64N(hi-lo), 0).UTC().Format(time.RFC3339),
			Body:   body.String(),
		}
		if err := enc.Encode(a); err != nil {
			return nil, fmt.Errorf("generate: %w", err)
		}
	}
	if err := closeFile(); err != nil {
		return nil, fmt.Errorf("generate: %w", err)
	}
	return files, nil
}

// The word lists of the small recipe: each small article names one town,
// one actor and one kind of event, so that the facets are dense and a word
// of the page's mix matches about a fifth of the archive.
var (
	smallTowns   = []string{"البوكمال", "الميادين", "دير الزور", "الرقة", "حلب", "إدلب", "دوما", "درعا", "حمص", "منبج"}
	smallActors  = []string{"تنظيم داعش", "قوات النظام", "قوات سوريا الديمقراطية", "الطيران الروسي", "التحالف الدولي"}
	smallEvents  = []string{"قصف", "هجوم", "غارة جوية", "اشتباكات", "انفجار عبوة ناسفة"}
	smallSources = []string{"enabbaddi", "france24", "aljazirah", "alarabiya", "bbc"}
)

// smallArticle is article i of the small recipe: a title and one sentence
// with a toll in most, dated to the second between lo and hi.
func smallArticle(rng *rand.Rand, i int, lo, hi int64) article {
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	town, actor, event := pick(smallTowns), pick(smallActors), pick(smallEvents)
	toll := ""
	if k := rng.IntN(41); k > 0 {
		toll = fmt.Sprintf(" وقتل %d أشخاص", k)
	}
	return article{
		ID:     fmt.Sprintf("s%07d", i),
		Source: pick(smallSources),
		URL:    fmt.Sprintf("http://example.org/s/%d", i),
		Title:  fmt.Sprintf("%s في %s رقم %d", event, town, i),
		Date:   time.Unix(lo+rng.Int64N(hi-lo), 0).UTC().Format(time.RFC3339),
		Body:   fmt.Sprintf("%s نفذه %s على %s%s، بحسب التقرير رقم %d.", event, actor, town, toll, i),
	}
}

func withQuery(u, q string) string {
	if u == "" {
		return ""
	}
	if strings.Contains(u, "?") {
		return u + "&" + q
	}
	return u + "?" + q
}

// paragraphs splits a body at line breaks, or at sentence ends when it has
// none, keeping pieces long enough to read as a paragraph.
func paragraphs(body string) []string {
	var out []string
	parts := strings.Split(body, "\n")
	if len(parts) == 1 {
		parts = strings.SplitAfter(body, ". ")
	}
	var cur strings.Builder
	for _, p := range parts {
		cur.WriteString(strings.TrimSpace(p))
		if cur.Len() >= 200 {
			out = append(out, cur.String())
			cur.Reset()
		} else {
			cur.WriteString(" ")
		}
	}
	if s := strings.TrimSpace(cur.String()); len(s) >= 80 {
		out = append(out, s)
	}
	return out
}

// loadCorpora reads every article with a title and a body from the given
// gzip JSON-lines files, at most limit of each when limit is above 0.
func loadCorpora(paths []string, limit int) ([]article, error) {
	var out []article
	for _, p := range paths {
		n := 0
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("source corpus: %w", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("source corpus %s: %w", p, err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for (limit <= 0 || n < limit) && sc.Scan() {
			var a article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				continue // the shared corpora are clean; a bad line would only shrink the pool
			}
			if a.Title != "" && len(a.Body) > 200 {
				out = append(out, a)
				n++
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("source corpus %s: %w", p, err)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no articles in %v", paths)
	}
	return out, nil
}
