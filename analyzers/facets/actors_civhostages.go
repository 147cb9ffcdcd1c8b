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

// captiveWords are the civilians aliases that say only "held" or
// "abducted", whoever the captives are.
var captiveWords = wordSet("رهائن الرهائن مختطفين المختطفين مختطفي المخطوفين مخطوفين")

// heldSoldiers reports a captives word at m that names soldiers or
// fighters: a fighter noun within two words before it ("أهالي العسكريين
// المختطفين لدى جبهة النصرة"، "الجنود المختطفين"), or a sentence whose
// abduction took fighters ("شوهد اختطاف خمسة مقاتلين ... لكن عدد
// المختطفين قد يكون أكثر"). Soldiers held are no civilians; the gold guide
// codes civilians for people killed, hurt or targeted who bear no arms.
// A captives word whose own sentence tells no abduction looks back to the
// nearest of the two sentences before it (the title included) that does:
// "اختطاف 14 من عناصر حرس الحدود الإيراني ... ملابسات الهجوم الذي أوقع
// هذا العدد الكبير من المخطوفين" names the same guards again.
func heldSoldiers(toks []token, m mention) bool {
	if !toks[m.start].has(captiveWords) {
		return false
	}
	if nearBefore(toks, m.start, 2, fighterCountNouns) {
		return true
	}
	start := sentStart(toks, m.start)
	for back := 0; back <= 2; back++ {
		told, soldiers := abductionTook(toks, start)
		if told {
			return soldiers
		}
		if start == 0 {
			return false
		}
		start = sentStart(toks, start-1)
	}
	return false
}

// abductionTook reports whether the sentence starting at token start tells
// an abduction, and whether one of its abductions took fighters: a fighter
// noun within three words after the abduction word, or forces as the part
// a count was taken from ("بخطف 14 من قوات حرس الحدود"; "اختطاف قوات
// الأمن لناشطين" makes them the abductors).
func abductionTook(toks []token, start int) (told, fighters bool) {
	s := toks[start].sent
	for k := start; k < len(toks) && toks[k].sent == s; k++ {
		if !toks[k].has(abductionWords) {
			continue
		}
		told = true
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == s; j++ {
			if toks[j].has(fighterCountNouns) || (toks[j].has(forceHeadNouns) && toks[j-1].w == "من") {
				return true, true
			}
		}
	}
	return told, false
}
