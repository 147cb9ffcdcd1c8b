package watch

import (
	"encoding/json"
	"fmt"
)

// Manifest states of a file.
const (
	stateIndexed     = "indexed"
	stateDuplicate   = "duplicate"
	stateQuarantined = "quarantined"
)

// manifestEntry is what the index remembers about one file, committed in
// the same batch as the file's documents so the two never disagree after a
// crash. Size and mtime let a restart skip the file without reading it; the
// hash lets it skip a file that was touched but not changed.
type manifestEntry struct {
	Root  string `json:"root"`
	Size  int64  `json:"size"`
	MTime int64  `json:"mtime"` // Unix nanoseconds
	// Inode and CTime (Unix nanoseconds) catch a file replaced by another
	// of the same size and mtime; 0 in entries of older versions.
	Inode  uint64   `json:"inode,omitempty"`
	CTime  int64    `json:"ctime,omitempty"`
	SHA256 string   `json:"sha256"`
	IDs    []string `json:"ids,omitempty"`
	State  string   `json:"state"`
	// DupOf are the documents this file's duplicates are copies of: when
	// one of them goes, this file is read again so the article survives.
	DupOf  []string `json:"dup_of,omitempty"`
	Reason string   `json:"reason,omitempty"`
	// IDChunks counts the chunks a large file's ids are stored in
	// (bulk.go); IDs then holds them in memory only.
	IDChunks int `json:"id_chunks,omitempty"`
	// Progress is set while a streamed file is committed only up to it.
	Progress *checkpoint `json:"progress,omitempty"`

	// stored says the entry was read from the index as it is, not staged
	// by this process: Reconcile checks such entries against the index.
	stored bool
}

// manifestKey names a file's entry. The root is part of the key so that
// two folders indexed into one data directory do not share entries.
func manifestKey(root, rel string) string { return "file:" + root + "|" + rel }

// same reports whether a file with this stat is the one the entry
// recorded, without reading it.
func (e *manifestEntry) same(size, mtime int64, inode uint64, ctime int64) bool {
	return e.Size == size && e.MTime == mtime &&
		(e.Inode == 0 || e.Inode == inode) && (e.CTime == 0 || e.CTime == ctime)
}

func loadManifest(ix Store, root, rel string) (*manifestEntry, error) {
	raw, err := ix.Meta(manifestKey(root, rel))
	if err != nil {
		return nil, fmt.Errorf("manifest of %s: %w", rel, err)
	}
	if raw == nil {
		return nil, nil
	}
	var e manifestEntry
	if err := json.Unmarshal(raw, &e); err != nil {
		// A damaged entry only costs a re-read of the file.
		return nil, nil
	}
	if err := loadIDChunks(ix, root, rel, &e); err != nil {
		return nil, err
	}
	e.stored = true
	return &e, nil
}

func (e *manifestEntry) marshal() []byte {
	if e.IDChunks > 0 {
		c := *e
		c.IDs = nil // in their chunks
		e = &c
	}
	b, _ := json.Marshal(e)
	return b
}
