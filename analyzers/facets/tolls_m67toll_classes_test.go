package facets

import "testing"

// TestKilledM67toll pins round 67's m67toll changes to the toll readers.
// The first row is rul67g-1 (c): a paper's legal analysis of the death
// penalty the Texas school shooter escapes, the shooting of last Friday
// told beside it in the lead (adjudicated gold null); round 46's
// recentLeadKilling guard kept its 10 and fails it on main. The second is
// m66kill's lead "ما أودى بحياة N": a boat sinking whose consequence
// clause counts its dead, unread on main. The guards: the investigating
// ministry's own follow-up keeps the bombing's toll (rul67g-1 d, round 17)
// because naming the bomber is no court step (courtStepHead reads no court
// or arrest there, so neither courtStepStory's dating nor the dropped
// guard is reached: a pin of the kind, not of this round's change); and
// "الذي أودى بحياة" inside a sentence stays a relative clause about an
// earlier event, unread (newsClause; fails if tookLivesConsequence reads
// every opener).
func TestKilledM67toll(t *testing.T) {
	checkKilled(t, []tollCase{
		{"SK-internationalNews-1680-20180520", "تكساس.. عام واحد أنقذ منفذ مذبحة الطلاب من الإعدام",
			"قالت صحيفة \"يو إس إيه توداي\" إن حكما للمحكمة الفيدرالية العليا في 2015 قد يقف حائلا دون إعدام الشاب المسلح (17 عاما) الذي قتل 10 في مدرسته الثانوية بتكساس، الجمعة الماضية، وذلك رغم قوانين الولاية الأميركية الصارمة بشأن العقاب على جرائم القتل.\nفعلى مدار 100 عام، تعاملت تكساس مع من يبلغ العمر 17 عاما فصاعدا باعتبارهم من البالغين عندما يرتكبون جريمة ما.",
			"2018-05-20 14:09", -1},
		{"AL-internationalNews-1982-20180718", "غرق قارب يحمل 160 مهاجراً شمال قبرص",
			"قالت محطة (سي.إن.إن ترك) التلفزيونية الخاصة اليوم الأربعاء إن قارباً يحمل 160 مهاجراً غرق قبالة شمال #قبرص، ما أودى بحياة 16 شخصاً، وتم إنقاذ 101 حتى الآن.\nوأضافت المحطة أن 30 شخصاً على الأقل ما زالوا مفقودين، وأن عمليات الإنقاذ مستمرة من جانب خفر السواحل في تركيا وشمال قبرص فضلا عن قوارب تجارية تبحر في المنطقة.",
			"2018-07-18 16:30", 16},
		// Guard: the ministry names the bomber of last Thursday (kind d): no
		// court step, so courtStepStory is never asked.
		{"2015-08-09-219", "قاتل المصلين سعودي «21 عاما» يشتبه في انتمائه لـ «القاعدة»",
			"أعلنت وزارة الداخلية عن هوية منفذ التفجير الغادر، الذي أدى إلى استشهاد 15 وإصابة 33، وذلك في مسجد تابع لقوات الطوارئ في منطقة عسير الخميس الماضي، حيث يدعى يوسف بن سليمان عبدالله السليمان سعودي الجنسية، وعمره 21 عاماً.",
			"2015-08-09 08:00", 15},
		// Guard: a truce after ten days of bombardment "الذي أودى بحياة".
		{"SK-middleEast-92-20180227", "دخول الهدنة \"الإنسانية\" حيز التنفيذ في الغوطة",
			"دخلت الهدنة \"الإنسانية\" التي أعلنت عنها روسيا لخمس ساعات حيز التنفيذ في الغوطة الشرقية المحاصرة قرب دمشق، بعد نحو عشرة أيام من القصف العنيف الذي أودى بحياة أكثر من 560 مدنياً.\nوأفاد مراسل لوكالة فرانس برس في مدينة دوما، كبرى مدن الغوطة الشرقية، والمرصد السوري لحقوق الإنسان عن هدوء خلال الليل وحتى صباح الثلاثاء تخلله سقوط قذائف مدفعية.",
			"2018-02-27 07:32", -1},
	})
}
