package handlers

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/index"
)

// Export formats.
const (
	FormatCSV   = "csv"
	FormatJSONL = "jsonl"
)

// exportWriteWindow is how long the client may take to read each page of
// an export: the server's WriteTimeout would otherwise cut off any export
// that takes longer than a minute to stream.
const exportWriteWindow = 60 * time.Second

// ExportColumns are the columns of an export, in CSV order; a JSON line
// has the same keys. Each facet comes as ids and as Arabic labels (towns
// with their governorate: "البوكمال (دير الزور)"); lists are joined with
// ";" in CSV and are arrays in JSON.
var ExportColumns = []string{
	"id", "title", "published", "source", "url",
	"towns", "towns_ar", "governorates", "governorates_ar",
	"actors", "actors_ar", "event_types", "event_types_ar",
	"killed", "injured", "event_date", "indexed",
}

// ExportRow is one exported article, as a JSON line.
type ExportRow struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Published      string   `json:"published"`
	Source         string   `json:"source"`
	URL            string   `json:"url"`
	Towns          []string `json:"towns"`
	TownsAR        []string `json:"towns_ar"`
	Governorates   []string `json:"governorates"`
	GovernoratesAR []string `json:"governorates_ar"`
	Actors         []string `json:"actors"`
	ActorsAR       []string `json:"actors_ar"`
	EventTypes     []string `json:"event_types"`
	EventTypesAR   []string `json:"event_types_ar"`
	Killed         *int     `json:"killed"`
	Injured        *int     `json:"injured"`
	EventDate      string   `json:"event_date"`
	Indexed        string   `json:"indexed"`
}

// NewExportRow labels a hit for export.
func NewExportRow(h index.Hit) ExportRow {
	r := ExportRow{ID: h.ID, Title: h.Title, Source: h.Source, URL: h.URL,
		Killed: h.Facets.Killed, Injured: h.Facets.Injured, EventDate: h.Facets.EventDate}
	if h.Published != nil {
		r.Published = h.Published.UTC().Format(time.RFC3339)
	}
	if h.Ingested != nil {
		r.Indexed = h.Ingested.UTC().Format(time.RFC3339)
	}
	r.Towns, r.TownsAR = labelList(facets.FacetTowns, h.Facets.Towns)
	r.Governorates, r.GovernoratesAR = labelList(facets.FacetGovernorates, h.Facets.Governorates)
	r.Actors, r.ActorsAR = labelList(facets.FacetActors, h.Facets.Actors)
	r.EventTypes, r.EventTypesAR = labelList(facets.FacetEventTypes, h.Facets.EventTypes)
	return r
}

// labelList returns ids (never nil, so JSON says []) and their Arabic
// labels; a town's label names its governorate, since many Syrian towns
// share a name. An id without a label stands for itself.
func labelList(facet string, ids []string) ([]string, []string) {
	out := make([]string, 0, len(ids))
	ar := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, id)
		l, ok := facets.LookupLabel(facet, id)
		if !ok || l.AR == "" {
			ar = append(ar, id)
			continue
		}
		name := l.AR
		if facet == facets.FacetTowns && l.Parent != "" {
			if g, ok := facets.LookupLabel(facets.FacetGovernorates, l.Parent); ok && g.AR != "" {
				name += " (" + g.AR + ")"
			}
		}
		ar = append(ar, name)
	}
	return out, ar
}

// Exporter writes export rows as CSV (UTF-8 with a byte-order mark, so
// that Excel and LibreOffice read Arabic right; RFC 4180 quoting) or as
// JSON lines. Create it with NewExporter, call Write per hit and Close at
// the end.
type Exporter struct {
	format string
	buf    *bufio.Writer
	csv    *csv.Writer
	json   *json.Encoder
}

// NewExporter starts an export in format (FormatCSV or FormatJSONL) to w;
// a CSV export begins with its byte-order mark and header row.
func NewExporter(w io.Writer, format string) (*Exporter, error) {
	e := &Exporter{format: format, buf: bufio.NewWriterSize(w, 32<<10)}
	switch format {
	case FormatCSV:
		if _, err := e.buf.WriteString("\ufeff"); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		e.csv = csv.NewWriter(e.buf)
		if err := e.csv.Write(ExportColumns); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	case FormatJSONL:
		e.json = json.NewEncoder(e.buf)
		e.json.SetEscapeHTML(false)
	default:
		return nil, fmt.Errorf("format must be %s or %s, not %q", FormatCSV, FormatJSONL, format)
	}
	return e, nil
}

// Write adds one hit.
func (e *Exporter) Write(h index.Hit) error {
	r := NewExportRow(h)
	if e.json != nil {
		if err := e.json.Encode(r); err != nil {
			return fmt.Errorf("export %s: %w", h.ID, err)
		}
		return nil
	}
	num := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	join := func(l []string) string { return strings.Join(l, ";") }
	err := e.csv.Write([]string{r.ID, r.Title, r.Published, r.Source, r.URL,
		join(r.Towns), join(r.TownsAR), join(r.Governorates), join(r.GovernoratesAR),
		join(r.Actors), join(r.ActorsAR), join(r.EventTypes), join(r.EventTypesAR),
		num(r.Killed), num(r.Injured), r.EventDate, r.Indexed})
	if err != nil {
		return fmt.Errorf("export %s: %w", h.ID, err)
	}
	return nil
}

// Flush sends what is buffered to the writer.
func (e *Exporter) Flush() error {
	if e.csv != nil {
		e.csv.Flush()
		if err := e.csv.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := e.buf.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// ExportContentType is the media type of an export format.
func ExportContentType(format string) string {
	if format == FormatCSV {
		return "text/csv; charset=utf-8; header=present"
	}
	return "application/jsonl; charset=utf-8"
}

// splitFormat takes the format parameter out of a query string and returns
// the rest for parseSearch, so that export and feed accept exactly the
// parameters of /api/search.
func splitFormat(rawQuery, def string) (format, rest string, e *apiError) {
	vals, err := url.ParseQuery(rawQuery)
	if err != nil {
		return "", "", badRequest(codeBadParameter, "the query string is not valid URL encoding")
	}
	format = def
	switch f := vals["format"]; len(f) {
	case 0:
	case 1:
		format = strings.TrimSpace(f[0])
	default:
		return "", "", badRequest(codeBadParameter, "format is given more than once")
	}
	vals.Del("format")
	return format, vals.Encode(), nil
}

// handleExport streams every match of a search as CSV or JSON lines. It
// reads the index a page at a time (index.Each), so memory stays flat
// however many documents match; page and size are accepted and ignored.
func (s *Server) handleExport(c *gin.Context) {
	format, rest, e := splitFormat(c.Request.URL.RawQuery, FormatCSV)
	if e != nil {
		abortAPIError(c, e)
		return
	}
	if format != FormatCSV && format != FormatJSONL {
		abortError(c, http.StatusBadRequest, codeBadParameter,
			fmt.Sprintf("format must be %s or %s, not %q", FormatCSV, FormatJSONL, clip(format)))
		return
	}
	req, e := parseSearch(rest)
	if e != nil {
		abortAPIError(c, e)
		return
	}
	h := c.Writer.Header()
	h.Set("Content-Type", ExportContentType(format))
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="rasid-export-%s.%s"`, time.Now().UTC().Format("20060102-150405"), format))
	h.Set("Cache-Control", "no-store")
	rc := http.NewResponseController(c.Writer)
	_ = rc.SetWriteDeadline(time.Now().Add(exportWriteWindow))

	ex, err := NewExporter(c.Writer, format)
	if err != nil {
		h.Del("Content-Type")
		h.Del("Content-Disposition")
		s.abortIndexError(c, err)
		return
	}
	rows := 0
	_, err = s.cfg.Index.Each(c.Request.Context(), req, func(hit index.Hit) error {
		if err := ex.Write(hit); err != nil {
			return err
		}
		rows++
		if rows%500 == 0 {
			// Hand each page to the client and give it time for the next.
			if err := ex.Flush(); err != nil {
				return err
			}
			_ = rc.Flush()
			_ = rc.SetWriteDeadline(time.Now().Add(exportWriteWindow))
		}
		return nil
	})
	if err == nil {
		err = ex.Flush()
	}
	if err == nil {
		return
	}
	if !c.Writer.Written() {
		// Nothing was sent yet (the first page is still buffered): a
		// proper error response is possible, without the export's headers
		// (gin keeps a Content-Type already set).
		h.Del("Content-Type")
		h.Del("Content-Disposition")
		s.abortIndexError(c, err)
		return
	}
	if errors.Is(err, context.Canceled) {
		return // the client left
	}
	// The status line is gone: cut the connection, so that the client sees
	// a broken transfer rather than a file that looks complete.
	s.log.Warn("export cut off", "rows", rows, "err", err)
	panic(http.ErrAbortHandler)
}
