package facets

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers"

	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// checkSpans asserts that every span of e points into title or body and
// holds exactly the bytes it points at, and that e has spans for f's
// values and for nothing else. It returns the values left without a span.
func checkSpans(t testing.TB, title, body string, f Facets, e Evidence) (missing []string) {
	t.Helper()
	check := func(what string, sp []Span) {
		for _, s := range sp {
			text := body
			switch s.Field {
			case FieldTitle:
				text = title
			case FieldBody:
			default:
				t.Fatalf("%s: span in field %q", what, s.Field)
			}
			if s.Start < 0 || s.Start >= s.End || s.End > len(text) {
				t.Fatalf("%s: span [%d,%d) outside %s of %d bytes", what, s.Start, s.End, s.Field, len(text))
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("%s: span text %q, %s[%d:%d] is %q", what, s.Text, s.Field, s.Start, s.End, text[s.Start:s.End])
			}
		}
	}
	for _, name := range FacetNames {
		vals := map[string][]string{FacetTowns: f.Towns, FacetGovernorates: f.Governorates, FacetActors: f.Actors, FacetEventTypes: f.EventTypes}[name]
		got := e.Values(name)
		for id, sp := range got {
			if !slices.Contains(vals, id) {
				t.Errorf("evidence for %s %s, which is no value", name, id)
			}
			check(name+" "+id, sp)
		}
		for _, id := range vals {
			if len(got[id]) == 0 {
				missing = append(missing, name+" "+id)
			}
		}
	}
	for _, x := range []struct {
		name string
		set  bool
		sp   []Span
	}{{"killed", f.Killed != nil, e.Killed}, {"injured", f.Injured != nil, e.Injured}, {"event_date", f.EventDate != "", e.EventDate}} {
		check(x.name, x.sp)
		if x.set && len(x.sp) == 0 {
			missing = append(missing, x.name)
		}
		if !x.set && len(x.sp) > 0 {
			t.Errorf("evidence for %s, which has no value", x.name)
		}
	}
	return missing
}

func spanTexts(sp []Span) []string {
	var out []string
	for _, s := range sp {
		out = append(out, s.Text)
	}
	return out
}

// The seeds: every value has evidence, and it is the words one would mark.
func TestEvidenceSeeds(t *testing.T) {
	for _, seed := range []string{"000_29e69d567a082153.txt", "001_cf68c4a37876e045.txt"} {
		title, body := readSeed(t, seed)
		pub := time.Date(2017, 11, 20, 0, 0, 0, 0, time.UTC)
		f, e := ExtractWithEvidence(title, body, pub)
		if want := Extract(title, body, pub); !slices.Equal(f.Towns, want.Towns) || !slices.Equal(f.Actors, want.Actors) ||
			!slices.Equal(f.EventTypes, want.EventTypes) || f.EventDate != want.EventDate {
			t.Fatalf("%s: ExtractWithEvidence gives %+v, Extract %+v", seed, f, want)
		}
		if missing := checkSpans(t, title, body, f, e); len(missing) > 0 {
			t.Errorf("%s: no evidence for %v", seed, missing)
		}
		if sp := e.Towns["C5167"]; len(sp) == 0 || !strings.Contains(sp[0].Text, "البوكمال") {
			t.Errorf("%s: Albukamal's evidence %v", seed, spanTexts(sp))
		}
		// Deir ez-Zor governorate comes (at least) from Albukamal's name.
		for _, s := range e.Towns["C5167"] {
			if !slices.Contains(e.Governorates["SY09"], s) {
				t.Errorf("%s: SY09's evidence %v lacks its town's span %q", seed, spanTexts(e.Governorates["SY09"]), s.Text)
			}
		}
		for _, s := range e.Actors["isis"] {
			if n := analyzers.Normalize(s.Text); !strings.Contains(n, "داعش") && !strings.Contains(n, "الدوله") && !strings.Contains(n, "التنظيم") {
				t.Errorf("%s: ISIS evidence %q", seed, s.Text)
			}
		}
	}
}

// Spans point at the original bytes whatever normalization did to the
// text: diacritics, tatweel, Arabic-Indic digits, presentation forms, a
// blanked read-also paragraph before the mention.
func TestEvidenceOffsetsInOriginal(t *testing.T) {
	cases := []struct {
		name, title, body string
		check             func(t *testing.T, f Facets, e Evidence)
	}{
		{"harakat and digits", "مَقْتَلُ ٣١ مدنيّاً في غارةٍ على البُوكَمال",
			"قُتِلَ ٣١ مدنيّاً، الأحد، في غارات جوية روسية على مدينة البُوكَمال في ريف دير الزور الشرقي.",
			func(t *testing.T, f Facets, e Evidence) {
				if f.Killed == nil || *f.Killed != 31 || len(e.Killed) == 0 || !strings.Contains(e.Killed[0].Text, "٣١") {
					t.Errorf("killed %v, evidence %v", f.Killed, spanTexts(e.Killed))
				}
				if sp := e.Towns["C5167"]; len(sp) == 0 || sp[0].Text != "البُوكَمال" {
					t.Errorf("town evidence %v", spanTexts(sp))
				}
			}},
		{"tatweel", "", "قصفت الطائرات الحربية مدينـــة الرقـــة أمس وقُتِل عشرة أشخاص.",
			func(t *testing.T, f Facets, e Evidence) {
				if sp := e.Towns["C5710"]; len(sp) == 0 || sp[0].Text != "الرقـــة" {
					t.Errorf("town evidence %v (towns %v)", spanTexts(sp), f.Towns)
				}
			}},
		{"read-also blanked", "", "اقرأ أيضا: غارات على حلب تقتل العشرات\nقُتل خمسة مدنيين في قصف على مدينة البوكمال بريف دير الزور.",
			func(t *testing.T, f Facets, e Evidence) {
				if sp := e.Towns["C5167"]; len(sp) == 0 || sp[0].Text != "البوكمال" {
					t.Errorf("town evidence %v (towns %v)", spanTexts(sp), f.Towns)
				}
			}},
		{"presentation forms", "", "ﻗﺘﻞ خمسة في ﺍﻟﺮﻗﺔ أمس.", func(t *testing.T, f Facets, e Evidence) {}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := time.Date(2017, 11, 20, 0, 0, 0, 0, time.UTC)
			f, e := ExtractWithEvidence(c.title, c.body, pub)
			if missing := checkSpans(t, c.title, c.body, f, e); len(missing) > 0 {
				t.Errorf("no evidence for %v of %+v", missing, f)
			}
			c.check(t, f, e)
		})
	}
}

// A governorate from a town points at the town's name; one named by its
// own phrase points at the phrase.
func TestEvidenceGovernorates(t *testing.T) {
	f, e := ExtractWithEvidence("", "قتل ثلاثة مدنيين في قصف على مدينة البوكمال. وفي ريف إدلب الجنوبي اندلعت اشتباكات.", time.Time{})
	if !slices.Contains(f.Governorates, "SY09") || !slices.Contains(f.Governorates, "SY07") {
		t.Fatalf("governorates %v", f.Governorates)
	}
	if got := spanTexts(e.Governorates["SY09"]); !slices.Equal(got, []string{"البوكمال"}) {
		t.Errorf("Deir ez-Zor's evidence %v, want the town البوكمال", got)
	}
	if got := spanTexts(e.Governorates["SY07"]); len(got) == 0 || !strings.HasPrefix(got[0], "ريف إدلب") {
		t.Errorf("Idlib's evidence %v, want its phrase", got)
	}
}

// Evidence is valid whatever the input: every span holds the bytes it
// points at.
func FuzzExtractWithEvidence(f *testing.F) {
	f.Add("مَقْتَلُ ٣١", "قُتِلَ ٣١ مدنيّاً، الأحد، في غارات على البُوكَمال.\nاقرأ أيضا: x")
	f.Add("", "ﻗﺘﻞ ½ ٣٫٥ \xff ﷲ مدينـــة الرقـــة")
	f.Fuzz(func(t *testing.T, title, body string) {
		fc, e := ExtractWithEvidence(title, body, time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC))
		checkSpans(t, title, body, fc, e)
	})
}

// Over the shared Syria corpus, every value has evidence and every span
// is exact. A value without evidence means a rule now decides a value
// without noting the mention behind it (notes): have it note it.
func TestEvidenceCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared corpus")
	}
	n, values := 0, 0
	missing := map[string]int{}
	eachCorpusArticle(t, "ant-syria.jsonl.gz", 400, func(a corpus.Article) {
		n++
		fc, e := ExtractWithEvidence(a.Title, a.Body, parseANTDate(a.Date))
		values += len(fc.Towns) + len(fc.Governorates) + len(fc.Actors) + len(fc.EventTypes)
		for _, m := range checkSpans(t, a.Title, a.Body, fc, e) {
			missing[m]++
			if missing[m] == 1 {
				t.Logf("%s: no evidence for %s", a.ID, m)
			}
		}
	})
	if len(missing) > 0 {
		t.Errorf("%d articles, %d list values: values without evidence %v", n, values, missing)
	}
}

// BenchmarkExtractWithEvidence is BenchmarkExtract with the evidence read
// too: what indexing an article costs in extraction.
func BenchmarkExtractWithEvidence(b *testing.B) {
	benchSeeds(b, func(title, body string) { ExtractWithEvidence(title, body, time.Time{}) })
}

// BenchmarkEvidenceRatio runs Extract and ExtractWithEvidence in turn on
// the seeds and reports the median of the per-round ratios of their
// times: on a shared machine a burst of other work spoils a few rounds,
// not the median.
func BenchmarkEvidenceRatio(b *testing.B) {
	t0, b0 := readSeed(b, "000_29e69d567a082153.txt")
	t1, b1 := readSeed(b, "001_cf68c4a37876e045.txt")
	evidenceRatio(b, []article{{t0, b0, time.Time{}}, {t1, b1, time.Time{}}})
}

// BenchmarkEvidenceRatioCorpus is BenchmarkEvidenceRatio over the first
// 300 articles of the shared Syria corpus, which are shorter and name
// fewer things than the seeds.
func BenchmarkEvidenceRatioCorpus(b *testing.B) {
	var arts []article
	eachCorpusArticle(b, "ant-syria.jsonl.gz", 300, func(a corpus.Article) {
		arts = append(arts, article{a.Title, a.Body, parseANTDate(a.Date)})
	})
	evidenceRatio(b, arts)
}

type article struct {
	title, body string
	published   time.Time
}

func evidenceRatio(b *testing.B, arts []article) {
	lex()
	plainRun := func() time.Duration {
		start := time.Now()
		for _, a := range arts {
			Extract(a.title, a.body, a.published)
		}
		return time.Since(start)
	}
	evRun := func() time.Duration {
		start := time.Now()
		for _, a := range arts {
			ExtractWithEvidence(a.title, a.body, a.published)
		}
		return time.Since(start)
	}
	b.ResetTimer()
	ratios := make([]float64, 0, b.N)
	for i := 0; i < b.N; i++ {
		// Alternate which runs first, so neither always finds the caches
		// the other warmed.
		var plain, ev time.Duration
		if i%2 == 0 {
			plain, ev = plainRun(), evRun()
		} else {
			ev, plain = evRun(), plainRun()
		}
		ratios = append(ratios, float64(ev)/float64(plain))
	}
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "evidence/plain")
}

// Evidence is what the rules counted: a bare "القاعدة" that actorCounts
// took for a military base is no evidence of al-qaeda, even where the
// group is named too.
func TestEvidenceFollowsRules(t *testing.T) {
	body := "قصفت طائرات روسية مواقع تنظيم القاعدة في إدلب، بعد هجوم بطائرات مسيرة على قاعدة حميميم. وقالت القاعدة إن الهجوم فشل."
	f, e := ExtractWithEvidence("", body, time.Time{})
	if !slices.Contains(f.Actors, "al-qaeda") {
		t.Fatalf("actors %v", f.Actors)
	}
	if got := spanTexts(e.Actors["al-qaeda"]); !slices.Equal(got, []string{"تنظيم القاعدة"}) {
		t.Errorf("al-qaeda's evidence %v, want only تنظيم القاعدة", got)
	}
}

// TestEvidenceNewsOfTheDay: an event dated on publication because its lead
// reports the news of the day points at the lead's first trigger of a type
// it kept.
func TestEvidenceNewsOfTheDay(t *testing.T) {
	// SK-middleEast-8-20180222, title and lead as published.
	title := "صواريخ محملة بمادة النابالم تستهدف غوطة دمشق"
	body := "أفادت أجهزة الدفاع المدني في غوطة دمشق ومصادر محلية لسكاي نيوز عربية بأن صواريخ راجمة محملة بمادة النابالم المحرمة دوليا استهدفت بلدة حمورية في الغوطة الشرقية بريف دمشق.\n" +
		"يأتي هذا – بحسب المصادر – بالتزامن مع غارات جوية سورية مكثفة وبالصواريخ الفراغية استهدفت مدن وبلدات الغوطة الشرقية المحاصرة، مما تسبب في سقوط قتلى وجرحى من المدنيين."
	f, e := ExtractWithEvidence(title, body, pubAt("2018-02-22 22:17"))
	if f.EventDate != "2018-02-22" {
		t.Fatalf("event date %q, want the publication day", f.EventDate)
	}
	if len(e.EventDate) != 1 || e.EventDate[0].Field != "title" || e.EventDate[0].Text != "صواريخ" {
		t.Errorf("event date evidence %+v, want the title's صواريخ", e.EventDate)
	}
}

// TestEvidenceOtherSideToll: a toll summed over two sentences, the main
// figure and the other side's, points at both figures.
func TestEvidenceOtherSideToll(t *testing.T) {
	// SK-internationalNews-2049-20180609, title and lead as published.
	title := "مقتل 13 إرهابيا بنيران الجيش في مالي"
	body := "قتل ثلاثة جنود ماليين على الأقل وثلاثة عشر \"إرهابيا\" في وسط مالي في هجوم صدّه الجيش، بحسب ما أعلنت وزارة الدفاع المالية."
	f, e := ExtractWithEvidence(title, body, pubAt("2018-06-09 12:00"))
	if f.Killed == nil || *f.Killed != 16 {
		t.Fatalf("killed %v, want 16", f.Killed)
	}
	if got := spanTexts(e.Killed); len(got) != 2 || !strings.Contains(got[0], "13") || !strings.Contains(got[1], "ثلاثة") {
		t.Errorf("killed evidence %v, want the title's 13 and the lead's ثلاثة", got)
	}
}
