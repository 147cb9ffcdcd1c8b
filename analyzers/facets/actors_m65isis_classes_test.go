package facets

import "testing"

// TestISISWithAggression pins round 65's m65isis class: ISIS joined by و
// to a state's aggression ("ضد داعش والعدوان التركي"، "مقاومة العدوان
// التركي وتنظيم داعش الإرهابي"، "من جانب تنظيم داعش والعدوان الإيراني") is
// a speaker's two named enemies, no act of ISIS (isisWithAggression,
// actors_isisaggression.go). Sentences from the corpus, each shortened to
// its title and the sentence; the not rows fail before the rule. Guard:
// ISIS joined by و to another threat ("ضد داعش وغيرها من التهديدات
// الإرهابية", the US support to Iraq's border, gold isis) keeps isis.
func TestISISWithAggression(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool dev CN-middleEast-43-20180220 (gold: "ISIS only in SANA's
		// stated aims (excluded)").
		{id: "CN-middleEast-43-20180220", title: "قوات موالية للنظام السوري تصل عفرين لـ\"لمواجهة عدوان تركيا\"",
			text: "دبي، الإمارات العربية المتحدة (CNN)— وصلت قوات موالية للنظام السوري، الثلاثاء، إلى منطقة عفرين لـ\"دعم الأهالي ضد داعش والعدوان التركي\" وفقا لما نقلته وكالة الأنباء السورية الرسمية.\nوأضاف التقرير أن \"القوات الشعبية ستنخرط في مقاومة العدوان التركي وتنظيم داعش الإرهابي وذلك في إطار دعم الأهالي والدفاع عن وحدة أراضي سورية وسيادتها\".",
			not:  []string{"isis"}},
		// blind CN-middleEast-56-20180221 (gold: pro-government-militias,
		// turkey, ypg).
		{id: "CN-middleEast-56-20180221", title: "دفعة جديدة من القوات الموالية للأسد تصل عفرين.. وتركيا تهدد باستهدافها",
			text: "وذكرت الوكالة أن الدفعة الثانية وصلت للمساهمة في دعم الأهالي المدافعين عن قراهم ومنازلهم ضد هجمات إرهابيي داعش وعدوان النظام التركي ومرتزقته من التنظيمات الإرهابية التكفيرية\".",
			not:  []string{"isis"}},
		// pool holdout-35 AL-internationalNews-1124-20180512 (gold: usa;
		// "ISIS and Iran only as threats in a statement").
		{id: "AL-internationalNews-1124-20180512", title: "واشنطن تتعهد بمواصلة دعم الجيش اللبناني",
			text: "وقالت إن التعاون بين الولايات المتحدة ولبنان اكتسب أهمية إضافية في ضوء التهديدات المستمرة القادمة من سوريا بما في ذلك التحديات المستمرة من جانب تنظيم داعش والعدوان الإيراني\".",
			not:  []string{"isis"}},
		// Guard: pool CN-middleEast-1125-20180606 (gold isis), its body's
		// sentence alone (its title names ISIS too).
		{id: "CN-middleEast-1125-20180606", title: "",
			text: "حيث ستساعد في ضمان حصول حكومة العراق على الدعم الذي تحتاجه لتأمين حدودها بالكامل ضد داعش وغيرها من التهديدات الإرهابية، وذلك فقاً لاتفاقية الإطار الاستراتيجي مع العراق.",
			want: []string{"isis"}},
	})
}
