//go:build unix

package watch

import (
	"io/fs"
	"syscall"
)

// identity is what, beyond size and mtime, tells a replaced file from the
// one the manifest recorded: its inode and its ctime, which no user tool
// can set back (restic and git compare the same fields).
func identity(fi fs.FileInfo) (inode uint64, ctime int64) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	return uint64(st.Ino), st.Ctim.Nano()
}
