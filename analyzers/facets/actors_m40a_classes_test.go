package facets

import "testing"

// TestActorStrongPreWarYear pins a foreign force named by its own name (a
// strong mention) in a clause another war's history dates before the Syrian
// war, by a year written as a date within strongPreWarReach words of it
// (preWarYear with marked, actors_statedisaster.go), as no party: Israel's
// army in the Druze's 1948 pact, the Revolutionary Guard in a 1990 flight,
// the Suez war of 1956 under its Arab name. The not rows fail before m40a.
// The guards: a count that spells a year ("تحييد 1931 إرهابيا"), a year that
// starts a period running to today ("منذ عام 1984"), a year far off in a
// long sentence (an anniversary) and a year since the war began keep the
// force.
func TestActorStrongPreWarYear(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-830-20180803", title: "تعرف على طائفة \"الموحدين العرب\" الدروز",
			text: "وتقول بعض المصادر أن الدروز أبرموا اتفاقاً مع إسرائيل عام 1948، وحصلوا على امتيازات مقابل قبولهم بالخدمة الإجبارية في الجيش الإسرائيلي.",
			not:  []string{"israel"}},
		{id: "SK-middleEast-3626-20180911", title: "300 شاهد و3 آلاف \"قرينة\" لإدانة قتلة رفيق الحريري",
			text: "وهرب بعد الغزو العراقي للكويت عام 1990 إلى إيران، وأعاده الحرس الثوري الإيراني إلى بيروت.",
			not:  []string{"iran"}},
		{id: "SK-economy-230-20180327", title: "\"دبلوماسية السفن الحربية\" تتسبب بمحاصرة تركيا أوروبيا",
			text: "وقبرص العضو في الاتحاد الأوروبي مقسمة منذ اجتياح القوات التركية للشطر الشمالي من الجزيرة عام 1974.",
			not:  []string{"turkey"}},
		{id: "SK-internationalNews-107-20180223", title: "\"إبادة الأرمن\".. الاعتراف بالجريمة الكبرى تلاحق تركيا",
			text: "وبحسب مؤرخين استمرت القتل الجماعي حتى عام 1922، حين دخلت القوات التركية مدينة إزمير في سبتمبر عام 1922.",
			not:  []string{"turkey"}},
		// Guard: a count is no year (the weak reading's "1931" would be).
		{id: "CN-middleEast-87-20180224", title: "الجيش التركي: تحييد 1931 إرهابيا للآن بعمليات غصن الزيتون",
			text: "أعلن الجيش التركي تحييد 1931 إرهابيا منذ انطلاق عملية غصن الزيتون في عفرين.",
			want: []string{"turkey"}},
		// Guard: a year that starts a period running to today.
		{id: "2015-07-27-1043", title: "أوغلو: لا توجد خطط لإرسال تركيا قوات برية إلى سوريا",
			text: "وقالت مصادر أمنية إن طائرات تركية مقاتلة هاجمت معسكرات حزب العمال الكردستاني في شمال العراق لليلة الثانية في حملة قد تنهي عملية سلام تهدف إلى إنهاء تمرد منذ عام 1984.",
			want: []string{"turkey"}},
		// Guard: an anniversary's year far off in a long sentence.
		{id: "SK-middleEast-2163-20180605", title: "إسرائيل تعتقل مصلين من ساحات الأقصى",
			text: "أعلنت المديرية العامة للأوقاف في القدس، الثلاثاء، أن القوات الإسرائيلية اعتقلت عددا من المصلين من إحدى ساحات المسجد الأقصى، تزامنا مع الذكرى الخمسين لنكسة يونيو 1967.",
			want: []string{"israel"}},
		// Guard: a year of the war in the sentence keeps the force.
		{id: "made-up guard", title: "غارة إسرائيلية على موقع في سوريا",
			text: "وشن الجيش الإسرائيلي غارة جوية على موقع عسكري قرب دمشق عام 2018، في أكبر هجوم منذ حرب عام 1973.",
			want: []string{"israel"}},
	})
}
