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
//
// A title that tells fighters or forces abducted names the captives of
// the whole story, unless the captives' own sentence tells whom it took:
// "اختطاف 14 من قوات الأمن الإيرانية" over "ومن بين المختطفين عضوان في
// وحدة الاستخبارات" (the sentence between, "أفراد قوات حرس الحدود
// اختطفوا", puts the guards before the verb)، "«النصرة» تختطف 8 عناصر من
// الحرّ" over "بإطلاق المخطوفين" (round 38's blind sample; four corpus
// stories of abducted guards and fighters).
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
			return soldiers || back > 0 && titleTookFighters(toks)
		}
		if start == 0 {
			break
		}
		start = sentStart(toks, start-1)
	}
	return titleTookFighters(toks)
}

// titleTookFighters reports a title whose abduction word, the headline
// present included (abductedWords: "تختطف"), has a fighter noun within
// three words after it, or forces as the part a count was taken from, as
// abductionTook reads a sentence: "اختطاف 14 من عناصر حرس الحدود
// الإيراني"، "«النصرة» تختطف 8 عناصر من الحرّ"; or whose captives word
// has a fighter noun within two words before it: "مقابل عسكريين لبنانيين
// مخطوفين".
func titleTookFighters(toks []token) bool {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if toks[k].has(captiveWords) && nearBefore(toks, k, 2, fighterCountNouns) {
			// The captives told by their kind before them, as
			// heldSoldiers reads its own word: "النصرة تطلب إطلاق سجينات
			// مقابل عسكريين لبنانيين مخطوفين" over "وقتل الخاطفون أربعة
			// من الرهائن" (round 44's blind sample f).
			return true
		}
		if !toks[k].has(abductedWords) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].title; j++ {
			if toks[j].has(fighterCountNouns) || (toks[j].has(forceHeadNouns) && toks[j-1].w == "من") {
				return true
			}
		}
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

// Hostages no armed man holds. The bare "الرهائن" is a strong civilians
// alias, so it counts wherever it stands; but news calls others hostages
// too:
//
//   - a state's detainees in its diplomacy, where no gunman, group or
//     attack is named in the whole article: "أشكركم على الإفراج عن الرهائن
//     الذين أصبحوا الآن مع عائلاتهم" (Trump to Kim Jong Un, ten corpus
//     articles on the three Americans North Korea freed)، "الإفراج عن
//     الرهائن الأمريكيين" (Pompeo's demands of Iran)، "كل الرهائن الأميركيين
//     وأولئك المسجونين" (Turkey). The adjudication README rules that
//     states arresting people outside an armed conflict are no actors,
//     and their detainees are no war's victims either. So too a force's
//     drill or kit "لتخليص الرهائن", a film or a translator's anecdote;
//   - a figure of speech, after "إلى" or a verb of making or becoming:
//     "وحوّل مواطنيه إلى رهائن" (Trump on Iran)، "وجعلتهم رهائن لفكر"،
//     "أصبحوا رهائن جماعات ضغط".
//
// Hostage-taking told as an act ("أنباء عن احتجاز رهائن داخل متجر", a
// title with no body; "وأخذ معه 4 حراس رهائن") keeps them, as do hostages
// "لدى" someone.

var (
	// hostageAliasWords are the captives aliases that say "hostages".
	hostageAliasWords = wordSet("رهائن الرهائن كرهائن ورهائن")
	// captorWords name someone who may hold people by force, or an
	// attack: a gunman, kidnappers, a group or a militia, terrorists,
	// criminals, prisoners, pirates, rebels.
	captorWords = wordSet("مسلح مسلحان مسلحين مسلحون المسلح المسلحان المسلحين المسلحون خاطف الخاطف خاطفين الخاطفين خاطفون الخاطفون " +
		"تنظيم التنظيم جماعة الجماعة جماعات الجماعات ميليشيا الميليشيا ميليشيات الميليشيات مليشيا المليشيا مليشيات المليشيات " +
		"إرهابي الإرهابي إرهابيين الإرهابيين إرهابيون الإرهابيون إرهابية الإرهابية داعش القاعدة حركة متطرف المتطرف متطرفين المتطرفين المتطرفة " +
		"جهادي الجهادي جهاديين الجهاديين مهاجم المهاجم منفذ هجوم الهجوم هجمات الهجمات اعتداء الاعتداء " +
		"مجرم مجرمون مجرمين لص سجناء السجناء عصابة العصابة قراصنة القراصنة متمردين المتمردين المتمردون الحوثي الحوثيين بوكو")
	// hostageTakingWords within four words before the alias tell the
	// hostages taken: "احتجاز رهائن"، "وأخذ معه 4 حراس رهائن".
	hostageTakingWords = wordSet("احتجاز واحتجاز باحتجاز لاحتجاز احتجز واحتجز احتجزت احتجزوا يحتجز تحتجز يحتجزون اختطاف واختطاف خطف أخذ وأخذ")
	// hostageFigureVerbs make or call people hostages in a figure of
	// speech.
	hostageFigureVerbs = wordSet("جعل وجعل جعلت وجعلت جعلتهم وجعلتهم جعلهم وجعلهم يجعل تجعل أصبح أصبحوا وأصبحوا أصبحت باتوا بات صاروا أضحوا تحولوا")
	// hostageIntoWords make people into hostages: "حوّل مواطنيه إلى رهائن".
	hostageIntoWords = wordSet("إلى")
	// hostageHolderWords after the alias name who holds them.
	hostageHolderWords = wordSet("لدى لديه لديها لديهم بيد بأيدي قبضة")
)

// unheldHostages reports a hostages alias at m that no armed man holds:
// an article with no captor word, or a figure of speech.
func unheldHostages(toks []token, m mention) bool {
	if !toks[m.start].has(hostageAliasWords) {
		return false
	}
	s := toks[m.start].sent
	if m.end < len(toks) && toks[m.end].sent == s && toks[m.end].has(hostageHolderWords) {
		return false
	}
	if nearBefore(toks, m.start, 4, hostageTakingWords) {
		return false
	}
	if m.start > 0 && toks[m.start-1].sent == s && toks[m.start-1].has(hostageIntoWords) {
		return true
	}
	if nearBefore(toks, m.start, 3, hostageFigureVerbs) {
		return true
	}
	return !inArticleAny(toks, captorWords)
}
