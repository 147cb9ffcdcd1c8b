package facets

import "testing"

// TestActorWorksBlast pins a blast at works (round 49, aud49d:
// worksBlastStory, actors_civworks.go): a title's bare "انفجار" over a lead
// that names a factory, a depot, a refinery or a mine, in an article that
// names no one doing harm and no war, tells of a mishap, and its hurt are
// no civilians of an armed event. The want rows fail on main (civilians
// from "إصابة شخص"، "قتل 6 أشخاص"): the Texas plant of round 49d's audit
// and the Czech plant of the pool (SK-internationalNews-512), both coded
// with no actor, and the Chinese mine and the Iranian plant of the
// corpus. The guards keep civilians where a blast is a bomb's, or a depot
// of arms in Syria's war.
func TestActorWorksBlast(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-369-20180315", title: "بالفيديو.. انفجار ضخم في مصنع كيماويات أميركي",
			text: "اندلع انفجار ضخم في مصنع للكيماويات في ولاية تكساس الأميركية، صباح الخميس، مما أدى إلى إصابة شخص وفقدان آخر.\nووقع الانفجار في مصنع \"تري-كيم\" في كريسون، وتم إخلاء الأماكن خوفا من اندلاع انفجار ثان، حسب ما قالت وسائل إعلام محلية نشرت مقطعا يرصد الانفجار.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-512-20180322", title: "انفجار \"كيماوي\" يقتل 6 في التشيك",
			text: "قتل 6 أشخاص وأصيب آخرون، في انفجار بمصنع كيماويات في بلدة كرالوبي ناد فلتافو، شمالي العاصمة التشيكية براغ، الخميس.\nوقالت المتحدثة باسم الإطفائيين الإقليميين فلاديمارا كيريكوفا، إن \"عددا غير محدد من الأشخاص\" أصيبوا في الانفجار.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-1487-20180605", title: "11 قتيلا و25 شخصا عالقين بانفجار منجم في الصين",
			text: "قتل 11 شخصا وأصيب تسعة آخرون بجروح الثلاثاء في انفجار داخل منجم للحديد في ولاية لياونينغ بشمال شرق الصين، بحسب ما أفاد الإعلام الرسمي.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-2754-20180720", title: "انفجار غامض يقتل شخصين وسط إيران",
			text: "قتل شخصان، الجمعة، جراء انفجار لم تعرف أسبابه في معمل صناعي وسط إيران، بحسب ما ذكرت وكالات أنباء رسمية إيرانية.",
			not:  []string{"civilians"}},
		// Guards: a bomb at a factory, and an arms depot in Syria.
		{id: "guard-factory-bomb", title: "انفجار في مصنع يقتل أربعة",
			text: "قتل أربعة أشخاص في انفجار عبوة ناسفة زرعها مسلحون عند بوابة مصنع للإسمنت، بحسب الشرطة.",
			want: []string{"civilians"}},
		{id: "BB-middleEast-880-20180812", title: "39 قتيلا في انفجار مستودع بإدلب السورية",
			text: "قتل 39 شخصاً على الأقل، بينهم 12 طفلاً، في انفجار مستودع أسلحة وذخيرة في بلدة سرمدا في محافظة إدلب السورية قرب الحدود التركية.",
			want: []string{"civilians"}},
	})
}
