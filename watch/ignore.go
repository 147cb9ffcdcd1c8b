package watch

import (
	"path/filepath"
	"strings"
)

// ignored reports whether a path (relative to the watched root) is an
// editor's temporary file, a partial download, or hidden: such files come
// and go while someone works and are never articles. Any hidden folder on
// the way (.git, the quarantine) hides what is inside it.
func ignored(rel string) bool {
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if part == "" || part == "." {
			continue
		}
		if strings.HasPrefix(part, ".") || strings.HasPrefix(part, "~$") ||
			strings.HasPrefix(part, "#") && strings.HasSuffix(part, "#") {
			return true
		}
	}
	name := strings.ToLower(filepath.Base(rel))
	if strings.HasSuffix(name, "~") {
		return true
	}
	switch filepath.Ext(name) {
	case ".swp", ".swo", ".swx", ".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".bak", ".lock":
		return true
	}
	return false
}
