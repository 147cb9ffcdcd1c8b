package index

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rasid-project/rasid/analyzers"
)

// contentHashRuneByRune is contentHash before its fast paths (round 21):
// every rune through unicode.IsSpace and analyzers.FoldRune. The hash is
// stored with every article and compared across imports, so the fast
// paths must give it to the bit.
func contentHashRuneByRune(title, body string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	for _, part := range []string{title, body} {
		space, started := false, false
		for _, r := range part {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			f, keep := analyzers.FoldRune(r)
			if !keep {
				continue
			}
			if space && started {
				buf = append(buf, ' ')
			}
			space, started = false, true
			buf = utf8.AppendRune(buf, f)
			if len(buf) > cap(buf)-8 {
				h.Write(buf)
				buf = buf[:0]
			}
		}
		buf = append(buf, '\n')
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func TestContentHashAsRuneByRune(t *testing.T) {
	docs := seedAndCorpusDocs(t, 3000)
	for _, d := range docs {
		if got, want := contentHash(d.Title, d.Body), contentHashRuneByRune(d.Title, d.Body); got != want {
			t.Fatalf("%s: contentHash %s, rune by rune %s", d.ID, got, want)
		}
	}
	// Every rune of the Arabic block and around it, alone, between
	// letters and spaces, and cut off at the end of the text.
	for r := rune(0); r < 0x800; r++ {
		s := string(r)
		for _, text := range []string{s, "ب" + s + "ت", " " + s + " x", "ا" + s[:len(s)-1]} {
			if got, want := contentHash(text, text), contentHashRuneByRune(text, text); got != want {
				t.Fatalf("%U in %q: contentHash %s, rune by rune %s", r, text, got, want)
			}
		}
	}
	// Random bytes: invalid UTF-8, stray continuation bytes, lead bytes
	// of the Arabic block without their second byte.
	rng := rand.New(rand.NewPCG(21, 1))
	pieces := []string{"\xd8", "\xd9", "\xdb\xbf", "\x80", "\xff", " ", "\u00a0", "\u2029", "ـ", "َ", "أ", "A", "z", "٣", "\u200f", "ی", "é"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			if rng.IntN(3) == 0 {
				b.WriteByte(byte(rng.IntN(256)))
			} else {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		text := b.String()
		if got, want := contentHash(text, ""), contentHashRuneByRune(text, ""); got != want {
			t.Fatalf("%q: contentHash %s, rune by rune %s", text, got, want)
		}
	}
}

func BenchmarkContentHash(b *testing.B) {
	docs := seedAndCorpusDocs(b, 500)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		contentHash(d.Title, d.Body)
	}
}
