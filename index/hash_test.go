package index

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// contentHashRuneByRune is contentHash without its fast paths (round 21).
func contentHashRuneByRune(title, body string) string { return foldHash(title, body, false) }

// TestContentHashStored pins the hash of one text as every version since
// round 20 stored it: indexes compare it across imports to skip a file
// whose text has not changed.
func TestContentHashStored(t *testing.T) {
	title := "مقتلُ خمسةِ مدنيين في  غارةٍ ـــ جوية"
	body := "قُتِلَ ٥ مدنيين\tفي البوكمال، أمس. Airstrike IN Albukamal\u00a0— إدلب"
	for name, hash := range map[string]func(string, string) string{"contentHash": contentHash, "rune by rune": contentHashRuneByRune} {
		if got, want := hash(title, body), "6356de0513d8fec93bb69bbbc7032c19"; got != want {
			t.Errorf("%s: %s, stored indexes hold %s", name, got, want)
		}
	}
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
