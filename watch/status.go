package watch

import (
	"errors"
	"io/fs"
	"syscall"
	"time"
)

// problems are the errors the ingester has now, each under the key of its
// cause (a file's path, "commit", "disk", a folder): a problem is cleared
// when its cause is gone, so last_error never shows one already fixed.
type problems map[string]problem

type problem struct {
	msg string
	at  time.Time
}

func (p problems) set(key, msg string) { p[key] = problem{msg: msg, at: time.Now()} }

func (p problems) clear(key string) { delete(p, key) }

// last is the newest problem still standing, or "".
func (p problems) last() string {
	var best problem
	for _, v := range p {
		if best.at.IsZero() || v.at.After(best.at) {
			best = v
		}
	}
	return best.msg
}

// transient reports whether err is about access to a file rather than its
// content: permissions and I/O can resolve by themselves, so such a file
// is retried with backoff instead of being quarantined.
func transient(err error) bool {
	var fe *FileError
	if errors.As(err, &fe) && fe.Err != nil && !errors.Is(fe.Err, fs.ErrPermission) {
		for _, kind := range []error{ErrEmpty, ErrBinary, ErrUndecodable, ErrMalformed, ErrTooLarge, ErrNoArticle, ErrUnsupported} {
			if errors.Is(fe.Err, kind) {
				return false
			}
		}
	}
	if errors.Is(err, fs.ErrPermission) {
		return true
	}
	for _, errno := range []syscall.Errno{syscall.EIO, syscall.EAGAIN, syscall.EBUSY, syscall.EINTR,
		syscall.ESTALE, syscall.ETIMEDOUT, syscall.ENFILE, syscall.EMFILE, syscall.ENOMEM, syscall.ENXIO} {
		if errors.Is(err, errno) {
			return true
		}
	}
	return false
}

// retryState is a file whose read failed for a transient reason.
type retryState struct {
	err      string
	attempts int
	next     time.Time
}

// Backoff of transient errors: 1 s, doubling, at most 1 min.
const (
	retryFirst = time.Second
	retryMax   = time.Minute
)

func backoff(first time.Duration, attempts int) time.Duration {
	d := first
	for range attempts - 1 {
		d *= 2
		if d >= retryMax {
			return retryMax
		}
	}
	return d
}
