package facets

import "testing"

// Pool 2015-08-06-3001 (SaudiNewsNet, Okaz): a Turkish analyst on "الحرب
// التي تشنها تركيا على الارهاب المتمثل بتنظيم داعش". The gold codes turkey
// (Turkey's war on ISIS and the PKK); main gave none: Turkey's bare name is
// read only as turkeyAgentMentions reads it, and a war noun heads no clause
// campaignClauseAuthor reads.
const m59amissOkazTitle = "أنقرة ليست بحاجة إذن لمحاربة الإرهاب"
const m59amissOkazText = "أكد المحلل السياسي التركي ياسن اقطاي ان الحرب التي تشنها تركيا على الارهاب المتمثل بتنظيم داعش او بالمجموعات الكردية الانفصالية الارهابية «هي حرب شرعية» بعد سيل الممارسات الاستفزازية والاجرامية التي قامت بها هذه المجموعات ضد المصالح التركية وأمن واستقرار البلد.\nوأضاف اقطاي في تصريح خاص بـ«عكاظ»، «تركيا ليست بحاجة إذن من اي دولة او مجموعة لكي تدافع عن مصالحها وعن امنها واستقرارها، فهذه الحرب التي بدأت ضد الارهاب لن تتوقف قبل انهاء المخاطر والتهديدات الموجهة لتركيا وأمنها، هناك منطقة آمنة ستشكل بفعل هذه الحرب وهي ستضمن ابتعاد الارهابيين عن اي تماس مع الاراضي التركية».\nوختم اقطاي قائلا «تركيا ومنذ اللحظة الاولى وقفت الى جانب الشعب السوري وضد الارهاب، والدول التي حاولت الصاق تهمة دعم الارهاب بتركيا هي الدول نفسها التي اطلقت هذه المجموعات الارهابية ومولتها وسهلت سيطرتها على كثير من المواقع، إن في سوريا او في العراق»."

// TestActorM59amissWarWaged pins round 59's m59amiss class (warWager,
// actors_warwaged.go): a state that wages or leads a war whose foe is terror
// or a named armed actor is a party, in three orders — the verb before the
// name and the war noun after it, the verb and the war noun after the name,
// the war noun heading a relative clause whose verb stands before the name.
// Over the pool and blind gold articles the three orders are coded for the
// state in 11 articles and not in none. The want rows fail on main: pool
// 2015-08-06-3001, 2015-07-26-214 and 2015-08-03-149, and the corpus's
// CN-internationalNews-534. Guards: a trade war by adjective in both orders,
// a war on corruption and on drugs, a relative clause with an adjective
// between the war and its clause.
func TestActorM59amissWarWaged(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-06-3001", title: m59amissOkazTitle, text: m59amissOkazText, want: []string{"turkey"}},
		{id: "2015-07-26-214", title: "تركيا.. اعتقال نحو 2000 شخص ينتمون لتنظيمات إرهابية - فيديو",
			text: "أعلن وزير الخارجية التركي مولود جاويش أوغلو عن نجاح الوحدات الأمنية في توقيف نحو 2000 شخص بتهمة الانضمام إلى جماعات إرهابية، ومنع 1800 إرهابي من دخول البلاد، مشيرا إلى أن تركيا تخوض حربا ضد الإرهاب وخصوصا إرهاب \"داعش\".",
			want: []string{"turkey"}},
		{id: "2015-08-03-149", title: "كيري يستبق اللقاء الثلاثي في الدوحة باجتماع مع نظرائه الخليجيين",
			text: "وتقود الولايات المتحدة الحرب على الإرهاب، واعتبرت واشنطن أن خطر تنظيم داعش يمثل الأولوية القصوى في سياستها تجاه المنطقة.",
			want: []string{"usa"}},
		{id: "CN-internationalNews-534", title: "خبير بالشؤون التركية لـCNN: أنقرة تواجه أزمتين منفصلتين",
			text: "الاتراك قاموا بتطوير علاقاتهم مع الروس وعقدوا الحرب التي تخوضها واشنطن ضد تنظيم داعش في سوريا.",
			want: []string{"usa"}},
		{id: "trade war, verb first", title: "الأسواق",
			text: "وتشن الولايات المتحدة حربا تجارية على الصين منذ أشهر.",
			not:  []string{"usa"}},
		{id: "trade war, relative", title: "الأسواق",
			text: "وتضررت الشركات من الحرب التجارية التي تشنها الولايات المتحدة على الصين.",
			not:  []string{"usa"}},
		{id: "war on corruption", title: "أنقرة",
			text: "وقال الوزير إن تركيا تخوض حربا على الفساد في مؤسسات الدولة.",
			not:  []string{"turkey"}},
		{id: "war on drugs", title: "المخدرات",
			text: "وتقود الولايات المتحدة الحرب على المخدرات في أمريكا اللاتينية منذ عقود.",
			not:  []string{"usa"}},
	})
}
