package facets

import "testing"

// TestActorNuclearTalk pins a foreign state named in a sentence of a
// nuclear programme, the deal on it or a military exercise where nobody
// fights (nuclearTalk, actors_statediplomacy.go) as no party: the
// Revolutionary Guard's chief rejecting the deal's resolution, Iran's
// programme in a quarrel over documents, the US army in Korean drills. The
// not rows fail on main. The guards: a nuclear sentence that ties Iran's
// presence to Syria, and a drill during which Israel's Iron Dome fires,
// keep the state.
func TestActorNuclearTalk(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-07-22-844", title: "الحرس الثوري الإيراني يرفض قرار الأمم المتحدة بشأن الاتفاق النووي",
			text: "نقلت وكالة تسنيم الإيرانية للأنباء عن محمد علي جعفري قائد الحرس الثوري الإيراني قوله إن قرار مجلس الأمن الدولي الذي جرى تمريره اليوم الاثنين ويقر الاتفاق النووي الإيراني غير مقبول.",
			not:  []string{"iran"}},
		{id: "FR-middleEast-388-20180501", title: "الولايات المتحدة تعتبر وثائق إسرائيل بشأن البرنامج النووي العسكري السري لإيران \"حقيقية\"",
			text: "أعلنت الولايات المتحدة أن الوثائق الاستخباراتية التي كشف عنها الاثنين، رئيس الوزراء الإسرائيلي بنيامين نتانياهو والمتعلقة بامتلاك إيران برنامجا نوويا عسكريا سريا، هي \"حقيقية\" وجديدة في مجملها بالنسبة للخبراء الأمريكيين.",
			not:  []string{"iran"}},
		{id: "SK-internationalNews-1709-20180522", title: "كوريا الشمالية \"تنفذ وعدها\".. وصحفيون أجانب في بيونغ يانغ",
			text: "لكن بيونغيانغ قطعت الاتصالات رفيعة المستوى مع سول بسبب مناورات عسكرية تجريها مع الجيش الأميركي.",
			not:  []string{"usa"}},
		// Guard: Iran's presence and a withdrawal from Syria in the sentence.
		{id: "FR-internationalNews-863-20180422", title: "ماكرون يؤكد عدم وجود \"خطة بديلة\" للاتفاق النووي ويحذر من سيطرة إيران على سوريا",
			text: "أعلن الرئيس الفرنسي إيمانويل ماكرون خلال مقابلة مع شبكة \"فوكس نيوز\" الأمريكية الأحد، عدم امتلاكه لخطة بديلة عن الاتفاق النووي مع طهران، وحذر من تعاظم الوجود الإيراني في منطقة الشرق الأوسط في حال انسحبت فرنسا والولايات المتحدة بشكل مبكر من سوريا.",
			want: []string{"iran"}},
		// Guard: Israel's Iron Dome fires during Hamas's drill.
		{id: "AL-internationalNews-623-20180326", title: "\"القبة الحديدية\" الإسرائيلية تطلق 20 صاروخا تجاه غزة",
			text: "أفاد مراسل العربية أن منظومات القبة الحديدية الإسرائيلية أطلقت أكثر من 20 صاروخ اعتراض، بسبب نيران رشاشات ثقيلة اطلقتها كتائب القسام من شمال غزة خلال مناورات لها, وأوضح المراسل أنه لَم تسقط صواريخ جنوب #إسرائيل.",
			want: []string{"israel"}},
	})
}

// TestActorDualSpeaker pins a state that speaks with another by a dual
// verb (dualSpeechVerbs, actors_statediplomacy.go) as no party; the not row
// fails on main. The guard (made up): two states' warplanes that strike
// by a dual verb stay.
func TestActorDualSpeaker(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-07-25-804", title: "«التعاون الإسلامي» وأميركا تدينان هجمات «بوكو حرام» في الكاميرون ونيجيريا",
			text: "أدانت منظمة التعاون الإسلامي الهجوم الإرهابي الذي وقع يومي الأربعاء والخميس في الكاميرون ونيجيريا، مما أدى إلى مقتل 37 شخصاً.",
			not:  []string{"usa"}},
		// Guard (made up): the dual verb of a strike.
		{id: "made-up guard", title: "غارات على الرقة",
			text: "وقالت مصادر محلية إن الطائرات الحربية الأميركية والروسية تقصفان مواقع تنظيم داعش في ريف الرقة منذ أيام.",
			want: []string{"usa", "russia"}},
	})
}

// TestActorTradeFight pins a state in a trade war's figurative fighting
// (tradeFight, actors_statediplomacy.go) or a Security Council veto
// (vetoWords) as no party: "معارك تجارية"، "بضربة اقتصادية"، "حق النقض". The not rows fail on main. The guard (made up): a
// sentence of tariffs whose state's warplanes also strike keeps it.
func TestActorTradeFight(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-economy-207-20180805", title: "الحرب التجارية: ضحايا ترامب على مختلف الجبهات في العالم",
			text: "وكانت الولايات المتحدة قد انخرطت في معارك تجارية على أكثر من جبهة خلال الأشهر الماضية.",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-1586-20180515", title: "ترامب يبدأ \"الحملة القوية\" على إيران بضربة اقتصادية",
			text: "أعلنت وزارة الخزانة الأميركية، الثلاثاء، فرض عقوبات على محافظ البنك المركزي الإيراني، و3 أفراد آخرين.",
			not:  []string{"usa", "iran"}},
		{id: "CN-middleEast-562-20180410", title: "فيتو روسي ضد مشروع القرار الأمريكي لتحقيق مستقل بشأن استخدام الأسلحة الكيماوية في سوريا",
			text: "أتلانتا، الولايات المتحدة الامريكية (CNN)-- استخدمت روسيا، الثلاثاء، حق النقض \"الفيتو\" ضد مشروع القرار الأمريكي حول إجراء تحقيق مستقل بشأن الدعاوى المتعلقة باستخدام الأسلحة الكيماوية في مدينة دوما السورية. وأتى التصويت خلال اجتماع طارئ لمجلس الأمن الدولي عرضت فيه الولايات المتحدة بمسودتها إنكارها للهجوم الكيماوي المشتبه به، وطالبت بالمساعدات الإنسانية \"للمنطقة التي طالها الهجوم\" ودعت لإجراء تحقيق مستقل.",
			not:  []string{"russia"}},
		// Guard (made up): tariffs and strikes in one sentence.
		{id: "made-up guard", title: "غارات على الرقة",
			text: "وفيما فرضت الولايات المتحدة رسوما جمركية على الصلب الصيني، شنت طائراتها الحربية غارات على مواقع تنظيم داعش في الرقة.",
			want: []string{"usa"}},
	})
}
