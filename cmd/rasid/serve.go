package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rasid-project/rasid/handlers"
	"github.com/rasid-project/rasid/watch"
)

func init() {
	commands["serve"] = command{
		summary: "serve the search API and web page (and watch a folder with --watch)",
		run:     runServe,
	}
}

// serveOptions are the flags of rasid serve.
type serveOptions struct {
	data, watchDir, addr, token, cors string
	maxBody                           int64
	minFree                           int64
	rescan                            time.Duration
}

// shutdownGrace is how long requests in flight may take to finish after
// SIGINT/SIGTERM before their connections are closed.
const shutdownGrace = 20 * time.Second

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	var o serveOptions
	fs.StringVar(&o.data, "data", defaultDataDir, "index `DIR`")
	fs.StringVar(&o.watchDir, "watch", "", "keep the index in step with the articles in `DIR` (and its sub-folders)")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	fs.StringVar(&o.token, "token", "", "bearer `TOKEN` that enables POST/DELETE /api/documents (default $RASID_TOKEN; none: writes are off)")
	fs.StringVar(&o.cors, "cors", "", "allow browsers on `ORIGIN` (or *) to call the API; off by default")
	fs.Int64Var(&o.maxBody, "max-body", handlers.DefaultMaxBodyBytes, "largest POST body in `BYTES`")
	fs.Int64Var(&o.minFree, "min-free", 0, "pause ingestion while the index's disk has fewer free `BYTES` (resume at twice that; 0: 5% of the disk, at most 1 GiB; -1: never)")
	fs.DurationVar(&o.rescan, "rescan", 30*time.Second, "how often the watched folder is compared with the index to catch missed changes (`DURATION`; 0: never)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid serve [--data DIR] [--watch DIR] [--addr HOST:PORT] [--token TOKEN] [--cors ORIGIN]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if o.token == "" {
		o.token = os.Getenv("RASID_TOKEN")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	// The index logs a rebuild of an older index through the default
	// logger; in the server it belongs with the other lines.
	slog.SetDefault(log)
	return serve(ctx, o, stdout, log)
}

// serve runs the server until ctx is done, then shuts down in order: stop
// accepting and finish requests in flight, stop the watcher (which
// flushes its batch), close the index.
func serve(ctx context.Context, o serveOptions, stdout io.Writer, log *slog.Logger) error {
	if o.watchDir != "" {
		fi, err := os.Stat(o.watchDir)
		if err != nil {
			return fmt.Errorf("--watch: %w", err)
		}
		if !fi.IsDir() {
			return fmt.Errorf("--watch: %s is not a folder", o.watchDir)
		}
	}
	ix, err := openIndex(o.data)
	if err != nil {
		return fmt.Errorf("open index: %w", err)
	}
	defer func() {
		if err := ix.Close(); err != nil {
			log.Error("close index", "err", err)
		}
	}()

	// The whole archive's counts, which the landing page shows, are made
	// once now instead of by the first visitor; commits keep them current.
	// /readyz says "starting" until they are made, failed or not.
	var warming atomic.Bool
	warming.Store(true)
	go func() {
		defer warming.Store(false)
		if err := ix.WarmCounts(ctx); err != nil && ctx.Err() == nil {
			log.Warn("count the archive", "err", err)
		}
	}()

	cfg := handlers.Config{Index: ix, Token: o.token, CORSOrigin: o.cors, MaxBodyBytes: o.maxBody, Logger: log, Warming: warming.Load}
	var w *watch.Watcher
	if o.watchDir != "" {
		rescan := o.rescan
		if rescan == 0 {
			rescan = -1 // the flag's 0 means never; Options' 0 means the default
		}
		w, err = watch.New(ix, o.watchDir, watch.Options{Logger: log, MinFreeBytes: o.minFree, Rescan: rescan})
		if err != nil {
			return fmt.Errorf("watch %s: %w", o.watchDir, err)
		}
		cfg.Watcher = w
		cfg.Disk = w.Ingester().CheckedDisk // one guard: POSTs and the watcher pause together
	} else {
		cfg.Disk = watch.NewDiskGuard(ix.Dir(), nil, o.minFree).Check
	}
	srv := handlers.New(cfg)

	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	// Another rasid on this data folder finds the server here and uses its
	// API instead of waiting for the index.
	if removeHolder, err := writeHolder(o.data, ln.Addr()); err != nil {
		log.Warn("could not record the server in the data folder", "err", err)
	} else {
		defer removeHolder()
	}
	httpSrv := handlers.NewHTTPServer(o.addr, srv)
	httpSrv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)

	// The watcher gets its own context: it must outlive the HTTP server
	// during shutdown so that uploads in flight land before it flushes.
	watchCtx, cancelWatch := context.WithCancel(context.Background())
	defer cancelWatch()
	watchDone := make(chan struct{})
	if w != nil {
		go func() {
			defer close(watchDone)
			if err := w.Run(watchCtx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("watcher stopped", "err", err)
				srv.SetWatchError(err)
			}
		}()
	} else {
		close(watchDone)
	}

	serveErr := make(chan error, 1)
	go func() { serveErr <- httpSrv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"
	log.Info("serving", "url", url, "data", o.data, "watch", o.watchDir,
		"writes", o.token != "", "cors", o.cors)
	fmt.Fprintf(stdout, "rasid: serving on %s\n", url)

	select {
	case <-ctx.Done():
		log.Info("shutting down")
	case err := <-serveErr:
		cancelWatch()
		<-watchDone
		return fmt.Errorf("serve: %w", err)
	}
	srv.SetStopping()
	shutCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := httpSrv.Shutdown(shutCtx); err != nil {
		log.Warn("requests still in flight at the deadline were cut off", "err", err)
	}
	if err := <-serveErr; err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("serve", "err", err)
	}
	cancelWatch()
	<-watchDone
	log.Info("stopped")
	return nil
}
