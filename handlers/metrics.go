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
				Help: "Files seen by the watcher but not yet committed.",
			}, func() float64 { return float64(w.Status().Pending) }),
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
