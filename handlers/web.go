package handlers

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"

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

func (s *Server) webRoutes(e *gin.Engine) {
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	indexHTML, err := fs.ReadFile(sub, "index.html")
	if err != nil {
		panic(err)
	}
	files := http.FileServer(http.FS(sub))
	page := func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		c.Data(http.StatusOK, "text/html; charset=utf-8", indexHTML)
	}
	e.GET("/", page)
	e.HEAD("/", page)
	e.GET("/static/*filepath", func(c *gin.Context) {
		c.Writer.Header().Set("X-Content-Type-Options", "nosniff")
		c.Writer.Header().Set("Cache-Control", "public, max-age=3600")
		req := c.Request.Clone(c.Request.Context())
		req.URL.Path = c.Param("filepath")
		if strings.HasSuffix(req.URL.Path, "/") || req.URL.Path == "/index.html" {
			abortError(c, http.StatusNotFound, codeNotFound, "no such file")
			return
		}
		files.ServeHTTP(c.Writer, req)
	})
}
