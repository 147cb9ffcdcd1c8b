package facets

import "testing"

// TestCiviliansPassersbyFiredOn pins passers-by as the target of a fire
// told by a verb of firing ("وأطلقوا النار على مارة") as civilians, even
// where the gunmen's car stands in the sentence (accidentWords); the want
// rows fail on main. The guards: passers-by a car hit and passers-by who
// only looked on are none.
func TestCiviliansPassersbyFiredOn(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-299-20180302", title: "هجوم قرب السفارة الفرنسية في عاصمة بوركينا فاسو",
			text: "وفي وقت سابق، ذكر شهود عيان أن 5 مسلحين ترجلوا من سيارة وأطلقوا النار على مارة قبل التوجه إلى السفارة.",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-227-20180303", title: "عودة الهدوء إلى واغادوغو غداة هجوم إرهابي",
			text: "وعلى بعد خمس كلم من المكان خرج مسلحون من سيارة وأطلقوا النار على مارة قبل التوجه إلى السفارة الفرنسية، بحسب شهود.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1698-20180521", title: "ملثمون يطلقون النار على المارة في مرسيليا",
			text: "قالت تقارير صحفية فرنسية إن مسلحين ملثمين أطلقوا النار على المارة، قرب المركز الثقافي في مدينة مرسيليا، جنوبي البلاد، يوم الاثنين.",
			want: []string{"civilians"}},
		// Guard: passers-by a car hit.
		{id: "made-up guard", title: "حادث في وسط المدينة",
			text: "انحرفت سيارة عن الطريق وصدمت عددا من المارة.",
			not:  []string{"civilians"}},
		// Guard: passers-by who looked on.
		{id: "made-up guard 2", title: "احتفالات في المدينة",
			text: "وأطلق المحتفلون الألعاب النارية وتجمع المارة لمشاهدتها.",
			not:  []string{"civilians"}},
	})
}
