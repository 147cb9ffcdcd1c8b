package watch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// QuarantineDir is the folder, inside the watched folder, that records the
// files that could not be indexed. It is never watched or indexed itself.
const QuarantineDir = ".rasid-quarantine"

// QuarantineRecord is the reason file written for a bad file. The file
// itself stays where the user put it: saving a fixed version indexes it
// and removes the record.
type QuarantineRecord struct {
	Path   string    `json:"path"`
	Reason string    `json:"reason"`
	Size   int64     `json:"size"`
	Time   time.Time `json:"time"`
}

// quarantine keeps the reason files of one root.
type quarantine struct {
	dir string
	mu  sync.Mutex
	set map[string]bool // rel paths with a record
}

func openQuarantine(root string) *quarantine {
	q := &quarantine{dir: filepath.Join(root, QuarantineDir), set: map[string]bool{}}
	entries, _ := os.ReadDir(q.dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(q.dir, e.Name()))
		if err != nil {
			continue
		}
		var r QuarantineRecord
		if json.Unmarshal(raw, &r) == nil && r.Path != "" {
			q.set[r.Path] = true
		}
	}
	return q
}

func (q *quarantine) file(rel string) string {
	name := url.PathEscape(rel)
	if len(name) > 200 {
		sum := sha256.Sum256([]byte(rel))
		name = name[:100] + "-" + hex.EncodeToString(sum[:8])
	}
	return filepath.Join(q.dir, name+".json")
}

// put records rel as bad. It is written atomically (temp file and
// rename) so a crash never leaves a half reason file.
func (q *quarantine) put(rel, reason string, size int64) error {
	rec := QuarantineRecord{Path: rel, Reason: reason, Size: size, Time: time.Now().UTC()}
	raw, _ := json.MarshalIndent(rec, "", "  ")
	if err := os.MkdirAll(q.dir, 0o755); err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	dst := q.file(rel)
	tmp, err := os.CreateTemp(q.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	_, werr := tmp.Write(append(raw, '\n'))
	cerr := tmp.Close()
	// CreateTemp makes the file private; a reason file is for the folder's users.
	_ = os.Chmod(tmp.Name(), 0o644)
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("quarantine %s: %w", rel, err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("quarantine %s: %w", rel, err)
	}
	q.mu.Lock()
	q.set[rel] = true
	q.mu.Unlock()
	return nil
}

// clear removes the record of rel, if any.
func (q *quarantine) clear(rel string) {
	q.mu.Lock()
	had := q.set[rel]
	delete(q.set, rel)
	q.mu.Unlock()
	if had {
		if err := os.Remove(q.file(rel)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			_ = err // the record is stale but harmless; the next put overwrites it
		}
	}
}

func (q *quarantine) has(rel string) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.set[rel]
}

func (q *quarantine) paths() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]string, 0, len(q.set))
	for p := range q.set {
		out = append(out, p)
	}
	return out
}

func (q *quarantine) count() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.set)
}
