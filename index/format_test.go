package index

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// analysisFingerprints records, for each format version since the check
// began, the fingerprint of what the analysis chain indexes (see
// analysisFingerprint). One entry per version: a change to the analysis
// adds a version, it never rewrites an entry.
var analysisFingerprints = map[string]string{
	"5":  "b006d24dccf4ac32",
	"6":  "8ae807f6f4386900", // town names the gazetteer lacked became name words
	"7":  "271bc50e500ef67b", // actor aliases' words became name words (round 23, groups23: الديموقراطية، حركة الشباب)
	"8":  "bfa914ff0f7c6df6", // two more aliases' words became name words (round 35: الجانب، الميلشيات)
	"9":  "4c3ba195978a9320", // the regime's military sites by the adjective became name words (round 36: موقعا، منشات، مطارا)
	"10": "e15bec7b533a265f", // the opposition's plural weak alias became name words (round 40, aud40i: المعارضين، المعارضون)
	"11": "e15bec7b533a265f", // analysis unchanged; the published time's offset is stored beside it (round 49: a rebuild read أمس against the UTC day)
	"12": "91aedc630457acd0", // round 50: التلميذات، تلميذات as name words (m50afn2)
}

// analysisFingerprint hashes the seed articles' terms as both analyzers
// give them (analyzers/testdata/analysis.golden, which
// analyzers.TestAnalysisGolden keeps true) and the word lists the analysis
// embeds (analyzers/data/*.txt, comment lines left out): a new stop word,
// spelling, protected word or name word can change stems the seeds never
// show.
func analysisFingerprint(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob("../analyzers/data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists in ../analyzers/data: %v", err)
	}
	files = append([]string{"../analyzers/testdata/analysis.golden"}, files...)
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(filepath.Base(f) + "\n"))
		for line := range strings.Lines(string(b)) {
			if !strings.HasPrefix(line, "#") || strings.HasSuffix(f, ".golden") {
				h.Write([]byte(line))
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestFormatVersionCoversAnalysis fails when what the analyzers index has
// changed but formatVersion has not: documents indexed by an older rasid
// would keep their old terms, and queries analyzed the new way would miss
// them, until a rebuild that only a new format version triggers.
func TestFormatVersionCoversAnalysis(t *testing.T) {
	got := analysisFingerprint(t)
	want, ok := analysisFingerprints[formatVersion]
	if !ok || want != got {
		t.Fatalf("the analysis fingerprints %s, format %s records %q: if the analysis changed on purpose, bump formatVersion and add %q: %q to analysisFingerprints", got, formatVersion, want, nextVersion(), got)
	}
}

// nextVersion is the version a changed analysis should be recorded under.
func nextVersion() string {
	if _, ok := analysisFingerprints[formatVersion]; !ok {
		return formatVersion
	}
	n, _ := strconv.Atoi(formatVersion)
	return strconv.Itoa(n + 1)
}
