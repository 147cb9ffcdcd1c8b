package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/handlers"
	"github.com/rasid-project/rasid/index"
)

func init() {
	commands["search"] = command{"search the index (Arabic words, \"phrases\", -exclusions, facet filters)", runSearch}
}

func runSearch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", stderr)
	data := fs.String("data", defaultDataDir, "data directory holding the index")
	asJSON := fs.Bool("json", false, "print the JSON document the HTTP API returns")
	format := fs.String("format", "", "print every match (not a page) as `csv` or jsonl, as GET /api/export does")
	limit := fs.Int("limit", 10, "results per page (at most 100)")
	page := fs.Int("page", 1, "page of results")
	sortBy := fs.String("sort", "", `"relevance" (default with words) or "date" (newest first)`)
	from := fs.String("from", "", "earliest event date, YYYY-MM-DD")
	to := fs.String("to", "", "latest event date, YYYY-MM-DD")
	var towns, govs, actors, events, sources multiFlag
	fs.Var(&towns, "town", "town: pcode or name, e.g. C5167 or البوكمال or Albukamal (repeatable: any of them)")
	fs.Var(&govs, "governorate", "governorate: pcode or name, e.g. SY09 or دير الزور (repeatable)")
	fs.Var(&actors, "actor", "actor: id or name, e.g. isis, داعش or ISIS (repeatable)")
	fs.Var(&events, "event-type", "event type: id or name, e.g. air-drone-strike (repeatable)")
	fs.Var(&sources, "source", "source name (repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid search [flags] QUERY [flags]\n\nAn empty QUERY lists every document, newest first. Flags may stand anywhere;\nwords after -- are never flags. Facet flags take ids or names (rasid facets NAME\nlists them). When a rasid serve holds the data folder, the search goes through\nits API.\n\nFlags:")
		fs.PrintDefaults()
	}
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *page < 1 {
		return fmt.Errorf("--page must be 1 or more")
	}
	if *format != "" && *format != handlers.FormatCSV && *format != handlers.FormatJSONL {
		return fmt.Errorf("--format must be csv or jsonl, not %q", *format)
	}
	if *format != "" && *asJSON {
		return fmt.Errorf("--json and --format cannot be used together")
	}
	req := index.Request{
		Query:     strings.Join(words, " "),
		Sort:      *sortBy,
		Size:      *limit,
		Offset:    (*page - 1) * *limit,
		Sources:   sources,
		FacetSize: 10,
		Filters:   map[string][]string{},
	}
	for _, ff := range []struct {
		flag string
		vals multiFlag
	}{{"town", towns}, {"governorate", govs}, {"actor", actors}, {"event-type", events}} {
		for _, v := range ff.vals {
			id, err := resolveValue(ff.flag, facetFlags[ff.flag], v)
			if err != nil {
				return err
			}
			if !slices.Contains(req.Filters[facetFlags[ff.flag]], id) {
				req.Filters[facetFlags[ff.flag]] = append(req.Filters[facetFlags[ff.flag]], id)
			}
		}
	}
	if req.From, err = parseDay("--from", *from); err != nil {
		return err
	}
	if req.To, err = parseDay("--to", *to); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// A running server holds the index: ask it rather than wait for it.
	if srv := liveServer(*data); srv != nil {
		fmt.Fprintf(stderr, "rasid: %s holds %s; searching through its API\n", srv.holder, *data)
		return remoteSearch(ctx, srv, req, *format, *asJSON, stdout)
	}
	ix, err := openExisting(*data)
	if err != nil {
		return err
	}
	defer ix.Close()
	if *format != "" {
		ex, err := handlers.NewExporter(stdout, *format)
		if err != nil {
			return err
		}
		if _, err := ix.Each(ctx, req, ex.Write); err != nil {
			return err
		}
		return ex.Flush()
	}
	res, err := ix.Search(ctx, req)
	if err != nil {
		return err
	}
	return printSearch(stdout, res, *asJSON)
}

func printSearch(stdout io.Writer, res *index.Result, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	printResult(stdout, res, isTerminal(stdout))
	return nil
}

// searchQuery is the query string of /api/search (and /api/export) for req.
func searchQuery(req index.Request) url.Values {
	q := url.Values{}
	if req.Query != "" {
		q.Set("q", req.Query)
	}
	for param, facet := range map[string]string{"town": facets.FacetTowns, "governorate": facets.FacetGovernorates,
		"actor": facets.FacetActors, "event_type": facets.FacetEventTypes} {
		for _, id := range req.Filters[facet] {
			q.Add(param, id)
		}
	}
	for _, s := range req.Sources {
		q.Add("source", s)
	}
	if !req.From.IsZero() {
		q.Set("from", req.From.Format(time.DateOnly))
	}
	if !req.To.IsZero() {
		q.Set("to", req.To.Format(time.DateOnly))
	}
	if req.Sort != "" {
		q.Set("sort", req.Sort)
	}
	return q
}

// remoteSearch runs req through a server's API and prints what a local
// search would.
func remoteSearch(ctx context.Context, c *apiClient, req index.Request, format string, asJSON bool, stdout io.Writer) error {
	q := searchQuery(req)
	if format != "" {
		q.Set("format", format)
		body, err := c.get(ctx, "/api/export", q)
		if err != nil {
			return err
		}
		defer body.Close()
		if _, err := io.Copy(stdout, body); err != nil {
			return fmt.Errorf("export through the server: %w", err)
		}
		return nil
	}
	if req.Size <= 0 || req.Size > index.MaxPageSize {
		return fmt.Errorf("--limit must be between 1 and %d", index.MaxPageSize)
	}
	q.Set("size", strconv.Itoa(req.Size))
	q.Set("page", strconv.Itoa(req.Offset/req.Size+1))
	q.Set("facet_size", strconv.Itoa(req.FacetSize))
	var res index.Result
	if err := c.getJSON(ctx, "/api/search", q, &res); err != nil {
		return err
	}
	return printSearch(stdout, &res, asJSON)
}

// openExisting opens the index in data, refusing to create an empty one so
// that a mistyped --data is reported rather than searched.
func openExisting(data string) (*index.Index, error) {
	if _, err := os.Stat(data); err != nil {
		return nil, fmt.Errorf("no index at %s (run rasid index first, or pass --data)", data)
	}
	return openIndex(data)
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
	add := func(label, facet string, ids []string) {
		if len(ids) == 0 {
			return
		}
		names := make([]string, 0, len(ids))
		for _, id := range ids {
			if l, ok := facets.LookupLabel(facet, id); ok && l.AR != "" {
				names = append(names, l.AR+" ["+id+"]")
			} else {
				names = append(names, id)
			}
		}
		parts = append(parts, label+": "+strings.Join(names, "، "))
	}
	add("towns", facets.FacetTowns, f.Towns)
	add("actors", facets.FacetActors, f.Actors)
	add("events", facets.FacetEventTypes, f.EventTypes)
	if f.Killed != nil {
		parts = append(parts, fmt.Sprintf("killed: %d", *f.Killed))
	}
	if f.EventDate != "" {
		parts = append(parts, "date: "+f.EventDate)
	}
	return strings.Join(parts, " · ")
}
