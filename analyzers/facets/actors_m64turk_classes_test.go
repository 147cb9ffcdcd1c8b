package facets

import "testing"

// TestTurkeyPKKWar pins round 64's m64turk class: a war's act (a strike, a
// fight, an operation, "ضد") up to seven words before "حزب العمال
// الكردستاني" in one sentence is Turkey's war on the PKK
// (pkkTargetMentions, actors_pkkwar.go; golds 66 coded / 0 not). The want
// rows fail on main. Guards: the KDP struck by Iran, a peace process, and
// a party's programme of confronting the PKK give no Turkey.
func TestTurkeyPKKWar(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool fresh 2015-08-11-258 (gold turkey).
		{id: "2015-08-11-258", title: "اسطنبول.. مظاهرات تطالب بوقف القتال ضد حزب العمال الكردستاني - فيديو",
			text: "تجمع آلاف المتظاهرين في اسطنبول يوم الأحد للتعبير عن رفضهم للعمليات العسكرية ضد عناصر حزب العمال الكردستاني.",
			want: []string{"turkey"}},
		// pool fresh 2015-08-02-1162 (gold turkey).
		{id: "2015-08-02-1162", title: "الاختلاف على الإرهاب يطيل عمره",
			text: "فالجميع متفق على حرب «داعش» - بعد تردد تركيا في المرحلة الماضية - لكنهم مختلفون حول ضرب حزب العمال الكردستاني الذي دخل في قتال ضد الدولة التركية.",
			want: []string{"turkey"}},
		// Guard: blind CN-middleEast-1323-20180908 (not coded turkey):
		// the KDP, no PKK.
		{id: "CN-middleEast-1323-20180908", title: "مقتل وجرح العشرات بقصف على مقر حزب كردي",
			text: "قتل عدد من الأشخاص وجرح آخرون في قصف صاروخي استهدف مقر الحزب الديمقراطي الكردستاني.",
			not:  []string{"turkey"}},
		// Guard: corpus 2015-07-27-211's peace process.
		{id: "2015-07-27-211", title: "رئيس إقليم كردستان يدعو إلى العودة للمفاوضات",
			text: "رأينا أنها فرصة سانحة لنساعد في إطلاق عملية سلام بين الحكومة وحزب العمال الكردستاني.",
			not:  []string{"turkey"}},
		// Guard: blind 2015-08-01-109 (not coded turkey): a party's
		// conditions.
		{id: "2015-08-01-109", title: "شكوك المعارضة ترجح خيار الانتخابات المبكرة",
			text: "وأعاد بهتشلي سرد شروط حزبه: مواجهة تنظيم حزب العمال الكردستاني الإرهابي في كل أنحاء البلاد.",
			not:  []string{"turkey"}},
	})
}
