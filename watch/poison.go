package watch

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"github.com/rasid-project/rasid/index"
)

// poisonAfter is how many times in a row a batch may fail with a panic or
// an error that is not about the disk before it is split to find the
// documents at fault. Fewer would split a batch for a passing fault;
// more only keeps the good documents of the batch waiting longer.
const poisonAfter = 3

// retryableCommit reports whether a failed commit is worth retrying as
// it is: the disk is full or failing, which time (or a person) mends.
// Anything else, a panic above all, is suspected to be the content's.
func retryableCommit(err error) bool {
	var pe *PanicError
	if errors.As(err, &pe) {
		return false
	}
	for _, e := range []error{ErrDiskPressure, syscall.ENOSPC, syscall.EDQUOT, syscall.EIO, syscall.EROFS, syscall.ENOMEM} {
		if errors.Is(err, e) {
			return true
		}
	}
	// bleve does not always wrap the system's error.
	msg := err.Error()
	for _, s := range []string{"no space left", "input/output error", "quota exceeded", "read-only file system", "cannot allocate memory"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// isolate commits what it can of u, a batch that failed poisonAfter times
// in a row (cause is the last failure). Its upserts are committed in
// halves, and the halves that fail split again down to one document;
// the documents that still fail alone are dropped and their files
// recorded: quarantined with the reason when none of the file's documents
// in u is left, otherwise as bad records of the file. Then u's deletions
// and manifest entries are committed, after the documents, as Flush
// orders them. The caller, holding commitMu, drops u from the queue when
// isolate returns nil.
//
// It returns an error, and drops nothing, when the fault does not look
// like the documents': u has no upsert, or a document failed alone for
// lack of space, or the deletions and manifest entries cannot be written
// either. u then stays queued; the upserts committed meanwhile are
// written again by its retry, which is harmless (same id, same content).
func (g *Ingester) isolate(u *commitUnit, cause error) error {
	ops := u.b.Ops()
	var ups, rest []int
	for i, o := range ops {
		if o.Upsert {
			ups = append(ups, i)
		} else {
			rest = append(rest, i)
		}
	}
	if len(ups) == 0 {
		return fmt.Errorf("no document to set aside: %w", cause)
	}
	g.log.Warn("a batch failed every time; splitting it to find the documents at fault",
		"operations", len(ops), "documents", len(ups), "failures", u.fails, "err", cause)
	bad := map[int]error{} // position → why it failed alone
	// The whole failed poisonAfter times, so its halves are tried; a part
	// that commits is not split further, one that fails is halved again.
	var try func(pos []int) error
	try = func(pos []int) error {
		res, err := g.apply(u.b.Subset(pos))
		switch {
		case err == nil:
			g.committed(u, res)
			return nil
		case retryableCommit(err):
			return err
		case len(pos) == 1:
			bad[pos[0]] = err
			return nil
		}
		h := len(pos) / 2
		return errors.Join(try(pos[:h]), try(pos[h:]))
	}
	var err error
	if len(ups) == 1 {
		err = try(ups)
	} else {
		h := len(ups) / 2
		err = errors.Join(try(ups[:h]), try(ups[h:]))
	}
	if err != nil {
		return fmt.Errorf("splitting the batch: %w", err)
	}

	// What each file loses.
	total := map[string]int{}
	lost := map[string][]string{} // rel → reasons
	for _, i := range ups {
		rel := g.relOf(u, ops[i])
		total[rel]++
		if e, ok := bad[i]; ok {
			lost[rel] = append(lost[rel], fmt.Sprintf("document %s could not be indexed: %s", ops[i].Key, indexFailure(e)))
		}
	}
	tail := u.b.Subset(rest)
	quarantined := map[string]*manifestEntry{}
	g.mu.Lock()
	for rel, reasons := range lost {
		for _, i := range ups {
			if _, ok := bad[i]; ok && g.relOf(u, ops[i]) == rel {
				if g.owner[ops[i].Key] == rel {
					delete(g.owner, ops[i].Key)
				}
			}
		}
		e := u.staged[rel]
		if e == nil || len(reasons) < total[rel] || e.Progress != nil {
			continue // some of the file is indexed: its bad records are reported below
		}
		q := *e
		q.State, q.Reason, q.IDs, q.IDChunks, q.DupOf = stateQuarantined, strings.Join(reasons, "; "), nil, 0, nil
		if g.known[rel] == e {
			g.known[rel] = &q
		}
		tail.SetMeta(manifestKey(g.root, rel), q.marshal())
		quarantined[rel] = &q
	}
	g.mu.Unlock()
	if tail.Len() > 0 {
		res, err := g.apply(tail)
		if err != nil {
			// Not even the manifest can be written: the fault is not the
			// documents'. Nothing is set aside; u is retried whole.
			g.mu.Lock()
			for rel, q := range quarantined {
				if g.known[rel] == q {
					g.known[rel] = u.staged[rel]
				}
			}
			g.mu.Unlock()
			return fmt.Errorf("the batch's manifest entries cannot be written either, so its documents are not set aside: %w", err)
		}
		g.committed(u, res)
	}
	for rel, reasons := range lost {
		size := int64(0)
		if e := u.staged[rel]; e != nil {
			size = e.Size
		}
		reason := strings.Join(reasons, "; ")
		g.mu.Lock()
		if _, ok := quarantined[rel]; ok {
			g.failLocked(rel, reason)
		} else {
			for _, r := range reasons {
				g.failLocked(rel, r)
			}
			reason = fmt.Sprintf("%d of %d document(s) not indexed: %s", len(reasons), total[rel], reason)
		}
		g.mu.Unlock()
		hash := ""
		if e := u.staged[rel]; e != nil {
			hash = e.SHA256
		}
		g.mu.Lock()
		if a, ok := g.aside[rel]; ok && a.hash == hash {
			reason = a.reason + "; " + reason // an earlier chunk of the same file
		}
		g.aside[rel] = asideRecord{hash: hash, reason: reason}
		g.mu.Unlock()
		g.log.Warn("set aside: documents that cannot be indexed", "path", rel, "reason", reason)
		g.recordQuarantine(rel, reason, size)
	}
	return nil
}

// asideRecord is why documents of a file's content (by its hash) were set
// aside.
type asideRecord struct{ hash, reason string }

// settleQuarantine updates rel's quarantine record once its content
// (hash) is read: reason is what the read found wrong, "" for nothing.
// Documents of this same content set aside earlier (a large file's
// earlier chunk) keep their record; a new content clears it.
func (g *Ingester) settleQuarantine(rel, hash string, size int64, reason string) {
	g.mu.Lock()
	a, ok := g.aside[rel]
	if ok && a.hash != hash {
		delete(g.aside, rel)
		ok = false
	}
	g.mu.Unlock()
	if ok {
		reason = strings.TrimPrefix(reason+"; "+a.reason, "; ")
	}
	if reason == "" {
		g.q.clear(rel)
		return
	}
	g.recordQuarantine(rel, reason, size)
}

// relOf is the file an upsert of u came from.
func (g *Ingester) relOf(u *commitUnit, o index.BatchOp) string {
	if rel, ok := u.ids[o.Key]; ok {
		return rel
	}
	return o.Path
}

// indexFailure says why a document failed alone, without the retry note
// of a PanicError.
func indexFailure(err error) string {
	var pe *PanicError
	if errors.As(err, &pe) {
		return fmt.Sprintf("indexing it panicked (%v)", pe.Value)
	}
	return err.Error()
}
