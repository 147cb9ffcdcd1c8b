package watch

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decodeText turns raw file bytes into UTF-8 text. It honours byte-order
// marks (UTF-8, UTF-16 LE/BE), accepts valid UTF-8, and otherwise tries the
// legacy Arabic code pages that old archives are full of, keeping the one
// whose decoding looks like Arabic. It names the encoding it used.
func decodeText(path string, raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
		if !utf8.Valid(raw) {
			return "", "", fileErr(path, ErrUndecodable, "byte-order mark says UTF-8 but the bytes are not")
		}
		return checkText(path, string(raw), "utf-8")
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		name, endian := "utf-16le", xunicode.LittleEndian
		if raw[0] == 0xFE {
			name, endian = "utf-16be", xunicode.BigEndian
		}
		if len(raw)%2 != 0 {
			return "", "", fileErr(path, ErrUndecodable, "%s with an odd number of bytes", name)
		}
		out, err := xunicode.UTF16(endian, xunicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", "", fileErr(path, ErrUndecodable, "%s: %v", name, err)
		}
		if n, foreign := foreignScript(string(out)); foreign*2 > n {
			return "", "", fileErr(path, ErrUndecodable, "%s byte-order mark, but %d of its %d characters are in no Arabic or Latin script (random bytes?)", name, foreign, n)
		}
		return checkText(path, string(out), name)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "", fileErr(path, ErrBinary, "contains NUL bytes")
	}
	if utf8.Valid(raw) {
		return checkText(path, string(raw), "utf-8")
	}
	if mostlyUTF8(raw) {
		// UTF-8 with a few corrupt bytes (a bad copy, a cut-off
		// download) is still UTF-8. Read as a code page, its Arabic
		// turns to Arabic-looking mojibake ("ظ†طµ" for "نص") that
		// bestCodePage would take. The bad bytes become U+FFFD; more
		// than one character in a hundred is a damaged file, refused as
		// checkText refuses control characters.
		text := strings.ToValidUTF8(string(raw), string(utf8.RuneError))
		if bad := strings.Count(text, string(utf8.RuneError)); bad*100 > utf8.RuneCountInString(text) {
			return "", "", fileErr(path, ErrUndecodable, "UTF-8 with %d invalid byte sequences in %d characters", bad, utf8.RuneCountInString(text))
		}
		return checkText(path, text, "utf-8")
	}
	if controlShare(raw) > 0.01 {
		return "", "", fileErr(path, ErrBinary, "contains control bytes")
	}
	best, bestName, bestScore := bestCodePage(raw)
	// Below this share the bytes are some other legacy encoding (Latin-1,
	// Cyrillic...) or garbage; indexing them as Arabic would be noise.
	if bestScore < minArabicScore {
		return "", "", fileErr(path, ErrUndecodable, "not UTF-8, and neither Windows-1256 nor ISO-8859-6 gives Arabic text")
	}
	return checkText(path, best, bestName)
}

// mostlyUTF8 reports bytes with more valid UTF-8 multi-byte characters
// than stray bytes. Text in a legacy code page has hardly any valid
// sequence (its Arabic letters, 0xC1–0xFF, seldom stand before a
// continuation byte), so this tells corrupt UTF-8 from it; how much
// corruption is too much is checkText's to say.
func mostlyUTF8(raw []byte) bool {
	valid, bad := 0, 0
	for len(raw) > 0 {
		r, size := utf8.DecodeRune(raw)
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			valid++
		}
		raw = raw[size:]
	}
	return valid > bad
}

// foreignScript counts the characters of s that are not space and how
// many of them are in neither the Arabic nor the Latin script nor the
// common digits and punctuation. Almost any even run of bytes is valid
// UTF-16, so after a byte-order mark the bytes say little: any two bytes
// make a character, most of them CJK or Hangul. A real article in rasid's
// archives is Arabic, with some Latin; noise is neither.
func foreignScript(s string) (n, foreign int) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if !unicode.In(r, unicode.Arabic, unicode.Latin, unicode.Common, unicode.Inherited) {
			foreign++
		}
	}
	return n, foreign
}

// checkText rejects decoded text that is really binary.
func checkText(path, s, enc string) (string, string, error) {
	ctl, n := 0, 0
	for _, r := range s {
		n++
		if r == 0 {
			return "", "", fileErr(path, ErrBinary, "contains NUL characters")
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' || r == utf8.RuneError {
			ctl++
		}
	}
	if n > 0 && float64(ctl)/float64(n) > 0.01 {
		return "", "", fileErr(path, ErrBinary, "%d control or invalid characters", ctl)
	}
	return s, enc, nil
}

func controlShare(raw []byte) float64 {
	if len(raw) == 0 {
		return 0
	}
	n := 0
	for _, b := range raw {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(raw))
}

// arabicScore is the share of the letters of s that are Arabic, with
// accented Latin letters, undecodable bytes and words that mix Arabic and
// Latin letters counted against it. The wrong Arabic code page maps common
// letters to à, ç, é... and a Latin-1 text decodes to Latin words with
// Arabic letters inside them, so both score far lower than the right guess.
func arabicScore(s string) float64 {
	arabic, other := 0, 0
	prevArabic, prevLatin := false, false
	for _, r := range s {
		isArabic := r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r)
		isLatin := r < 0x80 && unicode.IsLetter(r)
		switch {
		case isArabic:
			arabic++
			if prevLatin {
				other += 2 // a word mixing scripts is a wrong guess
			}
		case isLatin:
			if prevArabic {
				other += 2
			}
		case r == utf8.RuneError:
			other += 3
		case r >= 0x80 && unicode.IsLetter(r):
			other++
		}
		prevArabic, prevLatin = isArabic, isLatin
	}
	if arabic+other == 0 {
		return 0
	}
	return float64(arabic) / float64(arabic+other)
}

// minArabicScore is the arabicScore a code page's decoding must reach to
// be taken for the text's encoding.
const minArabicScore = 0.6

var codePages = []struct {
	name string
	enc  encoding.Encoding
}{{"windows-1256", charmap.Windows1256}, {"iso-8859-6", charmap.ISO8859_6}}

// bestCodePage decodes raw with each legacy Arabic code page and keeps the
// decoding that looks most like Arabic.
func bestCodePage(raw []byte) (text, name string, score float64) {
	for _, c := range codePages {
		out, err := c.enc.NewDecoder().Bytes(raw)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			continue // real text never uses a code page's unassigned bytes
		}
		if !wordBroken(string(out)) {
			continue
		}
		if s := arabicScore(string(out)); s > score {
			text, name, score = string(out), c.name, s
		}
	}
	return text, name, score
}

// wordBroken reports text broken into words as prose is: its runs between
// spaces average at most maxMeanWord runes. Random bytes of 0x80–0xFF
// decode in Windows-1256 to mostly Arabic letters, enough to pass
// arabicScore, but with hardly a space among them.
func wordBroken(s string) bool {
	words := len(strings.Fields(s))
	return words > 0 && utf8.RuneCountInString(s)/words <= maxMeanWord
}

// maxMeanWord is the longest mean run of runes per word (its space
// included) that wordBroken takes for prose; Arabic words average five or
// six letters, and a URL or a long compound now and then does not move the
// mean far.
const maxMeanWord = 30

// legacyEncoding guesses, from the first bytes of a multi-record file, a
// legacy code page to decode the whole stream with; nil when the start is
// UTF-8 (a rune cut at the end of head does not count against it, unless
// head is the whole file) or no code page gives Arabic.
func legacyEncoding(head []byte, whole bool) encoding.Encoding {
	if !whole {
		// Drop a rune that the peek may have cut in two.
		for i := 0; i < utf8.UTFMax && len(head) > 0; i++ {
			if r, _ := utf8.DecodeLastRune(head); r != utf8.RuneError {
				break
			}
			head = head[:len(head)-1]
		}
	}
	if utf8.Valid(head) || bytes.IndexByte(head, 0) >= 0 {
		return nil
	}
	_, name, score := bestCodePage(head)
	if score < minArabicScore {
		return nil
	}
	for _, c := range codePages {
		if c.name == name {
			return c.enc
		}
	}
	return nil
}
