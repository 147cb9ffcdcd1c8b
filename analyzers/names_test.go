package analyzers

import "testing"

func TestKnownNameWord(t *testing.T) {
	for _, w := range []string{"البوكمال", "بوكمال", "داعش", "الزور", "حلب"} {
		if !knownNameWord(Normalize(w)) {
			t.Errorf("knownNameWord(%s) = false", w)
		}
	}
	if knownNameWord("والتي") {
		t.Error("knownNameWord(والتي) = true")
	}
}
