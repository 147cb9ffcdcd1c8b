package facets

import "testing"

// Pool SK-middleEast-1237: the US House bill barring aid to the areas the
// regime holds. The gold codes no actor ("regime only as territory holder /
// bill condition"); main gave syrian-government from the title and the two
// body clauses, each naming the regime as the holder of ground.
const m62grpAidBillTitle = "مشروع قانون أميركي يحظر المساعدات لمناطق سيطرة النظام السوري"

// TestActorM62grpRegimeHolds pins round 62's m62grp class
// (regimeHolds, actors_regimebackdrop.go): in an article that tells no
// event, the regime named only as the holder of ground ("مناطق سيطرة
// النظام"، "المناطق الخاضعة لسيطرة الحكومة السورية"، "التي تسيطر عليها
// الحكومة السورية"، "تحت حكم النظام السوري"), in the title too, is the
// backdrop of ruling rul45c-3(ii) and no party. Over the pool and blind
// gold articles the no-event articles whose every counted regime mention
// is such a holder are 3, none coded for the regime (pool
// SK-middleEast-1237, blind SK-middleEast-1208 and -1939). The want rows
// fail on main: the pool article, and two corpus articles the rule moves
// (SK-middleEast-249, flight from Afrin to the regime's areas;
// SK-middleEast-3868, the Nasib crossing, which rul45c-2 rules no party).
// Guards: the regime holding ground beside its own strike (an event), a
// holder in a title over the regime's spokesman on the war, and the
// regime as holder beside the regime speaking of its war in the lead.
func TestActorM62grpRegimeHolds(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-1237", title: m62grpAidBillTitle,
			text: "صوت مجلس النواب الأميركي لصالح مشروع قانون يحظر تقديم المساعدات للمناطق الواقعة تحت حكم النظام السوري. ويحظر مشروع القانون استخدام هذه الأموال في مناطق تسيطر عليها الحكومة السورية أو القوات المرتبطة بها.",
			not:  []string{"syrian-government"}},
		{id: "SK-middleEast-249", title: "فرار الآلاف من عفرين مع اقتراب القوات التركية وحلفائها",
			text: "وأفاد متحدث باسم حزب الاتحاد الديمقراطي بأن الفارين يتوجهون إلى المناطق الخاضعة لسيطرة الحكومة السورية.",
			not:  []string{"syrian-government"}},
		{id: "SK-middleEast-3868", title: "بعد 3 سنوات.. فتح معبر نصيب الحدودي بين الأردن وسوريا",
			text: "ولا تزال حدود سوريا مع تركيا مغلقة في المناطق التي تسيطر عليها الحكومة السورية لكنها مفتوحة فقط في منطقة تسيطر عليها المعارضة.",
			not:  []string{"syrian-government"}},
		// Guard: the regime's own strike is an event; its ground stays
		// a party's.
		{id: "holder beside a strike", title: m62grpAidBillTitle,
			text: "وقصفت قوات النظام السوري بلدة في ريف إدلب، فيما فر المدنيون إلى مناطق سيطرة النظام السوري.",
			want: []string{"syrian-government"}},
		// Guard: the regime speaking of its war in the lead.
		{id: "holder beside the regime speaking", title: "المعلم: الجيش سيواصل عملياته العسكرية ضد الإرهابيين",
			text: "وقال وزير الخارجية السوري وليد المعلم إن الجيش السوري سيواصل عملياته. وفر آلاف إلى المناطق الخاضعة لسيطرة الحكومة السورية.",
			want: []string{"syrian-government"}},
	})
}
