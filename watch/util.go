package watch

import (
	"log/slog"
	"unicode/utf8"
)

func utf8Valid(b []byte) bool { return utf8.Valid(b) }

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
