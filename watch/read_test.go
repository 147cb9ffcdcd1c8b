package watch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

const (
	arTitle = "قصف مدفعي على مدينة البوكمال"
	arBody  = "قتل ثلاثة مدنيين وأصيب آخرون بجروح، في قصف استهدف الأحياء الشرقية من المدينة."
	arText  = arTitle + "\n\n" + arBody + "\n"
)

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestReadSeed(t *testing.T) {
	p := filepath.Join("..", "examples", "000_29e69d567a082153.txt")
	docs, err := ReadFile(p, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.ID != "000_29e69d567a082153" {
		t.Errorf("id = %q, want the file stem", d.ID)
	}
	if d.Title != "تنظيم داعش يستعيد السيطرة على مدينة البوكمال بريف دير الزور الشرقي" {
		t.Errorf("title = %q", d.Title)
	}
	for _, junk := range []string{"أقسام", "من سوريا\n", "أخبار متعلقة"} {
		if strings.HasSuffix(d.Body, strings.TrimSpace(junk)) || strings.Contains(d.Body, "\n"+strings.TrimSpace(junk)+"\n") {
			t.Errorf("body still ends with page furniture %q", junk)
		}
	}
	lead := "استعاد تنظيم داعش السيطرة التامة على مدينة البوكمال"
	if n := strings.Count(d.Body, lead); n != 1 {
		t.Errorf("lead paragraph appears %d times in the body, want 1", n)
	}
	if !strings.HasPrefix(d.Body, "قصف وغارات من قبل التحالف الدولي") {
		t.Errorf("body should start with the caption after the dropped teaser, starts %q", firstLine(d.Body))
	}
	if !strings.HasSuffix(d.Body, "معلومات") && !strings.Contains(lastLine(d.Body), "التحالف الدولي") {
		t.Errorf("body lost its last real paragraph: %q", lastLine(d.Body))
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }
func lastLine(s string) string  { return s[strings.LastIndex(s, "\n")+1:] }

func TestReadSecondSeedKeepsEverything(t *testing.T) {
	p := filepath.Join("..", "examples", "001_cf68c4a37876e045.txt")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadFile(p, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	want := strings.Join(lines[1:], "\n")
	if docs[0].Body != strings.TrimSpace(want) {
		t.Errorf("a clean article must come through unchanged\n got %q\nwant %q", docs[0].Body, want)
	}
}

func TestReadEncodings(t *testing.T) {
	dir := t.TempDir()
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	cases := []struct {
		name string
		data []byte
	}{
		{"utf8.txt", []byte(arText)},
		{"utf8bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, arText...)},
		{"crlf.txt", []byte(strings.ReplaceAll(arText, "\n", "\r\n"))},
		{"utf16le.txt", encode(t, utf16le, arText)},
		{"utf16be.txt", encode(t, utf16be, arText)},
		{"cp1256.txt", encode(t, charmap.Windows1256, arText)},
		{"iso88596.txt", encode(t, charmap.ISO8859_6, arText)},
		{"cp1256.md", encode(t, charmap.Windows1256, "# "+arText)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.name != "utf8.txt" && c.name != "crlf.txt" && bytes.Equal(c.data, []byte(arText)) {
				t.Fatal("test data was not re-encoded")
			}
			docs, err := ReadFile(writeFile(t, dir, c.name, c.data), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if docs[0].Title != arTitle || docs[0].Body != arBody {
				t.Errorf("got title %q body %q", docs[0].Title, docs[0].Body)
			}
		})
	}
}

// UTF-8 with a corrupt byte stays UTF-8: read as Windows-1256, as it was,
// its Arabic became mojibake that still scored as Arabic. The byte becomes
// U+FFFD and the article reads as written.
func TestReadCorruptUTF8(t *testing.T) {
	p := writeFile(t, t.TempDir(), "onebad.txt", []byte(strings.Replace(arText, "،", "،\xff", 1)))
	docs, err := ReadFile(p, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(arBody, "،", "،\uFFFD", 1); want == arBody || docs[0].Title != arTitle || docs[0].Body != want {
		t.Errorf("got title %q body %q", docs[0].Title, docs[0].Body)
	}
}

// The two legacy code pages put Arabic letters at different bytes; the
// detector must pick the right one, not merely one that decodes.
func TestDetectLegacyCodePage(t *testing.T) {
	for _, c := range []struct {
		enc  encoding.Encoding
		want string
	}{{charmap.Windows1256, "windows-1256"}, {charmap.ISO8859_6, "iso-8859-6"}} {
		raw := encode(t, c.enc, arText)
		text, got, err := decodeText("x", raw)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want || text != arText {
			t.Errorf("decoded as %s (%q), want %s", got, text, c.want)
		}
	}
}

func TestReadBadFiles(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty.txt", nil, ErrEmpty},
		{"blank.txt", []byte(" \n\t\n"), ErrEmpty},
		{"image.txt", png, ErrBinary},
		{"controls.txt", bytes.Repeat([]byte("ab\x01\x02\x03"), 50), ErrBinary},
		{"latin1.txt", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise, tr\xe8s \xe9l\xe9gant"), ErrUndecodable},
		// Noise of high bytes decodes to Arabic letters in Windows-1256, but
		// with no word breaks: no text.
		{"highbytes.txt", highBytes(300), ErrUndecodable},
		// UTF-8 Arabic with as many corrupt bytes as letters is no text.
		{"utf8-manybad.txt", bytes.Repeat([]byte("نص \xff"), 40), ErrUndecodable},
		// Any even run of bytes after a UTF-16 mark decodes: "ABCD" gives
		// two CJK characters, which no Arabic archive holds.
		{"utf16-noise.txt", []byte("\xff\xfeABCD"), ErrUndecodable},
		{"utf16be-noise.txt", append([]byte{0xFE, 0xFF}, highBytes(40)...), ErrUndecodable},
		{"broken.json", []byte(`{"title": "عنوان", "body": "نص`), ErrMalformed},
		{"wrongtype.json", []byte(`{"title": 5}`), ErrMalformed},
		{"nothing.json", []byte(`{"source": "x"}`), ErrMalformed},
		{"allbad.jsonl", []byte("{bad\n[1,2]\n"), ErrMalformed},
		{"notgzip.jsonl.gz", []byte("plain text, not gzip"), ErrMalformed},
		{"big.txt", bytes.Repeat([]byte("كلمة "), 100), ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, dir, c.name, c.data)
			docs, err := ReadFile(p, ReadOptions{MaxBytes: 400})
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Reason == "" {
				t.Errorf("want a *FileError with a reason, got %T %v", err, err)
			}
			if len(docs) != 0 {
				t.Errorf("got %d documents from a bad file", len(docs))
			}
		})
	}
}

func TestReadJSONLines(t *testing.T) {
	lines := []string{
		`{"id": "a1", "title": "العنوان الأول", "body": "النص الأول", "date": "Tue, 13 Feb 2018 10:22:00 +0400", "source": "bbc", "url": "http://x/1"}`,
		`{"id": "a2", "title": "العنوان الثاني", "body": "النص الثاني"`,
		``,
		`{"title": "بلا معرف", "content": "نص في حقل content", "published": "2018-03-01"}`,
		`{"id": "a4", "source": "no text"}`,
		`{"id": 77, "title": "معرف رقمي", "text": "نص في حقل text", "date": "2018-02-13T10:22:00Z"}`,
		`{"id": "a6", "title": "تاريخ سيئ", "body": "نص", "date": "yesterday"}`,
	}
	raw := []byte(strings.Join(lines, "\n") + "\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(raw)
	zw.Close()
	dir := t.TempDir()
	for _, name := range []string{"batch.jsonl", "batch.ndjson", "batch.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			data := raw
			if strings.HasSuffix(name, ".gz") {
				data = gz.Bytes()
			}
			docs, err := ReadFile(writeFile(t, dir, name, data), ReadOptions{})
			var pe *PartialError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *PartialError", err)
			}
			var badLines []int
			for _, r := range pe.Records {
				badLines = append(badLines, r.Line)
			}
			if want := []int{2, 5, 7}; !equalInts(badLines, want) {
				t.Errorf("bad lines %v, want %v (%v)", badLines, want, pe)
			}
			if len(docs) != 3 {
				t.Fatalf("got %d documents, want 3", len(docs))
			}
			if d := docs[0]; d.ID != "a1" || d.Source != "bbc" || d.URL != "http://x/1" ||
				!d.Published.Equal(time.Date(2018, 2, 13, 6, 22, 0, 0, time.UTC)) {
				t.Errorf("first record: %+v", d)
			}
			if d := docs[1]; !strings.HasPrefix(d.ID, "batch-") || d.Body != "نص في حقل content" ||
				!d.Published.Equal(time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("record without id: %+v", d)
			}
			if d := docs[2]; d.ID != "77" || d.Body != "نص في حقل text" {
				t.Errorf("numeric id record: %+v", d)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReadJSONArticle(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "تقرير البوكمال.json", []byte(`{"title": "عنوان", "body": "نص المقال", "date": "2017-11-19"}`))
	docs, err := ReadFile(p, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if id := docs[0].ID; id == "" || strings.ContainsAny(id, " /") || id != SanitizeID("تقرير البوكمال") {
		t.Errorf("id from an Arabic file name = %q", id)
	}
	p = writeFile(t, dir, "x.json", []byte("\xEF\xBB\xBF"+`{"id": "keep-me", "title": "عنوان", "body": "نص"}`))
	docs, err = ReadFile(p, ReadOptions{})
	if err != nil || docs[0].ID != "keep-me" {
		t.Errorf("id field not kept (BOM before JSON): %v %+v", err, docs)
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
	}{
		{"Tue, 13 Feb 2018 10:22:00 +0400", time.Date(2018, 2, 13, 6, 22, 0, 0, time.UTC)},
		{"Fri, 02 Mar 2018 18:06:21 +0400", time.Date(2018, 3, 2, 14, 6, 21, 0, time.UTC)},
		{"Tue, 13 Feb 2018 10:22:00 GMT", time.Date(2018, 2, 13, 10, 22, 0, 0, time.UTC)},
		{"2017-11-19T08:00:00+03:00", time.Date(2017, 11, 19, 5, 0, 0, 0, time.UTC)},
		{"2017-11-19", time.Date(2017, 11, 19, 0, 0, 0, 0, time.UTC)},
		{" 2017-11-19 ", time.Date(2017, 11, 19, 0, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		got, err := ParseDate(c.in)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "13/02/2018", "2018-13-45"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}

func TestReadHTML(t *testing.T) {
	docs, err := ReadFile(filepath.Join("..", "testdata", "watch", "article.html"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.ID != "article" || !strings.Contains(d.Title, "غارات جوية على ريف إدلب الجنوبي") {
		t.Errorf("id %q title %q", d.ID, d.Title)
	}
	for _, want := range []string{"شنت طائرات حربية", "معرة النعمان", "خروجه عن الخدمة"} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("body lacks article text %q:\n%s", want, d.Body)
		}
	}
	for _, menu := range []string{"قائمةالأقسام", "قائمةالجانبية", "تذييلالموقع", "اتصل بنا"} {
		if strings.Contains(d.Body, menu) {
			t.Errorf("body holds navigation %q:\n%s", menu, d.Body)
		}
	}
	if strings.Count(d.Body, "\n") < 3 {
		t.Errorf("paragraphs were not kept apart: %q", d.Body)
	}
	if d.URL != "https://example.org/news/2018/02/idlib-raids" {
		t.Errorf("url = %q", d.URL)
	}
}

func TestIgnored(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": false, "sub/dir/a.jsonl.gz": false, "تقرير.txt": false,
		".a.txt.swp": true, "a.txt~": true, ".#a.txt": true, "#a.txt#": true, ".hidden.txt": true,
		"dl/a.json.part": true, "a.html.crdownload": true, "x.tmp": true, "~$doc.txt": true,
		".rasid-quarantine/a.txt.json": true, ".git/config": true, "sub/.cache/a.txt": true,
	} {
		if got := ignored(name); got != want {
			t.Errorf("ignored(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSanitizeID(t *testing.T) {
	if got := SanitizeID("000_29e69d567a082153"); got != "000_29e69d567a082153" {
		t.Errorf("a safe stem changed: %q", got)
	}
	a, b := SanitizeID("تقرير أ"), SanitizeID("تقرير ب")
	if a == b || strings.ContainsAny(a+b, " /\\") {
		t.Errorf("Arabic stems collide or are unsafe: %q %q", a, b)
	}
	if got := SanitizeID("../../etc/passwd"); strings.Contains(got, "/") || strings.HasPrefix(got, ".") {
		t.Errorf("path tricks survive: %q", got)
	}
}

func xunicodeUTF16LE() encoding.Encoding {
	return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
}
func cp1256() encoding.Encoding { return charmap.Windows1256 }

// highBytes returns n bytes of 0x80–0xFF in a fixed pseudo-random order, as
// a corrupt or encrypted file holds.
func highBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(0x80 + r.IntN(0x80))
	}
	return b
}
