package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/facets"
)

// seedDocs reads the two seed articles committed under examples/.
func seedDocs(t testing.TB) []Document {
	t.Helper()
	paths, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(paths) < 2 {
		t.Fatalf("seed articles missing under examples/: %v", err)
	}
	var docs []Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		docs = append(docs, Document{ID: id, Title: title, Body: strings.TrimSpace(body),
			Published: time.Date(2017, 11, 19+len(docs), 12, 0, 0, 0, time.UTC)})
	}
	return docs
}

// seedDocs' articles and the first n of the shared corpus, when it is there:
// real text for the tests that compare two ways of analysing it.
func seedAndCorpusDocs(t testing.TB, n int) []Document {
	t.Helper()
	docs := seedDocs(t)
	if _, err := os.Stat(sharedCorpus); err == nil {
		more, err := readCorpusForTest(sharedCorpus)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, more[:min(n, len(more))]...)
	}
	return docs
}

func openTemp(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func apply(t testing.TB, ix *Index, docs ...Document) ApplyResult {
	t.Helper()
	b := ix.NewBatch()
	for _, d := range docs {
		b.Upsert(d)
	}
	res, err := ix.Apply(b)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func runSearch(t testing.TB, ix *Index, r Request) *Result {
	t.Helper()
	res, err := ix.Search(context.Background(), r)
	if err != nil {
		t.Fatalf("search %+v: %v", r, err)
	}
	return res
}

func ids(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestUpsertGetDeleteAndReopen(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	seeds := seedDocs(t)
	b := ix.NewBatch()
	for _, d := range seeds {
		b.Upsert(d)
	}
	b.SetMeta("file:a.txt", []byte(`{"ids":["x"]}`))
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Get(seeds[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != seeds[1].Title || got.Body != seeds[1].Body || !got.Published.Equal(seeds[1].Published) {
		t.Errorf("Get returned %q / %v, want the stored seed", got.Title, got.Published)
	}
	if _, err := ix.Get("no-such-id"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(unknown) = %v, want ErrNotFound", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = Open(dir)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 2 {
		t.Fatalf("after reopen Count = %d, want 2", n)
	}
	if v, _ := ix.Meta("file:a.txt"); string(v) != `{"ids":["x"]}` {
		t.Errorf("meta after reopen = %q", v)
	}
	b = ix.NewBatch()
	b.Delete(seeds[0].ID)
	b.DeleteMeta("file:a.txt")
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 1 {
		t.Errorf("after delete Count = %d, want 1", n)
	}
	if v, _ := ix.Meta("file:a.txt"); v != nil {
		t.Errorf("meta after delete = %q, want nil", v)
	}
}

func TestDuplicates(t *testing.T) {
	ix := openTemp(t)
	a := Document{ID: "a", Title: "قصف على البوكمال", Body: "قتل ٣١ مدنياً في قصف على مدينة البوكمال.", URL: "https://www.example.com/news/1/"}
	// Same text with harakat, tatweel and other digits: one article.
	sameText := Document{ID: "b", Title: "قَصْف على البوكمـــال", Body: "قتل 31 مدنيا في قصف على مدينة البوكمال."}
	sameURL := Document{ID: "c", Title: "عنوان آخر", Body: "نص آخر تماما", URL: "http://example.com/news/1#top"}
	other := Document{ID: "d", Title: "خبر مختلف", Body: "اشتباكات في دير الزور", URL: "https://example.com/news/2"}

	res := apply(t, ix, a, sameText)
	if len(res.Duplicates) != 1 || res.Duplicates[0] != (Duplicate{ID: "b", Of: "a"}) {
		t.Errorf("same batch: duplicates = %+v, want b of a", res.Duplicates)
	}
	res = apply(t, ix, sameURL, other)
	if len(res.Duplicates) != 1 || res.Duplicates[0] != (Duplicate{ID: "c", Of: "a"}) {
		t.Errorf("later batch: duplicates = %+v, want c of a", res.Duplicates)
	}
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
	// Re-indexing a document under its own id is an update, not a copy.
	a.Body += " وأصيب آخرون."
	if res = apply(t, ix, a); len(res.Duplicates) != 0 || len(res.Indexed) != 1 {
		t.Errorf("update of a: %+v", res)
	}
	// An edit that turns d into a copy of a removes d.
	d2 := a
	d2.ID, d2.URL = "d", ""
	if res = apply(t, ix, d2); len(res.Duplicates) != 1 {
		t.Errorf("edit into a copy: %+v", res)
	}
	if _, err := ix.Get("d"); !errors.Is(err, ErrNotFound) {
		t.Errorf("d should be gone after turning into a copy, Get = %v", err)
	}
}

// TestCopyAndChangedOriginalInOneBatch: a batch that holds a copy of an
// indexed article and also deletes or rewrites the original indexes the
// copy, in either order: the original no longer holds the text once the
// batch is written. (Issue 14: a copy that arrived with its original's
// rewrite was dropped as a duplicate of text no longer indexed.)
func TestCopyAndChangedOriginalInOneBatch(t *testing.T) {
	orig := Document{ID: "orig", Title: "خبر في ملفين", Body: "قصف على مدينة البوكمال أوقع ثلاثة قتلى.", URL: "https://example.com/a/1"}
	cp := orig
	cp.ID = "copy"
	rewritten := Document{ID: "orig", Title: "خبر جديد", Body: "نص آخر عن مدينة منبج.", URL: "https://example.com/a/2"}
	sameText := rewritten
	sameText.Title, sameText.Body = orig.Title, orig.Body+" " // the original saved again: same article
	tests := []struct {
		name     string
		ops      func(b *Batch)
		indexed  []string // ids indexed after the batch
		dupOf    string   // the copy recorded as a duplicate of this id, or ""
		copyText string   // the copy's stored body, when indexed
	}{
		{"copy, then the original deleted", func(b *Batch) { b.Upsert(cp); b.Delete("orig") }, []string{"copy"}, "", orig.Body},
		{"original deleted, then the copy", func(b *Batch) { b.Delete("orig"); b.Upsert(cp) }, []string{"copy"}, "", orig.Body},
		{"copy, then the original rewritten", func(b *Batch) { b.Upsert(cp); b.Upsert(rewritten) }, []string{"copy", "orig"}, "", orig.Body},
		{"original rewritten, then the copy", func(b *Batch) { b.Upsert(rewritten); b.Upsert(cp) }, []string{"copy", "orig"}, "", orig.Body},
		{"copy, then the original saved again unchanged", func(b *Batch) { b.Upsert(cp); b.Upsert(sameText) }, []string{"orig"}, "orig", ""},
		{"original saved again unchanged, then the copy", func(b *Batch) { b.Upsert(sameText); b.Upsert(cp) }, []string{"orig"}, "orig", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := openTemp(t)
			apply(t, ix, orig)
			b := ix.NewBatch()
			tc.ops(b)
			res, err := ix.Apply(b)
			if err != nil {
				t.Fatal(err)
			}
			var dup string
			for _, d := range res.Duplicates {
				if d.ID == "copy" {
					dup = d.Of
				}
			}
			if dup != tc.dupOf {
				t.Errorf("copy recorded as a duplicate of %q, want %q (%+v)", dup, tc.dupOf, res)
			}
			if n, _ := ix.Count(); n != uint64(len(tc.indexed)) {
				t.Errorf("Count = %d, want %d", n, len(tc.indexed))
			}
			for _, id := range tc.indexed {
				d, err := ix.Get(id)
				if err != nil {
					t.Fatalf("%s: %v", id, err)
				}
				if id == "copy" && d.Body != tc.copyText {
					t.Errorf("copy holds %q, want %q", d.Body, tc.copyText)
				}
			}
		})
	}
}

func TestInvalidIDRejected(t *testing.T) {
	ix := openTemp(t)
	for _, id := range []string{"", "../etc/passwd", "a/b", "x\x00y", strings.Repeat("x", MaxIDBytes+1)} {
		b := ix.NewBatch()
		b.Upsert(Document{ID: id, Title: "t", Body: "b"})
		if _, err := ix.Apply(b); err == nil {
			t.Errorf("Apply accepted id %q", id)
		}
	}
}

func TestSearchSeeds(t *testing.T) {
	ix := openTemp(t)
	seeds := seedDocs(t)
	apply(t, ix, seeds...)
	ctx := context.Background()
	_ = ctx

	// Empty query: every document, newest first.
	res := runSearch(t, ix, Request{})
	if res.Total != 2 || res.Hits[0].ID != seeds[1].ID {
		t.Errorf("browse: total %d, order %v; want newest (%s) first", res.Total, ids(res), seeds[1].ID)
	}

	cases := []struct {
		name  string
		query string
		want  []string // ids that must be among the hits
		none  bool
	}{
		{"stacked clitics", "وبالبوكمال", []string{seeds[0].ID, seeds[1].ID}, false},
		{"Arabic-Indic digits", "١٩", []string{seeds[1].ID}, false},
		{"phrase", `"تشرين الثاني"`, []string{seeds[1].ID}, false},
		{"exclusion", "البوكمال -تشرين", []string{seeds[0].ID}, false},
		{"no match", "كرة القدم الأوروبية", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := runSearch(t, ix, Request{Query: c.query})
			got := ids(res)
			if c.none && len(got) != 0 {
				t.Errorf("%q: got %v, want none", c.query, got)
			}
			for _, w := range c.want {
				if !strings.Contains(strings.Join(got, ","), w) {
					t.Errorf("%q: hits %v lack %s", c.query, got, w)
				}
			}
		})
	}
	// The exclusion really excludes.
	res = runSearch(t, ix, Request{Query: "البوكمال -تشرين"})
	for _, h := range res.Hits {
		if h.ID == seeds[1].ID {
			t.Errorf("-تشرين kept %s, which says تشرين", h.ID)
		}
	}
}

// TestSearchMatchesInflections checks that a query word finds documents
// that hold it only with other clitics or inflections, through the stemmed
// field, and that a document holding the form as written ranks first. The
// words are not names of towns or actors, so entity matching cannot help.
func TestSearchMatchesInflections(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix,
		Document{ID: "inflected", Title: "تقرير", Body: "قال التحالف إن الجماعة تتاجر بالمخدرات وإن سيطرتها على الميناء مستمرة وللمدينة حصار."},
		Document{ID: "exact", Title: "تقرير آخر", Body: "ضبطت الشرطة مخدرات في سيطرة على الميناء."},
		Document{ID: "other", Title: "خبر", Body: "افتتح معرض للكتاب في العاصمة."},
	)
	cases := []struct {
		query string
		want  []string // in this order, and nothing else
	}{
		{"مخدرات", []string{"exact", "inflected"}},
		{"بالمخدرات", []string{"inflected", "exact"}},
		{"سيطرة", []string{"exact", "inflected"}},
		{"المدينة", []string{"inflected"}},
		{"وبالمدينة", []string{"inflected"}},
	}
	for _, c := range cases {
		got := ids(runSearch(t, ix, Request{Query: c.query}))
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%q: hits %v, want %v", c.query, got, c.want)
		}
	}
	// Exclusions are stemmed too: -مخدرات drops the article that says بالمخدرات.
	if got := ids(runSearch(t, ix, Request{Query: "الميناء -مخدرات"})); len(got) != 0 {
		t.Errorf("الميناء -مخدرات: hits %v, want none", got)
	}
}

func TestSnippetMarksOriginalText(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix, Document{ID: "x", Title: "حصيلة", Body: "قالت المصادر إن ٣١ عنصراً قتلوا وبالبوكمال اشتباكات عنيفة <script> مستمرة."})
	res := runSearch(t, ix, Request{Query: "البوكمال 31"})
	if len(res.Hits) != 1 {
		t.Fatalf("hits = %v", ids(res))
	}
	s := res.Hits[0].Snippet
	for _, want := range []string{"<mark>٣١</mark>", "<mark>وبالبوكمال</mark>", "&lt;script&gt;"} {
		if !strings.Contains(s, want) {
			t.Errorf("snippet %q lacks %q", s, want)
		}
	}
}

func TestRequestErrors(t *testing.T) {
	ix := openTemp(t)
	neg, five := -1, 5
	cases := []struct {
		r    Request
		code string
	}{
		{Request{Query: strings.Repeat("ب", MaxQueryBytes)}, "query_too_long"},
		{Request{Query: "\xff\xfe"}, "bad_query"},
		{Request{Size: MaxPageSize + 1}, "bad_size"},
		{Request{Offset: MaxOffset + 1}, "bad_page"},
		{Request{Filters: map[string][]string{"weather": {"x"}}}, "unknown_facet"},
		{Request{From: time.Date(2018, 2, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)}, "bad_range"},
		{Request{KilledMin: &five, KilledMax: &neg}, "bad_range"},
		{Request{Sort: "random"}, "bad_sort"},
	}
	for _, c := range cases {
		_, err := ix.Search(context.Background(), c.r)
		var re *RequestError
		if !errors.As(err, &re) || re.Code != c.code {
			t.Errorf("Search(%+v) = %v, want RequestError %s", c.r, err, c.code)
		}
	}
	// Hostile but valid input is answered, not refused; a query with
	// nothing to search for says that it was ignored.
	for _, c := range []struct {
		q       string
		ignored bool
	}{
		{`"`, true}, {`-`, true}, {`+`, true}, {`"""`, true}, {`-"`, true}, {`(((`, true},
		{`*?:()[]{}^~\`, true}, {"\u200f\u200e", true},
		{`-"البوكمال`, false}, {`البوكمال`, false}, {``, false}, {`  `, false},
	} {
		res, err := ix.Search(context.Background(), Request{Query: c.q})
		if err != nil {
			t.Errorf("Search(%q) = %v", c.q, err)
			continue
		}
		if res.QueryIgnored != c.ignored {
			t.Errorf("Search(%q).QueryIgnored = %v, want %v", c.q, res.QueryIgnored, c.ignored)
		}
	}
}

func TestParseQuery(t *testing.T) {
	q := parseQuery(`داعش "دير الزور" -روسيا +البوكمال -"تشرين الثاني" «قوات النظام`)
	check := func(name string, got, want []string) {
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	check("words", q.words, []string{"داعش"})
	check("phrases", q.phrases, []string{"دير الزور", "قوات النظام"})
	check("exclude", q.excludeWords, []string{"روسيا"})
	check("required", q.required, []string{"البوكمال"})
	check("excludePhrases", q.excludePhrases, []string{"تشرين الثاني"})
}

func TestEntityAwareSearch(t *testing.T) {
	ix := openTemp(t)
	// The article never writes داعش, ISIS or قسد; extraction finds the actors.
	apply(t, ix,
		Document{ID: "only-long-name", Title: "هجوم على مدينة البوكمال",
			Body: "شن عناصر تنظيم الدولة الإسلامية هجوما على مواقع قوات سوريا الديمقراطية في ريف دير الزور الشرقي."},
		Document{ID: "unrelated", Title: "مباراة كرة قدم", Body: "فاز الفريق في المباراة النهائية أمس."})
	for _, q := range []string{"داعش", "ISIS", "قسد"} {
		res := runSearch(t, ix, Request{Query: q})
		if got := ids(res); len(got) != 1 || got[0] != "only-long-name" {
			t.Errorf("%q: hits %v, want only-long-name", q, got)
		}
	}
	// Excluding an entity's name does not pull its articles in.
	res := runSearch(t, ix, Request{Query: "-داعش"})
	for _, h := range res.Hits {
		if h.ID == "only-long-name" {
			t.Errorf("-داعش matched the ISIS article through its facet")
		}
	}
}

func TestIndexAllReportsDuplicatesAcrossBatches(t *testing.T) {
	ix := openTemp(t)
	docs := seedDocs(t)
	copyOf := docs[0]
	copyOf.ID = "copy"
	all := append(docs, copyOf)
	dups, err := ix.IndexAll(all, 1) // one document per batch: the copy is found in the index
	if err != nil {
		t.Fatal(err)
	}
	if len(dups) != 1 || dups[0] != (Duplicate{ID: "copy", Of: docs[0].ID}) {
		t.Errorf("duplicates = %+v", dups)
	}
	if n, _ := ix.Count(); n != uint64(len(docs)) {
		t.Errorf("Count = %d, want %d", n, len(docs))
	}
}

// TestOpenRebuildsOlderFormat opens an index marked as written by an older
// rasid and checks that it is rebuilt with every document kept.
func TestOpenRebuildsOlderFormat(t *testing.T) {
	dir := t.TempDir()
	ix, seeds := openSeeded(t, dir)
	before, err := ix.Get(seeds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	// What the first release left: no format marker.
	if err := ix.r.set.shards[metaShard].DeleteInternal(formatKey); err != nil {
		t.Fatal(err)
	}

	ix = reopen(t, ix, dir)
	if v, _ := ix.r.set.shards[metaShard].GetInternal(formatKey); string(v) != formatVersion {
		t.Errorf("format after rebuild = %q, want %q", v, formatVersion)
	}
	if n, _ := ix.Count(); n != uint64(len(seeds)) {
		t.Errorf("%d documents after rebuild, want %d", n, len(seeds))
	}
	after, err := ix.Get(seeds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.Title != before.Title || after.Body != before.Body || !after.Ingested.Equal(before.Ingested) ||
		!after.Published.Equal(before.Published) || len(after.Facets.Towns) == 0 {
		t.Errorf("document changed in the rebuild:\nbefore %+v\nafter  %+v", before, after)
	}
	if got := ids(runSearch(t, ix, Request{Query: "البوكمال"})); len(got) != len(seeds) {
		t.Errorf("search after rebuild: %v", got)
	}
	for _, p := range []string{"index.old", "index.rebuild"} {
		if exists(filepath.Join(dir, p)) {
			t.Errorf("%s left behind", p)
		}
	}
}

// openSeeded opens the index in dir with the seeds applied. The caller
// closes it (most often through reopen, as a rebuild test must).
func openSeeded(t *testing.T, dir string) (*Index, []Document) {
	t.Helper()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	seeds := seedDocs(t)
	apply(t, ix, seeds...)
	return ix, seeds
}

// reopen closes ix and opens the index in dir again, as the next start of
// rasid would; the test's end closes the new one.
func reopen(t *testing.T, ix *Index, dir string) *Index {
	t.Helper()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// writeStored writes s as document id straight to its shard, past Apply,
// the way an older rasid left it.
func writeStored(t *testing.T, ix *Index, id string, s storedDoc) {
	t.Helper()
	sh := ix.r.set.shards[ix.r.set.route(id)]
	doc, err := bleveDocument(sh.Mapping(), id, s)
	if err != nil {
		t.Fatal(err)
	}
	b := sh.NewBatch()
	if err := b.IndexAdvanced(doc); err != nil {
		t.Fatal(err)
	}
	if err := sh.Batch(b); err != nil {
		t.Fatal(err)
	}
}

// TestOpenReextractsOlderRules opens an index whose facets were extracted
// under older rules: a seed article stored with facets the current rules
// do not give (as an older rasid stored them), and the rules marker of an
// older version. Open must extract every article again, so that a filter
// answers by one reading of the whole archive.
func TestOpenReextractsOlderRules(t *testing.T) {
	dir := t.TempDir()
	ix, seeds := openSeeded(t, dir)
	want, err := ix.Get(seeds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Facets.Towns) == 0 {
		t.Fatalf("the seed has no towns to lose: %+v", want.Facets)
	}

	// What an older rasid left: the same article, read by rules that found
	// no town, and an older version beside the format marker.
	set := ix.r.set
	s := prepare(seeds[0]).stored
	s.Towns, s.Governorates, s.FacetsJSON, s.EvidenceJSON = nil, nil, "{}", "{}"
	writeStored(t, ix, seeds[0].ID, s)
	if err := set.shards[metaShard].SetInternal(rulesKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	if got := ids(runSearch(t, ix, Request{Filters: map[string][]string{facets.FacetTowns: want.Facets.Towns[:1]}})); slices.Contains(got, seeds[0].ID) {
		t.Fatalf("the planted older reading still has town %s: %v", want.Facets.Towns[0], got)
	}

	ix = reopen(t, ix, dir)
	if v, _ := ix.r.set.shards[metaShard].GetInternal(rulesKey); string(v) != facets.RulesVersion {
		t.Errorf("rules version after reopening = %q, want %q", v, facets.RulesVersion)
	}
	got, err := ix.Get(seeds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Facets.Towns, want.Facets.Towns) || !slices.Equal(got.Facets.Actors, want.Facets.Actors) {
		t.Errorf("facets after reopening = %+v, want %+v", got.Facets, want.Facets)
	}
	if ev := got.Evidence.Towns[want.Facets.Towns[0]]; len(ev) == 0 {
		t.Errorf("no evidence for town %s after reopening: %+v", want.Facets.Towns[0], got.Evidence)
	}
	if hits := ids(runSearch(t, ix, Request{Filters: map[string][]string{facets.FacetTowns: want.Facets.Towns[:1]}})); !slices.Contains(hits, seeds[0].ID) {
		t.Errorf("filter on town %s after reopening misses %s: %v", want.Facets.Towns[0], seeds[0].ID, hits)
	}
	if n, _ := ix.Count(); n != uint64(len(seeds)) {
		t.Errorf("%d documents after reopening, want %d", n, len(seeds))
	}
}

// TestOpenRecoversInterruptedRebuild puts the index where a crash between
// the two renames of a rebuild would leave it.
func TestOpenRecoversInterruptedRebuild(t *testing.T) {
	dir := t.TempDir()
	ix, _ := openSeeded(t, dir)
	ix.Close()
	if err := os.Rename(filepath.Join(dir, "index"), filepath.Join(dir, "index.old")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "index.rebuild"), 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("%d documents after recovery, want 2", n)
	}
	if exists(filepath.Join(dir, "index.rebuild")) || exists(filepath.Join(dir, "index.old")) {
		t.Error("leftovers of the interrupted rebuild remain")
	}
}

// TestIndexedTermsNarrowsTheDuplicateSearch: lookupDuplicates searches only
// the hashes and URLs some shard's dictionary holds. Every indexed one must
// come back, from whichever shard holds it; one no document ever had must
// not; and one whose only document was deleted may (a dictionary keeps it
// until a merge), but a copy of that text is then indexed, not dropped.
func TestIndexedTermsNarrowsTheDuplicateSearch(t *testing.T) {
	ix := openTemp(t)
	var docs []Document
	for i := range 12 {
		docs = append(docs, Document{ID: fmt.Sprintf("d%d", i), Title: fmt.Sprintf("خبر رقم %d", i),
			Body: fmt.Sprintf("نص الخبر %d عن دير الزور", i), URL: fmt.Sprintf("https://example.com/n/%d", i)})
	}
	apply(t, ix, docs...)
	set := ix.r.shards()
	if len(set.shards) < 2 {
		t.Fatalf("want documents over several shards, have %d", len(set.shards))
	}
	var want, ask []string
	for _, d := range docs {
		h := contentHash(d.Title, d.Body)
		want = append(want, h)
		ask = append(ask, h, contentHash("لا", d.Body))
	}
	got, err := indexedTerms(set.shards, fieldHash, ask)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("indexedTerms(hashes) = %d terms, want the %d indexed, in order", len(got), len(want))
	}
	urls, err := indexedTerms(set.shards, fieldURLKey, []string{"example.com/n/3", "example.com/n/99", "example.com/n/11"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(urls, []string{"example.com/n/3", "example.com/n/11"}) {
		t.Errorf("indexedTerms(urls) = %q", urls)
	}

	b := ix.NewBatch()
	b.Delete("d5")
	if _, err := ix.Apply(b); err != nil {
		t.Fatal(err)
	}
	cp := docs[5]
	cp.ID = "copy5"
	if res := apply(t, ix, cp); len(res.Duplicates) != 0 || len(res.Indexed) != 1 {
		t.Errorf("copy of a deleted article: %+v, want it indexed", res)
	}
	cp = docs[7]
	cp.ID, cp.URL = "copy7", ""
	if res := apply(t, ix, cp); len(res.Duplicates) != 1 || res.Duplicates[0] != (Duplicate{ID: "copy7", Of: "d7"}) {
		t.Errorf("copy of an indexed article: %+v, want a duplicate of d7", res)
	}
}
