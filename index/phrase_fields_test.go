package index

import (
	"slices"
	"strings"
	"testing"
)

// TestPhraseDoesNotJoinTitleAndBody: a phrase matches words that stand
// together in the title or in the body, never one of each. Indexed as two
// values of one field, both counted positions from 1, so "دير الزور"
// matched an article whose title's fourth word is دير and whose body's
// fifth is الزور.
func TestPhraseDoesNotJoinTitleAndBody(t *testing.T) {
	ix := openTemp(t)
	apply(t, ix,
		Document{ID: "apart", Title: "اشتباكات عنيفة جدا دير", Body: "قالت مصادر محلية وحدها الزور لم تذكر"},
		Document{ID: "together", Title: "قصف", Body: "قصف مدفعي على مدينة دير الزور صباح اليوم"},
		Document{ID: "across", Title: "معارك في ريف دير", Body: "الزور الشرقي تشهد معارك"},
	)
	cases := []struct {
		query string
		want  []string
	}{
		{`"دير الزور"`, []string{"together"}},
		{`"عنيفة جدا دير"`, []string{"apart"}},
		{`"مدينة دير الزور"`, []string{"together"}},
		{`"ريف دير"`, []string{"across"}},
		{`"الزور الشرقي"`, []string{"across"}},
	}
	for _, c := range cases {
		got := ids(runSearch(t, ix, Request{Query: c.query}))
		slices.Sort(got)
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: hits %v, want %v", c.query, got, c.want)
		}
	}
}
