package watch

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// The fault suite runs a short form by default; -fault.long runs every
// case longer and with more cycles, and the soak.
var faultLong = flag.Bool("fault.long", false, "run the fault suite's long form and the soak")

// cycles is n in the long form, 1 in the short one.
func cycles(n int) int {
	if *faultLong {
		return n
	}
	return 1
}

// mountTmpfs mounts a tmpfs of size bytes, or skips where that is not
// permitted.
func mountTmpfs(t *testing.T, size int64) string {
	t.Helper()
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d", size), "tmpfs", dir).CombinedOutput()
	if err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s)", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
	return dir
}

// ballast fills the filesystem of dir until about leave bytes are free.
func ballast(t *testing.T, dir string, leave uint64) string {
	t.Helper()
	free, _, err := Statfs(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "ballast")
	if free > leave {
		f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 1<<20)
		for n := free - leave; n > 0; {
			k := min(n, uint64(len(buf)))
			if _, err := f.Write(buf[:k]); err != nil {
				break // full already
			}
			n -= k
		}
		f.Close()
	}
	return p
}

// bigArticles writes n articles of about size bytes each.
func bigArticles(t *testing.T, dir, prefix string, n, size int) {
	t.Helper()
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "خبر %s رقم %d عن قصف على مدينة البوكمال.", prefix, i)
		for j := 0; b.Len() < size; j++ {
			fmt.Fprintf(&b, " وقال المرصد إن الغارة %d في اليوم %d أصابت حي %d من المدينة.", j, i, j*i)
		}
		writeFile(t, dir, fmt.Sprintf("%s-%04d.txt", prefix, i), article(fmt.Sprintf("عنوان %s %d", prefix, i), b.String()))
	}
}

// TestFaultDiskFull puts the index on a 40 MB tmpfs. First the pause
// mark: below it nothing is written, searches work, and freeing space
// resumes ingestion. Then with the guard off, commits hit "no space left
// on device" for real: they are retried (bleve may panic; the index is
// reopened) and every file is indexed exactly once when space returns,
// including after a kill -9 while the disk is full.
func TestFaultDiskFull(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	fsDir := mountTmpfs(t, 40<<20)
	data, dir := filepath.Join(fsDir, "data"), t.TempDir()

	// 1. The pause mark, in process, with the real free space.
	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w, err := New(ix, dir, Options{Logger: discardLogger(), MinFreeBytes: 8 << 20, Settle: 30 * time.Millisecond,
		Rescan: 200 * time.Millisecond, CommitRetry: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	bigArticles(t, dir, "a", 50, 2000)
	waitCount(t, ix, 50)
	ball := ballast(t, fsDir, 4<<20)
	waitFor(t, "the pause", func() (bool, string) {
		st := w.Status()
		return st.Disk.Paused && st.Degraded != "", fmt.Sprintf("%+v", st.Disk)
	})
	bigArticles(t, dir, "b", 100, 2000)
	time.Sleep(500 * time.Millisecond)
	if n := count(t, ix); n != 50 {
		t.Errorf("%d documents while paused, want 50", n)
	}
	if res, err := ix.Search(context.Background(), index.Request{Query: "البوكمال"}); err != nil || res.Total != 50 {
		t.Errorf("search while paused: %v %+v", err, res)
	}
	os.Remove(ball)
	waitCount(t, ix, 150)
	waitFor(t, "a clean status", func() (bool, string) {
		st := w.Status()
		return st.Degraded == "" && st.LastError == "" && st.Pending == 0, fmt.Sprintf("%+v", st)
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	ix.Close()

	// 2. Real ENOSPC, guard off, in a child that is killed -9 while the
	// disk is full, for each cycle.
	total := 150
	env := []string{helperMinFree + "=-1", helperRescan + "=200ms"}
	for cycle := range cycles(3) {
		c := startChild(t, data, dir, childOptions{env: env})
		c.waitReport(t, "the child to start", func(r report) bool { return r.count == total })
		ball := ballast(t, fsDir, 256<<10)
		prefix := fmt.Sprintf("c%d", cycle)
		bigArticles(t, dir, prefix, 300, 4000)
		r := c.waitReport(t, "commits to fail", func(r report) bool { return r.degraded != "" || r.count == total+300 })
		t.Logf("cycle %d with the disk full: %+v", cycle, r)
		if cycle%2 == 0 {
			c.kill9(t)
			os.Remove(ball)
			c = startChild(t, data, dir, childOptions{env: env})
		} else {
			os.Remove(ball)
		}
		total += 300
		c.waitReport(t, "every file once space is back", func(r report) bool { return r.count == total && r.pending == 0 && r.degraded == "" })
		c.stop(t)
	}
	ix, err = index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n := count(t, ix); n != uint64(total) {
		t.Errorf("after the disk-full cycles: %d documents, want %d", n, total)
	}
	paths, err := ix.PathIDs()
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != total {
		t.Errorf("%d files in the index, want %d", len(paths), total)
	}
}

// nobodyEnv prepares a folder tree and a copy of the test binary that the
// user nobody can use, or skips.
func nobodyEnv(t *testing.T) (base, bin string) {
	t.Helper()
	if os.Getuid() != 0 {
		t.Skip("switching to the user nobody needs root")
	}
	base = t.TempDir()
	for p := base; p != "/" && p != os.TempDir(); p = filepath.Dir(p) {
		os.Chmod(p, 0o755)
	}
	bin = filepath.Join(base, "watch.test")
	raw, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, raw, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-test.run=^$").CombinedOutput(); err != nil {
		t.Skipf("cannot run the test binary copy: %v %s", err, out)
	}
	return base, bin
}

func chownNobody(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if err := os.Chown(p, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFaultPermissions runs the watcher as nobody: a mode-000 file and
// folder are retried, not quarantined, and indexed once readable; a
// file made unreadable keeps its indexed text until it can be read
// again; a kill -9 mid-cycle loses nothing.
func TestFaultPermissions(t *testing.T) {
	base, bin := nobodyEnv(t)
	data, dir := filepath.Join(base, "data"), filepath.Join(base, "in")
	for _, d := range []string{data, dir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	chownNobody(t, data)
	opts := childOptions{nobody: true, binary: bin, env: []string{helperRescan + "=100ms"}}

	a := writeFile(t, dir, "locked.txt", article("عنوان", "خبر عن الرقة في أول يوم"))
	writeFile(t, dir, "open.txt", article("عنوان آخر", "خبر عن حلب"))
	sub := filepath.Join(dir, "closed")
	writeFile(t, sub, "inner.txt", article("عنوان ثالث", "خبر عن إدلب"))
	os.Chmod(a, 0)
	os.Chmod(sub, 0)

	c := startChild(t, data, dir, opts)
	r := c.waitReport(t, "the readable file", func(r report) bool { return r.count == 1 && r.retrying >= 1 })
	if r.quarantined != 0 {
		t.Errorf("an unreadable file was quarantined: %+v", r)
	}
	os.Chmod(a, 0o644)
	c.waitReport(t, "the file made readable", func(r report) bool { return r.count == 2 && r.retrying == 0 })
	os.Chmod(sub, 0o755)
	c.waitReport(t, "the folder made readable", func(r report) bool { return r.count == 3 })

	for i := range cycles(10) {
		// Unreadable: the indexed text stays, the new one waits.
		os.Chmod(a, 0)
		os.WriteFile(a, article("عنوان", fmt.Sprintf("خبر معدل رقم %d عن منبج", i)), 0)
		c.waitReport(t, "the retry", func(r report) bool { return r.retrying == 1 && r.count == 3 })
		if i%2 == 0 {
			c.kill9(t)
			c = startChild(t, data, dir, opts)
			c.waitReport(t, "the restart", func(r report) bool { return r.count == 3 && r.retrying == 1 })
		}
		os.Chmod(a, 0o644)
		c.waitReport(t, "the readable file again", func(r report) bool { return r.retrying == 0 && r.pending == 0 })
	}
	c.stop(t)
	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	d, err := ix.Get("locked")
	if err != nil || !strings.Contains(d.Body, fmt.Sprintf("رقم %d عن منبج", cycles(10)-1)) {
		t.Errorf("locked.txt after the cycles: %v %+v", err, d)
	}
	if n := count(t, ix); n != 3 {
		t.Errorf("%d documents, want 3", n)
	}
	if _, err := os.Stat(filepath.Join(dir, QuarantineDir)); err == nil {
		entries, _ := os.ReadDir(filepath.Join(dir, QuarantineDir))
		if len(entries) > 0 {
			t.Errorf("quarantine records for access errors: %d", len(entries))
		}
	}
}

// TestFaultKillWithReplacements: while the watcher is down after a kill
// -9, a file is replaced by another of the same size and mtime and a
// link's target outside the folder is edited; the restart picks up both.
func TestFaultKillWithReplacements(t *testing.T) {
	base := t.TempDir()
	data, dir, outside := filepath.Join(base, "data"), filepath.Join(base, "in"), filepath.Join(base, "out")
	os.MkdirAll(dir, 0o755)
	mtime := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	same := writeFile(t, dir, "same.txt", article("عنوان", "قصف على البوكمال صباح اليوم"))
	os.Chtimes(same, mtime, mtime)
	target := writeFile(t, outside, "target.txt", article("عنوان", "خبر عن الرقة"))
	if err := os.Symlink(target, filepath.Join(dir, "linked.txt")); err != nil {
		t.Fatal(err)
	}
	words := []string{"الميادين", "البوكمال"} // the same byte length
	for i := range cycles(6) {
		c := startChild(t, data, dir, childOptions{})
		c.waitReport(t, "the start", func(r report) bool { return r.count == 2 && r.pending == 0 })
		c.kill9(t)
		w := words[i%2]
		body := []byte(strings.Replace(string(article("عنوان", "قصف على البوكمال صباح اليوم")), "البوكمال", w, 1))
		tmp := writeFile(t, dir, ".same.tmp", body)
		os.Chtimes(tmp, mtime, mtime)
		os.Rename(tmp, same)
		os.WriteFile(target, article("عنوان", fmt.Sprintf("خبر رقم %d عن منبج", i)), 0o644)

		c = startChild(t, data, dir, childOptions{})
		c.waitReport(t, "the restart", func(r report) bool { return r.count == 2 && r.pending == 0 })
		c.stop(t)
		ix, err := index.Open(data)
		if err != nil {
			t.Fatal(err)
		}
		d1, err1 := ix.Get("same")
		d2, err2 := ix.Get("linked")
		ix.Close()
		if err1 != nil || !strings.Contains(d1.Body, w) {
			t.Errorf("cycle %d: same.txt not re-read after a same-size replacement: %v %+v", i, err1, d1)
		}
		if err2 != nil || !strings.Contains(d2.Body, fmt.Sprintf("رقم %d عن منبج", i)) {
			t.Errorf("cycle %d: the link's edited target not re-read: %v %+v", i, err2, d2)
		}
	}
}
