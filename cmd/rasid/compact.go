package main

import (
	"context"
	"fmt"
	"io"
	"os/signal"
	"syscall"
	"time"
)

func init() {
	commands["compact"] = command{"merge each shard of an index into one segment, for faster searches of a large archive", runCompact}
}

func runCompact(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("compact", stderr)
	data := fs.String("data", defaultDataDir, "data directory holding the index")
	every := fs.Duration("progress", 30*time.Second, "how often to log how far it has got")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: rasid compact [--data DIR]\n\nMerges each shard's segments into one. After a large import a shard holds\ntens of segments, and every search pays a little for each; an archive that\nis mostly read answers faster compacted (BENCHMARKS.md, a million\narticles). It rewrites the whole index once, needs as much free disk as\nthe index takes, and holds the index meanwhile: stop rasid serve first.\nInterrupted, the index stays whole; run it again to finish.\n\nFlags:")
		fs.PrintDefaults()
	}
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(words) != 0 {
		fs.Usage()
		return errUsage
	}
	ix, err := openExisting(*data)
	if err != nil {
		return err
	}
	defer ix.Close()
	before, err := ix.Segments()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	start, size := time.Now(), ix.SizeBytes()
	fmt.Fprintf(stderr, "rasid: compacting %s (segments per shard: %v, %s on disk)\n", *data, before, diskSize(size))
	// A million articles take minutes and scorch reports nothing until a
	// shard is done; the index's size on disk grows as the merged segments
	// are written, and falls back when the old ones are removed.
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(*every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				fmt.Fprintf(stderr, "rasid: compacting for %s, %s on disk (%s at the start)\n",
					time.Since(start).Round(time.Second), diskSize(ix.SizeBytes()), diskSize(size))
			}
		}
	}()
	err = ix.Compact(ctx)
	close(done)
	if err != nil {
		return err
	}
	after, err := ix.Segments()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "compacted in %s: segments per shard %v → %v\n", time.Since(start).Round(time.Second), before, after)
	return nil
}

// diskSize writes n bytes in GB with one decimal, or in MB below 1 GB.
func diskSize(n int64) string {
	if n < 1e9 {
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.1f GB", float64(n)/1e9)
}
