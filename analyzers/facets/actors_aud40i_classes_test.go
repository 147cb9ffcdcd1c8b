package facets

import "testing"

// TestActorSyrianOpponentsPlural pins the opposition named as "the Syrian
// opponents" in the plural ("المعارضين السوريين"، "المعارضون السوريون"),
// a weak alias of the opposition (data/actors.tsv): it counts beside a word
// of fighting, where the wires mean the rebels Turkey backed in Afrin or
// the ones the US army trained. The BB-295 and 2015-08-03-961 rows fail
// before aud40i. The guards: the phrase beside no word of fighting — the
// opponents who call Daraa the revolution's cradle, a conference of
// dissidents — names no armed party.
func TestActorSyrianOpponentsPlural(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-295-20180405 (shortened)", title: "تركيا تحذر فرنسا من ارتكاب \"نفس خطأ الولايات المتحدة\" في سوريا",
			text: "وشنت تركيا عملية جوية وبرية لدعم المعارضين السوريين ضد وحدات حماية الشعب في مدينة عفرين في 20 يناير/كانون الثاني، واستولت على المدينة في 18 مارس/آذار.",
			want: []string{"opposition"}},
		{id: "2015-08-03-961 (shortened)", title: "روسيا: اي غارات أمريكية على نظام الأسد ستضر جهود مكافحة الارهاب",
			text: "وقال مسؤولون أمريكيون أمس إن الولايات المتحدة قررت السماح بضربات جوية للدفاع عن المعارضين السوريين الذين دربهم الجيش الأمريكي في مواجهة أي مهاجمين.",
			want: []string{"opposition"}},
		// Guard: the opponents' name for Daraa, no fighting.
		{id: "SK-middleEast (Daraa, shortened)", title: "درعا مهد الثورة السورية",
			text: "وتعرف محافظة درعا لدى المعارضين السوريين بأنها \"مهد الثورة\" لأنها شهدت بداية الاحتجاجات السلمية.",
			not:  []string{"opposition"}},
		// Guard: a conference of dissidents.
		{id: "constructed", title: "مؤتمر في القاهرة بشأن سوريا",
			text: "واختتم في القاهرة مؤتمر المعارضين السوريين الذي بحث الحل السياسي للأزمة.",
			not:  []string{"opposition"}},
	})
}
