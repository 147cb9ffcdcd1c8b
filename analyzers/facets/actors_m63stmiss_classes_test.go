package facets

import "testing"

// TestTurkeyObservationPosts pins round 63's m63stmiss class: an
// observation post phrase ("نقطة مراقبة"، "موقعا للمراقبة") in a sentence
// that names Turkey, in an article about Syria, is Turkey's troops on
// Syrian ground (turkeyPostsMentions, actors_turkeyposts.go; ruling
// rul45b-2). The want rows fail on main. Guard: Turkey's own border
// monitoring towers, in an article that names no Syria, give nothing by
// the posts.
func TestTurkeyObservationPosts(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool holdout-41 BB-middleEast-953-20180907 (gold turkey).
		{id: "BB-middleEast-953-20180907", title: "قمة ثلاثية في طهران لـ\"تحديد مصير\" إدلب السورية",
			text: "ولكن الجارة تركيا لديها نفوذ محدود عليهم، إلا أنها تدعم جماعات معارضة مسلحة أخرى وأنشأت 12 نقطة مراقبة حول المحافظة.",
			want: []string{"turkey"}},
		// pool holdout-58 SK-middleEast-3741-20181004 (gold turkey).
		{id: "SK-middleEast-3741-20181004", title: "أردوغان: لن نغادر سوريا قبل أن يجري السوريون انتخاباتهم",
			text: "وقال أردوغان إنه إضافة إلى 12 موقعا للمراقبة تديرها تركيا في المنطقة، تدير روسيا عشرة مواقع وإيران ستة.",
			want: []string{"turkey"}},
		// Guard: corpus SK-internationalNews-1976-20180605's last
		// sentence, Turkey's frontier, no Syria named.
		{id: "SK-internationalNews-1976-20180605", title: "تركيا تتباهى بمضاعفة عدد جنودها بالعراق.. وتهدد بتوغل جديد",
			text: "وأشار يلدرم إلى أن جهود تركيا لحماية حدودها من خلال بناء الجدران وإنشاء مراكز للمراقبة الإلكترونية ستستمر حتى يتم تأمين جميع حدودها، من مقاطعة هاتاي الجنوبية الشرقية إلى مقاطعة إيدر الشرقية.",
			not:  []string{"turkey"}},
	})
}
