package facets

import "testing"

// A strike word after a word of readying (استعدادا، تتيح) is one prepared
// for, not made; the same word before another trigger, or a strike told
// with none, is untouched.
func TestReadiedStrike(t *testing.T) {
	cases := []struct {
		name, id, text, word, trig string
		want                       bool
	}{
		{"warships readied for a strike", "SK-internationalNews-924-20180413",
			"تتجه مجموعة مكونة من 12 سفينة وقطعة حربية أميركية نحو سوريا استعدادا لضربة عسكرية محتملة، ضمن حملة أميركية، تعد الأكبر بعد غزو العراق في العام 2003.",
			"لضربة", evShelling, true},
		// Guards: the word before a capture trigger (a purpose, read
		// elsewhere), and strikes told with no readying.
		{"readied for a capture", "SK-internationalNews-924-20180413",
			"تتجه مجموعة مكونة من 12 سفينة وقطعة حربية أميركية نحو سوريا استعدادا لضربة عسكرية محتملة، ضمن حملة أميركية، تعد الأكبر بعد غزو العراق في العام 2003.",
			"لضربة", evCapture, false},
		{"the coalition's raids and artillery", "SK-middleEast-2176-20180605",
			"شن التحالف العربي غارات جوية وقصفا بالمدفعية، الثلاثاء، على معاقل الحوثيين في ضواحي مدينة الحديدة، في وقت تتقدم قوات المقاومة بإسناد إماراتي على الأرض باتجاه المدينة الاستراتيجية.",
			"وقصفا", evShelling, false},
	}
	for _, c := range cases {
		toks := tokenize("", c.text)
		at := wordIndex(t, toks, c.word)
		if got := readiedStrike(toks, at, &entry{words: []string{c.word}, ids: []string{c.trig}}); got != c.want {
			t.Errorf("%s (%s): readiedStrike = %v, want %v", c.name, c.id, got, c.want)
		}
	}
}
