// Command gengaz builds the gazetteer data files that package facets
// embeds (analyzers/facets/data/towns.tsv, town_names.tsv, governorates.tsv,
// event_types.tsv) from the shared source files, so the committed data can be
// rebuilt and checked:
//
//	cd /work/main && go run ./analyzers/internal/gengaz -shared ../shared -out analyzers/facets/data
//
// Sources and licences: OCHA admin4 community and neighbourhood p-codes (from
// the 2018 Syria MSNA XLSForm), Open-Syria/data-geography admin aliases
// (CC BY 4.0), the rasid actor and ACLED event-type taxonomies. A name is
// flagged "common" when it is frequent in general Arabic news
// (SaudiNewsNet, CC BY-NC-SA 4.0, counts only) relative to Syria news (ANT
// corpus; the names are never stored): such names need a place cue.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/rasid-project/rasid/analyzers"
	"github.com/rasid-project/rasid/analyzers/facets"
	"github.com/rasid-project/rasid/analyzers/internal/corpus"
)

type town struct {
	pcode, ar, en, adm2ar, adm2en, adm1 string
	adm3ar                              string            // the subdistrict's Arabic name
	names                               map[string]string // normalized AR name → kind (c, n, a)
	latin                               map[string]bool
	spelled                             map[string]bool // names that are only finalAVariant's other spelling
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	out := flag.String("out", "analyzers/facets/data", "where to write the data files")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		log.Fatal(err)
	}
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return recs[1:], nil
}

// cleanAR normalizes an Arabic name and tidies the gazetteer's separators.
func cleanAR(s string) string {
	s = strings.NewReplacer("_", " ", "-", " ", "(", " ", ")", " ", "/", " ").Replace(s)
	return strings.Join(tokens(analyzers.Normalize(s)), " ")
}

func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// latinKey folds a Latin name to lower-case letters only: "Albu Kamal",
// "Abu-Kamal" and "Āl Bū Kamāl" all become comparable.
func latinKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r < 0x80 && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func run(shared, out string) error {
	gz := filepath.Join(shared, "gazetteer")
	comm, err := readCSV(filepath.Join(gz, "syria_communities_ocha_admin4.csv"))
	if err != nil {
		return err
	}
	towns := map[string]*town{}
	var order []string
	byName := map[string][]*town{} // normalized AR → towns
	for _, r := range comm {
		if len(r) < 12 || !strings.HasPrefix(r[0], "C") {
			continue
		}
		t := &town{pcode: r[0], ar: strings.TrimSpace(r[2]), en: strings.TrimSpace(r[1]), adm2ar: r[8], adm2en: r[7], adm1: r[9], adm3ar: strings.TrimSpace(r[5]),
			names: map[string]string{}, latin: map[string]bool{}}
		// "ياخور_أيكي أخور": the gazetteer joins alternative names with "_".
		for _, part := range strings.Split(t.ar, "_") {
			if n := cleanAR(part); n != "" {
				t.names[n] = "c"
				byName[n] = append(byName[n], t)
			}
		}
		if len(t.names) == 0 {
			continue
		}
		if k := latinKey(t.en); len(k) >= 4 {
			t.latin[k] = true
		}
		towns[t.pcode] = t
		order = append(order, t.pcode)
	}
	nb, err := readCSV(filepath.Join(gz, "syria_neighbourhoods_ocha.csv"))
	if err != nil {
		return err
	}
	for _, r := range nb {
		if len(r) < 4 {
			continue
		}
		t := towns[strings.TrimSpace(r[3])]
		if t == nil {
			continue
		}
		for _, part := range strings.Split(r[2], "_") {
			if n := cleanAR(part); n != "" && len([]rune(n)) >= 3 {
				if _, ok := t.names[n]; !ok {
					t.names[n] = "n"
				}
			}
		}
	}
	// Open-Syria aliases of districts and sub-districts named after their
	// central town ("مركز البوكمال" → البوكمال) give spellings of that town.
	al, err := readCSV(filepath.Join(gz, "opensyria_admin_aliases.csv"))
	if err != nil {
		return err
	}
	type gov struct {
		pcode, ar, en string
		ar2, latin    map[string]bool
	}
	govs := map[string]*gov{}
	var govOrder []string
	for _, r := range al {
		if len(r) < 8 {
			continue
		}
		level, pcode, en, ar, alias, lang := r[0], r[2], r[3], r[4], r[5], r[6]
		switch level {
		case "governorate":
			g := govs[pcode]
			if g == nil {
				g = &gov{pcode: pcode, ar: ar, en: en, ar2: map[string]bool{cleanAR(ar): true}, latin: map[string]bool{latinKey(en): true}}
				govs[pcode] = g
				govOrder = append(govOrder, pcode)
			}
			switch lang {
			case "ar":
				a := strings.TrimPrefix(cleanAR(alias), "محافظه ")
				g.ar2[a] = true
			case "en":
				if !strings.Contains(strings.ToLower(alias), "governorate") {
					g.latin[latinKey(alias)] = true
				}
			}
		case "district", "subdistrict":
			base := strings.TrimPrefix(cleanAR(ar), "مركز ")
			gp := pcode[:4]
			var t *town
			for _, c := range byName[base] {
				if c.adm1 == gp {
					if t != nil {
						t = nil
						break
					}
					t = c
				}
			}
			// Open-Syria names some sub-districts by their centre's name
			// without its تل/دير/... ("سلحب" for the Tell Salhib sub-district,
			// whose centre is تل سلحب): news writes the short name too
			// ("بلدة سلحب").
			if t == nil && len(byName[base]) == 0 {
				t = prefixedCentre(byName, base, gp)
				if t != nil {
					t.names[base] = "a"
					byName[base] = append(byName[base], t)
				}
			}
			if t == nil {
				continue
			}
			t.latin[latinKey(en)] = true
			if alias == "" {
				continue
			}
			switch lang {
			case "en":
				a := latinKey(alias)
				if strings.Contains(a, "district") || strings.Contains(a, "nahiy") || strings.Contains(a, "nahy") || strings.Contains(a, "mintaq") || strings.Contains(a, "mantiq") || strings.Contains(a, "markaz") {
					continue
				}
				t.latin[latinKey(alias)] = true
			case "ar":
				a := cleanAR(alias)
				for _, p := range []string{"ناحيه مركز ", "ناحيه ", "منطقه ", "مركز "} {
					a = strings.TrimPrefix(a, p)
				}
				if a != "" && len(byName[a]) == 0 && a != base && sameStem(a, base) {
					if _, ok := t.names[a]; !ok {
						t.names[a] = "a"
					}
				}
			}
		}
	}
	for _, x := range extraNames {
		if t := towns[x.pcode]; t != nil {
			n := cleanAR(x.name)
			if _, ok := t.names[n]; !ok {
				t.names[n] = "a"
				byName[n] = append(byName[n], t)
			}
		}
	}
	// News writes compound names both joined and apart (بصرالحرير،
	// بصر الحرير; كفرنبل، كفر نبل): add the other form.
	for _, p := range order {
		t := towns[p]
		for n, kind := range t.names {
			for _, v := range spacingVariants(n) {
				if _, ok := t.names[v]; !ok {
					t.names[v] = kind
					byName[v] = append(byName[v], t)
				}
			}
		}
	}
	// News writes a final -a both with teh marbuta and with alif (جرمانة،
	// جرمانا; مسرابة، مسرابا; الفوعا، الفوعة): add the other form. A form
	// that another community is named already is one more namesake, which
	// the governorates an article names decide (شقرا of Daraa, شقرة of Deir
	// ez-Zor); but none is added where the form with or without ال names
	// another community, which the text's form would never reach (سوسه is
	// more likely Deir ez-Zor's السوسة written bare than Hasakah's سوسا).
	// Its flags are counted below like any name's, and it keeps its
	// source's: a word's other spelling is no less a word (جديدة، جديدا).
	variantOf := map[string]string{}
	var added []*town // the community of each new form, appended to byName after the pass
	var addedNames []string
	for _, p := range order {
		t := towns[p]
		for n, kind := range t.names {
			v := finalAVariant(n)
			if v == "" || len(byName[alToggled(v)]) > 0 {
				continue
			}
			if _, ok := t.names[v]; !ok {
				t.names[v] = kind
				if t.spelled == nil {
					t.spelled = map[string]bool{}
				}
				t.spelled[v] = true
				if len(byName[v]) == 0 {
					variantOf[v] = n // a new name: it takes its source's flags
				}
				added = append(added, t)
				addedNames = append(addedNames, v)
			}
		}
	}
	for i, t := range added {
		byName[addedNames[i]] = append(byName[addedNames[i]], t)
	}
	common, err := commonWords(shared, byName)
	if err != nil {
		return err
	}
	// A word's teh marbuta written as alif is its accusative (جديدة "new",
	// جديدا: "ميناء جديدا" is a new port), not a spelling of a town: a new
	// alif form of a name that is also a word is dropped.
	for v, n := range variantOf {
		if strings.HasSuffix(v, "ا") && (common[n] || notSyrian[n]) {
			for _, t := range byName[v] {
				delete(t.names, v)
				delete(t.spelled, v)
			}
			delete(byName, v)
			delete(variantOf, v)
		}
	}
	blocked, err := cliticWords(shared, byName)
	if err != nil {
		return err
	}
	abroad, err := abroadNames(shared, byName)
	if err != nil {
		return err
	}
	for v, n := range variantOf {
		common[v] = common[v] || common[n]
		abroad[v] = abroad[v] || abroad[n]
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var tw, nw strings.Builder
	tw.WriteString("# pcode\tname_ar\tname_en\tdistrict_ar\tdistrict_en\tgovernorate\tlatin_keys\tsubdistrict_ar\n")
	nw.WriteString("# known=1: a well-known town, enough on its own\n")
	nw.WriteString("# abroad=1: news that never mentions Syria uses the name too (another place, a word, a person): it counts only in an article about Syria\n")
	nw.WriteString("# spelled=1: the name is only the other spelling of a final -a (جرمانة for جرمانا): the stem analyzer need not keep its words whole\n")
	nw.WriteString("# normalized_name\tpcode\tkind(c=community,n=neighbourhood,a=alias)\tcommon(0=name, 1=also a common word: needs a place cue, 2=better known as a place outside Syria or not a place: needs a strong cue)\tknown\tabroad[\tspelled]\n")
	for _, p := range order {
		t := towns[p]
		fmt.Fprintf(&tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t.pcode, t.ar, t.en, t.adm2ar, t.adm2en, t.adm1, strings.Join(sortedKeys(t.latin), "|"), t.adm3ar)
		names := make([]string, 0, len(t.names))
		for n := range t.names {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			c := "0"
			switch {
			case notSyrian[n], notSyrian[variantOf[n]]:
				c = "2"
			case common[n]:
				c = "1"
			}
			k := "0"
			if wellKnown[n] {
				k = "1"
			}
			ab := "0"
			if abroad[n] {
				ab = "1"
			}
			sp := "" // the column is written only where it is 1
			if t.spelled[n] {
				sp = "\t1"
			}
			fmt.Fprintf(&nw, "%s\t%s\t%s\t%s\t%s\t%s%s\n", n, p, t.names[n], c, k, ab, sp)
		}
	}
	var gw strings.Builder
	gw.WriteString("# pcode\tname_ar\tname_en\tar_names\tlatin_keys\n")
	sort.Strings(govOrder)
	for _, p := range govOrder {
		g := govs[p]
		fmt.Fprintf(&gw, "%s\t%s\t%s\t%s\t%s\n", g.pcode, g.ar, g.en, strings.Join(sortedKeys(g.ar2), "|"), strings.Join(sortedKeys(g.latin), "|"))
	}
	et, err := os.ReadFile(filepath.Join(shared, "taxonomy", "event-types.tsv"))
	if err != nil {
		return err
	}
	files := map[string]string{"clitic_words.txt": "# words that look like a proclitic + town name but are other words (لبنان is not ل + بنان)\n" + strings.Join(blocked, "\n") + "\n",
		"towns.tsv": tw.String(), "town_names.tsv": nw.String(), "governorates.tsv": gw.String(), "event_types.tsv": string(et)}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	var s []string
	for k := range m {
		if k != "" {
			s = append(s, k)
		}
	}
	sort.Strings(s)
	return s
}

// commonWords returns the town names that general news uses as ordinary
// words: frequent in SaudiNewsNet and not much more frequent in Syria news.
func commonWords(shared string, byName map[string][]*town) (map[string]bool, error) {
	gen, _, err := countNames(filepath.Join(shared, "corpus", "saudinewsnet.jsonl.gz"), byName)
	if err != nil {
		return nil, err
	}
	common := map[string]bool{}
	for n := range byName {
		if gen[n] >= 15 && !wellKnown[n] {
			common[n] = true
		}
	}
	return common, nil
}

// abroadNames returns the names that news which never mentions Syria (see
// facets.MentionsSyriaAnywhere) uses as well: at least abroadMinArticles
// such articles, at a rate per article at least abroadMinRatio of the
// name's rate in articles that do mention Syria. They are other places
// (الرياض، نجران), words (القصير "short", الحراك "the movement"), people
// (جاسم) or channels (الميادين); a Syrian town named so is written in an
// article about Syria. Counts are of articles over ANT and SaudiNewsNet;
// only the flag is stored.
func abroadNames(shared string, byName map[string][]*town) (map[string]bool, error) {
	in, out := map[string]int{}, map[string]int{}
	var nIn, nOut int
	for _, c := range []string{"ant-all.jsonl.gz", "saudinewsnet.jsonl.gz"} {
		err := eachArticle(filepath.Join(shared, "corpus", c), func(title, body string) {
			counts := out
			if facets.MentionsSyriaAnywhere(title, body) {
				counts = in
				nIn++
			} else {
				nOut++
			}
			toks := tokens(analyzers.Normalize(title + " " + body))
			seen := map[string]bool{}
			for i := range toks {
				for _, f := range procliticForms(toks[i]) {
					k := f
					for l := 1; l <= 3 && i+l <= len(toks); l++ {
						if l > 1 {
							k += " " + toks[i+l-1]
						}
						if _, ok := byName[k]; ok && !seen[k] {
							seen[k] = true
							counts[k]++
						}
					}
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	abroad := map[string]bool{}
	if nIn == 0 || nOut == 0 {
		return abroad, nil
	}
	for n := range byName {
		o := out[n]
		if o < abroadMinArticles {
			continue
		}
		rateOut := float64(o) / float64(nOut)
		rateIn := (float64(in[n]) + 0.5) / float64(nIn)
		if rateOut >= abroadMinRatio*rateIn {
			abroad[n] = true
		}
	}
	return abroad, nil
}

// A name is "abroad" when at least this many non-Syria articles use it, at
// a per-article rate at least this share of its rate in Syria articles.
// Checked on the corpora: genuinely Syrian names sit below 0.1 (دوما 0.07,
// حلب and منبج 0), the words and foreign places above 0.2 (القصير 0.6,
// الحراك 0.3, الرياض 1.4).
const (
	abroadMinArticles = 5
	abroadMinRatio    = 0.2
)

// procliticForms returns w and w without the proclitics the extractor
// takes off (و ف, then ب ل; لل before a definite name becomes ال).
func procliticForms(w string) []string {
	out := []string{w}
	base := []string{w}
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && len(w) > 6 {
		base = append(base, w[2:])
		out = append(out, w[2:])
	}
	for _, b := range base {
		if len(b) <= 6 {
			continue
		}
		switch {
		case strings.HasPrefix(b, "لل"):
			out = append(out, "ا"+b[2:])
		case strings.HasPrefix(b, "ب"), strings.HasPrefix(b, "ل"):
			out = append(out, b[2:])
		}
	}
	return out
}

// eachArticle calls fn with the title and body of every article of a
// JSON-lines corpus.
func eachArticle(path string, fn func(title, body string)) error {
	return corpus.Each(path, func(a corpus.Article) error {
		fn(a.Title, a.Body)
		return nil
	})
}

// countNames counts the gazetteer names of byName (of up to three words)
// in a corpus, and the corpus's tokens.
func countNames(path string, byName map[string][]*town) (map[string]int, int, error) {
	counts := map[string]int{}
	total := 0
	err := eachArticle(path, func(title, body string) {
		toks := tokens(analyzers.Normalize(title + " " + body))
		total += len(toks)
		for i := range toks {
			for l := 1; l <= 3 && i+l <= len(toks); l++ {
				k := strings.Join(toks[i:i+l], " ")
				if _, ok := byName[k]; ok {
					counts[k]++
				}
			}
		}
	})
	if err != nil {
		return nil, 0, err
	}
	return counts, total, nil
}

// wellKnown are Syrian towns that war news names so often that general
// news frequency would wrongly mark them as common words. الحراك is not
// one: news far more often writes "the movement" (الحراك السياسي، الحراك
// الفني، للحراك في سوريا; 14 of the 20 corpus articles it was read in, round
// 35), and the Daraa town is written after بلدة or مدينة or in a list of
// Daraa's towns, which a common word's place cue keeps.
var wellKnown = setOfList("البوكمال|دوما|الميادين|تدمر|القصير|الضمير|اعزاز|الزبداني|تل ابيض|السخنه|القريتين|" +
	"جاسم|اريحا|الحسكه|اللاذقيه|الرقه|حماه|حلب|حمص|دمشق|درعا|ادلب|السويداء|القنيطره|طرطوس|" +
	"جرابلس|جوبر|داريا|كفريا|الفوعه|نبل|السفيره|اليرموك|منبج|عفرين|سراقب|الرستن|تلبيسه|حرستا|عربين|" +
	"مضايا|يبرود|النبك|انخل|نوى|طفس|ازرع|البصيره|هجين|الشعفه|السوسه|الباغوز|العشاره|الكسره|القامشلي|" +
	"معره النعمان|خان شيخون|جسر الشغور|كفرنبل|حريتان|عندان|الاتارب|دارت عزه|مسكنه|الصنمين|بصري الشام|الشيخ مسكين|" +
	// Spellings of round 10 that news writes more than the gazetteer's.
	"الشدادي|حموريه|دومه|" +
	// Kobani, frequent enough in SaudiNewsNet's 2015 news to pass for a
	// common word, which then needed its governorate named (fresh-10).
	"عين العرب|كوباني")

// notSyrian are names of Syrian communities that news mostly uses for
// better-known places abroad or as ordinary words.
var notSyrian = setOf("الرياض الدوحه القاهره الجيزه الاسكندريه النجف كربلاء رفح جنين صيدا صور القدس تركيا قطر سنجار " +
	"الظهران الطايف المدينه الجزيره البحيره عاجل ابرز الغرب سلسله جديده الثوره خطاب الشيوخ العراقيه الساميه " +
	"الملك المهاجرين الشهداء شهداء الشهيد السلام عليكم صباح الخير اسقاط مقتله عالقين رامي شباط اذار تشرين " +
	"الحربيه القطريه الوساطه ضمان الكنيسه كنيسه المال الكم بهم بله بالا سان الهدي الكون الاهداف التوبه " +
	// "legs": "عبوات ناسفة في أرجل الماعز" (3 corpus articles, round 35).
	"ارجل")

// extraNames are spellings news uses that the gazetteer lacks.
var extraNames = []struct{ name, pcode string }{
	{"جوبر", "C1001"}, {"برزة", "C1001"},
	{"الغارية الغربية", "C6010"}, {"الغارية الشرقية", "C6009"}, {"أبو كمال", "C5167"}, {"بوكمال", "C5167"},
	{"كوباني", "C1946"}, {"البو كمال", "C5167"},
	// Found by corpus counts (round 10): spellings one letter or an ال
	// away from a gazetteer name, in articles that name Syria, where the
	// gazetteer's own spelling is rare. Each was read in its sentences and
	// checked against the community's district (BENCHMARKS.md, "Round 10").
	{"الشدادي", "C4446"},                             // الشدادة, Hasakah: 8 Syria articles vs 1
	{"حمورية", "C2316"},                              // حمورة, Eastern Ghouta: 45 vs 0
	{"دير العشائر", "C2442"},                         // مزرعة دير العشائر, Qatana: 10 vs 0
	{"الشيخ حديد", "C3467"}, {"الشيخ حديد", "C1525"}, // شيخ حديد (Hama) and شيخ الحديد (Afrin): the governorate named decides
	{"الشيفونية", "C2334"}, // الشفونية, Duma: 17 vs 0
	{"بيت سوى", "C2318"},   // بيت سوا, Eastern Ghouta: 8 vs 0
	{"القرقور", "C3168"},   // قرقور, al-Ghab: 4 vs 1
	{"الأشعري", "C6671"},   // حوش الأشعري, Eastern Ghouta (the gazetteer's الأشعري is a Daraa village)
	{"دومة", "C2338"},      // دوما (دومة الجندل, in Saudi Arabia, is in nonactors.txt)
	// Round 29 (tabqa29b): a city news names by its common name where OCHA
	// lists it under its official one. Tabqa is the centre of the الثورة
	// district of Raqqa ("مدينة الطبقة بريف الرقة الغربي"); the gazetteer's
	// own الطبقة is a Hasakah village.
	{"الطبقة", "C5929"},
}

func setOfList(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		m[w] = true
	}
	return m
}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// sameStem keeps an alias only when it is a spelling of the town's name
// (اتارب for الاتارب, عاموده for عامودا), not another place the district
// holds (الغوطة الشرقية) or a Latin transliteration filed as Arabic.
func sameStem(alias, base string) bool {
	for _, r := range alias {
		if r < 0x600 && r != ' ' {
			return false
		}
	}
	a := []rune(strings.TrimPrefix(alias, "ال"))
	b := []rune(strings.TrimPrefix(base, "ال"))
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	return string(a[:3]) == string(b[:3])
}

// prefixedCentre finds the one community of governorate gp named by a
// compound prefix and base ("تل" + "سلحب"), or nil.
func prefixedCentre(byName map[string][]*town, base, gp string) *town {
	var t *town
	for _, p := range compoundPrefixes {
		for _, c := range byName[p+" "+base] {
			if c.adm1 != gp {
				continue
			}
			if t != nil && t != c {
				return nil
			}
			t = c
		}
	}
	return t
}

var compoundPrefixes = []string{"تل", "دير", "كفر", "عين", "ابو", "ام", "بيت", "خان", "جسر", "معره", "بير", "بصر", "عين", "سوق", "قلعه", "حوش", "مزرعه", "خربه"}

func spacingVariants(n string) []string {
	var out []string
	w := strings.Fields(n)
	for _, p := range compoundPrefixes {
		if len(w) == 1 && strings.HasPrefix(n, p) && len([]rune(n))-len([]rune(p)) >= 3 {
			out = append(out, p+" "+n[len(p):])
		}
		if len(w) == 2 && w[0] == p && len([]rune(w[1])) >= 3 {
			out = append(out, w[0]+w[1])
		}
	}
	return out
}

// finalAVariant returns name n with its final teh marbuta (ه once
// normalized) written as alif or its final alif as teh marbuta, or "" where
// the ending is no such -a: a name of four letters or more whose letter
// before the ending is a consonant (not ا و ي, as in حماه or الحسينيه).
func finalAVariant(n string) string {
	r := []rune(n)
	last := len(r) - 1
	if last < 0 || r[last] == ' ' {
		return ""
	}
	w := r
	if i := strings.LastIndex(n, " "); i >= 0 {
		w = []rune(n[i+1:])
	}
	if len([]rune(strings.TrimPrefix(string(w), "ال"))) < 4 {
		return ""
	}
	switch r[last-1] {
	case 'ا', 'و', 'ي', 'ى', 'ء':
		return ""
	}
	switch r[last] {
	case 'ه':
		r[last] = 'ا'
	case 'ا':
		r[last] = 'ه'
	default:
		return ""
	}
	return string(r)
}

// alToggled returns n with its ال taken off, or given one where it has none.
func alToggled(n string) string {
	if rest, ok := strings.CutPrefix(n, "ال"); ok {
		return rest
	}
	return "ال" + n
}

// cliticWords lists words that are a proclitic stack plus a one-word town
// name but are, by frequency, other words: "لبنان" is far more frequent
// than "بنان" could explain.
func cliticWords(shared string, byName map[string][]*town) ([]string, error) {
	counts := map[string]int{}
	for _, c := range []string{"saudinewsnet.jsonl.gz", "ant-all.jsonl.gz"} {
		if err := eachToken(filepath.Join(shared, "corpus", c), func(t string) { counts[t]++ }); err != nil {
			return nil, err
		}
	}
	var out []string
	for w, n := range counts {
		for _, pre := range []string{"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"} {
			rest, ok := strings.CutPrefix(w, pre)
			if !ok || len(byName[rest]) == 0 || strings.Contains(rest, " ") {
				continue
			}
			if n >= 20 && n > 3*counts[rest] {
				out = append(out, w)
				break
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// eachToken calls fn with every normalized token of every article of a
// JSON-lines corpus.
func eachToken(path string, fn func(string)) error {
	return eachArticle(path, func(title, body string) {
		for _, t := range tokens(analyzers.Normalize(title + " " + body)) {
			fn(t)
		}
	})
}
