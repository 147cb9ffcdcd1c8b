package index

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Shaping the date histogram into a time axis.
const (
	// maxHistogramMonths is the longest axis drawn; beyond it the months
	// at the edges are cut off as outliers (still reachable by a filter).
	maxHistogramMonths = 120
	// maxOutlierShare is the largest share of articles that may be cut off
	// at either end as outliers.
	maxOutlierShare = 0.01
)

// Outliers are the articles whose dates fall outside the histogram's axis:
// a mistaken 1984 must not squeeze 2018 into a few bars.
type Outliers struct {
	Before *OutlierRange `json:"before,omitempty"`
	After  *OutlierRange `json:"after,omitempty"`
}

// OutlierRange is a run of months cut off one end of the axis; From and To
// (YYYY-MM-DD) make a date filter that shows those articles.
type OutlierRange struct {
	Count int    `json:"count"`
	From  string `json:"from"`
	To    string `json:"to"`
}

// MonthKilled is the number killed in one month of the date histogram: the
// sum of the killed toll of its articles. One event is often reported by
// several articles, so this sums reports, not events.
type MonthKilled struct {
	Key      string `json:"key"`
	Killed   int    `json:"killed"`
	Articles int    `json:"articles"` // articles with a toll in the month
}

func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

func monthAt(i int) time.Time { return time.Date(i/12, time.Month(i%12+1), 1, 0, 0, 0, 0, time.UTC) }

// timeAxis turns the months that have articles (sorted by key) into a true
// time axis: every month from the first to the last, empty ones with a
// zero count, so bars are spaced by time. Months at either end holding at
// most maxOutlierShare of the articles are cut off when that shortens the
// axis, and the axis never exceeds maxHistogramMonths (the latest months
// are kept); what is cut off is reported as outliers.
func timeAxis(buckets []Bucket) ([]Bucket, *Outliers) {
	type month struct {
		i     int
		count int
	}
	var ms []month
	total := 0
	for _, b := range buckets {
		t, err := time.Parse("2006-01", b.Key)
		if err != nil {
			continue
		}
		ms = append(ms, month{monthIndex(t), b.Count})
		total += b.Count
	}
	if len(ms) == 0 {
		return []Bucket{}, nil
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].i < ms[b].i })
	lo, hi := 0, len(ms)-1
	budget := int(float64(total) * maxOutlierShare)
	for cut := 0; lo < hi && cut+ms[lo].count <= budget; lo++ {
		cut += ms[lo].count
	}
	for cut := 0; hi > lo && cut+ms[hi].count <= budget; hi-- {
		cut += ms[hi].count
	}
	for ms[hi].i-ms[lo].i+1 > maxHistogramMonths {
		lo++
	}
	var out Outliers
	span := func(from, to int) *OutlierRange {
		r := &OutlierRange{From: monthAt(ms[from].i).Format(time.DateOnly),
			To: monthAt(ms[to].i+1).AddDate(0, 0, -1).Format(time.DateOnly)}
		for k := from; k <= to; k++ {
			r.Count += ms[k].count
		}
		return r
	}
	if lo > 0 {
		out.Before = span(0, lo-1)
	}
	if hi < len(ms)-1 {
		out.After = span(hi+1, len(ms)-1)
	}
	counts := map[int]int{}
	for _, m := range ms[lo : hi+1] {
		counts[m.i] = m.count
	}
	axis := make([]Bucket, 0, ms[hi].i-ms[lo].i+1)
	for i := ms[lo].i; i <= ms[hi].i; i++ {
		m := monthAt(i)
		axis = append(axis, Bucket{Key: m.Format("2006-01"), From: m.Format(time.DateOnly),
			To: m.AddDate(0, 1, -1).Format(time.DateOnly), Count: counts[i]})
	}
	if out.Before == nil && out.After == nil {
		return axis, nil
	}
	return axis, &out
}

// killedByMonth sums the killed toll of the articles matching q per month
// of the histogram's date, from the facet columns (bleve facets count but
// do not sum). With sample set only one of the sampleRate buckets is read
// and the sums are scaled up, as sampled facet counts are.
func (ix *Index) killedByMonth(ctx context.Context, q query.Query, sample bool) ([]MonthKilled, error) {
	scale := 1
	if sample {
		sq := query.NewTermQuery(sampleBucket)
		sq.SetField(fieldSample)
		q, scale = query.NewConjunctionQuery([]query.Query{q, sq}), sampleRate
	}
	cc, dicts, err := ix.countColumns(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("sum killed per month: %w", err)
	}
	return cc.monthKilled(dicts, scale), nil
}
