package watch

import (
	"errors"
	"fmt"
	"sync"
	"syscall"
	"time"
)

// ErrDiskPressure is returned by Ingester.Flush while the index's
// filesystem is below its pause mark: nothing is written, nothing is
// dropped, and the batch waits for space.
var ErrDiskPressure = errors.New("ingestion paused for disk space")

// DiskSpaceFunc reports the free and total bytes of the filesystem that
// holds path.
type DiskSpaceFunc func(path string) (free, total uint64, err error)

// Statfs is the DiskSpaceFunc of the running system: the bytes an
// unprivileged writer may still use.
func Statfs(path string) (free, total uint64, err error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return 0, 0, fmt.Errorf("free space of %s: %w", path, err)
	}
	return st.Bavail * uint64(st.Bsize), st.Blocks * uint64(st.Bsize), nil
}

// Disk is the last reading of the index's filesystem and the marks
// ingestion pauses and resumes at (like Elasticsearch's disk watermarks).
type Disk struct {
	Path   string    `json:"path"`
	Free   uint64    `json:"free"`
	Total  uint64    `json:"total"`
	Pause  uint64    `json:"pause"`  // below this many free bytes ingestion pauses
	Resume uint64    `json:"resume"` // and resumes once free space is back above this
	Paused bool      `json:"paused"`
	At     time.Time `json:"at"`
	Err    string    `json:"err,omitempty"`
}

// Reason says why ingestion is paused, for /readyz; empty when it is not.
func (d Disk) Reason() string {
	if !d.Paused {
		return ""
	}
	return ErrDiskPressure.Error() + ": " + d.detail()
}

func (d Disk) detail() string {
	return fmt.Sprintf("%s free on %s, below the pause mark of %s; resumes above %s",
		bytesIEC(d.Free), d.Path, bytesIEC(d.Pause), bytesIEC(d.Resume))
}

// DiskGuard checks free space before a batch is read or committed. With
// two marks a filesystem hovering around one does not flap. The watcher's
// ingester has one; the HTTP server checks one before a POST writes.
type DiskGuard struct {
	path  string
	space DiskSpaceFunc
	pause int64 // bytes; < 0 disables the guard
	ratio float64

	mu   sync.Mutex
	last Disk
}

// Default marks: pause below 5% of the filesystem (at most 1 GiB), resume
// at twice that. Elasticsearch's flood stage is 5% too; rasid's segments
// are small next to that, and a commit in flight needs a few MB at most.
const (
	defaultPauseRatio = 0.05
	maxDefaultPause   = 1 << 30
)

// NewDiskGuard guards the filesystem of path: writes pause below minFree
// free bytes and resume at twice that (0: 5% of the filesystem, at most
// 1 GiB; negative: never pause). A nil space reads it with Statfs.
func NewDiskGuard(path string, space DiskSpaceFunc, minFree int64) *DiskGuard {
	if space == nil {
		space = Statfs
	}
	return &DiskGuard{path: path, space: space, pause: minFree, ratio: defaultPauseRatio}
}

// Check reads the free space now and reports it against the marks.
func (d *DiskGuard) Check() Disk {
	st, _ := d.check()
	return st
}

// check reads free space and updates the paused state; changed is true
// when ingestion just paused or resumed.
func (d *DiskGuard) check() (st Disk, changed bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.path == "" || d.pause < 0 {
		return d.last, false
	}
	free, total, err := d.space(d.path)
	st = d.last
	st.Path, st.At = d.path, time.Now()
	if err != nil {
		// An unreadable reading keeps the previous state: a failing
		// statfs must not stop ingestion on a disk with room.
		st.Err = err.Error()
		d.last = st
		return st, false
	}
	st.Err = ""
	st.Free, st.Total = free, total
	st.Pause = uint64(d.pause)
	if d.pause == 0 {
		st.Pause = min(uint64(float64(total)*d.ratio), maxDefaultPause)
	}
	st.Resume = 2 * st.Pause
	was := st.Paused
	switch {
	case free < st.Pause:
		st.Paused = true
	case free >= st.Resume:
		st.Paused = false
	}
	d.last = st
	return st, st.Paused != was
}

func (d *DiskGuard) state() Disk {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.last
}

// bytesIEC prints n as 1.5 MiB.
func bytesIEC(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
