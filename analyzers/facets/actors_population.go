package facets

import "strings"

// Residents as a population counted: "نزوح أكثر من نصف عدد سكان سوريا قبل
// الحرب عن منازلهم" (blind FR-internationalNews-2495), "بهدف إمداد السكان
// البالغ عددهم 38 مليون نسمة" (blind BB-middleEast-810). The count says how
// many live there, not who was harmed; the golds code no civilians for
// either line.

// populationCount reports a civilians mention right after "عدد" ("عدد
// سكان"، "عدد السكان") or right before "البالغ/يبلغ عددهم" ("السكان البالغ
// عددهم").
func populationCount(toks []token, m mention) bool {
	if m.start > 0 && toks[m.start-1].w == "عدد" && toks[m.start-1].sent == toks[m.start].sent {
		return true
	}
	j := m.end
	if j+1 >= len(toks) || toks[j+1].sent != toks[m.start].sent {
		return false
	}
	switch toks[j].w {
	case "البالغ", "يبلغ", "البالغين":
		return strings.HasPrefix(toks[j+1].w, "عدد")
	}
	return false
}
