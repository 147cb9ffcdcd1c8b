package watch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

var (
	soakDuration = flag.Duration("soak.duration", 3*time.Minute, "how long TestSoak runs (with -fault.long)")
	soakOut      = flag.String("soak.out", "", "append TestSoak's table to this file")
)

// soakArticles are real articles from the shared corpus when it is there,
// generated ones otherwise.
func soakArticles(t *testing.T) [][2]string {
	t.Helper()
	var out [][2]string
	if f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "ant-syria.jsonl.gz")); err == nil {
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var a struct{ Title, Body string }
			if json.Unmarshal(sc.Bytes(), &a) == nil && a.Title != "" && a.Body != "" {
				out = append(out, [2]string{a.Title, a.Body})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for i := range 2000 {
		out = append(out, [2]string{fmt.Sprintf("عنوان %d", i),
			fmt.Sprintf("قصف على مدينة البوكمال في دير الزور أوقع %d قتلى، وقال المرصد إن الغارة %d أصابت حيا سكنيا.", i%40, i)})
	}
	return out
}

// rssBytes is this process's resident set size.
func rssBytes() int64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return -1
}

func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	return d[min(len(d)-1, int(float64(len(d))*p))]
}

// TestSoak drops, edits and deletes files in a watched folder while two
// clients search with the page's request, for -soak.duration, and records
// RSS and search latency per interval. At the end the index must hold
// exactly the files on disk. Run: go test ./watch -run TestSoak -fault.long
// -soak.duration 15m -v
func TestSoak(t *testing.T) {
	if !*faultLong {
		t.Skip("the soak runs with -fault.long")
	}
	articles := soakArticles(t)
	ix := openIndex(t)
	dir := t.TempDir()
	w := startWatcher(t, ix, dir, Options{Logger: discardLogger(), Rescan: 10 * time.Second})

	ctx, cancel := context.WithTimeout(context.Background(), *soakDuration)
	defer cancel()
	var (
		mu      sync.Mutex
		lat     []time.Duration
		queries int
		errs    int
	)
	live := map[string]bool{}
	var wg sync.WaitGroup
	// The writer: about 20 changes a second, a live set of at most 3,000
	// files (drops, then edits and deletions of old ones).
	wg.Add(1)
	go func() {
		defer wg.Done()
		sw := newSoakWriter(len(articles))
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			op := sw.step()
			p := filepath.Join(dir, filepath.FromSlash(op.name))
			switch op.kind {
			case soakNew:
				a := articles[op.article]
				os.MkdirAll(filepath.Dir(p), 0o755)
				os.WriteFile(p, article(a[0], a[1]), 0o644)
				live[op.name] = true
				if op.evict != "" {
					os.Remove(filepath.Join(dir, filepath.FromSlash(op.evict)))
					delete(live, op.evict)
				}
			case soakEdit:
				a := articles[op.article]
				os.WriteFile(p, article(a[0], a[1]+" تحديث "+op.tail), 0o644)
			case soakDelete:
				os.Remove(p)
				delete(live, op.name)
			}
		}
	}()
	qs := []string{"", "البوكمال", "دير الزور", "قصف جوي", "داعش", "قوات سوريا الديمقراطية", "الرقة", "مقتل مدنيين"}
	for c := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; ctx.Err() == nil; i++ {
				start := time.Now()
				_, err := ix.Search(context.Background(), index.Request{Query: qs[i%len(qs)], Size: 10, FacetSize: 12, Histogram: true})
				d := time.Since(start)
				mu.Lock()
				lat = append(lat, d)
				queries++
				if err != nil {
					errs++
				}
				mu.Unlock()
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}

	interval := max(*soakDuration/12, 10*time.Second)
	var table bytes.Buffer
	fmt.Fprintf(&table, "| minute | documents | pending | RSS MB | queries | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n")
	start := time.Now()
	tick := time.NewTicker(interval)
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-tick.C:
		}
		mu.Lock()
		l := lat
		lat = nil
		mu.Unlock()
		n, _ := ix.Count()
		st := w.Status()
		fmt.Fprintf(&table, "| %.1f | %d | %d | %.0f | %d | %.1f | %.1f |\n", time.Since(start).Minutes(), n, st.Pending,
			float64(rssBytes())/(1<<20), len(l), float64(percentile(l, 0.5).Microseconds())/1000, float64(percentile(l, 0.99).Microseconds())/1000)
	}
	tick.Stop()
	wg.Wait()
	t.Logf("soak of %s, %d queries (%d errors):\n%s", *soakDuration, queries, errs, table.String())
	if *soakOut != "" {
		f, err := os.OpenFile(*soakOut, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err == nil {
			fmt.Fprintf(f, "soak of %s, %d queries (%d errors):\n%s\n", *soakDuration, queries, errs, table.String())
			f.Close()
		}
	}
	if errs > 0 {
		t.Errorf("%d searches failed", errs)
	}
	// Nothing lost: once the watcher settles every file on disk is
	// indexed under its path once, or recorded as a copy of another
	// article (the corpus repeats some), and no deleted file is left.
	// An hour of changes on a loaded machine may leave more than
	// waitFor's 20 s of work: the settling gets minutes of its own.
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		st := w.Status()
		if st.Pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the watcher did not settle: %+v", st)
		}
	}
	// Pending reads 0 before the writer's last events are delivered, so
	// the folder and the index are compared until they agree (or for 2
	// minutes; the rescan runs every 10 s): a file the watcher missed for
	// good still fails, one it had not yet seen does not.
	var problems []string
	dups := 0
	settled := time.Now()
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(500 * time.Millisecond) {
		problems, dups = soakCheck(t, ix, w.dir, live)
		if len(problems) == 0 || time.Now().After(deadline) {
			break
		}
	}
	for _, p := range problems {
		t.Error(p)
	}
	t.Logf("%d files on disk: %d indexed, %d copies of other articles; agreed %v after pending read 0",
		len(live), len(live)-dups, dups, time.Since(settled).Round(time.Millisecond))
}

// soakCheck compares the files on disk with the index: every live file
// is indexed under its path once or recorded as a copy, and no deleted
// file is left.
func soakCheck(t *testing.T, ix *index.Index, dir string, live map[string]bool) (problems []string, dups int) {
	t.Helper()
	paths, err := ix.PathIDs()
	if err != nil {
		t.Fatal(err)
	}
	for name := range live {
		if len(paths[name]) == 1 {
			continue
		}
		e, err := loadManifest(ix, dir, name)
		if err != nil || e == nil || e.State != stateDuplicate {
			problems = append(problems, fmt.Sprintf("%s: ids %v, manifest %+v (%v)", name, paths[name], e, err))
			continue
		}
		if why := copyHeld(ix, dir, name, e, live); why != "" {
			problems = append(problems, fmt.Sprintf("%s: recorded as a copy, but %s", name, why))
			continue
		}
		dups++
	}
	for p := range paths {
		if !live[p] {
			problems = append(problems, p+": deleted but still indexed")
		}
	}
	return problems, dups
}

// copyHeld says why the article of name, a file recorded as a copy (e),
// is not indexed, or "" when it is: a copy counts only while a document
// it is a copy of is indexed from a live file and holds its text. (A copy
// of an original later rewritten was once counted as fine.)
func copyHeld(ix *index.Index, dir, name string, e *manifestEntry, live map[string]bool) string {
	docs, err := ReadFile(filepath.Join(dir, filepath.FromSlash(name)), ReadOptions{})
	if err != nil || len(docs) != 1 {
		return fmt.Sprintf("it cannot be read (%d documents, %v)", len(docs), err)
	}
	// The corpus's copies differ at most in spacing (one holds a
	// no-break space); the index folds more than that.
	spaced := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	why := "it names no original"
	for _, of := range e.DupOf {
		d, err := ix.Get(of)
		switch {
		case err != nil:
			why = fmt.Sprintf("its original %s is not indexed (%v)", of, err)
		case !live[d.Path]:
			why = fmt.Sprintf("its original %s is indexed from %s, which was deleted", of, d.Path)
		case spaced(d.Title) != spaced(docs[0].Title) || spaced(d.Body) != spaced(docs[0].Body):
			why = fmt.Sprintf("its original %s (%s) now holds other text: %.60q", of, d.Path, d.Title)
		default:
			return ""
		}
	}
	return why
}

// soakOp is one change of the soak's writer.
type soakOp struct {
	kind    int
	name    string
	article int    // the corpus article written (an edit adds tail to its body)
	tail    string // an edit's unique addition
	evict   string // with a new file: the oldest file, deleted beyond 3,000
}

const (
	soakNew = iota
	soakEdit
	soakDelete
)

// soakWriter decides the soak's changes from a fixed seed, so a run's
// sequence can be replayed without files (TestSoakTrace): 60% new files
// (corpus articles in turn), 30% edits, 10% deletions, at most 3,000 files.
type soakWriter struct {
	rng      *rand.Rand
	articles int
	next     int
	names    []string
}

func newSoakWriter(articles int) *soakWriter {
	return &soakWriter{rng: rand.New(rand.NewPCG(1, 2)), articles: articles}
}

func (w *soakWriter) step() soakOp {
	switch op := w.rng.IntN(10); {
	case op < 6 || len(w.names) < 100:
		o := soakOp{kind: soakNew, name: fmt.Sprintf("d%02d/a-%06d.txt", w.next%20, w.next), article: w.next % w.articles}
		w.next++
		w.names = append(w.names, o.name)
		if len(w.names) > 3000 {
			o.evict = w.names[0]
			w.names = w.names[1:]
		}
		return o
	case op < 9:
		o := soakOp{kind: soakEdit, name: w.names[w.rng.IntN(len(w.names))]}
		o.article = w.rng.IntN(w.articles)
		o.tail = strconv.Itoa(w.rng.Int())
		return o
	default:
		i := w.rng.IntN(len(w.names))
		o := soakOp{kind: soakDelete, name: w.names[i]}
		w.names = slices.Delete(w.names, i, i+1)
		return o
	}
}

var soakTrace = flag.String("soak.trace", "", "TestSoakTrace: the file (as a-033196) whose history in the soak's writer to print")

// TestSoakTrace replays the soak's writer without files and prints every
// change to the traced file and to the files holding its article (the
// corpus has copies of some articles), up to 2,000 ticks after the file
// was written. Each tick is 50 ms when the machine keeps up. Run: go test ./watch -run TestSoakTrace -soak.trace
// a-033196 -v
func TestSoakTrace(t *testing.T) {
	if *soakTrace == "" {
		t.Skip("no -soak.trace")
	}
	articles := soakArticles(t)
	spaced := func(a [2]string) string { return strings.Join(strings.Fields(a[0]+"\n"+a[1]), " ") }
	var num int
	if _, err := fmt.Sscanf(*soakTrace, "a-%d", &num); err != nil {
		t.Fatalf("-soak.trace %q: want a name as a-033196", *soakTrace)
	}
	text := spaced(articles[num%len(articles)]) // new files hold the articles in turn
	sw := newSoakWriter(len(articles))
	holds := map[string]int{} // live file that held the article → the article, or -1 once edited
	end := -1
	for tick := 0; end < 0 || tick < end; tick++ {
		op := sw.step()
		if op.kind == soakNew && strings.Contains(op.name, *soakTrace) {
			end = tick + 2000
		}
		// A file is followed once it held the article: what happens to
		// it after an edit still matters to its copies.
		twin := func(name string) bool {
			a, ok := holds[name]
			return strings.Contains(name, *soakTrace) || ok && (a < 0 || spaced(articles[a]) == text)
		}
		switch op.kind {
		case soakNew:
			if spaced(articles[op.article]) == text {
				holds[op.name] = op.article
			}
			if op.evict != "" {
				if twin(op.evict) {
					t.Logf("tick %d: %s deleted (the oldest, as %s is written)", tick, op.evict, op.name)
				}
				delete(holds, op.evict)
			}
		case soakEdit:
			if twin(op.name) {
				t.Logf("tick %d: %s rewritten with other text (article %d and a unique tail)", tick, op.name, op.article)
			}
			if twin(op.name) {
				holds[op.name] = -1
			} else {
				delete(holds, op.name)
			}
		case soakDelete:
			if twin(op.name) {
				t.Logf("tick %d: %s deleted", tick, op.name)
			}
			delete(holds, op.name)
		}
		if op.kind == soakNew && twin(op.name) {
			t.Logf("tick %d: %s written (article %d)", tick, op.name, op.article)
		}
	}
}
