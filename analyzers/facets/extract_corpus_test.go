package facets

import (
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

// TestCorpusCounts prints the most frequent facet values over the shared
// Syria corpus, for eyeballing systematic false positives. Run with
// RASID_CORPUS_COUNTS=1.
func TestCorpusCounts(t *testing.T) {
	if os.Getenv("RASID_CORPUS_COUNTS") == "" {
		t.Skip("set RASID_CORPUS_COUNTS=1")
	}
	counts := map[string]int{}
	n := 0
	start := time.Now()
	eachCorpusArticle(t, "ant-syria.jsonl.gz", 0, func(a corpus.Article) {
		fc := Extract(a.Title, a.Body, parseANTDate(a.Date))
		n++
		for _, x := range fc.Towns {
			counts["town "+x]++
		}
		for _, x := range fc.Actors {
			counts["actor "+x]++
		}
		for _, x := range fc.EventTypes {
			counts["event "+x]++
		}
	})
	el := time.Since(start)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for _, x := range kvs[:min(80, len(kvs))] {
		l, _ := LookupLabel(map[byte]string{'t': FacetTowns, 'a': FacetActors, 'e': FacetEventTypes}[x.k[0]], x.k[len(x.k)-len(x.k[indexSpace(x.k)+1:]):])
		fmt.Println(x.v, x.k, l.AR)
	}
	fmt.Println(n, "articles in", el, el/time.Duration(n), "per article")
}

func indexSpace(s string) int {
	for i := range s {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}
