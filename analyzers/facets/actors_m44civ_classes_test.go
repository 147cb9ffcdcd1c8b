package facets

import (
	"testing"
	"time"
)

// TestActorM44civGassedPersons pins round 43's ruling 6 (gassedPersons,
// actors_civgassed.go): a chemical attack's dead told only as persons
// (شخصا، أشخاص) are no civilians where the article names no civilians,
// residents, women or children. The first three rows fail before m44civ.
// Guards: a civilian word elsewhere in the article keeps them (the ruling
// leaves that case aside), Salisbury's nerve agent keeps its persons, and
// persons killed in a bombing without gas stay civilians.
func TestActorM44civGassedPersons(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-952-20180411 (one sentence)", title: "بريطانيا تحرك غواصات صوب سوريا.. واجتماع وزاري حاسم",
			text: "ويأتي ذلك بعد هجوم يشتبه أنه نفذ بغاز سام في سوريا وأسفر عن مقتل ما لا يقل عن 60 شخصا وإصابة أكثر من ألف آخرين حسبما أفادت منظمة إغاثة سورية.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-979-20180412 (one sentence)", title: "ترامب يصّعد.. اجتماعات حاسمة وتفويض ضربة سوريا قائم",
			text: "وأسفر الهجوم الكيماوي في دوما عن مقتل 150 شخصا وإصابة أكثر من ألف بحالات اختناق، وفق المرصد السوري لحقوق الإنسان.",
			not:  []string{"civilians"}},
		{id: "FR-internationalNews-2183-20180706 (title)", title: "اليابان: إعدام سبعة أشخاص من جماعة أوم بعد إدانتهم بتنفيذ هجوم بغاز السارين في 1995",
			text: "أعدمت اليابان الجمعة زعيم جماعة أوم الحقيقة وستة من أتباعها.",
			not:  []string{"civilians"}},
		// Guard: a civilian word elsewhere in the article.
		{id: "corpus: Douma toll beside المدنيين", title: "باريس تدين هجمات دوما",
			text: "وأسفر الهجوم الكيماوي في دوما عن مقتل 150 شخصا وإصابة أكثر من ألف بحالات اختناق.\nوقال البيان إن استمرار استخدام الأسلحة الكيماوية ضد المدنيين يبعث على قلق شديد.",
			want: []string{"civilians"}},
		// Guard: no gas in the sentence.
		{id: "corpus: bombing toll", title: "مقتل 27 شخصا في تفجير انتحاري جنوب تركيا",
			text: "قتل 27 شخصا وأصيب نحو 100 آخرين في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorM44civBurnedVictims pins burnedVictimMentions
// (actors_civarson.go): a child, an infant or a family right after a
// burning masdar or plural verb are civilians. The first three rows fail
// before m44civ. Guards: a burned flag, tyres or a house names no victim,
// and a soldier burned alive is no civilian.
func TestActorM44civBurnedVictims(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-01-1218 (lead)", title: "وزير الخارجية: جريمة حرق الرضيع الفلسطيني إرهابية ووحشية",
			text: "دان وزير الخارجية السعودي عادل الجبير جريمة حرق الرضيع الفلسطيني علي دوابشة على يد مستوطنين إسرائيليين فجر اليوم في مدينة نابلس بالضفة الغربية المحتلة.",
			want: []string{"civilians"}},
		{id: "2015-08-03-153 (lead)", title: "متطرفون يهود يهددون بقتل الرئيس الإسرائيلي لشجبه حرق العائلة الفلسطينية",
			text: "شنت عصابات الإرهاب اليهودية على الرئيس الإسرائيلي حملة تحريض شرسة بسبب هجومه الشديد على الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية في قرية دوما، فجر الجمعة الماضي.",
			want: []string{"civilians"}},
		{id: "corpus: إحراق عائلة الدوابشة", title: "عباس يطالب بمحاكمة دولية",
			text: "طالب الرئيس الفلسطيني بلجنة تحقيق دولية في جريمة إحراق عائلة الدوابشة في قرية دوما جنوب نابلس على يد مستوطنين.",
			want: []string{"civilians"}},
		// Guards: no victim after the burning word.
		{id: "corpus: حرق العلم", title: "محتجون يحرقون العلم الأمريكي أمام السفارة",
			text: "أحرق محتجون العلم الأمريكي وإطارات السيارات أمام السفارة في العاصمة.",
			not:  []string{"civilians"}},
		{id: "corpus: حرق المنزل", title: "حريق يلتهم منزلا في جدة",
			text: "أتى حرق المنزل على محتوياته بالكامل دون وقوع إصابات.",
			not:  []string{"civilians"}},
		// Guard: a soldier burned alive.
		{id: "corpus: حرق الطيار", title: "داعش ينشر فيديو حرق الطيار الأردني",
			text: "نشر تنظيم داعش فيديو يظهر حرق الطيار الأردني معاذ الكساسبة حيا.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorM44civBurnedVictimsDated guards burnedVictimMentions against a
// burning recalled with its year (2015-07-21-2053, whose gold codes no
// civilians).
func TestActorM44civBurnedVictimsDated(t *testing.T) {
	f := Extract("إسرائيل: السجن 20 عاماً لأي فلسطيني سيرشقنا بالحجارة",
		"وكانت الحكومة قد شددت العقوبات عقب المظاهرات الفلسطينية عام 2014 بشأن حرب غزة وبعد إحراق شاب فلسطيني حتى الموت.", time.Time{})
	hasNone(t, "2015-07-21-2053 actors", f.Actors, "civilians")
}
