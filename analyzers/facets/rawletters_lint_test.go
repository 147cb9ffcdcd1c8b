package facets

import (
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/rasid-project/rasid/analyzers"
)

// rawLetterCompares finds, in the package's non-test Go files, the Arabic
// string literals a token word could be held against that no normalized
// token holds: a literal compared with == or != or named in a switch case,
// or a key of a map literal not keyed through normalizedKeys, whose
// analyzers.Normalize differs from itself (أ إ آ ة ى ئ, a mark). Tokens are
// normalized, so each such compare is always false (rev60 found six). Each
// finding is "file:func: literal".
func rawLetterCompares(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	var found []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			where := name + ":"
			switch d := d.(type) {
			case *ast.FuncDecl:
				where += d.Name.Name
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if v, ok := s.(*ast.ValueSpec); ok && len(v.Names) > 0 {
						where += v.Names[0].Name
						break
					}
				}
			}
			raw := func(e ast.Expr) {
				lit, ok := e.(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					return
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil || !hasArabic(s) || analyzers.Normalize(s) == s {
					return
				}
				found = append(found, fmt.Sprintf("%s: %s", where, s))
			}
			var walk func(n ast.Node, keyed bool)
			walk = func(n ast.Node, keyed bool) {
				ast.Inspect(n, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.BinaryExpr:
						if n.Op == gotoken.EQL || n.Op == gotoken.NEQ {
							raw(n.X)
							raw(n.Y)
						}
					case *ast.SwitchStmt:
						if n.Tag != nil {
							for _, c := range n.Body.List {
								for _, e := range c.(*ast.CaseClause).List {
									raw(e)
								}
							}
						}
					case *ast.CallExpr:
						if id, ok := n.Fun.(*ast.IndexExpr); ok {
							if fn, ok := id.X.(*ast.Ident); ok && fn.Name == "normalizedKeys" {
								for _, a := range n.Args {
									walk(a, true)
								}
								return false
							}
						}
						if fn, ok := n.Fun.(*ast.Ident); ok && fn.Name == "normalizedKeys" {
							for _, a := range n.Args {
								walk(a, true)
							}
							return false
						}
					case *ast.CompositeLit:
						mt, ok := n.Type.(*ast.MapType)
						if !ok || keyed {
							return true
						}
						if k, ok := mt.Key.(*ast.Ident); !ok || k.Name != "string" {
							return true
						}
						for _, e := range n.Elts {
							if kv, ok := e.(*ast.KeyValueExpr); ok {
								raw(kv.Key)
							}
						}
					}
					return true
				})
			}
			walk(d, false)
		}
	}
	slices.Sort(found)
	return slices.Compact(found)
}

func hasArabic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0
}

// rawLetterKnown are the findings left as they stand. nationalVictimWords
// compares the raw stems of nationalStems, before wordSet normalizes the
// forms built from them: right. leaderNames' Khamenei is a dead compare
// with no live twin, whose mend changes output: it adds one tune-part fp
// and no tp (rev60b, audit README round 60). Round 61 (m61raw) looked for
// a construction to key him with: of the 80 pool and blind gold articles
// naming him (23 coded iran, by other words), none has him the subject
// of a force verb or ordering an attack, and of the corpus's 349 the only
// order told of him is the enrichment order (6 articles, no attack), so a
// gate would read no class: left. hadiSide's was mended with sinceTaking, its background test
// (round 61, m61raw).
// Remove a line when its compare is mended; add none for new code.
var rawLetterKnown = map[string]bool{
	"actors_match.go:nationalVictimWords: ألماني": true,
	"actors_match.go:leaderNames: أردوغان":        true, // with its twin اردوغان
	"actors_match.go:leaderNames: إردوغان":        true,
	"actors_match.go:leaderNames: أوباما":         true, // with its twin اوباما
	"actors_match.go:leaderNames: خامنئي":         true, // no twin: Khamenei never names Iran; the mend adds a tune-part fp (rev60b), left
	"actors_match.go:leaderNames: خامنئى":         true,
}

// TestNoRawLetterCompares fails on a compare of a token word with a form
// no normalized token holds (rev60b): write the normalized form (ا for
// أ إ آ، ه for ة، ي for ى and ئ), or key the map through normalizedKeys.
func TestNoRawLetterCompares(t *testing.T) {
	for _, f := range rawLetterCompares(t) {
		if !rawLetterKnown[f] {
			t.Errorf("raw letters in a compare no normalized token matches: %s", f)
		}
	}
}
