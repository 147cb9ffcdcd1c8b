package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// scaleOptions configures one scale run.
type scaleOptions struct {
	N        int
	Work     string
	Rasid    string
	Rounds   int
	Clients  int
	Duration time.Duration
	PG       bool
	Keep     bool
	Reuse    bool
	Compact  bool
	Corpora  string
}

// system is one measured system's figures.
type system struct {
	Name        string
	Docs        uint64
	ImportTime  time.Duration
	ImportRSSKB int64
	// CompactTime is how long rasid compact took (0: not run).
	CompactTime time.Duration
	IndexBytes  int64
	ServeRSSKB  int64
	Cold, Warm  latencies
	Conc        latencies
	ConcReqs    int
	ConcTime    time.Duration
	Errors      int
	// CPU time the server spent per request (user + system, from /proc):
	// on a shared machine this moves far less than the wall-clock latency.
	ColdCPU, WarmCPU, ConcCPU time.Duration
}

func runScale(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rasid-bench scale", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := scaleOptions{}
	fs.IntVar(&o.N, "n", 10000, "articles to generate and import")
	fs.StringVar(&o.Work, "work", "", "working `DIR` (default: a new temporary directory, removed at the end)")
	fs.StringVar(&o.Rasid, "rasid", "", "rasid binary (default: built from ./cmd/rasid)")
	fs.IntVar(&o.Rounds, "rounds", 5, "rounds of the request mix with one client (the first is reported as cold)")
	fs.IntVar(&o.Clients, "clients", 8, "concurrent clients for the throughput phase")
	fs.DurationVar(&o.Duration, "duration", 20*time.Second, "length of the throughput phase")
	fs.BoolVar(&o.PG, "pg", true, "also run PostgreSQL (Debian postgresql 15) on the same documents")
	fs.BoolVar(&o.Keep, "keep", false, "keep the working directory")
	fs.BoolVar(&o.Reuse, "reuse", false, "serve the rasid index already in the working directory instead of importing (import figures are then not measured)")
	fs.BoolVar(&o.Compact, "compact", false, "run rasid compact on the index before serving it")
	fs.StringVar(&o.Corpora, "corpora", defaultCorpora(), "source corpora of the generator")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx := context.Background()
	if o.Work == "" {
		dir, err := os.MkdirTemp("", "rasid-scale-")
		if err != nil {
			return err
		}
		o.Work = dir
		if !o.Keep {
			defer os.RemoveAll(dir)
		}
	}
	if o.Rasid == "" {
		o.Rasid = filepath.Join(o.Work, "rasid")
		fmt.Fprintln(stderr, "building rasid")
		cmd := exec.Command("go", "build", "-o", o.Rasid, "./cmd/rasid")
		cmd.Stdout, cmd.Stderr = stderr, stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build rasid (run from the repository root or pass --rasid): %w", err)
		}
	}
	corpus := filepath.Join(o.Work, fmt.Sprintf("gen-%d", o.N))
	done := corpus + ".done" // beside the folder: rasid index reads every file in it
	if _, err := os.Stat(done); err != nil {
		fmt.Fprintf(stderr, "generating %d articles in %s\n", o.N, corpus)
		if _, err := generate(genOptions{N: o.N, PerFile: 20000, Seed: 1, Corpora: strings.Split(o.Corpora, ","), Out: corpus}); err != nil {
			return err
		}
		if err := os.WriteFile(done, nil, 0o644); err != nil {
			return err
		}
	}
	mix := pageMix()

	r, err := scaleRasid(ctx, o, corpus, mix, stderr)
	if err != nil {
		return fmt.Errorf("rasid: %w", err)
	}
	systems := []*system{r}
	if o.PG {
		limit := 0
		if o.Reuse && r.Docs < uint64(o.N) {
			limit = int(r.Docs) // an import stopped part-way: the same prefix of the corpus
			fmt.Fprintf(stderr, "rasid holds %d of %d articles; PostgreSQL gets the same first %d\n", r.Docs, o.N, limit)
		}
		p, err := scalePG(ctx, o, corpus, mix, limit, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "PostgreSQL: %v\n", err)
		} else {
			systems = append(systems, p)
		}
	}
	report(stdout, o, systems)
	return nil
}

// scaleRasid imports the corpus with `rasid index`, serves it and runs the
// mix against the HTTP API on loopback.
func scaleRasid(ctx context.Context, o scaleOptions, corpus string, mix []mixRequest, log io.Writer) (*system, error) {
	s := &system{Name: "rasid"}
	data := filepath.Join(o.Work, fmt.Sprintf("data-%d", o.N))
	if !o.Reuse {
		if err := os.RemoveAll(data); err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "rasid index of %d articles\n", o.N)
		start := time.Now()
		cmd := exec.CommandContext(ctx, o.Rasid, "index", "--data", data, corpus)
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("rasid index: %w", err)
		}
		s.ImportTime = time.Since(start)
		s.ImportRSSKB = maxRSS(cmd.ProcessState)
	}
	if o.Compact {
		fmt.Fprintln(log, "rasid compact")
		start := time.Now()
		cmd := exec.CommandContext(ctx, o.Rasid, "compact", "--data", data)
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("rasid compact: %w", err)
		}
		s.CompactTime = time.Since(start)
	}
	s.IndexBytes = dirBytes(data)

	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	srv := exec.CommandContext(ctx, o.Rasid, "serve", "--data", data, "--addr", addr)
	srv.Stdout, srv.Stderr = io.Discard, log
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("rasid serve: %w", err)
	}
	defer func() {
		_ = srv.Process.Signal(syscall.SIGTERM)
		_ = srv.Wait()
	}()
	base := "http://" + addr
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 60 * time.Second}
	if err := waitReady(client, base+"/readyz", 10*time.Minute); err != nil {
		return nil, err
	}
	var total struct {
		Total uint64 `json:"total"`
	}
	if err := getJSON(client, base+"/api/search?size=1&facet_size=0&histogram=false", &total); err != nil {
		return nil, err
	}
	s.Docs = total.Total
	do := func(r mixRequest) error {
		resp, err := client.Get(base + "/api/search?" + r.query())
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: HTTP %d", r.query(), resp.StatusCode)
		}
		return nil
	}
	fmt.Fprintln(log, "rasid: request mix")
	pid := srv.Process.Pid
	drive(s, o, mix, do, func() time.Duration { return procCPU(pid) })
	s.ServeRSSKB = procHWM(pid)
	return s, nil
}

// drive runs the mix: o.Rounds rounds with one client, then o.Clients
// clients for o.Duration, each starting at another place in the list.
func drive(s *system, o scaleOptions, mix []mixRequest, do func(mixRequest) error, cpu func() time.Duration) {
	s.Cold, s.Warm, s.Conc = latencies{}, latencies{}, latencies{}
	c0 := cpu()
	var c1 time.Duration
	for round := 0; round < o.Rounds; round++ {
		if round == 1 {
			c1 = cpu()
		}
		for _, r := range mix {
			t := time.Now()
			if err := do(r); err != nil {
				s.Errors++
				continue
			}
			if round == 0 {
				s.Cold.add(r.Kind, time.Since(t))
			} else {
				s.Warm.add(r.Kind, time.Since(t))
			}
		}
	}
	c2 := cpu()
	s.ColdCPU = (c1 - c0) / time.Duration(len(mix))
	if o.Rounds > 1 {
		s.WarmCPU = (c2 - c1) / time.Duration(len(mix)*(o.Rounds-1))
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(o.Duration)
	for c := 0; c < o.Clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := latencies{}
			n, errs := 0, 0
			for i := c * len(mix) / o.Clients; time.Now().Before(deadline); i++ {
				r := mix[i%len(mix)]
				t := time.Now()
				if err := do(r); err != nil {
					errs++
					continue
				}
				mine.add(r.Kind, time.Since(t))
				n++
			}
			mu.Lock()
			s.Conc.merge(mine)
			s.ConcReqs += n
			s.Errors += errs
			mu.Unlock()
		}()
	}
	wg.Wait()
	s.ConcTime = time.Since(start)
	if s.ConcReqs > 0 {
		s.ConcCPU = (cpu() - c2) / time.Duration(s.ConcReqs)
	}
}

// procCPU is the CPU time (user + system) a process and its reaped
// children have used, from /proc/PID/stat.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	// fields after the command: state is f[0]; utime, stime, cutime, cstime are f[11..14]
	var ticks int64
	for _, i := range []int{11, 12, 13, 14} {
		if i < len(f) {
			n, _ := strconv.ParseInt(f[i], 10, 64)
			ticks += n
		}
	}
	return time.Duration(ticks) * time.Second / 100 // USER_HZ is 100 on Linux
}

func report(w io.Writer, o scaleOptions, systems []*system) {
	fmt.Fprintf(w, "\n## scale run: %d generated articles, GOMAXPROCS of the machine, %s\n\n", o.N, time.Now().UTC().Format(time.RFC3339))
	fmt.Fprintln(w, "| system | docs | import docs/s | index bytes/article | import peak RSS | serve peak RSS | errors |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, s := range systems {
		rate := "n/a"
		if s.ImportTime > 0 {
			rate = fmt.Sprintf("%.0f", float64(o.N)/s.ImportTime.Seconds())
		}
		fmt.Fprintf(w, "| %s | %d | %s | %.0f | %s | %s | %d |\n", s.Name, s.Docs,
			rate, float64(s.IndexBytes)/float64(max(s.Docs, 1)),
			mb(s.ImportRSSKB), mb(s.ServeRSSKB), s.Errors)
	}
	for _, s := range systems {
		if s.CompactTime > 0 {
			fmt.Fprintf(w, "\n%s: rasid compact took %s before serving.\n", s.Name, s.CompactTime.Round(time.Second))
		}
	}
	fmt.Fprintln(w, "\nOne client, p50 / p99 (ms); cold = the first round (each request seen once), warm = the later rounds:")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "| system | round |")
	for _, k := range mixKinds {
		fmt.Fprintf(w, " %s |", k)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "|---|---|"+strings.Repeat("---|", len(mixKinds)))
	for _, s := range systems {
		for _, row := range []struct {
			name string
			l    latencies
		}{{"cold", s.Cold}, {"warm", s.Warm}} {
			fmt.Fprintf(w, "| %s | %s |", s.Name, row.name)
			for _, k := range mixKinds {
				fmt.Fprintf(w, " %s / %s |", ms(pct(row.l[k], 50)), ms(pct(row.l[k], 99)))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w, "\nServer CPU time per request (ms; user + system of the server's processes):")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| system | cold round | warm rounds | concurrent |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, s := range systems {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", s.Name, ms(s.ColdCPU), ms(s.WarmCPU), ms(s.ConcCPU))
	}
	fmt.Fprintf(w, "\n%d concurrent clients for %s:\n\n", o.Clients, o.Duration)
	fmt.Fprintln(w, "| system | req/s | p50 | p99 | landing p99 | filters p99 |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, s := range systems {
		fmt.Fprintf(w, "| %s | %.1f | %s | %s | %s | %s |\n", s.Name, float64(s.ConcReqs)/s.ConcTime.Seconds(),
			ms(pct(s.Conc["all"], 50)), ms(pct(s.Conc["all"], 99)), ms(pct(s.Conc["landing"], 99)), ms(pct(s.Conc["filters"], 99)))
	}
	if len(systems) == 2 && systems[0].Docs != systems[1].Docs {
		fmt.Fprintf(w, "\nwarning: the two systems hold different numbers of documents (%d, %d)\n", systems[0].Docs, systems[1].Docs)
	}
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64)
}

func mb(kb int64) string {
	if kb <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f MB", float64(kb)/1024)
}

// maxRSS is a finished process's peak resident set, in KiB.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}

// procHWM is a running process's peak resident set (VmHWM), in KiB.
func procHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}

func dirBytes(dir string) int64 {
	var total int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
		}
		return nil
	})
	return total
}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

func waitReady(c *http.Client, url string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		resp, err := c.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return errors.New("rasid serve did not become ready")
}

func getJSON(c *http.Client, url string, v any) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: HTTP %d", url, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
