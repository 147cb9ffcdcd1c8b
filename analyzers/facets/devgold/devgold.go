// Package devgold reads the hand-coded gold facets (../shared/eval/dev-gold.jsonl)
// and splits them into the part extraction rules and models are tuned on and
// the part kept untouched to measure how they generalise.
//
// The split lives here, once, because two programs apply it: rasid
// eval-facets scores each part, and trainevents trains on the tune part
// only. Were each to carry its own copy, a change to one would let training
// see untouched articles and the untouched figures would no longer measure
// anything.
package devgold

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
)

// The parts of the gold data, as Part names them.
const (
	Tune      = "tune"
	Untouched = "untouched"
)

// Record is one line of the gold file: the facets a person coded for one
// article. Killed and EventDate are nil when the article states none.
type Record struct {
	ID           string   `json:"id"`
	Towns        []string `json:"towns"`
	Governorates []string `json:"governorates"`
	Actors       []string `json:"actors"`
	EventTypes   []string `json:"event_types"`
	Killed       *int     `json:"killed"`
	EventDate    *string  `json:"event_date"`
}

// Read reads a gold file, one JSON object per line; blank lines are
// skipped, and a line that does not decode is an error naming it.
func Read(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g Record
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Part assigns a gold article to Tune or Untouched: a third of the
// articles, by an FNV-1a hash of the id, are Untouched. A hash rather than
// a list keeps the split fixed without a file to keep in step, and mixes
// sources and topics the way the gold data does.
func Part(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%3 == 0 {
		return Untouched
	}
	return Tune
}
