package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/rasid-project/rasid/handlers"
	"github.com/rasid-project/rasid/index"
)

// holderFile is where a running rasid serve records itself in its data
// folder, so that another rasid on the same folder can name it, or search
// through it, instead of waiting on the index's lock.
const holderFile = "rasid-serve.json"

// holder is the content of holderFile.
type holder struct {
	PID     int       `json:"pid"`
	URL     string    `json:"url"` // base URL of the server, ending in "/"
	Started time.Time `json:"started"`
}

// writeHolder records this process as the server of data, reachable at
// addr; the returned function removes the record.
func writeHolder(data string, addr net.Addr) (func(), error) {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return nil, fmt.Errorf("record server address: %w", err)
	}
	// A server listening on every address is reached on loopback from here.
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	h := holder{PID: os.Getpid(), URL: "http://" + net.JoinHostPort(host, port) + "/", Started: time.Now().UTC()}
	b, err := json.MarshalIndent(h, "", "  ")
	if err != nil {
		return nil, err
	}
	path := filepath.Join(data, holderFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("record server address: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("record server address: %w", err)
	}
	return func() {
		// Only our own record: a later server may have replaced it.
		if cur, err := readHolder(data); err == nil && cur.PID == h.PID {
			_ = os.Remove(path)
		}
	}, nil
}

// readHolder reads the record of the server of data, if there is one.
func readHolder(data string) (*holder, error) {
	b, err := os.ReadFile(filepath.Join(data, holderFile))
	if err != nil {
		return nil, err
	}
	var h holder
	if err := json.Unmarshal(b, &h); err != nil {
		return nil, fmt.Errorf("%s: %w", holderFile, err)
	}
	return &h, nil
}

// alive reports whether the recorded process still runs.
func (h *holder) alive() bool {
	if h.PID <= 0 {
		return false
	}
	err := syscall.Kill(h.PID, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func (h *holder) String() string {
	return fmt.Sprintf("rasid serve (pid %d, %s)", h.PID, h.URL)
}

// liveServer returns the server that holds data when it runs and answers.
func liveServer(data string) *apiClient {
	h, err := readHolder(data)
	if err != nil || !h.alive() {
		return nil
	}
	c := &apiClient{base: strings.TrimSuffix(h.URL, "/"), holder: h,
		http: &http.Client{Timeout: 5 * time.Second}}
	if c.ping() != nil {
		return nil
	}
	return c
}

// lockedError explains an index another process holds, naming it when it
// left a record.
func lockedError(data string) error {
	if h, err := readHolder(data); err == nil && h.alive() {
		c := &apiClient{base: strings.TrimSuffix(h.URL, "/"), http: &http.Client{Timeout: 2 * time.Second}}
		if c.ping() == nil {
			return fmt.Errorf("the index in %s is held by %s; stop it first, or let it index the files (rasid serve --watch, POST /api/documents)", data, h)
		}
		return fmt.Errorf("the index in %s is held by %s, which does not answer; stop it (kill %d) or wait for it", data, h, h.PID)
	}
	return fmt.Errorf("the index in %s is held by another rasid process (a rasid serve or rasid index on the same --data); stop it or pass another --data", data)
}

// openIndex opens the index of data for writing, failing at once with the
// holder's name when a server holds it.
func openIndex(data string) (*index.Index, error) {
	ix, err := index.Open(data)
	if errors.Is(err, index.ErrLocked) {
		return nil, lockedError(data)
	}
	return ix, err
}

// apiClient talks to a running rasid serve.
type apiClient struct {
	base   string // no trailing slash
	holder *holder
	http   *http.Client
}

func (c *apiClient) ping() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthz: %s", resp.Status)
	}
	return nil
}

// get sends GET path?query and returns the open response body of a 200
// answer; any other status becomes an error with the API's message.
func (c *apiClient) get(ctx context.Context, path string, query url.Values) (io.ReadCloser, error) {
	u := c.base + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	// Exports may stream for long: only the connection is timed.
	client := *c.http
	if path == "/api/export" {
		client.Timeout = 0
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ask the server at %s: %w", c.base, err)
	}
	if resp.StatusCode == http.StatusOK {
		return resp.Body, nil
	}
	defer resp.Body.Close()
	var eb handlers.ErrorBody
	if json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&eb) == nil && eb.Error.Message != "" {
		return nil, errors.New(eb.Error.Message)
	}
	return nil, fmt.Errorf("the server at %s answered %s", c.base, resp.Status)
}

// getJSON decodes a 200 answer of path into v.
func (c *apiClient) getJSON(ctx context.Context, path string, query url.Values, v any) error {
	body, err := c.get(ctx, path, query)
	if err != nil {
		return err
	}
	defer body.Close()
	if err := json.NewDecoder(body).Decode(v); err != nil {
		return fmt.Errorf("read the server's answer: %w", err)
	}
	return nil
}
