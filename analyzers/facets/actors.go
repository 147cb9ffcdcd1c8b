package facets

import (
	_ "embed"
	"slices"
	"strings"
)

var (
	// actorsTSV extends the ids and labels of the shared actor taxonomy
	// with aliases, weak aliases, nationality adjectives and Latin names.
	//go:embed data/actors.tsv
	actorsTSV string
	// nonActorsTXT lists phrases that contain an alias but name no actor
	// (news monitors, other coalitions, facilities).
	//go:embed data/nonactors.txt
	nonActorsTXT string
)

// actor is one id of the actor taxonomy.
type actor struct {
	id, parent, kind, en, ar string
	latin                    []string
}

// forceNouns name a military force; followed by a nationality adjective
// ("الطائرات الحربية الروسية", "جنود أتراك") they name that country's forces.
var forceNouns = []string{
	"القوات", "قوات", "الطائرات", "طائرات", "الطائرات الحربيه", "طائرات حربيه", "الطيران", "طيران", "الطيران الحربي",
	"المقاتلات", "مقاتلات", "الغارات", "غارات", "غاره", "الغاره", "الضربات", "ضربات", "الضربه", "ضربه", "القصف", "قصف",
	"الجيش", "جيش", "الجنود", "جنود", "جنديا", "جندي", "الجندي", "العسكريين", "عسكريين", "العسكريون", "عسكريون", "الضباط", "ضباط",
	"المستشارين", "مستشارين", "المستشارون", "مستشارون", "البوارج", "بوارج", "السفن الحربيه", "الشرطه العسكريه", "شرطه عسكريه",
	"الصواريخ", "صواريخ", "المدفعيه", "مدفعيه", "الدوريات", "دوريات", "دوريه", "المروحيات", "مروحيات", "الطائرات المسيره",
	"طائرات مسيره", "القوات الخاصه", "قوات خاصه", "وحدات", "الوحدات", "الدفاعات الجويه", "الدفاع الجوي", "القواعد", "قواعد",
	"المواقع", "مواقع", "التعزيزات", "تعزيزات", "الميليشيات", "ميليشيات", "المليشيات", "مليشيات",
	// The news' spelling without the second ي ("ميلشيات إيرانية"، as
	// militiaNouns reads it).
	"الميلشيات", "ميلشيات", "المقاتلين", "مقاتلين",
	"جوي", "الغطاء الجوي", "غطاء جوي", "الوجود العسكري", "القوات البحريه", "القوات الجويه", airForceNoun,
	"العمليه العسكريه", "عمليه عسكريه",
	// The plural too: "بسبب العمليات العسكرية التركية في سوريا".
	"العمليات العسكريه", "عمليات عسكريه",
}

// warCraftNouns name a state's fighter jet or air defences one by one, by
// the state's adjective: "عندما أسقطت مقاتلة سورية فوق هضبة الجولان"،
// "أسقطت إحدى المقاتلات الإسرائيلية بدفاعات سورية". They are force nouns
// whose entries count, like a military office's (entry.office), only in a
// sentence about fighting (militaryWords): "اخترق ماندزوكيتش الدفاعات
// الروسية" is a football match's, and "الأزمة الدبلوماسية التي اندلعت ...
// إثر إسقاط الطيران التركي مقاتلة روسية" the 2015 downing told years on as
// a crisis's cause. Not the singular طائرة (airliners) or صاروخ (a space
// rocket, an old shell, a new weapon shown); nor a battery or a helicopter
// (بطارية، مروحية), which would add words to the analysis chain's name
// words (TestNameWordsInSync).
var warCraftNouns = []string{"المقاتله", "مقاتله", "الدفاعات", "دفاعات"}

// aggressionNouns name an attack by its author ("العدوان التركي") the
// way official media do; outside an article about Syria the same words are
// rhetoric ("العدوان الأمريكي" in Pyongyang's statements), so they name a
// force only in one about Syria.
var aggressionNouns = map[string]bool{"العدوان": true, "عدوان": true}

// strikeNouns are the forceNouns an attack is named by, with the "air"
// or "war" adjective news puts between them and the nationality
// ("غارة جوية روسية", "الطائرات الحربية الروسية"); they join forceNouns.
var strikeNouns = func() []string {
	var out []string
	for _, n := range []string{"غاره", "غارات", "ضربه", "ضربات"} {
		out = append(out, n+" جويه", "ال"+n+" الجويه", n)
	}
	return append(out, "قصف جوي", "القصف الجوي", "طائرات حربيه", "مقاتلات حربيه", "المقاتلات الحربيه", "طائرات", "الطائرات", "قصف", "القصف", "الغارات", "الضربات", "الغاره", "الضربه")
}()

// hedges stand between a strike noun and the nationality it is ascribed
// to: "غارات يعتقد أنها روسية".
var hedges = []string{"يعتقد انها", "يرجح انها", "يعتقد انه", "يرجح انه", "يشتبه انها", "يعتقد انها كانت",
	// "الضربات التي يعتقد أنها إسرائيلية": a definite noun takes التي.
	"التي يعتقد انها", "التي يرجح انها", "التي يشتبه انها"}

// hedgeWords are the words of hedges.
var hedgeWords = map[string]bool{}

func init() {
	for _, h := range hedges {
		for _, w := range strings.Fields(h) {
			if w == "التي" {
				continue // a word of names too (القوات التي تدعمها الولايات المتحدة)
			}
			hedgeWords[w] = true
		}
	}
	for _, n := range strikeNouns {
		if strings.Contains(n, " ") {
			forceNouns = append(forceNouns, n)
		}
	}
}

func (l *lexicon) loadActors() {
	// The nouns a state's adjective follows to name its forces.
	stateNouns := slices.Concat(forceNouns, []string{"العدوان", "عدوان"}, warCraftNouns)
	eachRow(actorsTSV, func(f []string) {
		if len(f) < 9 {
			return
		}
		a := &actor{id: f[0], parent: f[1], kind: f[2], en: f[3], ar: f[4], latin: splitList(f[8])}
		l.actors[a.id] = a
		l.actorOrder = append(l.actorOrder, a.id)
		for _, s := range splitList(f[5]) {
			l.add(&entry{words: strings.Fields(normName(s)), kind: kindActor, ids: []string{a.id}})
		}
		for _, s := range splitList(f[6]) {
			// "^" marks a generic word (المسلحين) that names this actor
			// only in an article about Syria.
			s, syr := strings.CutPrefix(s, "^")
			l.add(&entry{words: strings.Fields(normName(s)), kind: kindActor, ids: []string{a.id}, weak: !syr, syria: syr})
		}
		for _, adj := range splitList(f[7]) {
			l.addOfficeEntries(a.id, adj) // "وزارة الدفاع التركية" (actors_office.go)
			adj = normName(adj)
			forms := []string{adj}
			if !strings.HasPrefix(adj, "ال") {
				forms = append(forms, "ال"+adj)
			}
			for _, form := range forms {
				l.adjectives[form] = &entry{words: []string{form}, kind: kindActor, ids: []string{a.id}}
				for _, suf := range []string{"", "ان", "ين", "ا"} {
					nationalityWords.add(form + suf)
				}
			}
			// "غارات يعتقد أنها روسية": the adjective, indefinite,
			// after a hedge.
			for _, n := range strikeNouns {
				if strings.HasPrefix(adj, "ال") {
					continue
				}
				for _, h := range hedges {
					l.add(&entry{words: strings.Fields(normName(n + " " + h + " " + adj)), kind: kindActor, ids: []string{f[0]}})
				}
			}
			for _, n := range stateNouns {
				// The adjective agrees with the noun's last word: "سلاح
				// الجو الروسي" is definite by its annexed "الجو".
				ws := strings.Fields(n)
				def := strings.HasPrefix(ws[len(ws)-1], "ال")
				a := adj
				if def && !strings.HasPrefix(adj, "ال") {
					a = "ال" + adj
				} else if !def && strings.HasPrefix(adj, "ال") {
					continue
				}
				// normName: a noun written with ئ (طائرات) must meet the
				// text in the form the tokenizer gives it (طايرات).
				l.add(&entry{words: strings.Fields(normName(n + " " + a)), kind: kindActor, ids: []string{f[0]}, syria: aggressionNouns[n], airForce: n == airForceNoun, office: slices.Contains(warCraftNouns, n)})
			}
		}
	})
	eachRow(nonActorsTXT, func(f []string) {
		if w := strings.Fields(normName(f[0])); len(w) > 0 {
			l.add(&entry{words: w, kind: kindNone})
		}
	})
}

// ActorAncestors returns id and its parents up the actor hierarchy, so a
// YPG mention also counts under SDF in facet filtering.
func ActorAncestors(id string) []string {
	l := lex()
	out := []string{id}
	for seen := 0; seen < 8; seen++ {
		a := l.actors[id]
		if a == nil || a.parent == "" {
			break
		}
		id = a.parent
		out = append(out, id)
	}
	return out
}
