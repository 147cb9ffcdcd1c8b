package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// matchDocs are short articles whose words overlap in known ways.
func matchDocs() []Document {
	day := func(d int) time.Time { return time.Date(2018, 3, d, 9, 0, 0, 0, time.UTC) }
	return []Document{
		{ID: "strike-idlib", Title: "غارات روسية على إدلب", Body: "شنت طائرات حربية روسية غارات على ريف إدلب الجنوبي صباح اليوم.", Published: day(1), Source: "skynews"},
		{ID: "strike-hama", Title: "غارات على ريف حماة", Body: "غارات جوية استهدفت ريف حماة الشمالي ولم تذكر المصادر الجهة المنفذة.", Published: day(2), Source: "alarabia"},
		{ID: "russia-talks", Title: "محادثات روسية تركية", Body: "بحث وزيرا الخارجية الروسي والتركي الوضع في إدلب خلال لقاء في أنقرة.", Published: day(3), Source: "BBC"},
		{ID: "sdf-raqqa", Title: "تقدم في الرقة", Body: "أعلنت قوات سوريا الديمقراطية سيطرتها على حي جديد في مدينة الرقة بعد معارك.", Published: day(4), Source: "skynews"},
		{ID: "weather", Title: "نشرة الطقس", Body: "أمطار غزيرة متوقعة على الساحل السوري نهاية الأسبوع.", Published: day(5)},
	}
}

func TestMatchAllWords(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix, matchDocs()...)
	cases := []struct {
		q, mode  string
		want     []string // in any order
		relaxed  bool
		required int
	}{
		// على is a stop word: it neither has to match nor lets others in.
		{"غارات روسية على إدلب", "", []string{"strike-idlib"}, false, 3},
		{"غارات روسية على إدلب", MatchAny, []string{"strike-idlib", "strike-hama", "russia-talks"}, false, 1},
		// An inflected form counts as the word (روسية / الروسي through the stem field).
		{"محادثات الروسي", "", []string{"russia-talks"}, false, 2},
		// No article has all three: those with most of them, flagged.
		{"غارات روسية حلب", "", []string{"strike-idlib"}, true, 2},
		// No article has any: an honest zero, not relaxed.
		{"زلزال بركان", "", nil, false, 2},
		// An alias satisfies its word: قسد is the SDF the text names in full.
		{"قسد الرقة", "", []string{"sdf-raqqa"}, false, 2},
	}
	for _, c := range cases {
		t.Run(c.q+"/"+c.mode, func(t *testing.T) {
			res := runSearch(t, ix, Request{Query: c.q, Match: c.mode})
			got := ids(res)
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("hits %v, want %v", got, want)
			}
			if res.Match == nil {
				t.Fatalf("no match info")
			}
			if res.Match.Relaxed != c.relaxed || res.Match.Required != c.required {
				t.Errorf("match %+v, want relaxed=%v required=%d", *res.Match, c.relaxed, c.required)
			}
		})
	}
	if _, err := ix.Search(context.Background(), Request{Query: "غارات", Match: "most"}); err == nil {
		t.Errorf("match=most accepted")
	}
}

func TestMatchLongQueryMayMissOneWord(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix, matchDocs()...)
	// Five words; the Idlib report lacks only حلب.
	res := runSearch(t, ix, Request{Query: "غارات طائرات حربية روسية حلب"})
	if res.Match.Words != 5 || res.Match.Required != 4 || res.Match.Relaxed {
		t.Errorf("match %+v, want 4 of 5 words required, not relaxed", *res.Match)
	}
	if got := ids(res); !slices.Equal(got, []string{"strike-idlib"}) {
		t.Errorf("hits %v, want [strike-idlib]", got)
	}
}

func TestHighlightPhrasesAliasesTitles(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix, matchDocs()...)
	hit := func(q, id string) Hit {
		t.Helper()
		for _, h := range runSearch(t, ix, Request{Query: q, Match: MatchAny}).Hits {
			if h.ID == id {
				return h
			}
		}
		t.Fatalf("%s does not find %s", q, id)
		return Hit{}
	}
	// A phrase is marked as one run, and its words are not marked alone.
	h := hit(`"ريف إدلب"`, "strike-idlib")
	if !strings.Contains(h.Snippet, "<mark>ريف إدلب</mark>") {
		t.Errorf("phrase not marked as a run: %s", h.Snippet)
	}
	if h := hit(`"حماة الشمالي"`, "strike-hama"); !strings.Contains(h.Snippet, "<mark>حماة الشمالي</mark>") || strings.Contains(h.TitleHTML, "<mark>") {
		t.Errorf("phrase: snippet %s, title %s (حماة alone in the title is not the phrase)", h.Snippet, h.TitleHTML)
	}
	// An alias is marked where the text names the entity.
	if h := hit("قسد", "sdf-raqqa"); !strings.Contains(h.Snippet, "<mark>قوات سوريا الديمقراطية</mark>") {
		t.Errorf("alias match not marked: %s", h.Snippet)
	}
	// Titles are marked too, escaped.
	if h := hit("إدلب", "strike-idlib"); h.TitleHTML != "غارات روسية على <mark>إدلب</mark>" {
		t.Errorf("title_html %q", h.TitleHTML)
	}
}

func TestHitLabelsAndSourceFacet(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix, append(seedDocs(t), matchDocs()...)...)
	res := runSearch(t, ix, Request{Size: 20, FacetSize: 10})
	for _, h := range res.Hits {
		for facet, ids := range map[string][]string{
			facets.FacetTowns: h.Facets.Towns, facets.FacetActors: h.Facets.Actors,
			facets.FacetEventTypes: h.Facets.EventTypes, facets.FacetGovernorates: h.Facets.Governorates,
		} {
			for _, id := range ids {
				i := slices.IndexFunc(h.Labels[facet], func(l facets.Label) bool { return l.ID == id })
				if i < 0 || h.Labels[facet][i].AR == "" || h.Labels[facet][i].EN == "" {
					t.Errorf("%s: %s %s has no label in %v", h.ID, facet, id, h.Labels[facet])
				}
			}
		}
		for _, l := range h.Labels[facets.FacetTowns] {
			if l.Parent != "" && !slices.ContainsFunc(h.Labels[facets.FacetGovernorates], func(g facets.Label) bool { return g.ID == l.Parent }) {
				t.Errorf("%s: town %s's governorate %s is not labelled", h.ID, l.ID, l.Parent)
			}
		}
	}
	src := map[string]FacetValue{}
	for _, v := range res.Facets[FacetSources] {
		src[v.ID] = v
	}
	if v := src["skynews"]; v.Count != 2 || v.AR != "سكاي نيوز عربية" || v.EN != "Sky News Arabia" {
		t.Errorf("skynews facet value %+v", v)
	}
	if v := src["BBC"]; v.Count != 1 || v.EN != "BBC Arabic" {
		t.Errorf("BBC facet value %+v", v)
	}
	// Disjunctive like the others: filtering on a source keeps the others' counts.
	f := runSearch(t, ix, Request{Sources: []string{"skynews"}, FacetSize: 10})
	if f.Total != 2 || len(f.Facets[FacetSources]) != len(res.Facets[FacetSources]) {
		t.Errorf("source filter: total %d, source values %v", f.Total, f.Facets[FacetSources])
	}
}

func TestTimeAxis(t *testing.T) {
	b := func(key string, n int) Bucket { return Bucket{Key: key, Count: n} }
	// 1984 holds 1 of 300 articles: cut off, reachable, and the axis is
	// every month from the first kept to the last, empty ones included.
	in := []Bucket{b("1984-05", 1), b("2017-12", 100), b("2018-03", 199)}
	axis, out := timeAxis(in)
	var keys []string
	for _, a := range axis {
		keys = append(keys, fmt.Sprintf("%s:%d", a.Key, a.Count))
	}
	if got := strings.Join(keys, " "); got != "2017-12:100 2018-01:0 2018-02:0 2018-03:199" {
		t.Errorf("axis %s", got)
	}
	if out == nil || out.Before == nil || out.Before.Count != 1 || out.Before.From != "1984-05-01" || out.Before.To != "1984-05-31" || out.After != nil {
		t.Errorf("outliers %+v", out)
	}
	// Few articles: nothing is an outlier, the gap is drawn.
	axis, out = timeAxis([]Bucket{b("2013-12", 1), b("2014-02", 1)})
	if len(axis) != 3 || out != nil || axis[1].Count != 0 || axis[1].From != "2014-01-01" || axis[1].To != "2014-01-31" {
		t.Errorf("short axis %+v, outliers %+v", axis, out)
	}
	// A long even spread is cut to the latest maxHistogramMonths.
	var long []Bucket
	for y := 2000; y < 2020; y++ {
		long = append(long, b(fmt.Sprintf("%d-06", y), 5))
	}
	axis, out = timeAxis(long)
	if len(axis) > maxHistogramMonths || axis[len(axis)-1].Key != "2019-06" || out == nil || out.Before == nil {
		t.Errorf("long axis: %d months ending %s, outliers %+v", len(axis), axis[len(axis)-1].Key, out)
	}
}

func TestKilledByMonth(t *testing.T) {
	ix := openTemp(t)
	docs := []Document{
		{ID: "a", Title: "مقتل 12 شخصا في قصف على دوما", Body: "قتل 12 شخصا في قصف على دوما.", Published: time.Date(2018, 2, 10, 0, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "مقتل 5 أشخاص في قصف على دوما", Body: "قتل 5 أشخاص في قصف على دوما.", Published: time.Date(2018, 2, 20, 0, 0, 0, 0, time.UTC)},
		{ID: "c", Title: "مقتل 7 مدنيين في إدلب", Body: "قتل 7 مدنيين في غارة على إدلب.", Published: time.Date(2018, 4, 2, 0, 0, 0, 0, time.UTC)},
	}
	apply(t, ix, docs...)
	res := runSearch(t, ix, Request{Histogram: true})
	// The expected sums come from what extraction found, per month of the date.
	want := map[string]int{}
	for _, h := range runSearch(t, ix, Request{Size: 10}).Hits {
		d, err := ix.Get(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Facets.Killed == nil {
			continue
		}
		date := d.Published
		if ed, err := time.Parse(time.DateOnly, d.Facets.EventDate); err == nil {
			date = ed
		}
		want[date.Format("2006-01")] += *d.Facets.Killed
	}
	if len(want) == 0 {
		t.Fatal("extraction found no killed toll in the test articles")
	}
	got := map[string]int{}
	for _, m := range res.KilledByMonth {
		got[m.Key] = m.Killed
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("killed by month %v, want %v", got, want)
	}
	if res.KilledByMonthPartial {
		t.Errorf("partial with 3 articles")
	}
	for _, r := range res.KilledRanges {
		if r.Key == "0" {
			t.Errorf("a killed range of 0, which is always empty")
		}
	}

	// The series is cached with the counts: the same search answers the
	// same, and a commit makes the next search sum again.
	if again := runSearch(t, ix, Request{Histogram: true}); fmt.Sprint(again.KilledByMonth) != fmt.Sprint(res.KilledByMonth) {
		t.Errorf("repeated search: %v, first %v", again.KilledByMonth, res.KilledByMonth)
	}
	d := docs[0]
	d.ID, d.Body = "d", d.Body+" وفي خبر آخر."
	apply(t, ix, d)
	after := runSearch(t, ix, Request{Histogram: true})
	var was, now int
	for _, m := range res.KilledByMonth {
		was += m.Articles
	}
	for _, m := range after.KilledByMonth {
		now += m.Articles
	}
	if now != was+1 {
		t.Errorf("after a commit of one more article with a toll: %d articles summed, want %d", now, was+1)
	}
}
