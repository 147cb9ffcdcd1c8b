package facets

// Worshippers who pray the funeral prayer over a fallen soldier are his
// mourners, not victims: "أدت جموع المصلين عقب صلاة عصر أمس صلاة الميت
// على شهيد الواجب ... الذي استشهد إثر سقوط مقذوف عسكري" (the Saudi border
// guards' funerals, whose golds code no civilians). funeralWords catch
// "شيعت ... المواطنين" before the people; the prayer follows them. A
// prayer with no funeral ("استهداف المصلين أثناء صلاة الجمعة") keeps the
// worshippers a bombing's victims.

var (
	// prayerNouns name a prayer.
	prayerNouns = wordSet("صلاة الصلاة")
	// funeralPrayerWords right after the prayer make it a funeral's: over
	// the dead, the bier or the absent, or "الصلاة على الشهيد".
	funeralPrayerWords = wordSet("الميت الجنازة الجنائز الغائب على عليه عليهم")
)

// funeralPrayer reports a funeral prayer within eight words after the
// civilians mention m, in its sentence, with no other mention between:
// the people m names pray it. "قتل خمسة مدنيين وأدى الأهالي صلاة
// الجنازة عليهم" leaves the dead to the toll, the mourners between.
func funeralPrayer(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	end := m.end + 8
	for _, o := range ms {
		if o.start >= m.end && o.start < end {
			end = o.start
		}
	}
	for j := m.end; j < end && j+1 < len(toks) && toks[j+1].sent == s; j++ {
		if toks[j].has(prayerNouns) && toks[j+1].has(funeralPrayerWords) {
			return true
		}
	}
	return false
}
