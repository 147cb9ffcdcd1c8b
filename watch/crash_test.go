package watch

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
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
	cmd   *exec.Cmd
	lines chan string
}

func startChild(t *testing.T, data, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWatcher$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"=1", helperData+"="+data, helperDir+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, lines: make(chan string, 1024)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case c.lines <- sc.Text():
			default: // the parent only needs recent lines
			}
		}
		close(c.lines)
	}()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return c
}

// waitCount reads the child's reports until pred holds for the count.
func (c *child) waitCount(t *testing.T, what string, pred func(n int) bool) int {
	t.Helper()
	deadline := time.After(60 * time.Second)
	last := ""
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				t.Fatalf("child exited while waiting for %s (last: %q)", what, last)
			}
			last = l
			if strings.HasPrefix(l, "error") {
				t.Fatalf("child: %s", l)
			}
			f := strings.Fields(l)
			if len(f) >= 4 && f[0] == "count" && f[3] == "true" {
				if n, _ := strconv.Atoi(f[1]); pred(n) {
					return n
				}
			}
		case <-deadline:
			t.Fatalf("waiting for %s; last report %q", what, last)
		}
	}
}

// TestCrashMidBurst kills the watcher with SIGKILL while a burst of files
// lands, restarts it, and checks that every file ends up indexed exactly
// once.
func TestCrashMidBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	const files = 400
	base := t.TempDir()
	data, dir := filepath.Join(base, "data"), filepath.Join(base, "in")
	os.MkdirAll(dir, 0o755)

	c := startChild(t, data, dir)
	c.waitCount(t, "the watcher to start", func(int) bool { return true })

	written := make(chan struct{})
	go func() {
		defer close(written)
		for i := range files {
			sub := fmt.Sprintf("d%d", i%4)
			name := filepath.Join(dir, sub, fmt.Sprintf("burst-%04d.txt", i))
			os.MkdirAll(filepath.Dir(name), 0o755)
			body := fmt.Sprintf("الخبر رقم %d عن قصف على مدينة البوكمال في اليوم %d من الشهر.", i, i)
			os.WriteFile(name, article(fmt.Sprintf("خبر %d", i), body), 0o644)
			if i%20 == 0 {
				time.Sleep(5 * time.Millisecond)
			}
		}
	}()
	n := c.waitCount(t, "some of the burst to be committed", func(n int) bool { return n > 0 })
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.cmd.Wait()
	<-written
	t.Logf("killed with %d documents committed", n)

	c = startChild(t, data, dir)
	c.waitCount(t, "every file after the restart", func(n int) bool { return n >= files })
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for range c.lines {
	}
	if err := c.cmd.Wait(); err != nil {
		t.Fatalf("clean shutdown: %v", err)
	}

	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := count(t, ix); got != files {
		t.Errorf("count %d, want %d", got, files)
	}
	paths, err := ix.PathIDs()
	if err != nil {
		t.Fatal(err)
	}
	for i := range files {
		p := fmt.Sprintf("d%d/burst-%04d.txt", i%4, i)
		id := fmt.Sprintf("burst-%04d", i)
		if ids := paths[p]; len(ids) != 1 || ids[0] != id {
			t.Errorf("%s: ids %v, want [%s]", p, ids, id)
		}
	}
}
