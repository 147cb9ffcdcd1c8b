package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

func init() {
	commands["search"] = command{"search the index (Arabic words, \"phrases\", -exclusions, facet filters)", runSearch}
}

func runSearch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", stderr)
	data := fs.String("data", defaultDataDir, "data directory holding the index")
	asJSON := fs.Bool("json", false, "print the JSON document the HTTP API returns")
	limit := fs.Int("limit", 10, "results per page (at most 100)")
	page := fs.Int("page", 1, "page of results")
	sortBy := fs.String("sort", "", `"relevance" (default with words) or "date" (newest first)`)
	from := fs.String("from", "", "earliest event date, YYYY-MM-DD")
	to := fs.String("to", "", "latest event date, YYYY-MM-DD")
	var towns, govs, actors, events, sources multiFlag
	fs.Var(&towns, "town", "town pcode, e.g. C5167 (repeatable: any of them)")
	fs.Var(&govs, "governorate", "governorate pcode, e.g. SY09 (repeatable)")
	fs.Var(&actors, "actor", "actor id, e.g. isis (repeatable)")
	fs.Var(&events, "event-type", "event type id, e.g. air-drone-strike (repeatable)")
	fs.Var(&sources, "source", "source name (repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid search [flags] QUERY\n\nAn empty QUERY lists every document, newest first.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *page < 1 {
		return fmt.Errorf("--page must be 1 or more")
	}
	req := index.Request{
		Query:     strings.Join(fs.Args(), " "),
		Sort:      *sortBy,
		Size:      *limit,
		Offset:    (*page - 1) * *limit,
		Sources:   sources,
		FacetSize: 10,
		Filters: map[string][]string{
			facets.FacetTowns: towns, facets.FacetGovernorates: govs,
			facets.FacetActors: actors, facets.FacetEventTypes: events,
		},
	}
	var err error
	if req.From, err = parseDay("--from", *from); err != nil {
		return err
	}
	if req.To, err = parseDay("--to", *to); err != nil {
		return err
	}
	ix, err := openExisting(*data)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	printResult(stdout, res, isTerminal(stdout))
	return nil
}

// openExisting opens the index in data, refusing to create an empty one so
// that a mistyped --data is reported rather than searched.
func openExisting(data string) (*index.Index, error) {
	if _, err := os.Stat(data); err != nil {
		return nil, fmt.Errorf("no index at %s (run rasid index first, or pass --data)", data)
	}
	return index.Open(data)
}

func parseDay(flagName, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q: want YYYY-MM-DD", flagName, v)
	}
	return t, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// rlm starts each Arabic line so that bidi-aware terminals lay it out right
// to left even when it begins with a digit or Latin text.
const rlm = "\u200f"

func printResult(w io.Writer, res *index.Result, tty bool) {
	fmt.Fprintf(w, "%s%d نتيجة (%.1f ms)\n\n", rlm, res.Total, res.TookMS)
	for i, h := range res.Hits {
		date := ""
		if h.Published != nil {
			date = h.Published.Format(time.DateOnly)
		}
		fmt.Fprintf(w, "%s%d. %s\n", rlm, i+1, h.Title)
		fmt.Fprintf(w, "%s   %s  %s  %s\n", rlm, h.ID, date, h.Source)
		fmt.Fprintf(w, "%s   %s\n", rlm, plainSnippet(h.Snippet, tty))
		if f := facetLine(h.Facets); f != "" {
			fmt.Fprintf(w, "%s   %s\n", rlm, f)
		}
		fmt.Fprintln(w)
	}
	for _, name := range facets.FacetNames {
		vals := res.Facets[name]
		if len(vals) == 0 {
			continue
		}
		parts := make([]string, 0, len(vals))
		for _, v := range vals {
			parts = append(parts, fmt.Sprintf("%s [%s] %d", v.AR, v.ID, v.Count))
		}
		fmt.Fprintf(w, "%s%s: %s\n", rlm, name, strings.Join(parts, "، "))
	}
}

// plainSnippet turns the HTML snippet into terminal text: marks in bold on
// a terminal, «between guillemets» elsewhere.
func plainSnippet(s string, tty bool) string {
	open, closeMark := "«", "»"
	if tty {
		open, closeMark = "\x1b[1m", "\x1b[0m"
	}
	s = strings.NewReplacer("<mark>", open, "</mark>", closeMark).Replace(s)
	return html.UnescapeString(s)
}

func facetLine(f facets.Facets) string {
	var parts []string
	add := func(label string, ids []string) {
		if len(ids) > 0 {
			parts = append(parts, label+": "+strings.Join(ids, " "))
		}
	}
	add("towns", f.Towns)
	add("actors", f.Actors)
	add("events", f.EventTypes)
	if f.Killed != nil {
		parts = append(parts, fmt.Sprintf("killed: %d", *f.Killed))
	}
	if f.EventDate != "" {
		parts = append(parts, "date: "+f.EventDate)
	}
	return strings.Join(parts, " · ")
}
