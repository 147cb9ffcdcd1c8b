package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/handlers"
	"github.com/rasid-project/rasid/index"
)

func init() {
	commands["facets"] = command{"list a facet's values with their ids, labels and counts (towns, governorates, actors, event-types)", runFacets}
}

func runFacets(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("facets", stderr)
	data := fs.String("data", defaultDataDir, "data directory holding the index")
	prefix := fs.String("prefix", "", "only values whose Arabic or English name (or alias) contains `TEXT`")
	limit := fs.Int("limit", 50, "values to list (at most 100)")
	asJSON := fs.Bool("json", false, "print the JSON document GET /api/facets/NAME returns")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: rasid facets [--prefix TEXT] [--limit N] NAME\n\nNAME is one of %s (singular works too).\nWithout --prefix the most frequent values come first. The ids are what\nrasid search's --town, --governorate, --actor and --event-type take (they\ntake the names too).\n\nFlags:\n", strings.Join(facets.FacetNames, ", "))
		fs.PrintDefaults()
	}
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(words) != 1 {
		fs.Usage()
		return errUsage
	}
	facet, ok := facetFromName(words[0])
	if !ok {
		return fmt.Errorf("unknown facet %q; facets are %s", words[0], strings.Join(facets.FacetNames, ", "))
	}
	if *limit < 1 || *limit > index.MaxPageSize {
		return fmt.Errorf("--limit must be between 1 and %d", index.MaxPageSize)
	}
	ctx := context.Background()
	var out handlers.FacetSuggestions
	if srv := liveServer(*data); srv != nil {
		fmt.Fprintf(stderr, "rasid: %s holds %s; asking its API\n", srv.holder, *data)
		q := url.Values{"limit": {strconv.Itoa(*limit)}}
		if *prefix != "" {
			q.Set("prefix", *prefix)
		}
		if err := srv.getJSON(ctx, "/api/facets/"+url.PathEscape(facet), q, &out); err != nil {
			return err
		}
	} else {
		ix, err := openExisting(*data)
		if err != nil {
			return err
		}
		defer ix.Close()
		vals, err := ix.SuggestFacet(ctx, facet, *prefix, *limit)
		if err != nil {
			return err
		}
		out = handlers.FacetSuggestions{Facet: facet, Prefix: *prefix, Values: vals, Parents: map[string]facets.Label{}}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	if len(out.Values) == 0 {
		fmt.Fprintf(stdout, "%sلا قيم (no values)\n", rlm)
		return nil
	}
	for _, v := range out.Values {
		l := facets.Label{ID: v.ID, AR: v.AR, EN: v.EN, Parent: v.Parent}
		fmt.Fprintf(stdout, "%s%-24s %7d  %s\n", rlm, v.ID, v.Count, labelText(facet, l))
	}
	return nil
}
