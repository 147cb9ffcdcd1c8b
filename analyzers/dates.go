package analyzers

import "time"

func eventDate(toks []token, published time.Time) string { return "" }
