package watch

// The helpers the watcher's tests share: a real index, a watcher run for
// the length of a test, waits on its state, and watcher child processes
// (this test binary re-run) that the crash and fault tests kill.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// The crash test re-runs this test binary as a watcher process that it can
// kill -9; these variables tell the child what to do.
const (
	helperEnv  = "RASID_WATCH_HELPER"
	helperData = "RASID_WATCH_HELPER_DATA"
	helperDir  = "RASID_WATCH_HELPER_DIR"
	// Optional: Options.MinFreeBytes, and one duration for the rescan and
	// the first retries.
	helperMinFree = "RASID_WATCH_HELPER_MIN_FREE"
	helperRescan  = "RASID_WATCH_HELPER_RESCAN"
)

// TestHelperWatcher is the child process: it watches a folder and prints
// the document count until it is killed or sent SIGTERM.
func TestHelperWatcher(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		t.Skip("helper process for TestCrashMidBurst")
	}
	ix, err := index.Open(os.Getenv(helperData))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	opts := Options{BatchSize: 50, Logger: testLogger(t)}
	// The fault suite tunes the child through the environment.
	if v, err := strconv.ParseInt(os.Getenv(helperMinFree), 10, 64); err == nil {
		opts.MinFreeBytes = v
	}
	if v, err := time.ParseDuration(os.Getenv(helperRescan)); err == nil {
		opts.Rescan, opts.RetryFirst, opts.CommitRetry = v, v, v
	}
	w, err := New(ix, os.Getenv(helperDir), opts)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	tick := time.NewTicker(20 * time.Millisecond)
	for {
		select {
		case err := <-done:
			ix.Close()
			if err != nil {
				fmt.Println("error", err)
				os.Exit(3)
			}
			fmt.Println("stopped")
			os.Exit(0)
		case <-tick.C:
			n, _ := ix.Count()
			st := w.Status()
			fmt.Printf("count %d watching %v retrying %d quarantined %d pending %d degraded %q\n",
				n, st.Watching, st.Retrying, st.Quarantined, st.Pending, st.Degraded)
		}
	}
}

type child struct {
	cmd    *exec.Cmd
	lines  chan string
	stderr string // the file the child's stderr goes to, read when it dies unasked
}

// childOptions start a watcher child process for the fault suite.
type childOptions struct {
	env    []string
	nobody bool   // run as the unprivileged user nobody
	binary string // a copy of the test binary nobody can run
}

// report is one status line of a child watcher.
type report struct {
	count, retrying, quarantined, pending int
	watching                              bool
	degraded                              string
}

var reportRE = regexp.MustCompile(`^count (\d+) watching (\w+) retrying (\d+) quarantined (\d+) pending (\d+) degraded (".*")$`)

func parseReport(l string) (report, bool) {
	m := reportRE.FindStringSubmatch(l)
	if m == nil {
		return report{}, false
	}
	var r report
	r.count, _ = strconv.Atoi(m[1])
	r.watching = m[2] == "true"
	r.retrying, _ = strconv.Atoi(m[3])
	r.quarantined, _ = strconv.Atoi(m[4])
	r.pending, _ = strconv.Atoi(m[5])
	r.degraded, _ = strconv.Unquote(m[6])
	return r, true
}

// startChild runs a watcher child process on data and dir.
func startChild(t *testing.T, data, dir string, o childOptions) *child {
	t.Helper()
	bin := os.Args[0]
	if o.binary != "" {
		bin = o.binary
	}
	cmd := exec.Command(bin, "-test.run=^TestHelperWatcher$", "-test.count=1")
	cmd.Env = append(append(os.Environ(), helperEnv+"=1", helperData+"="+data, helperDir+"="+dir), o.env...)
	if o.nobody {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		cmd.Dir = filepath.Dir(bin)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	// The child's stderr (its log, or a panic's trace) goes to a file, so
	// that a child which dies unasked says why.
	errFile, err := os.CreateTemp(t.TempDir(), "child-stderr-")
	if err != nil {
		t.Fatal(err)
	}
	defer errFile.Close()
	cmd.Stderr = errFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, lines: make(chan string, 1024), stderr: errFile.Name()}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case c.lines <- sc.Text():
			default:
			}
		}
		close(c.lines)
	}()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return c
}

// waitReport reads the child's reports until cond holds.
func (c *child) waitReport(t *testing.T, what string, cond func(report) bool) report {
	t.Helper()
	// Generous: it only bounds a broken test, and a restart re-reads
	// hundreds of files under -race on a loaded machine.
	deadline := time.After(3 * time.Minute)
	last := ""
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				t.Fatalf("child exited while waiting for %s (last: %q); its stderr ends:\n%s", what, last, c.stderrTail())
			}
			if strings.HasPrefix(l, "error") {
				t.Fatalf("child: %s", l)
			}
			if r, ok := parseReport(l); ok {
				last = l
				if r.watching && cond(r) {
					return r
				}
			}
		case <-deadline:
			t.Fatalf("waiting for %s; last report %q", what, last)
		}
	}
}

// stderrTail is the last few kilobytes the child wrote to stderr.
func (c *child) stderrTail() string {
	b, err := os.ReadFile(c.stderr)
	if err != nil {
		return err.Error()
	}
	return string(b[max(0, len(b)-4096):])
}

// kill9 kills the child without warning.
func (c *child) kill9(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.cmd.Wait()
}

// stop sends SIGTERM and checks the child shuts down cleanly.
func (c *child) stop(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for range c.lines {
	}
	if err := c.cmd.Wait(); err != nil {
		t.Fatalf("clean shutdown: %v", err)
	}
}

func openIndex(t testing.TB) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// startWatcher runs a watcher until the test ends and waits until it
// watches.
func startWatcher(t testing.TB, ix Store, dir string, opts Options) *Watcher {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = testLogger(t)
	}
	w, err := New(ix, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	r := startWatcherRun(t, w)
	waitFor(t, "watcher to start", func() (bool, string) {
		select {
		case <-r.done:
			t.Fatalf("Run returned early: %v", r.err)
		default:
		}
		return w.Status().Watching, "not watching"
	})
	return w
}

// waitFor polls cond until it holds; the deadline only bounds a broken
// test, it is not what the test measures.
func waitFor(t testing.TB, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ok, why := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: %s", what, why)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func waitDoc(t testing.TB, ix *index.Index, id string, ok func(*index.Document) bool) *index.Document {
	t.Helper()
	var got *index.Document
	waitFor(t, "document "+id, func() (bool, string) {
		d, err := ix.Get(id)
		if err != nil {
			return false, err.Error()
		}
		got = d
		if ok != nil && !ok(d) {
			return false, fmt.Sprintf("document %s not as expected: title %q body %.80q", id, d.Title, d.Body)
		}
		return true, ""
	})
	return got
}

func waitGone(t testing.TB, ix *index.Index, id string) {
	t.Helper()
	waitFor(t, "document "+id+" to go", func() (bool, string) {
		_, err := ix.Get(id)
		return errors.Is(err, index.ErrNotFound), fmt.Sprintf("still there (%v)", err)
	})
}

func count(t testing.TB, ix *index.Index) uint64 {
	t.Helper()
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func copySeeds(t testing.TB, dst string) []string {
	t.Helper()
	seeds, _ := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	if len(seeds) == 0 {
		t.Fatal("no seeds in ../examples")
	}
	var ids []string
	for _, s := range seeds {
		raw, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dst, filepath.Base(s), raw)
		ids = append(ids, strings.TrimSuffix(filepath.Base(s), ".txt"))
	}
	return ids
}

func article(title, body string) []byte { return []byte(title + "\n\n" + body + "\n") }

func dropArticles(t testing.TB, dir, prefix string, n int) {
	t.Helper()
	for i := range n {
		body := fmt.Sprintf("خبر %s رقم %d عن قصف على مدينة البوكمال في دير الزور، اليوم %d.", prefix, i, i)
		writeFile(t, dir, fmt.Sprintf("%s-%03d.txt", prefix, i), article(fmt.Sprintf("عنوان %s %d", prefix, i), body))
	}
}

func waitCount(t testing.TB, ix *index.Index, want uint64) {
	t.Helper()
	waitFor(t, fmt.Sprintf("%d documents", want), func() (bool, string) {
		n := count(t, ix)
		return n == want, fmt.Sprintf("%d documents", n)
	})
}

// watcherRun is a watcher's Run in its own goroutine: done is closed when
// Run returns, with its error in err.
type watcherRun struct {
	done chan struct{}
	err  error
}

// startWatcherRun runs w until the test ends (or Run returns), and
// reports Run's error then.
func startWatcherRun(t testing.TB, w *Watcher) *watcherRun {
	t.Helper()
	r := &watcherRun{done: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		r.err = w.Run(ctx)
		close(r.done)
	}()
	t.Cleanup(func() {
		cancel()
		<-r.done
		if r.err != nil {
			t.Errorf("Run: %v", r.err)
		}
	})
	return r
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
