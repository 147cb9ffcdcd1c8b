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
	traceTolls := fset.Bool("trace-tolls", false, "print the toll trace: each figure read, the stage that dropped it and why, and the figure chosen (with --json: one JSON object per article)")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid extract [--json | --explain | --trace-tolls [--json]] PATH...\n\nPrints the event facets of every article in the files and folders given\n(.txt .md .json .jsonl .ndjson .html, optionally .gz).")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 || *asJSON && *explain || *traceTolls && *explain {
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
				case *traceTolls:
					f, steps := facets.TraceTolls(d.Title, d.Body, d.Published)
					if *asJSON {
						err = enc.Encode(tollTraced{ID: d.ID, Title: d.Title, Dated: !d.Published.IsZero(), Killed: f.Killed, Injured: f.Injured, Trace: steps})
					} else {
						err = printTollTrace(stdout, d.ID, d.Title, !d.Published.IsZero(), f, steps)
					}
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

// tollTraced is one article's line of --trace-tolls --json.
type tollTraced struct {
	ID      string            `json:"id"`
	Title   string            `json:"title"`
	Dated   bool              `json:"dated"` // false: the dated filters did not run
	Killed  *int              `json:"killed"`
	Injured *int              `json:"injured"`
	Trace   []facets.TollStep `json:"toll_trace"`
}

// printTollTrace prints an article's toll trace, one step a line: the
// stage, why a figure was dropped, the figure with its kind, paragraph
// (t for the title) and marks, and its words.
func printTollTrace(w io.Writer, id, title string, dated bool, f facets.Facets, steps []facets.TollStep) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", id, title)
	if !dated {
		b.WriteString("  (no publication date: the dated filters and tollRecalled did not run)\n")
	}
	for _, s := range steps {
		if s.Stage == facets.TollStageMain {
			v := "null"
			if s.N >= 0 {
				v = fmt.Sprint(s.N)
			}
			fmt.Fprintf(&b, "  %-8s %-7s %-16s %s\n", s.Stage, s.Kind, s.Why, v)
			continue
		}
		para := fmt.Sprint(s.Para)
		if s.Title {
			para = "t"
		}
		flags := ""
		if s.Flags != "" {
			flags = " [" + s.Flags + "]"
		}
		fmt.Fprintf(&b, "  %-8s %-7s %-16s %d p%s%s  %s\n", s.Stage, s.Kind, s.Why, s.N, para, flags, s.Text)
	}
	fmt.Fprintf(&b, "  %-8s killed %s, injured %s\n", "facets", intPtrString(f.Killed), intPtrString(f.Injured))
	_, err := io.WriteString(w, b.String())
	return err
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
