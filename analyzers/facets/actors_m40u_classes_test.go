package facets

import "testing"

// TestActorRoutSentence pins a group named once after the lead in a
// sentence that tells its fighters fled their positions (routSentence,
// actors_match.go), or holding out (Derna's "يتحصنون ... مع عدد من
// عناصر داعش"), or fleeing before an advance: Derna's "مسلحي القاعدة فروا من مواقعهم، أمام تقدم
// الجيش" is the side routed, a party to the battle, which passingMention
// dropped as an aside (the want row fails on the branch's start). The
// guards: people fleeing their homes, and a group named once beside
// nothing of a rout, stay asides.
func TestActorRoutSentence(t *testing.T) {
	lead := "أعلن الجيش الوطني الليبي السيطرة على أحياء وسط درنة في شرق ليبيا، بعد أن شن هجوما بريا على مناطق تتمركز فيها العناصر الإرهابية. "
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-2508-20180621", title: "قتلى من الجيش الليبي في درنة",
			text: lead + "وقال المسماري لقناة ليبيا التلفزيونية إن المعركة الرئيسية انتهت. وذكرت مصادر عسكرية ليبية أن مسلحي القاعدة فروا من مواقعهم، أمام تقدم الجيش، فيما يطارد الجيش المسلحين في آخر معاقلهم بأزقة حي المغار.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-2498-20180620", title: "قتلى من الجيش الليبي في درنة",
			text: lead + "وقال المسماري لقناة ليبيا التلفزيونية إن المعركة الرئيسية انتهت. وقالت مصادر عسكرية لـ\"سكاي نيوز عربية\" إن نحو 50 إرهابياً، من بينهم أجانب، يتحصنون في حي المغار مع عدد من عناصر داعش.",
			want: []string{"isis"}},
		// The sentence of SK-economy-172 (a blind miss), with a lead of
		// our own: the full article still misses the army for another
		// reason, which this round did not settle.
		{id: "SK-economy-172-20180319 (sentence)", title: "بغداد تخفض حصة كردستان في الميزانية",
			text: "أقر البرلمان العراقي ميزانية العام الجديد بعد خلاف طويل مع أربيل. وبموجب الدستور العراقي، يملك إقليم كردستان العراق حصة في ميزانية الدولة، لكن هذا الاتفاق انهار في 2014 عندما فر الجيش العراقي من الشمال أمام تقدم متشددي تنظيم داعش.",
			want: []string{"iraqi-forces"}},
		// Guard: residents fleeing their homes are no rout.
		{id: "made-up guard", title: "قتلى من الجيش الليبي في درنة",
			text: lead + "وقال المسماري لقناة ليبيا التلفزيونية إن المعركة الرئيسية انتهت. وقال الباحث إن أفكار تنظيم القاعدة لم تعد تجذب الشباب بعد أن فر السكان من منازلهم.",
			not:  []string{"al-qaeda"}},
		// Guard: "مواقعهم" with no flight verb before it (websites).
		{id: "made-up guard 2", title: "قتلى من الجيش الليبي في درنة",
			text: lead + "وقال المسماري لقناة ليبيا التلفزيونية إن المعركة الرئيسية انتهت. وقال الباحث إن أنصار تنظيم القاعدة نشروا البيان على مواقعهم الإلكترونية.",
			not:  []string{"al-qaeda"}},
	})
}
