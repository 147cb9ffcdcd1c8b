package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
)

func init() {
	commands["analyze"] = command{summary: "show how text is indexed: its exact and stemmed terms, and the entities it names", run: runAnalyze}
}

// runAnalyze prints the terms the index stores for a text, so a user can
// see why a word does or does not match.
func runAnalyze(args []string, stdout, stderr io.Writer) error {
	fset := newFlags("analyze", stderr)
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid analyze TEXT\n\nPrints the terms rasid indexes for TEXT: as written (normalized), stemmed,\nand the towns and actors it names.")
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		fset.Usage()
		return errUsage
	}
	text := strings.Join(fset.Args(), " ")
	fmt.Fprintf(stdout, "exact:    %s\n", strings.Join(analyzers.AnalyzeExact(text), " "))
	fmt.Fprintf(stdout, "stemmed:  %s\n", strings.Join(analyzers.AnalyzeStem(text), " "))
	for _, e := range facets.FindEntities(text) {
		l, _ := facets.LookupLabel(e.Facet, e.ID)
		fmt.Fprintf(stdout, "entity:   %s %s %s / %s\n", e.Facet, e.ID, l.AR, l.EN)
	}
	return nil
}
