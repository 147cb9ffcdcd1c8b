package facets

import (
	"testing"
	"time"
)

// Round 63's m63civ: a family a killing or an attack hit is civilians,
// though no civilians alias names it: right after a harm word ("قتل أسرة"،
// "مقتل أبناء العائلة") or after "على" with an attack noun or a launching
// masdar before it ("هجوم الخميس الماضي على عائلة"، "إطلاق الكلاب على
// عائلة") (familyVictimMentions, actors_civfamily.go). The first three rows
// fail on main; the guards hold on main and branch.
func TestActorM63civFamilyVictims(t *testing.T) {
	// pool SK-internationalNews-1583-20180515 (gold: civilians, as dev
	// BB-internationalNews-674 on a lone man's assault of a refugee).
	const magdeburgTitle = "فيديو يفضح العنصرية.. إطلاق الكلاب على عائلة سورية"
	const magdeburgText = "ذكرت تقارير إعلامية أن شابا ألمانيا وجه \"شتائم عنصرية\" لعائلة من اللاجئين السوريين قبل أن يطلق على رب الأسرة كلبين ليعضاه، في مدينة ماغديبورغ، في ولاية ساكسونيا أنهالت. وأوضح موقع مجلة \"فوكس\"، الألمانية، الاثنين، أن كلبين شرسين هاجما رب الأسرة السوري، 29 عاما، وقاما بعضه أكثر من مرة، مما خلف إصابات وصفت بـ\"الخطيرة\". وبحسب مصادر في الشرطة فإن تلك الإصابات استدعت نقل الرجل إلى المستشفى."
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-1583-20180515", title: magdeburgTitle, text: magdeburgText,
			want: []string{"civilians"}},
		// blind 2015-07-22-239: a Houthi shelling in Aden (gold: civilians).
		{id: "2015-07-22-239", title: "وصول أول سفينة مساعدات أممية إلى ميناء عدن",
			text: "وقال سكان ومقاتلون محليون، إن قصفا شنه الحوثيون قتل أسرة من ثمانية أفراد في منطقة دار سعد.",
			want: []string{"civilians"}},
		// blind 2015-08-07-101: a war's leftover missile in Rafah (gold:
		// civilians).
		{id: "2015-08-07-101", title: "انفجار صاروخ إسرائيلي قديم في رفح",
			text: "وكانت طواقم فنية تقوم بإزالة ركام منزل مدمر يعود لعائلة أبو نقيرة في مدينة رفح، فانفجر صاروخ أدى إلى مقتل أبناء العائلة وجرح آخرين، وتسبب بدمار أجزاء في منازل مجاورة.",
			want: []string{"civilians"}},
		// Guards. A fire's dead (corpus FR-internationalNews-2462, the
		// Attica wildfires).
		{id: "guard-fire", title: "اليونان تحصي خسائرها",
			text: "وتحدث ناجون عن مشاهد مروعة ومنها مصرع عائلات داخل المنازل التي حاصرتها النيران.",
			not:  []string{"civilians"}},
		// A brawl denied (corpus AL-culture-578): "اعتداء" is no attack
		// noun here.
		{id: "guard-brawl", title: "زينة تنفي اعتداءها على أسرة أميركية في دبي",
			text: "نفت الفنانة المصرية المعروفة زينة اعتداءها على أسرة أميركية في دبي خلال وجودها في فندق، وأصدرت بياناً أكدت فيه عدم صحة ما ورد على لسان الأب.",
			not:  []string{"civilians"}},
		// A family as the story's source, after no harm word.
		{id: "guard-source", title: "أسرة تطالب بالكشف عن مصير ابنها",
			text: "وقالت أسرة السراديح إنها تسعى لمعرفة مصير ابنها.",
			not:  []string{"civilians"}},
		// A dated family killing is the sentence's history.
		{id: "guard-year", title: "ذكرى",
			text: "وكان قصف قد أدى إلى مقتل أبناء العائلة في عام 2014.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
