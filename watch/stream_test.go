package watch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rasid-project/rasid/index"
)

// antLines returns the first n articles of the shared ANT corpus as JSON
// lines, each made unique (its line number in the title, no URL) so that
// a count of the index checks that every line is there exactly once.
// It skips when the corpus is absent.
func antLines(t testing.TB, n int) [][]byte {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "ant-all.jsonl.gz"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out [][]byte
	for i := 0; i < n && sc.Scan(); i++ {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		rec["id"] = fmt.Sprintf("ant-%06d", i)
		rec["title"] = fmt.Sprintf("[%d] %v", i, rec["title"])
		delete(rec, "url")
		raw, _ := json.Marshal(rec)
		out = append(out, raw)
	}
	if len(out) < n {
		t.Fatalf("corpus has %d articles, want %d", len(out), n)
	}
	return out
}

func joinLines(lines [][]byte) []byte {
	return append(bytes.Join(lines, []byte("\n")), '\n')
}

func gzipBytes(t testing.TB, raw []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// An over-long record is reported with its line number and the real
// cause, and the lines after it are still read.
func TestReadOverLongRecord(t *testing.T) {
	dir := t.TempDir()
	// 17 MB of letters in no pattern, so that gzip cannot squeeze them.
	rng := rand.New(rand.NewPCG(1, 2))
	var body strings.Builder
	for body.Len() < 17<<20 {
		body.WriteRune(rune(0x0628 + rng.IntN(20)))
	}
	long := `{"id": "huge", "title": "عنوان", "body": "` + body.String() + `"}`
	lines := []string{
		`{"id": "a1", "title": "الأول", "body": "نص الخبر الأول"}`,
		`{"id": "a2", "title": "الثاني", "body": "نص الخبر الثاني"}`,
		long,
		`{"id": "a4", "title": "الرابع", "body": "نص الخبر الرابع"}`,
	}
	raw := []byte(strings.Join(lines, "\n") + "\n")
	for _, name := range []string{"long.jsonl", "long.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			data := raw
			if strings.HasSuffix(name, ".gz") {
				data = gzipBytes(t, raw)
			}
			docs, err := ReadFile(writeFile(t, dir, name, data), ReadOptions{})
			var pe *PartialError
			if !errors.As(err, &pe) || len(pe.Records) != 1 {
				t.Fatalf("err = %v, want one bad record", err)
			}
			if got := pe.Records[0].Error(); got != "line 3: record over the 16 MiB limit" {
				t.Errorf("reason %q", got)
			}
			if len(docs) != 3 || docs[2].ID != "a4" {
				t.Errorf("got %d documents (%v), want a1 a2 a4", len(docs), docs)
			}
		})
	}
	// A file that is one over-long line says so, not "empty file".
	p := writeFile(t, dir, "one.jsonl", []byte(long))
	_, err := ReadFile(p, ReadOptions{})
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "line 1: record over the 16 MiB limit") {
		t.Errorf("one over-long line: %v", err)
	}
}

// gzipBomb writes a .jsonl.gz of one line repeated until it unpacks to
// size bytes: one compressed member of 16 MiB, concatenated (gzip readers
// read the members as one stream).
func gzipBomb(t testing.TB, path string, size int64) {
	t.Helper()
	line := []byte(`{"id": "bomb", "title": "قنبلة", "body": "نص يتكرر مرة بعد مرة"}` + "\n")
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(bytes.Repeat(line, (16<<20)/len(line)))
	zw.Close()
	member := b.Bytes()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for n := int64(0); n < size; n += 16 << 20 {
		if _, err := f.Write(member); err != nil {
			t.Fatal(err)
		}
	}
}

// A compression bomb (2 GiB unpacked from a few MB) is rejected as over
// the limit after its first megabytes, and nothing of it stays indexed.
func TestGzipBomb(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bomb.jsonl.gz")
	gzipBomb(t, path, 2<<30)
	fi, _ := os.Stat(path)

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadFile(path, ReadOptions{})
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "over the limit") {
		t.Fatalf("err = %v, want over the limit", err)
	}
	t.Logf("%d-byte file: %v; %d MB allocated", fi.Size(), err, (after.TotalAlloc-before.TotalAlloc)>>20)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
		t.Errorf("reading the bomb allocated %d MB: it was not stopped early", alloc>>20)
	}

	ix := openIndex(t)
	ing, err := NewIngester(ix, dir, Options{Logger: testLogger(t), BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != 0 {
		t.Errorf("%d documents of the bomb indexed", n)
	}
	e, err := loadManifest(ix, ing.Root(), "bomb.jsonl.gz")
	if err != nil || e == nil || e.State != stateQuarantined || len(e.IDs) != 0 || e.IDChunks != 0 {
		t.Fatalf("manifest entry %+v (%v), want quarantined without ids", e, err)
	}
	if !strings.Contains(e.Reason, "over the limit") {
		t.Errorf("reason %q", e.Reason)
	}
	if s := ing.Summary(); s.Failed != 1 {
		t.Errorf("summary %+v, want one failure", s)
	}
}

// A web page of unclosed formatting tags, which the HTML parser would
// grow into millions of nodes, is refused with the reason after a cheap
// count of its tags.
func TestHTMLBomb(t *testing.T) {
	dir := t.TempDir()
	page := "<html><body>" + strings.Repeat("<p><b><i><u><s>text", 15<<20/20) + "</body></html>"
	p := writeFile(t, dir, "bomb.html", []byte(page))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadFile(p, ReadOptions{})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "elements") {
		t.Fatalf("err = %v, want a web page over the element limit", err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d MB page: %v; %d MB allocated", len(page)>>20, err, alloc>>20)
	if alloc > 256<<20 {
		t.Errorf("reading the page allocated %d MB", alloc>>20)
	}
	// Just under the limit, the same page costs a bounded amount.
	small := "<html><body>" + strings.Repeat("<p><b><i><u><s>نص", 9900) + "</body></html>"
	runtime.ReadMemStats(&before)
	_, err = ReadFile(writeFile(t, dir, "small.html", []byte(small)), ReadOptions{})
	runtime.ReadMemStats(&after)
	alloc = after.TotalAlloc - before.TotalAlloc
	t.Logf("49,500 tags: %v; %d MB allocated", err, alloc>>20)
	if alloc > 1<<30 {
		t.Errorf("a page just under the limit allocated %d MB", alloc>>20)
	}
}

// Reading a JSON array streams it element by element, with bad elements
// reported by position.
func TestReadJSONArrayStream(t *testing.T) {
	dir := t.TempDir()
	arr := `[
 {"id": "e1", "title": "الأول", "body": "نص"},
 {"id": "e2", "source": "بلا نص"},
 {"id": "e3", "title": "الثالث", "body": "نص", "date": "2018-02-13"}
]`
	docs, err := ReadFile(writeFile(t, dir, "arr.json", []byte(arr)), ReadOptions{})
	var pe *PartialError
	if !errors.As(err, &pe) || len(pe.Records) != 1 || pe.Records[0].Line != 2 {
		t.Fatalf("err = %v, want element 2 bad", err)
	}
	if len(docs) != 2 || docs[0].ID != "e1" || docs[1].ID != "e3" {
		t.Errorf("docs %+v", docs)
	}
	big := `[{"id": "e1", "title": "الأول", "body": "نص"}, {"id": "e2", "title": "كبير", "body": "` + strings.Repeat("x", 2<<20) + `"}]`
	_, err = ReadFile(writeFile(t, dir, "bigarr.json", []byte(big)), ReadOptions{MaxRecordBytes: 1 << 20})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "element 2: record over the 1 MiB limit") {
		t.Errorf("over-long element: %v", err)
	}
	_, err = ReadFile(writeFile(t, dir, "cut.json", []byte(arr[:60])), ReadOptions{})
	var fe *FileError
	if !errors.As(err, &pe) || !strings.Contains(pe.Error(), "the rest of the file was not read") {
		if !errors.As(err, &fe) {
			t.Errorf("cut array: %v", err)
		}
	}
}

// A multi-record file in UTF-16 or Windows-1256 is decoded as it streams.
func TestReadJSONLinesEncodings(t *testing.T) {
	dir := t.TempDir()
	text := `{"id": "u1", "title": "` + arTitle + `", "body": "` + arBody + `"}` + "\n" +
		`{"id": "u2", "title": "` + arTitle + `", "body": "` + arBody + `"}` + "\n"
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"utf16.jsonl", encode(t, xunicodeUTF16LE(), text)},
		{"cp1256.jsonl", encode(t, cp1256(), text)},
		{"cp1256.json", encode(t, cp1256(), "["+strings.ReplaceAll(strings.TrimSpace(text), "\n", ",")+"]")},
	} {
		docs, err := ReadFile(writeFile(t, dir, c.name, c.data), ReadOptions{})
		if err != nil || len(docs) != 2 || docs[1].Title != arTitle || docs[1].Body != arBody {
			t.Errorf("%s: %v %+v", c.name, err, docs)
		}
	}
}

// Skip resumes a read exactly after the record a checkpoint names, in a
// plain file (by seeking) and in a .gz (by discarding).
func TestReaderSkip(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("\xEF\xBB\xBF")
	for i := range 50 {
		if i == 20 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, `{"id": "s%d", "title": "خبر %d", "body": "نص"}`+"\n", i, i)
	}
	for _, name := range []string{"s.jsonl", "s.jsonl.gz"} {
		data := []byte(b.String())
		if strings.HasSuffix(name, ".gz") {
			data = gzipBytes(t, data)
		}
		p := writeFile(t, dir, name, data)
		r, err := Open(p, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var at Record
		for range 30 {
			if at, err = r.Next(); err != nil {
				t.Fatal(err)
			}
		}
		r.Close()
		r, err = Open(p, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Skip(at.Line, at.End); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for rec, err := range r.All() {
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, rec.Doc.ID)
		}
		r.Close()
		if len(ids) != 20 || ids[0] != "s30" || ids[19] != "s49" {
			t.Errorf("%s: after skipping to line %d got %v", name, at.Line, ids)
		}
	}
}

// A file that names one id many times keeps it once in its manifest entry.
func TestManifestDistinctIDs(t *testing.T) {
	ix := openIndex(t)
	dir := t.TempDir()
	line := `{"id": "same", "title": "عنوان", "body": "نص يتكرر"}` + "\n"
	writeFile(t, dir, "small.jsonl", []byte(strings.Repeat(line, 300)))
	writeFile(t, dir, "streamed.jsonl", []byte(strings.Repeat(line, 5000)))
	ing, err := NewIngester(ix, dir, Options{Logger: testLogger(t), BatchSize: 100, StreamBytes: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"small.jsonl", "streamed.jsonl"} {
		e, err := loadManifest(ix, ing.Root(), rel)
		if err != nil || e == nil || len(e.IDs) != 1 || e.IDChunks != 0 || e.Progress != nil {
			t.Errorf("%s: manifest entry %+v (%v), want the one id once", rel, e, err)
		}
	}
}

// Streaming a large JSON-lines file through the ingester commits it in
// batches, indexes every record once, and a second run reads nothing.
func TestStreamLargeFile(t *testing.T) {
	lines := antLines(t, 500)
	ix := openIndex(t)
	dir := t.TempDir()
	raw := joinLines(lines)
	writeFile(t, dir, "dump.jsonl", raw)
	ing, err := NewIngester(ix, dir, Options{Logger: testLogger(t), BatchSize: 100, StreamBytes: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != uint64(len(lines)) {
		t.Fatalf("count %d, want %d", n, len(lines))
	}
	e, err := loadManifest(ix, ing.Root(), "dump.jsonl")
	if err != nil || e == nil || e.State != stateIndexed || e.Progress != nil || len(e.IDs) != len(lines) {
		t.Fatalf("manifest entry state %q progress %v ids %d (%v)", e.State, e.Progress, len(e.IDs), err)
	}
	if d, err := ix.Get("ant-000042"); err != nil || d.Path != "dump.jsonl" {
		t.Errorf("a streamed record's document: %+v %v, want the file's path", d, err)
	}
	if docs, n := ing.Progress(); docs != int64(len(lines)) || n != int64(len(raw)) {
		t.Errorf("progress %d documents %d bytes, want %d and %d", docs, n, len(lines), len(raw))
	}
	// Changed: one record gone, one edited; the rest stay.
	lines2 := append([][]byte{}, lines[1:]...)
	lines2[0] = bytes.Replace(lines2[0], []byte(`"title":"[1]`), []byte(`"title":"[1 edited]`), 1)
	writeFile(t, dir, "dump.jsonl", joinLines(lines2))
	ing2, _ := NewIngester(ix, dir, Options{Logger: testLogger(t), BatchSize: 100, StreamBytes: 256 << 10})
	if err := ing2.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ix); n != uint64(len(lines2)) {
		t.Errorf("count %d after the edit, want %d", n, len(lines2))
	}
	if _, err := ix.Get("ant-000000"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("the removed record is still indexed: %v", err)
	}
	if d, err := ix.Get("ant-000001"); err != nil || !strings.HasPrefix(d.Title, "[1 edited]") || d.Path != "dump.jsonl" {
		t.Errorf("edited record: %v %v", d, err)
	}
}

// Environment of the import child process that TestKillMidImport kills.
const (
	importHelperEnv  = "RASID_IMPORT_HELPER"
	importHelperData = "RASID_IMPORT_HELPER_DATA"
	importHelperDir  = "RASID_IMPORT_HELPER_DIR"
)

// TestHelperImport is the child: it imports a folder, printing how many
// documents it has read, until it is killed.
func TestHelperImport(t *testing.T) {
	if os.Getenv(importHelperEnv) != "1" {
		t.Skip("helper process for TestKillMidImport")
	}
	ix, err := index.Open(os.Getenv(importHelperData))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	ing, err := NewIngester(ix, os.Getenv(importHelperDir), Options{Logger: discardLogger(), BatchSize: 100, StreamBytes: 256 << 10})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	go func() {
		for {
			docs, _ := ing.Progress()
			fmt.Printf("docs %d\n", docs)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	err = ing.Reconcile(context.Background(), nil)
	fmt.Println("done", err)
	os.Exit(0)
}

// kill -9 in the middle of a large import, then a rerun: every article is
// indexed exactly once, and the rerun resumed after the last committed
// batch instead of starting again.
func TestKillMidImport(t *testing.T) {
	lines := antLines(t, 900)
	dir := t.TempDir()
	writeFile(t, dir, "dump.jsonl", joinLines(lines))
	data := filepath.Join(t.TempDir(), "data")

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperImport$", "-test.count=1")
	cmd.Env = append(os.Environ(), importHelperEnv+"=1", importHelperData+"="+data, importHelperDir+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	killed := false
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "docs" {
			if n, _ := strconv.Atoi(f[1]); n >= 300 {
				cmd.Process.Signal(syscall.SIGKILL)
				killed = true
				break
			}
		}
		if f[0] == "done" || f[0] == "error" {
			break
		}
	}
	go io.Copy(io.Discard, out)
	cmd.Wait()
	if !killed {
		t.Fatal("the import ended before it could be killed")
	}

	ix, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	root, _ := filepath.Abs(dir)
	e, err := loadManifest(ix, root, "dump.jsonl")
	if err != nil || e == nil || e.Progress == nil {
		t.Fatalf("no checkpoint after the kill: %+v (%v)", e, err)
	}
	committed := count(t, ix)
	if committed != uint64(e.Progress.Docs) || len(e.IDs) != e.Progress.Docs {
		t.Errorf("checkpoint says %d documents (%d ids), the index holds %d", e.Progress.Docs, len(e.IDs), committed)
	}
	t.Logf("killed with %d documents committed, checkpoint at line %d", committed, e.Progress.Line)

	ing, err := NewIngester(ix, dir, Options{Logger: testLogger(t), BatchSize: 100, StreamBytes: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if err := ing.Reconcile(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	s := ing.Summary()
	if s.Resumed != 1 || s.Documents != len(lines)-int(committed) {
		t.Errorf("rerun: resumed %d, wrote %d documents; want 1 and %d", s.Resumed, s.Documents, len(lines)-int(committed))
	}
	if n := count(t, ix); n != uint64(len(lines)) {
		t.Errorf("count %d after the rerun, want %d", n, len(lines))
	}
	for i := range lines {
		if _, err := ix.Get(fmt.Sprintf("ant-%06d", i)); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
	}
	e, _ = loadManifest(ix, root, "dump.jsonl")
	if e == nil || e.Progress != nil || e.State != stateIndexed || len(e.IDs) != len(lines) {
		t.Errorf("final entry %+v", e)
	}
}

// A small file dropped while a large one is being imported is searchable
// before the large import ends: the large file reads on a lane of its own.
func TestSmallFileWhileLargeImports(t *testing.T) {
	lines := antLines(t, 2000)
	ix := openIndex(t)
	dir := t.TempDir()
	w := startWatcher(t, ix, dir, Options{StreamBytes: 1 << 20})
	tmp := filepath.Join(t.TempDir(), "dump.jsonl")
	if err := os.WriteFile(tmp, joinLines(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "dump.jsonl")); err != nil {
		t.Fatal(err)
	}
	// The small file comes once the lane is in its stride: a chunk is
	// committed and the next ones are being prepared and written.
	waitFor(t, "the large import's first chunk", func() (bool, string) {
		return count(t, ix) > 0, "nothing committed yet"
	})
	start := time.Now()
	// With the watcher's debug log ("commit" lines), this says what the
	// small file waited for.
	t.Logf("%s small file written", start.Format("15:04:05.000"))
	writeFile(t, dir, "small.txt", article(arTitle, arBody))
	waitDoc(t, ix, "small", nil)
	took := time.Since(start)
	n := count(t, ix)
	t.Logf("small file searchable after %v, with %d of %d large-file documents in", took, n-1, len(lines))
	if n-1 >= uint64(len(lines)) {
		t.Errorf("the small file waited for the whole large file")
	}
	if st := w.Status(); st.Pending == 0 {
		t.Errorf("status shows nothing pending while the large file imports: %+v", st)
	}
	// The large file's own pace on a shared machine is not what this
	// test measures, so its end is awaited with a deadline of its own.
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		n := count(t, ix)
		if n == uint64(len(lines))+1 && w.Status().Pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the large file: %d documents, status %+v", n, w.Status())
		}
	}
}

// TestStreamHundredsOfMB reads a generated .jsonl.gz of several hundred
// MB (copies of the ANT corpus, each article made unique) through the
// streaming reader and checks that the heap stays bounded while every
// record comes through. It takes a minute: set RASID_LONG=1 to run it.
func TestStreamHundredsOfMB(t *testing.T) {
	if os.Getenv("RASID_LONG") == "" {
		t.Skip("set RASID_LONG=1 to read a generated multi-hundred-MB file")
	}
	base := antLines(t, 31523)
	const copies = 6
	path := filepath.Join(t.TempDir(), "big.jsonl.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestSpeed)
	var raw int64
	for c := range copies {
		for i, l := range base {
			line := bytes.Replace(l, []byte(`"id":"ant-`), []byte(fmt.Sprintf(`"id":"c%d-ant-`, c)), 1)
			n, _ := zw.Write(append(line, '\n'))
			raw += int64(n)
			_ = i
		}
	}
	if err := errors.Join(zw.Close(), f.Close()); err != nil {
		t.Fatal(err)
	}
	base = nil
	fi, _ := os.Stat(path)

	runtime.GC()
	r, err := Open(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var ms runtime.MemStats
	var peak uint64
	n := 0
	ids := map[string]bool{}
	for rec, err := range r.All() {
		if err != nil || rec.Err != nil {
			t.Fatalf("record %d: %v %v", n+1, err, rec.Err)
		}
		ids[rec.Doc.ID] = true
		if n++; n%2000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	t.Logf("%d records, %d MB unpacked from %d MB; peak heap in use %d MB", n, raw>>20, fi.Size()>>20, peak>>20)
	if n != copies*31523 || len(ids) != n {
		t.Errorf("read %d records (%d distinct ids), want %d", n, len(ids), copies*31523)
	}
	// The id set alone is ~30 MB; the records themselves must not pile up.
	if peak > 256<<20 {
		t.Errorf("peak heap %d MB while streaming %d MB", peak>>20, raw>>20)
	}
}
