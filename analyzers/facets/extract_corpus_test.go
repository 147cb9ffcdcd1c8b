package facets

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"
)

// TestCorpusCounts prints the most frequent facet values over the shared
// Syria corpus, for eyeballing systematic false positives. Run with
// RASID_CORPUS_COUNTS=1.
func TestCorpusCounts(t *testing.T) {
	if os.Getenv("RASID_CORPUS_COUNTS") == "" {
		t.Skip("set RASID_CORPUS_COUNTS=1")
	}
	f, err := os.Open("../../../shared/corpus/ant-syria.jsonl.gz")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	start := time.Now()
	for sc.Scan() {
		var a struct{ ID, Title, Body, Date string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		pub := parseANTDate(a.Date)
		fc := Extract(a.Title, a.Body, pub)
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
	}
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
