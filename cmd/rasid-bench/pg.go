package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rasid-project/rasid/analyzers/facets"
)

const pgBin = "/usr/lib/postgresql/15/bin"

// pgSchema holds what rasid's index holds for the page: the text with a
// generated tsvector (PostgreSQL's arabic configuration), the four facets
// as arrays (actors with their ancestors, as rasid indexes them), the date
// rasid filters and histograms on, and the killed toll.
const pgSchema = `
CREATE TABLE docs (
	id           text PRIMARY KEY,
	title        text NOT NULL,
	body         text NOT NULL,
	published    timestamptz,
	month        text,
	towns        text[] NOT NULL,
	governorates text[] NOT NULL,
	actors       text[] NOT NULL,
	event_types  text[] NOT NULL,
	killed       int,
	tsv          tsvector GENERATED ALWAYS AS (to_tsvector('arabic', title || ' ' || body)) STORED
)`

var pgIndexes = []string{
	"CREATE INDEX docs_tsv ON docs USING gin (tsv)",
	"CREATE INDEX docs_towns ON docs USING gin (towns)",
	"CREATE INDEX docs_governorates ON docs USING gin (governorates)",
	"CREATE INDEX docs_actors ON docs USING gin (actors)",
	"CREATE INDEX docs_event_types ON docs USING gin (event_types)",
	"CREATE INDEX docs_published ON docs (published DESC)",
	"ANALYZE docs",
}

// asPostgres runs a PostgreSQL program as the postgres user when we are
// root (initdb and postgres refuse to run as root).
func asPostgres(ctx context.Context, name string, args ...string) *exec.Cmd {
	if os.Geteuid() == 0 {
		return exec.CommandContext(ctx, "runuser", append([]string{"-u", "postgres", "--", filepath.Join(pgBin, name)}, args...)...)
	}
	return exec.CommandContext(ctx, filepath.Join(pgBin, name), args...)
}

// scalePG loads the same generated articles, with the facets rasid's
// extractor finds in them, into a throwaway PostgreSQL cluster on loopback
// and runs the same mix as SQL.
//
// limit, when above 0, loads only the first limit articles of the corpus in
// file order: what an import stopped part-way holds (rasid-bench scale
// --reuse on an interrupted import).
func scalePG(ctx context.Context, o scaleOptions, corpus string, mix []mixRequest, limit int, log io.Writer) (*system, error) {
	if _, err := os.Stat(filepath.Join(pgBin, "initdb")); err != nil {
		return nil, fmt.Errorf("PostgreSQL 15 is not installed (apt-get install postgresql-15): %w", err)
	}
	s := &system{Name: "PostgreSQL 15"}
	dir := filepath.Join(o.Work, fmt.Sprintf("pg-%d", o.N))
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if os.Geteuid() == 0 {
		if err := exec.Command("chown", "postgres:", dir).Run(); err != nil {
			return nil, fmt.Errorf("chown %s: %w", dir, err)
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := asPostgres(ctx, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("initdb: %w: %s", err, out)
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	port := addr[strings.LastIndexByte(addr, ':')+1:]
	if out, err := asPostgres(ctx, "pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-w",
		"-o", "-c listen_addresses=127.0.0.1 -p "+port+" -k "+dir+" -c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=512MB",
		"start").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("start PostgreSQL: %w: %s", err, out)
	}
	defer func() {
		_ = asPostgres(context.Background(), "pg_ctl", "-D", data, "-m", "fast", "-w", "stop").Run()
	}()
	dsn := "postgres://postgres@127.0.0.1:" + port + "/postgres?sslmode=disable"
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, pgSchema); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}

	fmt.Fprintf(log, "PostgreSQL: COPY of %d articles with their facets, then indexes\n", o.N)
	start := time.Now()
	rows := make(chan []any, 1024)
	var readErr error
	go func() {
		defer close(rows)
		readErr = pgRows(ctx, corpus, rows, limit)
	}()
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"docs"},
		[]string{"id", "title", "body", "published", "month", "towns", "governorates", "actors", "event_types", "killed"},
		&chanSource{ch: rows}); err != nil {
		for range rows { // let the reader end
		}
		return nil, fmt.Errorf("COPY: %w", err)
	}
	if readErr != nil {
		return nil, readErr
	}
	for _, sql := range pgIndexes {
		if _, err := conn.Exec(ctx, sql); err != nil {
			return nil, fmt.Errorf("%s: %w", sql, err)
		}
	}
	s.ImportTime = time.Since(start)
	if err := conn.QueryRow(ctx, "SELECT count(*), pg_database_size(current_database()) FROM docs").Scan(&s.Docs, &s.IndexBytes); err != nil {
		return nil, err
	}

	pool, err := pgxpool.New(ctx, dsn+"&pool_max_conns="+strconv.Itoa(max(o.Clients, 1)))
	if err != nil {
		return nil, err
	}
	defer pool.Close()
	fmt.Fprintln(log, "PostgreSQL: request mix")
	drive(s, o, mix, func(r mixRequest) error { return pgSearch(ctx, pool, r) }, func() time.Duration { return pgCPU(data) })
	s.ServeRSSKB = pgPeakRSS(data)
	return s, nil
}

// chanSource feeds CopyFrom from a channel.
type chanSource struct {
	ch  chan []any
	row []any
}

func (c *chanSource) Next() bool {
	r, ok := <-c.ch
	c.row = r
	return ok
}
func (c *chanSource) Values() ([]any, error) { return c.row, nil }
func (c *chanSource) Err() error             { return nil }

// pgRows reads the generated files and sends each article as a row, its
// facets extracted on every core by rasid's own extractor, so that both
// systems count the same values.
func pgRows(ctx context.Context, corpus string, out chan<- []any, limit int) error {
	files, err := filepath.Glob(filepath.Join(corpus, "*.jsonl.gz"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	lines := make(chan []byte, 256)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				var a article
				if json.Unmarshal(l, &a) != nil {
					continue
				}
				out <- pgRow(a)
			}
		}()
	}
	var rerr error
	left := limit
	if left <= 0 {
		left = -1
	}
	for _, p := range files {
		if left == 0 {
			break
		}
		if rerr = readLines(p, lines, &left); rerr != nil {
			break
		}
	}
	close(lines)
	wg.Wait()
	return rerr
}

// readLines sends path's lines until *left reaches 0 (never, when it
// starts below 0).
func readLines(path string, out chan<- []byte, left *int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for *left != 0 && sc.Scan() {
		out <- append([]byte(nil), sc.Bytes()...)
		*left--
	}
	return sc.Err()
}

// pgRow derives the row as rasid's index derives its fields (index.prepare):
// the filter date is the event date when the text gives one, else the
// published date; actors carry their ancestors.
func pgRow(a article) []any {
	pub, _ := time.Parse(time.RFC3339, a.Date)
	f := facets.Extract(a.Title, a.Body, pub)
	date := pub
	if ed, err := time.Parse(time.DateOnly, f.EventDate); err == nil {
		date = ed
	}
	var month any
	if !date.IsZero() {
		month = date.UTC().Format("2006-01")
	}
	var actors []string
	seen := map[string]bool{}
	for _, id := range f.Actors {
		for _, x := range facets.ActorAncestors(id) {
			if !seen[x] {
				seen[x] = true
				actors = append(actors, x)
			}
		}
	}
	var killed any
	if f.Killed != nil {
		killed = int32(*f.Killed)
	}
	var published any
	if !pub.IsZero() {
		published = pub
	}
	nz := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return []any{a.ID, a.Title, a.Body, published, month, nz(f.Towns), nz(f.Governorates), nz(actors), nz(f.EventTypes), killed}
}

var pgColumns = map[string]string{"towns": "towns", "governorates": "governorates", "actors": "actors", "event_types": "event_types"}

// pgSearch answers one page request the way a PostgreSQL-backed page would:
// ten ranked hits with a headline, the exact total, the four facets counted
// disjunctively (each without its own filter), the month histogram and the
// killed ranges.
func pgSearch(ctx context.Context, pool *pgxpool.Pool, r mixRequest) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	where := func(without string) (string, []any) {
		var conds []string
		var args []any
		if r.Query != "" {
			args = append(args, r.Query)
			conds = append(conds, fmt.Sprintf("tsv @@ plainto_tsquery('arabic', $%d)", len(args)))
		}
		names := make([]string, 0, len(r.Filters))
		for n := range r.Filters {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if n == without {
				continue
			}
			args = append(args, r.Filters[n])
			conds = append(conds, fmt.Sprintf("%s && $%d::text[]", pgColumns[n], len(args)))
		}
		if len(conds) == 0 {
			return "", args
		}
		return " WHERE " + strings.Join(conds, " AND "), args
	}
	w, args := where("")
	var hits string
	if r.Query != "" {
		hits = "SELECT id, title, ts_headline('arabic', body, plainto_tsquery('arabic', $1)) FROM docs" + w +
			" ORDER BY ts_rank(tsv, plainto_tsquery('arabic', $1)) DESC, published DESC LIMIT 10"
	} else {
		hits = "SELECT id, title, left(body, 200) FROM docs" + w + " ORDER BY published DESC NULLS LAST LIMIT 10"
	}
	if err := drain(ctx, conn, hits, args); err != nil {
		return err
	}
	if err := drain(ctx, conn, "SELECT count(*) FROM docs"+w, args); err != nil {
		return err
	}
	for _, name := range facets.FacetNames {
		fw, fargs := where(name)
		sql := fmt.Sprintf("SELECT v, count(*) FROM docs, unnest(%s) v%s GROUP BY v ORDER BY 2 DESC LIMIT 12", pgColumns[name], fw)
		if err := drain(ctx, conn, sql, fargs); err != nil {
			return err
		}
	}
	if err := drain(ctx, conn, "SELECT month, count(*) FROM docs"+w+" GROUP BY month", args); err != nil {
		return err
	}
	return drain(ctx, conn, `SELECT count(*) FILTER (WHERE killed = 0), count(*) FILTER (WHERE killed BETWEEN 1 AND 9),
		count(*) FILTER (WHERE killed BETWEEN 10 AND 49), count(*) FILTER (WHERE killed BETWEEN 50 AND 99),
		count(*) FILTER (WHERE killed >= 100) FROM docs`+w, args)
}

func drain(ctx context.Context, conn *pgxpool.Conn, sql string, args []any) error {
	rows, err := conn.Query(ctx, sql, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", sql, err)
	}
	for rows.Next() {
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", sql, err)
	}
	return nil
}

// pgCPU is the CPU time of the cluster's processes: the postmaster (with
// the children it has reaped) and its live children (the backends).
func pgCPU(data string) time.Duration {
	master, kids := pgProcs(data)
	if master == 0 {
		return 0
	}
	total := procCPU(master)
	for _, k := range kids {
		total += procCPU(k)
	}
	return total
}

// pgProcs returns the postmaster's pid and its children's.
func pgProcs(data string) (int, []int) {
	b, err := os.ReadFile(filepath.Join(data, "postmaster.pid"))
	if err != nil {
		return 0, nil
	}
	master, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		return 0, nil
	}
	var kids []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		st, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// the parent pid is the second field after the command in parentheses
		s := string(st)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) > 1 && f[1] == strconv.Itoa(master) {
			kids = append(kids, pid)
		}
	}
	return master, kids
}

// pgPeakRSS is the largest peak resident set (VmHWM) among the cluster's
// processes: the postmaster (first line of postmaster.pid) and its children.
// Shared buffers are counted once, in whichever process touched most of them.
func pgPeakRSS(data string) int64 {
	master, kids := pgProcs(data)
	if master == 0 {
		return 0
	}
	peak := procHWM(master)
	for _, k := range kids {
		peak = max(peak, procHWM(k))
	}
	return peak
}
