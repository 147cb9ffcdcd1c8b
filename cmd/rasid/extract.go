package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/watch"
)

func init() {
	commands["extract"] = command{summary: "print the event facets (towns, actors, event types, tolls, date) of articles", run: runExtract}
}

// extracted is one article's line of output.
type extracted struct {
	ID       string          `json:"id"`
	Title    string          `json:"title"`
	Facets   facets.Facets   `json:"facets"`
	Evidence facets.Evidence `json:"evidence"`
}

func runExtract(args []string, stdout, stderr io.Writer) error {
	fset := newFlags("extract", stderr)
	asJSON := fset.Bool("json", false, "print one JSON object per article, with the evidence of every value")
	explain := fset.Bool("explain", false, "print each value with the sentences it was read from")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid extract [--json | --explain] PATH...\n\nPrints the event facets of every article in the files and folders given\n(.txt .md .json .jsonl .ndjson .html, optionally .gz).")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 || *asJSON && *explain {
		fset.Usage()
		return errUsage
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, root := range fset.Args() {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || (path != root && !watch.Supported(d.Name())) {
				return nil
			}
			docs, err := watch.ReadFile(path, watch.ReadOptions{})
			var partial *watch.PartialError
			if err != nil && !errors.As(err, &partial) {
				fmt.Fprintf(stderr, "rasid extract: %v\n", err)
				failed++
				return nil
			}
			if partial != nil {
				fmt.Fprintf(stderr, "rasid extract: %s: %v\n", path, partial)
			}
			for _, d := range docs {
				var err error
				switch {
				case *asJSON:
					f, e := facets.ExtractWithEvidence(d.Title, d.Body, d.Published)
					err = enc.Encode(extracted{ID: d.ID, Title: d.Title, Facets: f, Evidence: e})
				case *explain:
					f, e := facets.ExtractWithEvidence(d.Title, d.Body, d.Published)
					err = printExplained(stdout, d.ID, d.Title, d.Body, f, e)
				default:
					err = printExtracted(stdout, d.ID, d.Title, facets.Extract(d.Title, d.Body, d.Published))
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("%s: %w", root, err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d file(s) could not be read", failed)
	}
	return nil
}

func printExtracted(w io.Writer, id, title string, f facets.Facets) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", id, title)
	for _, name := range facets.FacetNames {
		ids := f.List(name)
		var labels []string
		for _, v := range ids {
			l, _ := facets.LookupLabel(name, v)
			labels = append(labels, fmt.Sprintf("%s (%s / %s)", v, l.AR, l.EN))
		}
		fmt.Fprintf(&b, "  %-13s %s\n", name+":", strings.Join(labels, ", "))
	}
	fmt.Fprintf(&b, "  %-13s %s\n  %-13s %s\n  %-13s %s\n", "killed:", intPtrString(f.Killed), "injured:", intPtrString(f.Injured), "event_date:", orNull(f.EventDate))
	_, err := io.WriteString(w, b.String())
	return err
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}
