package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

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

	c := startChild(t, data, dir, childOptions{})
	c.waitReport(t, "the watcher to start", func(report) bool { return true })

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
	n := c.waitReport(t, "some of the burst to be committed", func(r report) bool { return r.count > 0 }).count
	c.kill9(t)
	<-written
	t.Logf("killed with %d documents committed", n)

	c = startChild(t, data, dir, childOptions{})
	c.waitReport(t, "every file after the restart", func(r report) bool { return r.count >= files })
	c.stop(t)

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
