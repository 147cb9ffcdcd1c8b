package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/rasid-project/rasid/index"
)

// TestWatchFolder drives one watcher through what users do to a folder.
func TestWatchFolder(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	w := startWatcher(t, ix, dir, Options{})

	t.Run("seeds", func(t *testing.T) {
		for _, id := range copySeeds(t, dir) {
			waitDoc(t, ix, id, nil)
		}
		res, err := ix.Search(context.Background(), index.Request{Query: "البوكمال"})
		if err != nil || res.Total < 2 {
			t.Fatalf("seeds not searchable: %v %+v", err, res)
		}
	})

	t.Run("slow chunked copy", func(t *testing.T) {
		before := w.Status().Indexed
		body := strings.Repeat("تواصلت الاشتباكات العنيفة في محيط مدينة دير الزور لليوم الثالث على التوالي. ", 200)
		full := article("اشتباكات في دير الزور", body)
		f, err := os.Create(filepath.Join(dir, "slow.txt"))
		if err != nil {
			t.Fatal(err)
		}
		const chunks = 12
		step := len(full)/chunks + 1
		for i := 0; i < len(full); i += step {
			if _, err := f.Write(full[i:min(i+step, len(full))]); err != nil {
				t.Fatal(err)
			}
			time.Sleep(40 * time.Millisecond) // a slow copy; well under the settle time
		}
		f.Close()
		d := waitDoc(t, ix, "slow", nil)
		if d.Body != strings.TrimSpace(body) {
			t.Errorf("indexed a partial file: %d of %d bytes", len(d.Body), len(strings.TrimSpace(body)))
		}
		if n := w.Status().Indexed - before; n != 1 {
			t.Errorf("the file was indexed %d times, want once", n)
		}
	})

	t.Run("legacy encodings", func(t *testing.T) {
		writeFile(t, dir, "cp1256.txt", encode(t, charmap.Windows1256, arText))
		writeFile(t, dir, "iso.txt", encode(t, charmap.ISO8859_6, strings.Replace(arText, "مدفعي", "جوي", 1)))
		writeFile(t, dir, "utf16.txt", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), strings.Replace(arText, "مدفعي", "صاروخي", 1)))
		waitDoc(t, ix, "cp1256", func(d *index.Document) bool { return d.Title == arTitle && d.Body == arBody })
		waitDoc(t, ix, "iso", func(d *index.Document) bool { return d.Title == "قصف جوي على مدينة البوكمال" })
		waitDoc(t, ix, "utf16", func(d *index.Document) bool {
			return d.Title == "قصف صاروخي على مدينة البوكمال"
		})
	})

	t.Run("html page", func(t *testing.T) {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "watch", "article.html"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, "pages/article.html", raw) // a new sub-folder too
		d := waitDoc(t, ix, "article", nil)
		if !strings.Contains(d.Body, "معرة النعمان") || strings.Contains(d.Body, "قائمةالأقسام") {
			t.Errorf("html body: %q", d.Body)
		}
		if d.Path != "pages/article.html" {
			t.Errorf("path = %q, want the path relative to the folder", d.Path)
		}
	})

	t.Run("jsonl batch and edit", func(t *testing.T) {
		rec := func(id, title, body string) string {
			b, _ := json.Marshal(map[string]string{"id": id, "title": title, "body": body, "date": "Tue, 13 Feb 2018 10:22:00 +0400"})
			return string(b)
		}
		r1 := rec("j1", "غارة على الرقة", "قصفت طائرات التحالف مواقع في مدينة الرقة.")
		r2 := rec("j2", "اشتباكات في حلب", "اندلعت اشتباكات في الأحياء الشرقية لمدينة حلب.")
		r3 := rec("j3", "قصف على درعا", "تعرضت بلدات في ريف درعا لقصف مدفعي.")
		writeFile(t, dir, "batch.jsonl", []byte(r1+"\n"+r2+"\n"+r3+"\n"))
		for _, id := range []string{"j1", "j2", "j3"} {
			waitDoc(t, ix, id, nil)
		}
		r2b := rec("j2", "اشتباكات عنيفة في حلب", "تجددت الاشتباكات في الأحياء الشرقية لمدينة حلب.")
		writeFile(t, dir, "batch.jsonl", []byte(r1+"\n"+r2b+"\n"))
		waitDoc(t, ix, "j2", func(d *index.Document) bool { return d.Title == "اشتباكات عنيفة في حلب" })
		waitGone(t, ix, "j3")
		waitDoc(t, ix, "j1", nil)
	})

	t.Run("edit", func(t *testing.T) {
		writeFile(t, dir, "edit.txt", article("خبر أول", "النص الأول للخبر عن مدينة إدلب."))
		waitDoc(t, ix, "edit", nil)
		n := count(t, ix)
		writeFile(t, dir, "edit.txt", article("خبر معدل", "النص المعدل للخبر عن مدينة إدلب وريفها."))
		waitDoc(t, ix, "edit", func(d *index.Document) bool { return d.Title == "خبر معدل" })
		if got := count(t, ix); got != n {
			t.Errorf("count %d after an edit, want %d", got, n)
		}
	})

	t.Run("rename", func(t *testing.T) {
		writeFile(t, dir, "old-name.txt", article("خبر سيعاد تسميته", "نص عن قصف على مدينة حمص."))
		waitDoc(t, ix, "old-name", nil)
		n := count(t, ix)
		if err := os.Rename(filepath.Join(dir, "old-name.txt"), filepath.Join(dir, "new-name.txt")); err != nil {
			t.Fatal(err)
		}
		waitDoc(t, ix, "new-name", nil)
		waitGone(t, ix, "old-name")
		// Moving into a sub-folder keeps the name and the id.
		os.Mkdir(filepath.Join(dir, "archive"), 0o755)
		if err := os.Rename(filepath.Join(dir, "new-name.txt"), filepath.Join(dir, "archive", "new-name.txt")); err != nil {
			t.Fatal(err)
		}
		waitDoc(t, ix, "new-name", func(d *index.Document) bool { return d.Path == "archive/new-name.txt" })
		if got := count(t, ix); got != n {
			t.Errorf("count %d after renames, want %d", got, n)
		}
	})

	t.Run("delete", func(t *testing.T) {
		writeFile(t, dir, "doomed.txt", article("خبر سيحذف", "نص عن مدينة حماة."))
		waitDoc(t, ix, "doomed", nil)
		os.Remove(filepath.Join(dir, "doomed.txt"))
		waitGone(t, ix, "doomed")
	})

	t.Run("folder moved, moved out, moved in", func(t *testing.T) {
		writeFile(t, dir, "box/one.txt", article("الخبر الأول في المجلد", "نص عن مدينة الحسكة."))
		writeFile(t, dir, "box/inner/two.txt", article("الخبر الثاني في المجلد", "نص عن مدينة السويداء."))
		waitDoc(t, ix, "one", nil)
		waitDoc(t, ix, "two", nil)
		n := count(t, ix)
		if err := os.Rename(filepath.Join(dir, "box"), filepath.Join(dir, "box2")); err != nil {
			t.Fatal(err)
		}
		waitDoc(t, ix, "one", func(d *index.Document) bool { return d.Path == "box2/one.txt" })
		waitDoc(t, ix, "two", func(d *index.Document) bool { return d.Path == "box2/inner/two.txt" })
		if got := count(t, ix); got != n {
			t.Errorf("count %d after a folder rename, want %d", got, n)
		}
		outside := filepath.Join(t.TempDir(), "box3")
		if err := os.Rename(filepath.Join(dir, "box2"), outside); err != nil {
			t.Fatal(err)
		}
		waitGone(t, ix, "one")
		waitGone(t, ix, "two")
		if err := os.Rename(outside, filepath.Join(dir, "back")); err != nil {
			t.Fatal(err)
		}
		waitDoc(t, ix, "two", func(d *index.Document) bool { return d.Path == "back/inner/two.txt" })
		waitDoc(t, ix, "one", nil)
	})

	t.Run("duplicate survives its original", func(t *testing.T) {
		text := article("خبر منشور مرتين", "نص الخبر المنشور مرتين عن مدينة تدمر.")
		writeFile(t, dir, "orig.txt", text)
		waitDoc(t, ix, "orig", nil)
		dups := w.Ingester().Summary().Duplicates
		writeFile(t, dir, "copy.txt", text)
		waitFor(t, "the copy to be found a duplicate", func() (bool, string) {
			s := w.Ingester().Summary()
			return s.Duplicates == dups+1, fmt.Sprintf("%+v", s)
		})
		if _, err := ix.Get("copy"); !errors.Is(err, index.ErrNotFound) {
			t.Fatalf("a duplicate was indexed: %v", err)
		}
		os.Remove(filepath.Join(dir, "orig.txt"))
		waitGone(t, ix, "orig")
		waitDoc(t, ix, "copy", nil)
	})

	t.Run("ignored files", func(t *testing.T) {
		n := count(t, ix)
		writeFile(t, dir, ".edit.txt.swp", article("مؤقت", "ملف مؤقت للمحرر"))
		writeFile(t, dir, "edit.txt~", article("نسخة", "نسخة احتياطية"))
		writeFile(t, dir, "download.txt.part", article("تنزيل", "تنزيل غير مكتمل"))
		writeFile(t, dir, "after-ignored.txt", article("خبر بعد المؤقتات", "نص عن مدينة اللاذقية."))
		waitDoc(t, ix, "after-ignored", nil)
		if got := count(t, ix); got != n+1 {
			t.Errorf("count %d, want %d: a temporary file was indexed", got, n+1)
		}
	})

	t.Run("quarantine and fix", func(t *testing.T) {
		q := w.Status().Quarantined
		writeFile(t, dir, "bin.txt", []byte("\x00\x01\x02PK\x03\x04binary"))
		writeFile(t, dir, "bad.json", []byte(`{"title": "عنوان", "body": `))
		writeFile(t, dir, "empty.txt", nil)
		waitFor(t, "three files quarantined", func() (bool, string) {
			s := w.Status()
			return s.Quarantined == q+3, fmt.Sprintf("%+v", s)
		})
		for name, reason := range map[string]string{"bin.txt": "binary", "bad.json": "malformed", "empty.txt": "empty"} {
			raw, err := os.ReadFile(filepath.Join(dir, QuarantineDir, name+".json"))
			if err != nil {
				t.Fatalf("no reason file for %s: %v", name, err)
			}
			var rec QuarantineRecord
			if err := json.Unmarshal(raw, &rec); err != nil || rec.Path != name || !strings.Contains(rec.Reason, reason) {
				t.Errorf("reason file of %s: %s", name, raw)
			}
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Errorf("the bad file itself must stay where it is: %v", err)
			}
		}
		if _, err := ix.Get("bad"); !errors.Is(err, index.ErrNotFound) {
			t.Errorf("a malformed file has a document: %v", err)
		}
		writeFile(t, dir, "bad.json", []byte(`{"title": "عنوان مصحح", "body": "نص مصحح عن مدينة طرطوس."}`))
		waitDoc(t, ix, "bad", nil)
		waitFor(t, "the fixed file to leave the quarantine", func() (bool, string) {
			_, err := os.Stat(filepath.Join(dir, QuarantineDir, "bad.json.json"))
			s := w.Status()
			return s.Quarantined == q+2 && errors.Is(err, os.ErrNotExist), fmt.Sprintf("%+v, record: %v", s, err)
		})
	})
}

// TestReconcile checks a restart: changes made while nothing watched are
// caught up, and unchanged files are not read again.
func TestReconcile(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	ids := copySeeds(t, dir)
	writeFile(t, dir, "sub/keep.txt", article("خبر باق", "نص باق عن مدينة منبج."))
	writeFile(t, dir, "change.txt", article("قبل التغيير", "نص قبل التغيير عن مدينة الباب."))
	writeFile(t, dir, "vanish.txt", article("خبر سيختفي", "نص سيختفي عن مدينة عفرين."))
	writeFile(t, dir, "broken.json", []byte("{"))
	dup := article("خبر مكرر", "نص مكرر عن مدينة جرابلس.")
	writeFile(t, dir, "dup1.txt", dup)
	writeFile(t, dir, "dup2.txt", dup)

	ing, err := NewIngester(ix, dir, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	s := ing.Summary()
	if s.Files != 7 || s.Failed != 1 || s.Duplicates != 1 || count(t, ix) != 6 {
		t.Fatalf("bulk ingest: %+v, count %d", s, count(t, ix))
	}
	kept, other := "dup1", "dup2"
	if _, err := ix.Get(kept); err != nil {
		kept, other = other, kept
	}

	// While nothing watches: a new file, a changed one, a vanished one,
	// and one touched without a change.
	writeFile(t, dir, "new.txt", article("خبر جديد", "نص جديد عن مدينة القامشلي."))
	writeFile(t, dir, "change.txt", article("بعد التغيير", "نص بعد التغيير عن مدينة الباب."))
	os.Remove(filepath.Join(dir, "vanish.txt"))
	os.Remove(filepath.Join(dir, kept+".txt")) // the copy must come back
	later := time.Now().Add(time.Minute)
	os.Chtimes(filepath.Join(dir, "sub", "keep.txt"), later, later)

	w := startWatcher(t, ix, dir, Options{})
	st := w.Ingester().Summary()
	// The seeds, the broken file and the surviving copy are skipped on
	// size and mtime, keep.txt on its hash; then the copy is read again
	// because its original went.
	if st.Files != 3 || st.Unchanged != len(ids)+3 || st.Removed != 2 {
		t.Errorf("reconciliation: %+v, want 3 files read, %d unchanged, 2 removed", st, len(ids)+3)
	}
	waitDoc(t, ix, other, nil)
	if _, err := ix.Get("vanish"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("vanished file still indexed: %v", err)
	}
	waitDoc(t, ix, "change", func(d *index.Document) bool { return d.Title == "بعد التغيير" })
	waitDoc(t, ix, "new", nil)
	if got := count(t, ix); got != 6 { // one new, one vanished, one copy for its original
		t.Errorf("count %d, want 6", got)
	}
	if q := w.Status().Quarantined; q != 1 {
		t.Errorf("quarantined %d, want the broken file still counted", q)
	}
}

// TestSameNameInTwoFolders keeps both articles: ids come from file names,
// and two folders may hold the same name.
func TestSameNameInTwoFolders(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	writeFile(t, dir, "a/report.txt", article("تقرير أول", "نص التقرير الأول عن مدينة دوما."))
	writeFile(t, dir, "b/report.txt", article("تقرير ثان", "نص التقرير الثاني عن مدينة داريا."))
	ing, err := NewIngester(ix, dir, Options{Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != 2 {
		t.Errorf("count %d, want 2", n)
	}
}

// TestLargeFileInBatches: a JSON-lines file with more records than a batch
// holds is committed in several batches and still recorded as one file.
func TestLargeFileInBatches(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	lines := func(n int) []byte {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `{"id": "big-%d", "title": "خبر رقم %d", "body": "نص الخبر رقم %d عن مدينة الرقة."}`+"\n", i, i, i)
		}
		return []byte(b.String())
	}
	writeFile(t, dir, "big.jsonl", lines(7))
	ing, err := NewIngester(ix, dir, Options{BatchSize: 2, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != 7 {
		t.Fatalf("count %d, want 7", n)
	}
	e, err := loadManifest(ix, ing.Root(), "big.jsonl")
	if err != nil || e == nil || len(e.IDs) != 7 {
		t.Fatalf("manifest entry %+v (%v), want 7 ids", e, err)
	}
	writeFile(t, dir, "big.jsonl", lines(3))
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != 3 {
		t.Errorf("count %d after the file shrank, want 3", n)
	}
}

// TestNothingSkippedSilently drops a file of a type rasid cannot read and a
// JSON-lines file with one bad line: both are recorded in the quarantine
// with their reason (the good lines are indexed), and fixing the JSON-lines
// file clears its record.
func TestNothingSkippedSilently(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	w := startWatcher(t, ix, dir, Options{})

	writeFile(t, dir, "report.pdf", []byte("%PDF-1.4 not an article rasid reads"))
	writeFile(t, dir, "batch.jsonl", []byte(
		`{"id": "good-1", "title": "قصف على إدلب", "body": "قصفت الطائرات مدينة إدلب."}`+"\n"+
			`{"id": "bad-2", "title": `+"\n"+
			`{"id": "good-3", "title": "اشتباكات في درعا", "body": "اشتباكات عنيفة في درعا البلد."}`+"\n"))
	waitDoc(t, ix, "good-1", nil)
	waitDoc(t, ix, "good-3", nil)
	waitFor(t, "both files recorded in the quarantine", func() (bool, string) {
		s := w.Status()
		return s.Quarantined == 2, fmt.Sprintf("%+v", s)
	})
	for name, reason := range map[string]string{"report.pdf": "unsupported", "batch.jsonl": "line 2"} {
		raw, err := os.ReadFile(filepath.Join(dir, QuarantineDir, name+".json"))
		if err != nil {
			t.Fatalf("no reason file for %s: %v", name, err)
		}
		var rec QuarantineRecord
		if err := json.Unmarshal(raw, &rec); err != nil || !strings.Contains(rec.Reason, reason) {
			t.Errorf("reason file of %s = %s, want it to mention %q", name, raw, reason)
		}
	}

	writeFile(t, dir, "batch.jsonl", []byte(
		`{"id": "good-1", "title": "قصف على إدلب", "body": "قصفت الطائرات مدينة إدلب."}`+"\n"+
			`{"id": "good-3", "title": "اشتباكات في درعا", "body": "اشتباكات عنيفة في درعا البلد."}`+"\n"))
	waitFor(t, "the fixed file to leave the quarantine", func() (bool, string) {
		s := w.Status()
		return s.Quarantined == 1, fmt.Sprintf("%+v", s)
	})
	if _, err := ix.Get("good-1"); err != nil {
		t.Errorf("good-1 lost after the fix: %v", err)
	}
}
