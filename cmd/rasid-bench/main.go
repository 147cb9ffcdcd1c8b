// Command rasid-bench measures rasid at scale. It is a separate binary so
// that the generator, the load driver and the PostgreSQL peer stay out of
// the product binary.
//
//	rasid-bench gen   --n N --out DIR          generate N articles from the shared corpora
//	rasid-bench scale --n N [--pg] [--work DIR] import, serve and query N articles; PostgreSQL beside it
//	rasid-bench import --corpus F --procs 1,2,4,8  rasid index vs stock bleve's indexing loop
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: rasid-bench gen|scale|import [flags] (rasid-bench COMMAND -h for flags)")
		return 2
	}
	var err error
	switch args[0] {
	case "gen":
		err = runGen(args[1:], stderr)
	case "scale":
		err = runScale(args[1:], stdout, stderr)
	case "import":
		err = runImport(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "rasid-bench: unknown command %q\n", args[0])
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "rasid-bench %s: %v\n", args[0], err)
		return 1
	}
	return 0
}
