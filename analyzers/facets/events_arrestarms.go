package facets

import "strings"

// An arrest whose operation seized arms, or whose men plotted a bombing, is
// disrupted weapons use beside the arrest (round-43 ruling, class 1):
// "اعتقل خمسة أعضاء في خلية تابعة لتنظيم داعش ... وبحوزتهم أسلحة
// ومتفجرات"، "وألقت القبض على مشتبهين وصادرت أسلحة ومتفجرات"، "اعتقال سوري
// آخر ينتمي لداعش كان قد خطط لاستهداف حافلة عسكرية بعملية انتحارية"،
// "بالتخطيط لتفجير تجمع". A plot with no means ("خططت لاستهداف مسيحيين"،
// "يخططون لتنفيذ هجمات") or a knife seized ("أسلحة بيضاء") is the arrest
// alone.
var (
	// armsSeizing are the words of a seizure or a find, and of arms held
	// when taken (بحوزتهم).
	armsSeizing = wordSet("صادرت صادروا وصادرت وصادروا مصادرة ومصادرة ضبط ضبطت ضبطوا وضبط وضبطت ضبطها حجز حجزت وحجز وحجزت " +
		"بحوزتهم بحوزته بحوزتها بحوزتهما وبحوزتهم وبحوزته عثر عثرت عثروا وعثر وعثرت العثور والعثور اكتشفت واكتشفت التحفظ والتحفظ")
	// seizedArms are firearms, ammunition and explosives; not the
	// singular سلاح, as often a man's weapon told in a killing.
	seizedArms = wordSet("أسلحة الأسلحة اسلحة وأسلحة والأسلحة بنادق البنادق وبنادق بندقية وبندقية مسدسات ومسدسات رشاشات ورشاشات " +
		"ذخائر الذخائر وذخائر ذخيرة الذخيرة وذخيرة خراطيش وخراطيش متفجرات المتفجرات ومتفجرات والمتفجرات متفجرة المتفجرة " +
		"قنابل القنابل وقنابل عبوات العبوات وعبوات أحزمة وأحزمة صواعق")
	// bladeArms right after an arms word make it knives: "وأسلحة بيضاء".
	bladeArms = wordSet("بيضاء البيضاء")
	// bombPlotting are the words of a plan or a preparation.
	// Not the bare التخطيط, الإعداد or التحضير, as often a topic ("في
	// التحريض والإعداد وتوفير أدوات التفجير").
	bombPlotting = wordSet("خطط خططوا خططت خططا يخطط يخططون يخططان تخطط بالتخطيط للتخطيط وتخطيطهم تخطيطهم " +
		"مخطط مخططا بالإعداد للإعداد يعدان يعتزم يعتزمون ينوي ينوون بالتحضير للتحضير")
	// plotAside in the sentence make it a court's finding or a denial, not
	// the day's arrest: "ووفق المحكمة، فقد خطط نعيم الرحمن زكريا لتفجير
	// بوابة مقر ماي"، "لا صحة إطلاقا لما تناقلته مواقع التواصل الإجتماعي عن
	// العثور على متفجرات".
	plotAside = wordSet("المحكمة محكمة المحكمه إدانة بإدانة أدين أدانت محاكمة صحة نفت تنفي نفى ينفي")
	// plottedBombing are the explosive means a plot names.
	plottedBombing = wordSet("تفجير لتفجير بتفجير تفجيرات لتفجيرات التفجير تفجيري تفجيرية عبوة عبوات ناسفة ناسف مفخخة مفخخات " +
		"انتحارية انتحاري انتحاريا الانتحارية بعملية_انتحارية متفجرات بمتفجرات المتفجرات متفجرة")
)

// armsSeizedOrBombPlotted returns, in an article that tells an arrest and
// a plot (a planning word anywhere), the tokens of each seizure of arms (a
// seizing word with firearms, ammunition or explosives within six words
// after it, knives aside) and of each plot of a bombing (a planning word
// with an explosive means within six words after it), in one sentence
// that is no court's finding or denial (plotAside). Arms seized in a
// sweep that tells no plot ("وعثر بحوزتهم على 3 بنادق آلية" after a
// shootout) are the golds' arrest or clash alone.
func armsSeizedOrBombPlotted(toks []token) []int {
	if !inArticle(toks, bombPlotting) {
		return nil
	}
	var ks []int
	for k := range toks {
		t := &toks[k]
		seize, plot := t.has(armsSeizing), t.has(bombPlotting)
		if !seize && !plot || sentenceHas(toks, k, plotAside) {
			continue
		}
		if seize && strings.HasPrefix(t.w, "ل") {
			// "لضبط": a purpose.
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6 && toks[j].sent == t.sent; j++ {
			if seize && toks[j].has(seizedArms) && !(j+1 < len(toks) && toks[j+1].has(bladeArms)) {
				ks = append(ks, k)
				break
			}
			if plot && toks[j].has(plottedBombing) {
				ks = append(ks, k)
				break
			}
			if seize && toks[j].has(bombWentOff) {
				// "عثر على جثته ... قتل": a find of the dead.
				break
			}
		}
	}
	return ks
}
