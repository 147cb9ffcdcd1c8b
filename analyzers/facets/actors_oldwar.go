package facets

import "slices"

// An actor named in a finished war of another age, called by its name and
// no year: "وكان طيارا حربيا في البحرية الأمريكية خلال حرب فيتنام"، "رفات
// جنود أميركيين قتلوا خلال الحرب الكورية"، "خلال الحرب الباردة، ظلت تركيا
// وقواتها العسكرية الكبيرة نقطة ارتكاز"، "روسيا التي ضحت بأرواح 25 مليون
// قتيل في الحرب العالمية الثانية"، "عام 1979م نشبت الحرب العراقية
// الإيرانية ... انكسر الجيش العراقي". The gold guide codes the parties of
// the events the article reports and of the conflict it discusses, not of
// a war its background recalls; round 51's corpus audit found such names
// under stories of a senator's death, the Korean war's remains, NATO's
// history and Hiroshima's anniversary. preWarYear (actors_statedisaster.go)
// reads the same history by a year in digits and for foreign states
// alone; these wars are named, and their dead and armies are civilians,
// Iraq's forces or rebels as well.
//
// The war's name is read where it stands (oldWarAt): a war word and a name
// only these wars bear ("الحرب الكورية"، "حرب فيتنام"، "حرب الخليج"،
// "الحرب الباردة"، "حرب الاستنزاف"), or one that takes a second word ("الحرب
// العالمية الثانية" but not "الحرب العالمية على الإرهاب"، "الحرب العراقية
// الإيرانية" but not "الحرب العراقية" alone). Not a war that منذ counts from
// ("أول استخدام لغاز أعصاب في أوروبا منذ الحرب العالمية الثانية"، "مستويات
// غير مسبوقة منذ الحرب الباردة، خصوصا بعد ... الضربات العسكرية التي شنتها
// الولايات المتحدة"): the sentence measures its news against the war, as
// recordBaseline has it for a year. The mention must stand within
// oldWarReach words of the war's name, and its sentence must date nothing
// to a month or a period gone (lastPeriodIn): "مقر عسكري كان
// يستخدمه أتاتورك خلال الحرب العالمية الأولى ... في منطقة عفرين التي تمكن
// الجيش التركي من السيطرة عليها في مارس الماضي" tells today's war too.

var (
	// oldWarNames, right after a war word (iraqWarPastAfter), name a war
	// that ended before the wars the corpus reports.
	oldWarNames = wordSet("الكورية الباردة الفيتنامية فيتنام الخليج الاستنزاف")
	// oldWarPaired name such a war only with a second word of
	// oldWarSeconds after them: "الحرب العالمية الأولى"، "الحرب العراقية
	// الإيرانية"، "الحرب الإيرانية العراقية".
	oldWarPaired  = wordSet("العالمية العراقية الإيرانية")
	oldWarSeconds = wordSet("الأولى الثانية العراقية الإيرانية")
)

// oldWarReach is how many words from the war's name the mention may stand:
// "الحرب العالمية الأولى، حيث نسفها الثوار العرب"، "انضم للجيش الأميركي في
// الفترة بين عامي 1945 و1947 حيث خدم في منطقة المحيط الهادي في نهاية الحرب
// العالمية الثانية".
const oldWarReach = 16

// oldWarMention reports a mention within oldWarReach words of an old war's
// name in its sentence (oldWarAt), which no منذ counts from, in a sentence
// that names no month or period gone (lastPeriodIn).
func oldWarMention(toks []token, m mention) bool {
	if !inArticle(toks, oldWarNames) && !inArticle(toks, oldWarPaired) {
		return false
	}
	if oldWarRemains(toks, m) {
		return true
	}
	s := toks[m.start].sent
	found := false
	for j := max(m.start-oldWarReach, 0); j < m.end+oldWarReach && j < len(toks); j++ {
		if toks[j].sent != s || !oldWarAt(toks, j) {
			continue
		}
		if nearBefore(toks, j, 3, sinceWords) {
			return false
		}
		found = true
	}
	return found && !lastPeriodIn(toks, m.start)
}

// oldWarRemains reports a mention that رفات governs, a count between
// them or not ("رفات [جنود أميركيين] في طريقها للعودة من كوريا الشمالية"،
// "أعادت رفات 200 [جندي أميركي] مفقودين منذ الحرب الكورية"), in an article
// that names an old war anywhere (oldWarAt): the soldiers are that war's
// dead, handed back, and their state takes no part in what is told. The
// war is read in the whole article, since the remains' sentences seldom
// name it, and منذ does not spare it here: "مفقودين منذ الحرب الكورية" dates
// the soldiers' loss, no record the news is measured against. A sentence
// with a year of the wars the corpus reports keeps the mention ("رفات
// جنديين إسرائيليين يعتقد أنهما قتلا في حرب 2014 على غزة").
func oldWarRemains(toks []token, m mention) bool {
	i := m.start - 1
	if i >= 0 && isCount(toks[i].w) {
		i--
	}
	if i < 0 || toks[i].sent != toks[m.start].sent || !slices.Contains(toks[i].forms, "رفات") {
		return false
	}
	if sentenceYearFrom(toks, m.start, warStartYear) {
		return false
	}
	for j := range toks {
		if oldWarAt(toks, j) {
			return true
		}
	}
	return false
}

// lastPeriodIn reports a month or a period gone in the sentence of token
// i: "الماضي" right after a month's name or a period noun (periodNouns:
// "في مارس الماضي"، "العام الماضي"), which dates an event near the news.
// Not "في الماضي", the past at large: "ندمها الأحد على الأحداث المأساوية
// في الماضي" tells the old war's wrongs.
func lastPeriodIn(toks []token, i int) bool {
	if !inArticle(toks, lastWords) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i) + 1; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(lastWords) && (isMonthName(toks[j-1]) || toks[j-1].has(periodNouns)) {
			return true
		}
	}
	return false
}

// oldWarAt reports a war word (iraqWarPastAfter) at i with an old war's
// name right after it: one of oldWarNames, or one of oldWarPaired followed
// by one of oldWarSeconds.
func oldWarAt(toks []token, i int) bool {
	if !toks[i].has(iraqWarPastAfter) || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || toks[i+1].gap {
		return false
	}
	if toks[i+1].has(oldWarNames) {
		return true
	}
	return toks[i+1].has(oldWarPaired) && i+2 < len(toks) && toks[i+2].sent == toks[i].sent && !toks[i+2].gap && toks[i+2].has(oldWarSeconds)
}
