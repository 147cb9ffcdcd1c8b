package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the Prometheus series of one Server, in a registry of its
// own so that several servers (tests) never share state.
type metrics struct {
	reg      *prometheus.Registry
	duration *prometheus.HistogramVec
	handler  http.Handler
}

func newMetrics(s *Server) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "rasid_http_request_duration_seconds",
		Help:    "Latency of HTTP requests by route, method and status code.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"route", "method", "code"})
	m.reg.MustRegister(m.duration,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "rasid_index_documents",
			Help: "Documents in the index.",
		}, func() float64 {
			n, err := s.cfg.Index.Count()
			if err != nil {
				return -1
			}
			return float64(n)
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "rasid_index_size_bytes",
			Help: "Bytes the index takes on disk.",
		}, func() float64 { return float64(s.cfg.Index.SizeBytes()) }),
	)
	if w := s.cfg.Watcher; w != nil {
		m.reg.MustRegister(
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_ingest_lag_seconds",
				Help: "Age of the oldest change the watcher has seen but not yet committed.",
			}, func() float64 { return w.Status().Lag.Seconds() }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_ingest_pending_files",
				Help: "Changed files not yet read plus document changes not yet committed.",
			}, func() float64 { return float64(w.Status().Pending) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_ingest_retrying_files",
				Help: "Files that cannot be read for now (permissions, I/O) and are retried with backoff.",
			}, func() float64 { return float64(w.Status().Retrying) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_ingest_paused",
				Help: "1 while ingestion is paused because the index's disk is below its pause mark.",
			}, func() float64 { return boolGauge(w.Status().Disk.Paused) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_ingest_degraded",
				Help: "1 while ingestion is paused or commits are failing (searches still work).",
			}, func() float64 { return boolGauge(w.Status().Degraded != "") }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{
				Name: "rasid_ingest_panics_total",
				Help: "Panics recovered while reading or committing.",
			}, func() float64 { return float64(w.Status().Panics) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_disk_free_bytes",
				Help: "Free bytes on the index's filesystem at the last check.",
			}, func() float64 { return float64(w.Status().Disk.Free) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_disk_total_bytes",
				Help: "Size of the index's filesystem.",
			}, func() float64 { return float64(w.Status().Disk.Total) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_disk_pause_bytes",
				Help: "Free space below which ingestion pauses (high watermark).",
			}, func() float64 { return float64(w.Status().Disk.Pause) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_disk_resume_bytes",
				Help: "Free space above which paused ingestion resumes.",
			}, func() float64 { return float64(w.Status().Disk.Resume) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_quarantined_files",
				Help: "Files in quarantine.",
			}, func() float64 { return float64(w.Status().Quarantined) }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{
				Name: "rasid_watch_indexed_files_total",
				Help: "Files the watcher indexed since start.",
			}, func() float64 { return float64(w.Status().Indexed) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "rasid_last_ingest_timestamp_seconds",
				Help: "Unix time of the last committed ingest (0 when none yet).",
			}, func() float64 {
				t := w.Status().LastIngest
				if t.IsZero() {
					return 0
				}
				return float64(t.UnixNano()) / 1e9
			}),
		)
	}
	m.handler = promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
	return m
}

func boolGauge(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// knownMethods keeps the method label bounded whatever clients send.
var knownMethods = map[string]bool{"GET": true, "HEAD": true, "POST": true, "PUT": true, "DELETE": true, "OPTIONS": true, "PATCH": true}

func (m *metrics) observe(route, method string, status int, d time.Duration) {
	if !knownMethods[method] {
		method = "other"
	}
	m.duration.WithLabelValues(route, method, strconv.Itoa(status)).Observe(d.Seconds())
}

func (s *Server) handleMetrics(c *gin.Context) {
	s.metrics.handler.ServeHTTP(c.Writer, c.Request)
}
