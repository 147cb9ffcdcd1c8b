package handlers

import (
	"crypto/subtle"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// recovery turns a panic in a handler into a logged 500 with the JSON
// error shape, so one bad request never takes the server down.
func (s *Server) recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v) // the client went away; net/http handles it
				}
				s.log.Error("panic serving request",
					"method", c.Request.Method, "path", c.Request.URL.Path,
					"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if !c.Writer.Written() {
					abortError(c, http.StatusInternalServerError, codeInternal, "internal error")
				} else {
					c.Abort()
				}
			}
		}()
		c.Next()
	}
}

// observe records the latency of every request per route and logs errors.
func (s *Server) observe() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		// JSON answers carry article text and <mark>: never let a browser
		// sniff them as HTML.
		c.Header("X-Content-Type-Options", "nosniff")
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		status := c.Writer.Status()
		d := time.Since(start)
		s.metrics.observe(route, c.Request.Method, status, d)
		switch {
		case route == "/readyz" && status == http.StatusServiceUnavailable:
			// Not ready is an answer, not a failure: a probe polls it
			// through every start-up and shutdown.
			s.log.Info("not ready", "route", route, "status", status)
		case status >= 500:
			s.log.Error("request failed", "method", c.Request.Method, "route", route,
				"status", status, "duration", d, "errors", c.Errors.String())
		default:
			s.log.Debug("request", "method", c.Request.Method, "route", route,
				"status", status, "duration", d)
		}
	}
}

// limitQuery rejects query strings too long to be a real search before any
// handler parses them.
func (s *Server) limitQuery() gin.HandlerFunc {
	return func(c *gin.Context) {
		if len(c.Request.URL.RawQuery) > MaxRawQueryBytes {
			abortError(c, http.StatusRequestURITooLong, codeQueryTooLong,
				fmt.Sprintf("the query string is longer than %d bytes", MaxRawQueryBytes))
			return
		}
		c.Next()
	}
}

// cors answers browsers from the one configured origin; with none
// configured it sends nothing, so browsers keep the same-origin policy.
func (s *Server) cors() gin.HandlerFunc {
	origin := s.cfg.CORSOrigin
	return func(c *gin.Context) {
		if origin == "" {
			c.Next()
			return
		}
		reqOrigin := c.GetHeader("Origin")
		if reqOrigin != "" && (origin == "*" || reqOrigin == origin) {
			h := c.Writer.Header()
			if origin == "*" {
				h.Set("Access-Control-Allow-Origin", "*")
			} else {
				h.Set("Access-Control-Allow-Origin", origin)
				h.Add("Vary", "Origin")
			}
			h.Set("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
		}
		c.Next()
	}
}

// requireToken guards the write endpoints: off (403) when the server has no
// token, 401 when the client's bearer token is missing or wrong.
func (s *Server) requireToken() gin.HandlerFunc {
	return func(c *gin.Context) {
		if s.cfg.Token == "" {
			abortError(c, http.StatusForbidden, codeWritesDisabled,
				"writes are disabled: start rasid serve with --token or RASID_TOKEN")
			return
		}
		auth := c.GetHeader("Authorization")
		got, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.cfg.Token)) != 1 {
			c.Header("WWW-Authenticate", `Bearer realm="rasid"`)
			abortError(c, http.StatusUnauthorized, codeUnauthorized, "a valid bearer token is required")
			return
		}
		c.Next()
	}
}
