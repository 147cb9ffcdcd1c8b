package facets

// A state's security organ arresting the war's fighters.
//
// The samples' golds code a foreign state (and Iraq's forces) where its
// police, intelligence, security services or interior ministry arrest
// members of an armed group of the taxonomy or the authors of a bombing:
// "أعلن وزير الداخلية العراقي ... اعتقال المتورطين بالتفجير" (fresh-8),
// "إعلان السلطات العراقية إلقاء القبض على 5 من كبار مسؤولي تنظيم داعش"
// (holdout-18), "أوقفت أجهزة المخابرات التركية في سوريا أحد أبرز
// المشتبه بهم في الاعتداء" (holdout-20). The arrest is the event (ACLED's
// arrests) and the organ the state's force taking part in it. None of
// these organs is an alias: "السلطات التركية" or "الشرطة التركية" are as
// often the state at home, jailing journalists or the coup's suspects,
// which the golds leave out ("authorities not in a military role",
// holdout-18), so the organ counts only as the arrester of the war's
// fighters. The civilians rule reads the same arrests the other way
// (actors_detained.go): a state's arrest of people is no war's civilians.

var (
	// stateArrestEntries are the entries such an organ stands for, one per
	// state the taxonomy has forces of.
	stateArrestEntries = actorEntries("arrest", false, "russia", "iran", "iraqi-forces", "usa", "turkey", "israel")
	// organTails end a state's security organ before its nationality
	// adjective: "السلطات التركية"، "الشرطة الإسرائيلية"، "قوات الأمن
	// الإيرانية"، "أجهزة المخابرات التركية"، "الأجهزة الأمنية التركية"،
	// "وزير الداخلية العراقي".
	organTails = wordSet("السلطات الشرطة الأمن الامن المخابرات الاستخبارات الأمنية الامنية الداخلية")
	// organHeads stand before a tail: "قوات الأمن"، "أجهزة المخابرات"،
	// "وزارة الداخلية". "الأمنية" and "الداخلية" need one ("الشؤون
	// الداخلية التركية" are internal affairs).
	organHeads = wordSet("قوات القوات أجهزة الأجهزة جهاز وزارة وزير")
	// needHead are the tails that are an organ only after a head.
	needHead = wordSet("الأمنية الامنية الداخلية")
	// organWords open an organ's phrase.
	organWords = union(organHeads, organTails)
	// arrestWords name an arrest: "اعتقلت"، "إلقاء القبض"، "أوقفت".
	arrestWords = wordSet("اعتقل اعتقلت اعتقلوا اعتقال اعتقالات القبض قبض قبضت توقيف أوقفت اوقفت أوقف اوقف احتجز احتجزت احتجزوا احتجاز")
	// organKillWords say the organ killed or fought the war's fighters,
	// an act as plain as their arrest: "أعلنت أجهزة الأمن الروسية الأحد
	// أنها قتلت ثمانية بايعوا تنظيم داعش" (holdout-34). Only the verbs
	// whose subject is the organ itself: "قالت الشرطة الأمريكية إن 20
	// شخصا قتلوا في حادث"، "وعلمت السلطات التركية أن الأب قُتل ... في
	// صفوف تنظيم الدولة" tell others' deaths.
	organKillWords = wordList("قتلت اشتبكت")
	// organActWords are what the organ does beside its name.
	organActWords = union(arrestWords, organKillWords)
	// arrestRequestWords ask another for an arrest, order it or issue its
	// warrant.
	arrestRequestWords = wordSet("طلب طلبت يطلب تطلب طالب طالبت يطالب تطالب مذكرة مذكرات أوامر أمرت أمر بتسليم تسليم تسليمه")
	// arrestWarWords say the arrested are a bombing's authors: the attack
	// words without the general ones that a purge's "عملية استهدفت أنصار
	// غولن" or "منظمة إرهابية" also use.
	arrestWarWords = attackWords.without("استهدف", "استهدفت", "استهداف", "إرهابي", "الإرهابي", "إرهابية", "الإرهابية", "مجزرة", "المجزرة")
	// arrestAttackWords name an attack without saying how: its suspects
	// ("المشتبه بهم في الاعتداء") are the war's too.
	arrestAttackWords = union(assaultWords, wordList("اعتداء الاعتداء الاعتداءات"))
	// attackSuspectWords name such an attack's suspects, perpetrators or
	// plotters: "المشتبه بهم في الاعتداء"، "أحد المخططين لتنفيذ هجوم"،
	// "منفذي الهجوم".
	attackSuspectWords = union(suspectWords, wordList("منفذ منفذي منفذو المنفذ المنفذين منفذين المخططين مخططي المخطط المتورطين متورطين"))
)

// arrestBefore and arrestAfter are how many words before the organ and after
// its adjective the arrest word may stand: "أوقفت أجهزة المخابرات التركية"،
// "أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال".
const arrestBefore, arrestAfter = 2, 8

// warSpan is how many words after the organ the arrested's group or attack
// may stand: "إن السلطات التركية اعتقلت 18 شخصا يشتبه بأنهم من أعضاء
// تنظيم داعش".
const warSpan = 12

// stateArrestMentions returns a state mention for each security organ named
// by a state's nationality adjective that no alias covers, where an arrest
// word stands beside it and its sentence names an armed group of the
// taxonomy or a bombing ("اعتقلت الشرطة التركية 18 شخصا يشتبه بأنهم من
// أعضاء تنظيم داعش"), or the suspects of an attack. "الشرطة العراقية" and
// "الاستخبارات التركية" are aliases already, and count as such.
func (l *lexicon) stateArrestMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, organWords) {
		return nil // most articles name none: skip the walk
	}
	var out []mention
	for _, i := range setTokens(toks, organWords) {
		if m, ok := l.organAt(toks, i); ok && !actorOver(ms, m) && arrestBeside(toks, m) && l.warArrested(toks, ms, m) {
			out = append(out, m)
		}
	}
	return out
}

// organAt returns the organ phrase that starts at token i, a word of
// organWords: a head and a tail, or a tail alone, then a state's adjective.
func (l *lexicon) organAt(toks []token, i int) (mention, bool) {
	t := i // the tail
	if toks[i].has(organHeads) {
		t = i + 1
		if t >= len(toks) || toks[t].gap || toks[t].sent != toks[i].sent || !toks[t].has(organTails) {
			return mention{}, false
		}
	} else if toks[i].has(needHead) || i > 0 && !toks[i].gap && toks[i-1].sent == toks[i].sent && (toks[i-1].has(organHeads) || toks[i-1].has(councilWords)) {
		// A tail that needs a head, or has one (its phrase starts
		// there), or a council's "مجلس الأمن الروسي" (councilWords).
		return mention{}, false
	}
	if t+1 >= len(toks) || toks[t+1].gap || toks[t+1].sent != toks[t].sent {
		return mention{}, false
	}
	e := stateArrestEntries[l.nationalityOf(&toks[t+1])]
	return mention{e: e, start: i, end: t + 2}, e != nil
}

// actorOver reports an actor mention of ms over any token of m: an alias
// ("الشرطة العراقية"، "الاستخبارات التركية") counts as such. Other kinds
// do not cover: "العراقية" is also a village's name.
func actorOver(ms []mention, m mention) bool {
	for _, o := range ms {
		if o.e.kind == kindActor && o.start < m.end && m.start < o.end {
			return true
		}
	}
	return false
}

// arrestBeside reports an arrest word within arrestBefore words before the
// organ (the verb before its subject) or arrestAfter words after it, in its
// sentence.
func arrestBeside(toks []token, m mention) bool {
	if nearBefore(toks, m.start, arrestBefore, organActWords) {
		return true
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && j < m.end+arrestAfter && toks[j].sent == s; j++ {
		if toks[j].has(organActWords) {
			return true
		}
	}
	return false
}

// warArrested reports words after the organ, within warSpan of its end in
// its sentence, that make the arrested the war's: an armed group of the
// taxonomy by name (not a generic word), a bombing, or an attack with its
// suspects. Farther on, the group is as often the charge a court weighs
// ("واعتقل الأمن التركي برانسون في ديسمبر 2016، ويواجه عقوبة ... بتهمة
// ارتكاب جرائم نيابة عن جماعات إرهابية، في إشارة إلى المقاتلين الأكراد").
// A request, order or warrant for the arrest ("وطلبت السلطات التركية ...
// من الحكومة التشيكية ... اعتقال"، "مذكرة توقيف") is not one made.
func (l *lexicon) warArrested(toks []token, ms []mention, m mention) bool {
	if sentenceHas(toks, m.start, arrestRequestWords) || homePlot(toks, m.start) {
		return false
	}
	if l.rebelAfter(toks, ms, m, warSpan, nil) { // actors_statecourt.go
		return true
	}
	s, end := toks[m.start].sent, m.end+warSpan
	attack, suspect := false, false
	for j := m.end; j < len(toks) && j < end && toks[j].sent == s; j++ {
		if toks[j].has(arrestWarWords) {
			return true
		}
		attack = attack || toks[j].has(arrestAttackWords)
		suspect = suspect || toks[j].has(attackSuspectWords)
	}
	return attack && suspect
}

var (
	// homePlotWords tell the arrested preparing an attack: "كانوا يجهزون
	// لهجوم في أنقرة قبل الانتخابات".
	homePlotWords = wordSet("يجهزون يخططون خططوا خططت يخطط يعدون التخطيط للتخطيط")
	// plotWarTieWords tie the arrested to the war (rul48a-2(a)): the war's
	// lands or border, its fighters, commanders or leaders.
	plotWarTieWords = union(syrianWords, iraqWords, wordList("الحدود الحدودية مقاتلين مقاتلي المقاتلين قيادي قياديين قيادة أمير قائد قادة"))
)

// homePlot reports the sentence of token i telling an arrest for a plot at
// home with no tie to the war: round 48's rul48a-2(b) leaves the state out
// where its police arrest suspected members of a group on its own soil for
// a domestic plot ("ألقت الشرطة التركية القبض على 14 شخصا يشتبه بأنهم من
// تنظيم داعش الإرهابي، كانوا يجهزون لهجوم في أنقرة قبل الانتخابات"), and
// codes it where the arrested are the war's fighters or leaders, or go to
// or come from the war (plotWarTieWords).
func homePlot(toks []token, i int) bool {
	return sentenceHas(toks, i, homePlotWords) && !sentenceHas(toks, i, plotWarTieWords)
}
