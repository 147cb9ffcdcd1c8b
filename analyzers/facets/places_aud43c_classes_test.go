package facets

import "testing"

// TestPlaceCrossingTwin pins a border town that is also a word (نصيب "a
// share") read beside its crossing's other side, the Jordanian جابر, right
// after a crossing word (round 43, aud43c): news of the Jaber–Nasib
// crossing's reopening names the pair with neither Daraa named nor Syria
// right after the name, and the blind codings of rounds 37–42 code Nasib
// there (a facility named after a town is a mention of it, the guide).
func TestPlaceCrossingTwin(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the twin before the name, joined by a hyphen", id: "SK-middleEast-3861-20181014", title: "الأردن وسوريا تعلنان فتح المعبر الحدودي بينهما الاثنين",
			text:  "وأضافت جمانة غنيمات أن \"معبر جابر-نصيب الحدودي بين البلدين الشقيقين يعد شريانا حيويا لحركة التجارة بين الأردن وسوريا، وعبرهما إلى العديد من الدول\".",
			towns: []string{"C5999"}},
		{class: "the twin before the name, in brackets", id: "CN-middleEast-1542-20181015", title: "بعد فتح معبر \"جابر- نصيب\".",
			text:  "قال أمين عام وزارة النقل الأردنية، أنمار الخصاونة، إن حركة العبور خلال افتتاح معبر (جابر- نصيب) بين الأردن وسوريا، الاثنين، كانت \"إيجابية\" قياسا باليوم الأول بعد انقطاع لسنوات.",
			towns: []string{"C5999"}},
		{class: "the twin before the name, a space between", id: "CN-middleEast-1533-20181015", title: "CNN ترصد اللحظات الأولى لافتتاح معبر جابر نصيب بين الأردن وسوريا",
			text:  "رصدت CNN بالعربية، صباح الإثنين، اللحظات الأولى التي صاحبت أجواء افتتاح معبر جابر نصيب الحدودي بين الأردن سوريا.",
			towns: []string{"C5999"}},
		{class: "the twin after the name", id: "CN-middleEast-1534-20181015", title: "فتح معبر القنيطرة المغلق منذ 4 سنوات بين سوريا والجولان",
			text:  "كما تم فتح معبر نصيب-جابر الذي يربط سوريا بالأردن في الثامنة صباحاً بالتوقيت المحلي، وللمرة الأولى منذ عام 2015.",
			towns: []string{"C5999"}},
		// A guard: without a crossing word before it the pair may be a
		// person's two names (جابر نصيب, "Jaber son of Nasib"), so it is
		// not read, even where, as here, it is the crossing.
		{class: "the pair with no crossing word", id: "CN-middleEast-1536-20181015", title: "على غرار \"جابر نصيب\".. افتتاح معبر القنيطرة في الجولان",
			text:     "هذا يوم تاريخي لسوريا، لأنه يبرز إعادة ارتباط البلد بجيرانه.",
			notTowns: []string{"C5999"}},
	})
}
