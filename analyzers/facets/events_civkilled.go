package facets

import "strings"

// civiliansKilledByRole returns the killing words of the title whose
// victim the title names by a civilian's calling right after it (with at
// most one word between, a count or an article: "مقتل الصحافي المعارض
// لبوتين أركادي بابتشينكو في أوكرانيا"، "الغموض يلف مقتل ثلاثة صحافيين
// روس"، "رصاصة تقتل صحفيا على الهواء مباشرة"). A journalist, an activist,
// a priest or a doctor killed is a civilian targeted, which the guide types
// as an attack on civilians (rul46a-2: a named civilian figure killed);
// civiliansAssassinated reads the same victims only after اغتيال, and no
// trigger read a plain killing word. Over the pool and blind gold articles
// the construction stands in six titles, five coded (round 61's m61aoc);
// the sixth is a killing told staged ("اختلقت عملية قتل الصحافي"), which
// assassinationUndone's عملية sets aside. Not a death word (مصرع: as often
// an accident's), not with the ل of purpose ("لقتل الصحفي", a plot), nor
// after a plan, charge or memory word (assassinationUndone) or an attempt;
// none when the title tells a trial, a charge, a suspect held or a rape
// (a crime's story: "السجن مدى الحياة لمخترع دنماركي قتل صحفية"، "اعتقال
// مشتبه به في اغتصاب وقتل الصحفية"), or when the title or lead names
// aircraft, shells or bombs, which type the event ("قذيفة حوثية تقتل
// صحفيا").
func civiliansKilledByRole(toks []token, z leadZone) []int {
	var at []int
	for k := 0; k < len(toks) && toks[k].title; k++ {
		w := toks[k].w
		if !toks[k].has(killWords) || strings.Contains(w, "مصرع") || strings.HasPrefix(w, "ل") ||
			nearBefore(toks, k, 4, assassinationUndone) || nearBefore(toks, k, 2, attemptWords) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2 && toks[j].title; j++ {
			if civilianRoles[toks[j].w] || killedRoles[toks[j].w] {
				at = append(at, k)
				break
			}
		}
	}
	if len(at) == 0 || titleHas(toks, chargeWords, burnJudged, courtSentences, accusedWords, rapeWords) ||
		z.headHas(toks, killedHow, attackHow) {
		return nil
	}
	return at
}

var (
	// killedRoles are civilianRoles' accusative forms, the object of a
	// killing verb ("تقتل صحفيا"); looked up whole (plainWords: no bit).
	// Listed, not derived by cutting the ا (as nationality does): a cut
	// reads every calling, and "تمساح يقتل قسا" (a crocodile, corpus
	// BB-internationalNews-611) would type an attack (round 61, rev61c).
	killedRoles = plainWords("صحفيا صحافيا ناشطا اعلاميا مصورا مراسلا طبيبا محاميا")
)
