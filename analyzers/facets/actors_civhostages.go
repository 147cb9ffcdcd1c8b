package facets

// People held as hostages. "ويحتجز التنظيم بحسب تقارير أكثر من 30 امرأة
// وطفلا كرهائن من المحافظة السويداء"، "أن رجلا قتل بالرصاص شرطيين ...
// واحتجز امرأة رهينة": a woman, a child or a person held hostage is a
// victim of the reported violence (abducted, held), which the gold guide
// codes as civilians, though nobody is said killed or hurt in the
// sentence that holds them, so the victim words' toll rule never reads
// them. The hostage word must follow the person within three words: before
// it, it is as often a figure of speech whose sentence names some person
// ("مستقبل تركيا لا يمكن أن يكون رهينة أقوال شخص واحد").

// heldHostageWords name a hostage, one or many, with the clitics news gives
// them ("كرهائن"، "بمثابة رهينة").
var heldHostageWords = wordSet("رهينة الرهينة رهينتين رهينتان رهائن الرهائن كرهائن ورهائن كرهينة" +
	// or a verb that holds or seized them, its object the people just
	// named: "إطلاق سراح 30 سيدة وطفلا يحتجزهم التنظيم"، "30 سيدة وطفلا
	// خطفهم الأسبوع الماضي من محافظة السويداء" (the same hostages).
	" يحتجزهم تحتجزهم احتجزهم احتجزتهم خطفهم خطفتهم اختطفهم اختطفتهم يختطفهم")

// heldHostage reports a victim word at m with a hostage word within three
// words after it in its sentence: "امرأة وطفلا كرهائن"، "يحتجز شخصين
// رهينتين".
func heldHostage(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+3 && toks[j].sent == s; j++ {
		if toks[j].has(heldHostageWords) {
			return true
		}
	}
	return false
}
