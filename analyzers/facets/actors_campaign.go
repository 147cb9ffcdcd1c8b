package facets

// theatreAfter reports a mention followed by the country the war on it is
// fought in: "الحرب على تنظيم داعش في سوريا"، "دور الولايات المتحدة في
// قتال تنظيم الدولة الإسلامية في سوريا". A war named with its theatre is
// the conflict itself, whose enemy the gold guide codes as a party
// discussed; without one ("لمحاربة داعش"، "مكافحة القاعدة وداعش") the
// enemy is a policy's aim, and foeMention's campaign and fight readings
// still drop it.
func theatreAfter(toks []token, m mention) bool {
	j := m.end
	if j+1 >= len(toks) || toks[j].sent != toks[m.start].sent || toks[j+1].sent != toks[j].sent || toks[j].gap || toks[j+1].gap {
		return false
	}
	return toks[j].w == "في" && (toks[j+1].has(syriaWords) || toks[j+1].has(iraqWords))
}
