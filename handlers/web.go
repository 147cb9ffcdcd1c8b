package handlers

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// webFS holds the page, its script and style, and the Arabic font (Noto
// Sans Arabic, SIL OFL 1.1, licence in web/fonts/OFL.txt). Everything the
// page needs is in the binary: it works offline.
//
//go:embed web
var webFS embed.FS

// contentSecurityPolicy allows only the server's own scripts, styles,
// fonts and API: snippets are HTML, and if one ever carried markup the
// index failed to escape, the browser still would not run it.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// staticRef finds the references to static files in the page, its styles
// and scripts, so they can be rewritten to fingerprinted names.
var staticRef = regexp.MustCompile(`/static/([A-Za-z0-9_./-]+\.[A-Za-z0-9]+)`)

// asset is one static file as served.
type asset struct {
	name string // path under /static/
	body []byte
	etag string
	// immutable is set on the fingerprinted name: its content can never
	// change, so a browser may keep it for a year without asking.
	immutable bool
}

// assets fingerprints the static files: each is also served under a name
// holding a hash of its content (app.3f2a1b9c0d.js), and the page, styles
// and scripts refer to those names. An upgrade changes the names, so a
// browser never runs an old app.js against a new page, and the files can be
// cached as immutable. The plain names stay served, revalidated each time.
type assets struct {
	files map[string]*asset // by path under /static/, plain and hashed
	page  []byte            // index.html with hashed references
}

func buildAssets(root fs.FS) (*assets, error) {
	a := &assets{files: map[string]*asset{}}
	hashed := map[string]string{} // plain path → hashed path
	var names []string
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "index.html" {
			return err
		}
		names = append(names, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rewrite := func(b []byte) []byte {
		return staticRef.ReplaceAllFunc(b, func(m []byte) []byte {
			if h, ok := hashed[string(m[len("/static/"):])]; ok {
				return []byte("/static/" + h)
			}
			return m
		})
	}
	add := func(p string, body []byte) {
		sum := sha256.Sum256(body)
		ext := path.Ext(p)
		h := strings.TrimSuffix(p, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		hashed[p] = h
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		a.files[p] = &asset{name: p, body: body, etag: etag}
		a.files[h] = &asset{name: h, body: body, etag: etag, immutable: true}
	}
	// Files that refer to others (styles, scripts) are hashed after the
	// files they refer to, with the references rewritten first.
	refers := func(p string) bool { return strings.HasSuffix(p, ".css") || strings.HasSuffix(p, ".js") }
	for _, pass := range []bool{false, true} {
		for _, p := range names {
			if refers(p) != pass {
				continue
			}
			b, err := fs.ReadFile(root, p)
			if err != nil {
				return nil, err
			}
			if pass {
				b = rewrite(b)
			}
			add(p, b)
		}
	}
	page, err := fs.ReadFile(root, "index.html")
	if err != nil {
		return nil, err
	}
	a.page = rewrite(page)
	return a, nil
}

func (s *Server) webRoutes(e *gin.Engine) {
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	a, err := buildAssets(sub)
	if err != nil {
		panic(err) // embedded files are always readable
	}
	page := func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		// The page names the current fingerprinted files: always revalidate.
		h.Set("Cache-Control", "no-cache")
		c.Data(http.StatusOK, "text/html; charset=utf-8", a.page)
	}
	e.GET("/", page)
	e.HEAD("/", page)
	static := func(c *gin.Context) {
		f := a.files[strings.TrimPrefix(c.Param("filepath"), "/")]
		if f == nil {
			abortError(c, http.StatusNotFound, codeNotFound, "no such file")
			return
		}
		h := c.Writer.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		if f.immutable {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		if ct := mime.TypeByExtension(path.Ext(f.name)); ct != "" {
			h.Set("Content-Type", ct)
		}
		h.Set("ETag", f.etag)
		http.ServeContent(c.Writer, c.Request, f.name, time.Time{}, bytes.NewReader(f.body))
	}
	e.GET("/static/*filepath", static)
	e.HEAD("/static/*filepath", static)
}
