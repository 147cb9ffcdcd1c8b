package facets

// A state's forces named in a natural disaster: "أعلن الجيش التركي، الأحد،
// أن جنديين فقدا في فيضان بعد هطول أمطار غزيرة" (a flood at home). The
// gold guide codes a state only where the article is about its military
// role in the conflict; soldiers a flood swept away, or an army's rescue
// teams after an earthquake, take part in no armed event. Fires are left
// out: a strike sets them as often.

// naturalDisasterWords name a flood, an earthquake, a hurricane or a
// volcano. Not "عاصفة": it names operations ("عاصفة الحزم") and calms
// as a figure ("بعد هدوء العاصفة").
var naturalDisasterWords = wordSet("بركان البركان البركاني البركانية ثوران زلزال الزلزال زلزالا إعصار الإعصار الأعاصير فيضانات الفيضانات فيضان الفيضان السيول سيول أمطار الأمطار")

// disasterState reports a foreign state's mention in a sentence that names
// a natural disaster and, outside the mention itself, no fighting
// (combatWords) and no attack (attackWords).
func disasterState(toks []token, m mention) bool {
	if !sentenceHas(toks, m.start, naturalDisasterWords) {
		return false
	}
	s := toks[m.start].sent
	for i := sentStart(toks, m.start); i < len(toks) && toks[i].sent == s; i++ {
		if i >= m.start && i < m.end {
			continue // "الجيش التركي" is the mention, no fighting
		}
		if toks[i].has(combatWords) || toks[i].has(attackWords) {
			return false
		}
	}
	return true
}

// A state's forces in a crash: a military plane or a helicopter lost in
// training, at an air show or on a flight at home. Round 34's corpus audit
// found such stories among its eighty state values ("مقتل 4 في تحطم مروحية
// للمارينز بتدريب في أمريكا"، "مقتل طيار ... بتحطم طائرة روسية أثناء عرض
// جوي"): the dead are a mishap's, and no armed event is reported. A crash
// in Syria or Iraq (a transport plane at Hmeimim, a helicopter of the war
// on ISIS), or one beside a strike, tells of the state's forces at war and
// is left to the other checks.

var (
	// crashWords name a crash. Not "حادث"، "حادثة": an incident is as
	// often a shooting, a poisoning or a clash ("حادث إطلاق نار"، "حادثة
	// تسميم"، "حوادث سابقة" with soldiers); nor a collision, as often a
	// figure ("تصادم دبلوماسي عميق بين موسكو والمملكة المتحدة").
	// Wreckage ("حطام") is the crash's after the search: round 35's
	// corpus audit found Iran coded in "العثور على حطام الطائرة الإيرانية
	// المفقودة", where the Revolutionary Guard's helicopters found the
	// airliner; wreckage a strike leaves beside an attack word is vetoed.
	crashWords = wordSet("تحطم تحطمت تحطّم بتحطم وتحطم لتحطم تحطمها تحطمه حطام الحطام بحطام")
	// mishapVetoWords say that someone did harm or that the mishap
	// befell a war: an attack, a shooting, a ramming, a downing, a war,
	// Syria or Iraq, or a spy flight over another's land ("سقطت طائرة
	// تجسس إسرائيلية ... جنوب لبنان", round 29's want).
	mishapVetoWords = union(attackWords, abductionWords, syrianWords, iraqWords, reconModifiers, wordList("هجوم هجوما الهجوم هجمات الهجمات اشتباك اشتباكات الاشتباكات معارك المعارك قتال القتال "+
		"مسلح مسلحون مسلحين المسلحين رصاص الرصاص بالرصاص برصاص النار نار طعن أغارت أغار دهس دهسا الدهس إسقاط أسقطت أسقط أسقطها صاروخ صاروخا حرب الحرب إرهاب الإرهاب داعش طالبان "+
		"التحالف العدو عملية العملية عمليات العمليات"))
)

// mishapState reports a foreign state's mention in a mishap (see above):
// its sentence names a crash and no word of mishapVetoWords,
// or the title names a crash and the article no word of mishapVetoWords
// ("مقتل طيار وإصابة آخر بتحطم طائرة روسية أثناء عرض جوي" over "قائد
// القوات الجوية الروسية، قوله القائد توفي").
func (c *articleCues) mishapState(toks []token, m mention) bool {
	if !inArticle(toks, crashWords) {
		return false
	}
	if sentenceHas(toks, m.start, crashWords) && !sentenceHas(toks, m.start, mishapVetoWords) {
		return true
	}
	return once(&c.mishap, func() bool {
		return titleHas(toks, crashWords) && !inArticleAny(toks, mishapVetoWords)
	})
}

// inArticleAny reports whether some token of toks is in set: inArticle's
// article bits skip the scan in the many articles without one, and the
// scan answers for toks themselves (shared by disasterStory, mishapState
// and drillStory).
func inArticleAny(toks []token, set *words) bool {
	if !inArticle(toks, set) {
		return false
	}
	for i := range toks {
		if toks[i].has(set) {
			return true
		}
	}
	return false
}

// drillStory reports an article whose title tells a military exercise
// (drillWords: "بدء مناورات عسكرية بين أميركا وكوريا الجنوبية"، "روسيا تبدأ
// أكبر مناورات عسكرية في تاريخها") and whose text names neither Syria nor
// Iraq. Round 34's corpus audit found the states that hold or suspend such
// drills coded as parties; an exercise is no armed event, and the gold
// guide codes a state only in its military role in the conflict. Drills in
// Syria ("أمريكا تبدأ تدريبات عسكرية في سوريا") are left to the other
// checks.
func (c *articleCues) drillStory(toks []token) bool {
	return once(&c.drill, func() bool {
		return (titleHas(toks, drillWords) || paradeTitle(toks)) && !inArticleAny(toks, syrianWords) && !inArticleAny(toks, iraqWords)
	})
}

// drillState reports a foreign state's mention in a drill story (see
// drillStory) whose sentence tells no attack ("قصف"، "غارة").
func (c *articleCues) drillState(toks []token, m mention) bool {
	return (inArticle(toks, drillWords) || inArticle(toks, paradeNouns)) && c.drillStory(toks) && !sentenceHas(toks, m.start, attackWords)
}

// paradeNouns name a parade, and a military one when "عسكري" follows.
var paradeNouns = wordSet("عرض العرض لعرض بعرض للعرض استعراض الاستعراض لاستعراض باستعراض")

// paradeTitle reports a title that tells a military parade ("وزارة الدفاع
// الأمريكية تعلن إجراء عرض عسكري بواشنطن"، "روسيا تخلد الانتصار على
// النازية.. بعرض عسكري") and no attack or harm ("29 قتيلا في هجوم على
// استعراض عسكري إيراني في الأهواز" is an attack on one). Like a drill, a
// parade is no armed event; round 35's corpus audit found the United
// States coded as a party to Trump's planned parade.
func paradeTitle(toks []token) bool {
	if titleHas(toks, mishapVetoWords, harmWords) {
		return false
	}
	for k := 0; k+1 < len(toks) && toks[k+1].title; k++ {
		if toks[k].has(paradeNouns) && (toks[k+1].w == "عسكري" || toks[k+1].w == "العسكري") {
			return true
		}
	}
	return false
}

// migrantWords name migrants and migration, and Mexico, whose border the
// United States guards against them.
var migrantWords = wordSet("المهاجرين مهاجرين المهاجرون مهاجرون مهاجر المهاجر الهجرة هجرة للهجرة المكسيك المكسيكية المكسيكي")

// migrantPatrol reports a foreign state's mention in a sentence of
// migrants or of Mexico that holds no word of mishapVetoWords (an attack,
// a shooting, a war, Syria or Iraq): "وعد الرئيس الأميركي دونالد ترامب
// ... بإرسال ما بين ألفين و4 آلاف جندي من الحرس الوطني إلى الحدود مع
// المكسيك"، "طلبت من الجيش الأميركي إيواء 12 ألف مهاجر". Round 34's
// second corpus audit found the United States coded as a party in such
// stories of troops posted at home, where nobody fights.
func migrantPatrol(toks []token, m mention) bool {
	return sentenceHas(toks, m.start, migrantWords) && !sentenceHas(toks, m.start, mishapVetoWords)
}

// strongPreWarReach is how many words either side of a strong mention its
// pre-war year may stand: about a clause, so that a year dating another
// clause of a long sentence ("اعتقلت عددا من المصلين ... تزامنا مع الذكرى
// الخمسين لنكسة يونيو 1967") leaves today's force alone.
const strongPreWarReach = 10

// convictionWords name a court, a penalty or a conviction (not events.go's
// trialWords, whose bare "حكم" is as often a rule: "أسقط حكم طالبان"): a
// sentence that tells a trial of an old attack keeps its parties, as the
// adjudication keeps the civilians of church bombings a year or two old
// under their authors' sentencing ("قضت محكمة أميركية ... بالسجن مدى الحياة على رجل أدين
// بالمشاركة في هجوم عام 2003 على جنود أميركيين").
var convictionWords = union(courtHeads, penaltyWords, wordList("أدين أدينت أدانت ادانت إدانة"))

// warStartYear is the year the Syrian war began: a year before it is no
// year of the wars the corpus reports.
const warStartYear = 2011

// preWarYear reports a foreign state's mention in a sentence that
// dates what it tells by a year written in digits before the Syrian war
// began and by none since: "منذ هجمات عام 2001 على الولايات المتحدة"،
// "ساعدت إسرائيل في هزيمة القوات السورية خلال حرب عام 1967"، "1990:
// أميركا ترسل قواتها إلى السعودية". The gold guide codes a state only in
// its military role in the conflict the article reports, not in the history
// of another war; round 35's corpus read found such states in 9/11
// anniversaries, the Kuwait war and Cold War history. A sentence that
// names an armed group of the taxonomy beside the state tells the history
// of a war still fought ("القرار 1701 الذي أرسى في العام 2006 وقفا للقتال
// بين إسرائيل وحزب الله", where the pool's gold codes Israel) and is left
// to the other checks.
//
// Al-Qaeda's own history is asked the same way: "أسامة بن لادن، مؤسس
// تنظيم القاعدة، عاش في السودان بين عامي 1992 و1996"، "لاعتداءات 11
// سبتمبر التي نفذها تنظيم القاعدة عام 2001" in stories of Sudan's
// sanctions or a Guantanamo detainee tell the founder's wars, not a party
// to the wars reported (round 37's blind codings and the pool code none);
// its Syrian and Yemeni branches are told without such a year. The year
// must date al-Qaeda's own clause (qaedaPreWar): one long sentence may
// tell today's strike on a Khorasan leader in Syria and end on his 2001.
//
// A strong mention, a force by its name ("بالخدمة الإجبارية في الجيش
// الإسرائيلي" after "عام 1948"، "أعاده الحرس الثوري الإيراني" after "عام
// 1990"، "العدوان الثلاثي على مصر عام 1956"), is set aside the same way,
// only more narrowly (marked, which the caller asks for a strong mention):
// the year must be written as a date's (yearCue: "عام 1948"، "سبتمبر
// 2001"), since a bare number is as often a count ("الجيش التركي: تحييد
// 1931 إرهابيا"); it must stand within strongPreWarReach words of the
// mention; and it must not start a period that runs to today ("تمرد أدى
// إلى قتل 40 ألف شخص منذ عام 1984" beside Turkey's strikes on the PKK,
// yearStartsPeriod); and its sentence must tell no trial (convictionWords).
func (l *lexicon) preWarYear(toks []token, ms []mention, m mention, marked bool) bool {
	s := toks[m.start].sent
	old := false
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		n, ok := digits(toks[j].w)
		if !ok || !isYear(n) {
			continue
		}
		opens := marked && sinceClauseYear(toks, j, m)
		if marked && !opens && (j == 0 || !yearCue(toks[j-1].w)) {
			continue
		}
		if n >= warStartYear {
			return false
		}
		if marked && !opens && (j < m.start-strongPreWarReach || j >= m.end+strongPreWarReach || yearStartsPeriod(toks, j)) {
			continue
		}
		old = true
	}
	if !old || marked && sentenceHas(toks, m.start, convictionWords) {
		return false
	}
	for _, o := range ms {
		if o.e.kind == kindActor && toks[o.start].sent == s && o.e.ids[0] != m.e.ids[0] && l.groundActor(o.e.ids[0]) {
			return false
		}
	}
	return true
}

// sinceClauseYear reports a year that starts a period (منذ, yearStartsPeriod)
// and is at once dated by the time clause after it, with the strong mention
// m in that clause within strongPreWarReach words of the year: "وأصبحت قبرص
// مقسمة منذ 1974 إثر اجتياح القوات التركية لثلثها الشمالي". What runs to
// today is the state of things; the force is the act that opened it, told
// at its year, as "عام 1974" would tell it. A period with no clause ("تمرد
// أدى إلى قتل 40 ألف شخص منذ عام 1984") and a mention before the year stay
// yearStartsPeriod's.
func sinceClauseYear(toks []token, j int, m mention) bool {
	if j+1 >= len(toks) || toks[j+1].sent != toks[j].sent || !toks[j+1].has(agoClauseWords) {
		return false
	}
	return m.start > j+1 && m.start <= j+strongPreWarReach && yearStartsPeriod(toks, j)
}

// qaedaPreWarReach is how many words either side of an al-Qaeda mention
// its pre-war year may stand: "مؤسس تنظيم القاعدة، عاش في السودان بين
// عامي 1992"، "عناصر محسوبون على تنظيم القاعدة للتعذيب في 2002".
const qaedaPreWarReach = 8

// qaedaPreWar reports an al-Qaeda mention that preWarYear finds in
// another war's history, with the pre-war year within qaedaPreWarReach
// words of it or opening its sentence ("وفي عام 2002 قتل أكثر من 200
// شخص في تفجيرين نفذهما متشددون مرتبطون بالقاعدة").
func (l *lexicon) qaedaPreWar(toks []token, ms []mention, m mention) bool {
	if !l.preWarYear(toks, ms, m, false) {
		return false
	}
	if datedOpening(toks, sentStart(toks, m.start), warStartYear) {
		return true
	}
	s := toks[m.start].sent
	for j := max(m.start-qaedaPreWarReach, 0); j < m.end+qaedaPreWarReach && j < len(toks); j++ {
		if n, ok := digits(toks[j].w); ok && toks[j].sent == s && isYear(n) {
			return true
		}
	}
	return false
}
