package facets

import "strings"

// A lone victim killed with companions: "قتل زعيم شبكة النفط والغاز أبو
// خطاب العراقي وثلاثة أعضاء آخرين" (4)، "أن قائد كتيبة الإسناد الحوثية
// ... قتل مع سبعة آخرين من عناصر الميليشيات" (8)، "بمقتل العميد المنشق،
// محمود النقيب، الذي عينته أركان حرب المنطقة العسكرية السابعة، مع ثلاثة
// من مرافقيه" (4)، "أسفرت عن مقتل أحد قادة داعش في ما تعرف بولاية خراسان
// ومقاتل آخر" (2). The victim is told first, alone, and the others who
// died with him after a phrase of his name, rank or place, too far for
// nextGroup; the toll read only the victim (1) or nothing at all. The
// guide sums the groups an event's toll lists, and a leader's death is
// told this way in the corpus's Yemen, Afghanistan and ISIS reports.

// maxCompanionWords is how far after the kill word the companions may be
// told: "بمقتل العميد المنشق، محمود النقيب، الذي عينته أركان حرب المنطقة
// العسكرية السابعة، مع ثلاثة" names the victim in fourteen words.
const maxCompanionWords = 18

// companionsAfter returns how many died beside the one victim of the kill
// word at token i, told later in its sentence: "مع" and a figure of others
// ("مع 13 آخرين") or of the victim's own men ("مع 3 من مرافقيه"، "مع اثنين
// من حراسه": a noun with the pronoun ه), "و" and a figure of others ("و10
// مقاتلين آخرين"), or one more of the victim's kind ("ومقاتل إرهابي
// آخر"). 0 when the sentence tells none, or turns to the wounded or to
// another figure first ("مقتل جندي وإصابة 3 آخرين"). counted is true when
// the kill word counted its victim ("مقتل نجل زعيم طالبان"): only then is
// "و" and a bare figure of others ("و20 آخرين") his companions. After a
// kill word that counted none it is as often a breakdown's second part
// ("17 منهم بسقوط مروحية عسكرية ... وستة آخرون في هجوم انتحاري").
func companionsAfter(toks []token, i int, counted bool) int {
	s := toks[i].sent
	for k := i + 1; k < len(toks) && k <= i+maxCompanionWords && toks[k].sent == s; k++ {
		if toks[k].has(hurtVerbs) || toks[k].has(hurtNouns) {
			return 0
		}
		if toks[k].w == "مع" {
			return othersCounted(toks, k+1, true, false)
		}
		if w := stripWa(toks[k].w); w != toks[k].w && personCounts[w] == 1 && !strings.HasPrefix(w, "ال") {
			// "ومقاتل آخر"، "ومقاتل إرهابي آخر": one more.
			for j := k + 1; j < len(toks) && j <= k+2 && toks[j].sent == s && !toks[j].gap; j++ {
				if toks[j].w == "اخر" {
					return 1
				}
			}
			return 0
		}
		if toks[k].w == "و" {
			if m := othersCounted(toks, k+1, false, counted); m > 0 {
				return m
			}
			continue
		}
		if n, used := readNumberWa(toks, k); used > 0 {
			if n == 1 {
				// "مقتل أحد قادة داعش": the victim's own figure.
				k += used - 1
				continue
			}
			if stripWa(toks[k].w) != toks[k].w {
				// "و10 مقاتلين آخرين".
				return othersCounted(toks, k, false, counted)
			}
			return 0
		}
	}
	return 0
}

// othersCounted reads a figure at token k of others beside a victim: the
// figure, then آخرين, or a noun and آخرين ("10 مقاتلين آخرين"، "ثلاثة
// أعضاء آخرين"), or, after مع (with), من and the victim's own men ("3 من
// مرافقيه"). The figure right before آخرين counts after مع, or after و
// when bare (companionsAfter's counted) and no hurt word follows: "مقتل
// نجل زعيم طالبان و20 آخرين في غارة أميركية" (round 53, m53kill). 0 if
// the figure is no such count.
func othersCounted(toks []token, k int, with, bare bool) int {
	if k >= len(toks) {
		return 0
	}
	n, used := readNumberWa(toks, k)
	if used == 0 || n < 1 || isYear(n) {
		return 0
	}
	j := k + used
	if j >= len(toks) || toks[j].sent != toks[k].sent {
		return 0
	}
	if toks[j].has(othersAfter) && (with || bare && !hurtAfterOthers(toks, j)) {
		return n // "مع 13 آخرين"، "مقتل نجل زعيم طالبان و20 آخرين"
	}
	if with && toks[j].w == "من" && j+1 < len(toks) && toks[j+1].sent == toks[k].sent && ownMen(toks[j+1].w) {
		return n // "مع 3 من مرافقيه"
	}
	if j+1 < len(toks) && toks[j+1].sent == toks[k].sent && !toks[j].has(hurtNouns) && toks[j+1].has(othersAfter) {
		return n // "وثلاثة أعضاء آخرين"
	}
	return 0
}

// ownMen reports a plural noun with the singular pronoun ه, the victim's
// own men after "مع 3 من": مرافقيه، حراسه، عناصره، أبنائه. Four letters at
// least before the pronoun, and no article.
func ownMen(w string) bool {
	return len(w) >= 10 && strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "اه") && !strings.HasPrefix(w, "ال")
}

// withCompanions adds to each lone victim's toll (n 1) the companions its
// sentence tells (companionsAfter), when no other killed toll was read in
// that sentence: "مقتل شرطي و4 مهاجمين" has its second group already
// (nextGroup).
func withCompanions(toks []token, out []toll) {
	for k := range out {
		t := &out[k]
		if t.kind != killedKind || t.n != 1 || t.vague || t.part || t.running {
			continue
		}
		s := toks[t.tok].sent
		if k+1 < len(out) && out[k+1].kind == killedKind && toks[out[k+1].tok].sent == s ||
			k > 0 && out[k-1].kind == killedKind && toks[out[k-1].tok].sent == s {
			continue
		}
		if m := companionsAfter(toks, t.tok, true); m > 0 {
			t.n += m
			t.others = true
		}
	}
}

// maxCompanionPara is the last paragraph where a victim no word counted
// is read with his companions: the lead and the paragraph after it
// ("واليوم الاثنين، اعترفت ميلشيات الحوثي بمقتل العميد ... مع ثلاثة من
// مرافقيه" under a lead of the strike). Further down such a death is as
// often the background of a funeral or of a vow of revenge ("وكان
// المجيشي قد استشهد مع إثنين من زملائه" under "وصول جثمان الشهيد"، "وقال
// الحوثي إن الصماد قتل مع 6 من مرافقيه" under "الحوثي يتوعد بالثأر").
const maxCompanionPara = 2

// leadCompanions is companionsAfter for a kill word at token i that
// counted no victim: only in the first maxCompanionPara paragraphs, and
// not in a sentence turned to another story before it ("على صعيد متصل أكد
// مصدر أمني ... أن القائد الميداني ... لقي مصرعه مع 40 آخرين" in a
// roundup led by armour on its way).
func leadCompanions(toks []token, i int) int {
	if toks[i].para > maxCompanionPara {
		return 0
	}
	for j := sentStart(toks, i); j < i; j++ {
		if toks[j].has(otherStory) {
			return 0
		}
	}
	return companionsAfter(toks, i, false)
}

// hurtAfterOthers reports a hurt word right after آخرين at token j: "و20
// آخرين جرحى" counts the wounded, not companions in death.
func hurtAfterOthers(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j+1].sent == toks[j].sent && (toks[j+1].has(hurtNouns) || toks[j+1].has(hurtVerbs))
}
