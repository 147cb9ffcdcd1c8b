// Package handlers is rasid's HTTP face: the JSON API under /api (search
// with disjunctive facet counts, facet type-ahead, documents), health and
// readiness probes, Prometheus metrics, the OpenAPI description and the
// embedded Arabic web page at /.
package handlers

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rasid-project/rasid/index"
	"github.com/rasid-project/rasid/watch"
)

// Limits on what a client may send.
const (
	// DefaultMaxBodyBytes bounds a POST /api/documents body.
	DefaultMaxBodyBytes = 16 << 20
	// MaxRawQueryBytes bounds the whole query string of a request; the
	// search text itself is bounded by index.MaxQueryBytes.
	MaxRawQueryBytes = 16 << 10 // q of index.MaxQueryBytes in Arabic, percent-encoded (3×), with filters
	// maxFilterValues bounds the values of one repeated parameter.
	maxFilterValues = 64
	// searchTimeout bounds the time one search may take.
	searchTimeout = 15 * time.Second
)

// StatusSource reports the watcher's state; *watch.Watcher is one.
type StatusSource interface {
	Status() watch.Status
}

// Config is what a Server needs. Index is required; the rest is optional.
type Config struct {
	Index *index.Index
	// Watcher is nil when rasid serves without --watch: the server is then
	// ready as soon as the index is open, and /readyz says watching=false.
	Watcher StatusSource
	// Token enables the write endpoints for clients that send it as
	// "Authorization: Bearer TOKEN". Empty disables writes (403).
	Token string
	// CORSOrigin, when set, is the one origin allowed to call the API from
	// a browser ("*" for any). Empty sends no CORS headers.
	CORSOrigin   string
	MaxBodyBytes int64 // 0 means DefaultMaxBodyBytes
	Logger       *slog.Logger
	// Disk reads the free space of the index's filesystem against its
	// pause mark; a POST writes nothing while it reports Paused. Give the
	// watcher's (Ingester.CheckedDisk) so both writers pause together;
	// nil means a watch.DiskGuard on the index's folder with the default
	// marks.
	Disk func() watch.Disk
	// Warming, when set, reports that the server is still counting the
	// whole archive's facets as it starts (index.WarmCounts): /readyz says
	// "starting" meanwhile, so that traffic waits for the counts instead of
	// making each early search count the archive its own way (at a million
	// articles, from doc values while the facet columns are being built).
	Warming func() bool
}

// searcher runs searches; *index.Index is one. Tests put one in front of
// it that panics, to check that a panic answers 500 and harms nothing.
type searcher interface {
	Search(ctx context.Context, r index.Request) (*index.Result, error)
}

// writer commits the API's writes; *index.Index is one. Tests put one in
// front of it that panics, as a document that cannot be indexed does.
type writer interface {
	Apply(*index.Batch) (index.ApplyResult, error)
	Reopen() error
}

// Server serves the API and the web page. Create it with New.
type Server struct {
	cfg      Config
	log      *slog.Logger
	engine   *gin.Engine
	metrics  *metrics
	searcher searcher
	writer   writer

	stopping   atomic.Bool
	mu         sync.Mutex
	watchErr   error     // why the watcher stopped, if it did
	lastUpload time.Time // last successful POST /api/documents
}

// New builds a Server.
func New(cfg Config) *Server {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Disk == nil {
		cfg.Disk = watch.NewDiskGuard(cfg.Index.Dir(), nil, 0).Check
	}
	// gin's debug mode prints every route to stdout at start-up; rasid logs
	// through slog instead.
	gin.SetMode(gin.ReleaseMode)
	s := &Server{cfg: cfg, log: cfg.Logger, searcher: cfg.Index, writer: cfg.Index}
	s.metrics = newMetrics(s)
	s.engine = s.routes()
	return s
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.engine.ServeHTTP(w, r)
}

// Registry is the Prometheus registry /metrics exposes.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

// SetStopping marks the server as shutting down: /readyz answers 503 so a
// load balancer stops sending new work while requests in flight finish.
func (s *Server) SetStopping() { s.stopping.Store(true) }

// SetWatchError records that the watcher stopped with err; /readyz then
// answers 503 and reports it.
func (s *Server) SetWatchError(err error) {
	s.mu.Lock()
	s.watchErr = err
	s.mu.Unlock()
}

// NewHTTPServer wraps h in an http.Server with the timeouts and header
// limits rasid uses, so slow or idle clients cannot hold connections.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

func (s *Server) routes() *gin.Engine {
	e := gin.New()
	e.HandleMethodNotAllowed = true
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	e.Use(s.recovery(), s.observe(), s.limitQuery(), s.cors())

	api := e.Group("/api")
	api.GET("/search", s.handleSearch)
	api.GET("/export", s.handleExport) // workflow: every match as CSV or JSON lines
	api.GET("/feed", s.handleFeed)     // workflow: Atom feed of a search
	api.GET("/facets/:name", s.handleFacet)
	api.GET("/documents/:id", s.handleGetDocument)
	api.POST("/documents", s.requireToken(), s.handlePostDocuments)
	api.DELETE("/documents/:id", s.requireToken(), s.handleDeleteDocument)
	api.GET("/openapi.json", s.handleOpenAPI)
	if s.cfg.CORSOrigin != "" {
		// Pre-flight requests for every API route.
		api.OPTIONS("/*path", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	}

	e.GET("/healthz", s.handleHealthz)
	e.GET("/readyz", s.handleReadyz)
	e.GET("/metrics", s.handleMetrics)
	s.webRoutes(e)

	e.NoRoute(func(c *gin.Context) {
		abortError(c, http.StatusNotFound, codeNotFound, "no such page or endpoint: "+c.Request.URL.Path)
	})
	e.NoMethod(func(c *gin.Context) {
		abortError(c, http.StatusMethodNotAllowed, codeMethodNotAllowed, c.Request.Method+" is not allowed on "+c.Request.URL.Path)
	})
	return e
}
