package facets

import "testing"

// Article texts of TestUSACompared (from the corpus, each used once).
const (
	// pool holdout-60 BB-internationalNews-282-20180403 (gold: russia only;
	// "NATO/US only compared"): a professor weighs Russia's forces against
	// America's. The paragraph main read usa by, with the two before it
	// (main gives usa on that paragraph only with the war talk around it).
	weakerThanUSTitle = "حرب باردة وناقوس الحرب العالمية الثالثة"
	weakerThanUSBody  = "يصفها كوفمان بـ \"قوة عظمى ضعيفة\". ويضيف على ذلك أنه يتم التقليل من قيمة روسيا باستمرار لأنها تاريخيًا متخلفة عن الغرب في ما يتعلق بالتطور التكنولوجي والسياسي والاقتصادي، ولكن موسكو حاضرة بقوة بسبب ثقلها الاقتصادي في النظام الدولي. وروسيا ليست قوة إقليمية متدهورة، بل على العكس من ذلك تماماً.\nيجري الحديث في دول الناتو عن ارتفاع نفقات الدفاع، لا سيما ما يتعلق بمحاربة الخصم المنافس.\nيقول البروفيسور غولدستين، إن القوات الروسية أساساً أضعف بكثير من القوات الأمريكية و قوات حلف الشمال الأطلسي، ومع ذلك ، استثمرت روسيا \" بحكمة\" في السنوات الـ 15 الأخيرة، محافظة على بعض القدرات المتخصصة التي تقدم لها بعض المزايا."
	// blind SK-internationalNews-337-20180314 (gold: turkey, ypg; no usa):
	// Turkey's army ranked after America's. Its two ranking paragraphs.
	afterUSArmyTitle = "عفرين.. ساحة لتجريب وتسويق أسلحة تركية"
	afterUSArmyBody  = "وفي تركيا كذلك 400 ألف احتياطي في الجيوش الثلاثة. وهو بذلك ثاني أكبر جيوش حلف شمال الأطلسي بعد الجيش الأميركي.\nولدى البحرية 13 غواصة و18 فرقاطة و6 سفن حربية، في حين يملك سلاح الجو 200 طائرة \"أف-16\"، مما يجعله الثاني بعد الأسطول الجوي الحربي الأميركي من نوعية هذه الطائرات."
	// corpus 2015-08-01-62 (SaudiNewsNet op-ed, no gold): Erdogan's strikes
	// shown "stronger than the coalition". Its one paragraph naming the
	// coalition; the lexicon reads it as the coalition on main.
	strongerThanCoalitionTitle = "الأسد أعلن التقسيم.. إردوغان أعلن الحرب!"
	strongerThanCoalitionBody  = "ومن الواضح أن إردوغان يصيب عصافير عدة بحجر هذه الصفقة الواحدة: فهي تعوّم وضعه الداخلي بعد خسارته في الانتخابات، وتصرف النظر إلى ما سيصوّره انتصارًا له، أي إقامة المنطقة الآمنة داخل سوريا التي طالما طالب بها، وهي ستسقط عنه تهم التعامل مع «داعش»، فها هو يقصف مواقعه بما يظهره أقوى من التحالف الدولي، وهي تعطيه الغطاء لقصف مواقع الأكراد، وهي تصحح علاقاته مع دول الحلف الأطلسي."
	// pool holdout-24 SK-middleEast-765-20180404 (gold usa): the US army's air support
	// after "من", no comparison: usa stays.
	usAirSupportTitle = "اتفاق رباعي لمحاربة الجريمة المنظمة والإرهاب في الساحل"
	usAirSupportBody  = "واستفاد تنظيم داعش الإرهابي من الفوضى للانتشار في سرت في يونيو 2015، لكن حكومة الوفاق استعادت السيطرة على المدينة في ديسمبر 2016 بدعم جوي من الجيش الأميركي الذي ينفذ بانتظام غارات على التنظيم المتطرف في جنوب البلاد."
)

// TestUSACompared pins round 64's m64usax class: the United States or its
// army as the term of a comparison of strength ("أضعف بكثير من القوات
// الأمريكية"، "ثاني أكبر جيوش حلف شمال الأطلسي بعد الجيش الأميركي") is no act
// of the state (stateCompared, actors_statecompared.go), and neither is any
// other party weighed so ("أقوى من التحالف الدولي", the round's re-read). The
// not rows fail before their rule. Guard: "بدعم جوي من الجيش الأميركي" (من
// with no comparative) keeps usa.
func TestUSACompared(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-internationalNews-282-20180403", title: weakerThanUSTitle, text: weakerThanUSBody, not: []string{"usa"}},
		{id: "SK-internationalNews-337-20180314", title: afterUSArmyTitle, text: afterUSArmyBody, not: []string{"usa"}},
		{id: "2015-08-01-62", title: strongerThanCoalitionTitle, text: strongerThanCoalitionBody, not: []string{"coalition"}, want: []string{"isis"}},
		{id: "SK-middleEast-765-20180404", title: usAirSupportTitle, text: usAirSupportBody, want: []string{"usa"}},
	})
}
