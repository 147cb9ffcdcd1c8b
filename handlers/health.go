package handlers

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// Readiness is the answer of GET /readyz.
type Readiness struct {
	// Status is "ready", "degraded" (searches work but ingestion is
	// paused or failing; see Reason; still 200), "starting" (the archive's
	// counts are being made, or the watcher is still reconciling),
	// "stopping" (shutdown has begun) or "error" (the index or the watcher
	// failed; see LastError).
	Status string `json:"status"`
	// Reason says why the status is "degraded" or "starting".
	Reason      string     `json:"reason,omitempty"`
	Documents   uint64     `json:"documents"`
	Quarantined int        `json:"quarantined"`
	LastIngest  *time.Time `json:"last_ingest"`
	// Watching is true while a watcher keeps the index in step with a
	// folder; false when rasid serves without --watch.
	Watching bool   `json:"watching"`
	WatchDir string `json:"watch_dir,omitempty"`
	// Pending counts changed files not yet read and document changes not
	// yet committed.
	Pending int `json:"pending"`
	// Retrying counts files that cannot be read for now (permissions,
	// I/O) and are tried again; they are not quarantined.
	Retrying  int     `json:"retrying"`
	LastError *string `json:"last_error"`
}

func (s *Server) handleHealthz(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

// readiness reports whether the server should get traffic. Without a
// watcher (no --watch) the index being open is enough: a read-only
// archive is fully usable. With one, the server is ready once the
// watcher's start-up reconciliation is done and it is watching.
func (s *Server) readiness() (Readiness, bool) {
	r := Readiness{Status: "ready"}
	n, err := s.cfg.Index.Count()
	if err != nil {
		msg := "index: " + err.Error()
		r.Status, r.LastError = "error", &msg
	}
	r.Documents = n

	s.mu.Lock()
	watchErr, last := s.watchErr, s.lastUpload
	s.mu.Unlock()

	if s.cfg.Watcher != nil {
		st := s.cfg.Watcher.Status()
		r.Watching, r.WatchDir, r.Quarantined, r.Pending, r.Retrying = st.Watching, st.Dir, st.Quarantined, st.Pending, st.Retrying
		if st.LastIngest.After(last) {
			last = st.LastIngest
		}
		if st.LastError != "" && r.LastError == nil {
			msg := st.LastError
			r.LastError = &msg
		}
		if r.Status == "ready" && !st.Watching {
			r.Status = "starting"
		}
		if r.Status == "ready" && st.Degraded != "" {
			r.Status, r.Reason = "degraded", st.Degraded
		}
	}
	if r.Status == "ready" && s.cfg.Warming != nil && s.cfg.Warming() {
		r.Status, r.Reason = "starting", "counting the archive's facets"
	}
	if watchErr != nil {
		msg := "watcher: " + watchErr.Error()
		r.Status, r.LastError = "error", &msg
	}
	if !last.IsZero() {
		r.LastIngest = &last
	}
	if s.stopping.Load() {
		r.Status = "stopping"
	}
	return r, r.Status == "ready" || r.Status == "degraded"
}

func (s *Server) handleReadyz(c *gin.Context) {
	r, ok := s.readiness()
	status := http.StatusOK
	if !ok {
		status = http.StatusServiceUnavailable
	}
	c.JSON(status, r)
}
