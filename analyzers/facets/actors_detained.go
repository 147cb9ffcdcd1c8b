package facets

// Civilians abducted or detained by an armed group.
//
// The gold guide codes civilians where they are "targeted", and the samples'
// golds code people that a militia, an insurgent group or Syria's regime
// abducts, detains or tortures as civilians even when no attack word stands
// near them: "اختطفت الميليشيات الحوثية الناشط ..."، "احتجز مسلحو الحوثي
// الصحافي"، "حملة اعتقالات واسعة شملت العشرات من شباب مدينة الحديدة"،
// "اعتقال النظام السوري 476 شخصًا، بينهم 45 طفلًا". harmWords hold
// abduction (خطف، اختطاف) but not detention, and the role nouns (ناشط،
// صحفي، طبيب) are no aliases (round 9 read them as victims anywhere and
// found them mostly not). Here a role noun counts only as the object of a
// detention word, in a sentence that names the armed group doing it: an
// arrest by police, a court or a ministry ("اعتقلت الشرطة ... المشتبه به"،
// "أمرت محكمة تركية باحتجاز تسعة طلاب") is law enforcement, not the war.
//
// The armed group must also be the detention's agent, not a name that
// merely shares its sentence: the nearest agent before the detention word
// (its subject, or the author of the campaign, "نفذت ميليشيات الحوثي حملة
// اعتقالات") or between it and the role noun ("اعتقل تنظيم داعش 38
// مواطنا"). A state's government standing nearer ("هدد داعش الحكومة
// التركية بالرد بعد أن ... اعتقلت إخواننا من المواطنين"), a group named
// only after the detained ("اعتقال ناشطين أكراد أو ... مؤيدين لتنظيم
// داعش") or one a state is said to support ("دعمها للنظام السوري وحزب
// الله ... واعتقال مواطنين أمريكيين") make the arrest a state's.

var (
	// detainedEntry is the civilians entry a detained role noun stands for.
	detainedEntry = &entry{words: []string{"detained"}, kind: kindActor, ids: []string{"civilians"}, weak: true}
	// detentionWords name an abduction, a detention or torture.
	detentionWords = wordSet("اختطف اختطفت اختطفوا اختطاف اختطافه اختطافهم اختطافات خطف خطفت خطفوا احتجز احتجزت احتجزوا احتجاز " +
		"اعتقل اعتقلت اعتقلوا اعتقال اعتقالات الاعتقالات الاعتقال تعذيب عذبت عذبوا")
	// detainedRoles name people by a civilian role or age: the activist,
	// the journalist, the doctor, the young, children, women, citizens.
	detainedRoles = wordSet("ناشط الناشط ناشطا ناشطين الناشطين ناشطون صحفي الصحفي صحفيا صحفيين الصحفيين صحافي الصحافي صحافيا صحافيين الصحافيين " +
		"طبيب الطبيب طبيبا اطباء الاطباء معلم المعلم معلمين المعلمين طالب طلاب الطلاب شباب الشباب شبان الشبان " +
		"طفل طفلا اطفال الاطفال طفلة نساء النساء امراة مواطن مواطنا مواطنين المواطنين مدنيين المدنيين مدنيا " +
		"شخصا اشخاص الاشخاص اهالي الاهالي سكان " +
		// workers by the indefinite construct ("17 من عمال الإغاثة"):
		// "العمال" is also the PKK's name ("حزب العمال").
		"عمال")
	// suspectWords in the sentence make the detained suspects of the
	// armed group named there, not its victims: "اعتقال ثمانية اشخاص ...
	// يشتبه في انهم كانوا يخططون لارتكاب اعتداءات ... باسم تنظيم داعش".
	suspectWords = union(wordList("للاشتباه الاشتباه يشتبه المشتبه مشتبه مشتبها مرتبطين المرتبطين ارتباط صلة صلتهم صلتهما"), memberWords)
	// authorityWords name the police, courts and security services of a
	// state: their arrests are law enforcement or repression, not the
	// war's ("اعتقلت السلطات التركية 590 شخصا"، "أمرت محكمة تركية
	// باعتقال 12 شخصا"، "الأجهزة الأمنية الإيرانية").
	authorityWords = wordSet("السلطات سلطات الشرطة شرطة محكمة المحكمة القضاء النيابة الامنية الاجهزة")
	// armedAgentWords name an armed group that no taxonomy id holds
	// (Yemen's Houthis) or holds only generically: "الميليشيات"، "مسلحو".
	// stateAgentWords name a state's government, ministries and security
	// services as the agent of an arrest: "الحكومة التركية"، "وزارة
	// الداخلية"، "قوات الأمن"، "المخابرات".
	stateAgentWords = wordSet("الحكومة حكومة الحكومية وزارة الوزارة الداخلية الامن المخابرات مخابرات الاستخبارات استخبارات")
	// detainedSupportWords before an armed group make it what another
	// supports ("دعمها للنظام السوري وحزب الله"), not an agent.
	detainedSupportWords = wordSet("دعم دعمها دعمه دعمهم الدعم تدعم يدعم دعمت")
	// passiveAgentWords then passiveByWords introduce a passive's agent:
	// "من قبل"، "على يد"، "على أيدي".
	passiveAgentWords, passiveByWords = wordSet("من على"), wordSet("قبل يد ايدي يدي")
	armedAgentWords                   = wordSet("ميليشيات الميليشيات مليشيات المليشيات ميليشيا مليشيا الحوثي الحوثيون الحوثيين الحوثية مسلحو مسلحي مسلحون مسلحين المسلحين المسلحون الانقلابيين الانقلابيون")
)

// armedGroupNouns then armedAdjectives name an armed group no taxonomy id
// holds: "اختطفت مجموعات مسلحة 17 من عمال الإغاثة"، "جماعة مسلحة". Only
// the indefinite adjective: "القوات المسلحة" is a state's army.
var (
	armedGroupNouns = wordSet("مجموعة مجموعات جماعة جماعات عصابة عصابات")
	armedAdjectives = wordSet("مسلحة")
)

// detainedPassiveSpan is how many words after the detained noun a passive's
// agent ("من قبل"، "على أيدي") may begin: "الصحافيين في اليمن من قبل".
const detainedPassiveSpan = 4

// detainedSpan is how many words after a detention word its object may
// stand: "حملة اعتقالات واسعة شملت العشرات من شباب" puts it five away.
const detainedSpan = 6

// detainedMentions returns a civilians mention for each role noun that
// stands within detainedSpan words after a detention word in its sentence.
// Whether it counts (an armed group in the sentence) is detainedByArmed's
// question, asked from actorCounts.
func detainedMentions(toks []token) []mention {
	// Every mention is a detainedRoles word after a detentionWords one:
	// an article lacking either skips the walk over every token.
	if !inArticle(toks, detentionWords) || !inArticle(toks, detainedRoles) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, detentionWords) {
		for j := i + 1; j < len(toks) && j <= i+detainedSpan && toks[j].sent == toks[i].sent; j++ {
			if toks[j].has(detainedRoles) {
				out = append(out, mention{e: detainedEntry, start: j, end: j + 1})
				break
			}
		}
	}
	return out
}

// detainedByArmed reports a detained role noun whose detention has an armed
// group for its agent: a rebel, jihadist or militia actor, Syria's regime,
// or a militia word ("الميليشيات الحوثية"، "مسلحو الحوثي"), nearest to the
// detention word before it or standing between it and the noun, with no
// state agent nearer (see detainedAgent).
func (l *lexicon) detainedByArmed(toks []token, ms []mention, m mention) bool {
	if sentenceHas(toks, m.start, suspectWords) || sentenceHas(toks, m.start, authorityWords) {
		return false
	}
	d := m.start - 1
	for d > m.start-1-detainedSpan && !toks[d].has(detentionWords) {
		d--
	}
	// The verb's subject or the noun's genitive, between the two
	// ("احتجز الحوثيون نازحين"، "اعتقال النظام السوري 476 شخصًا").
	for j := d + 1; j < m.start; j++ {
		if a := l.detainedAgent(toks, ms, j); a != 0 {
			return a > 0
		}
	}
	// A passive's agent after the noun ("تتم ملاحقة واعتقال الصحافيين في
	// اليمن من قبل المسلحين الحوثيين"، "على أيدي").
	for j := m.end; j+2 < len(toks) && j < m.end+detainedPassiveSpan && toks[j+2].sent == toks[d].sent; j++ {
		if toks[j].has(passiveAgentWords) && toks[j+1].has(passiveByWords) {
			for k := j + 2; k < len(toks) && k < j+5 && toks[k].sent == toks[d].sent; k++ {
				if a := l.detainedAgent(toks, ms, k); a != 0 {
					return a > 0
				}
			}
		}
	}
	// The subject or the campaign's author before it, however far: a
	// chain of verbs keeps its first subject ("فرضت ميليشيات الحوثي
	// حظرا للتجول ... وكثفت من الاعتقالات في أوساط المدنيين").
	for j := d - 1; j >= 0 && toks[j].sent == toks[d].sent; j-- {
		if a := l.detainedAgent(toks, ms, j); a != 0 {
			return a > 0
		}
	}
	return false
}

// detainedAgent tells whether token j names an armed group (1), a state's
// government or services (-1) or neither (0), as the agent of a detention.
func (l *lexicon) detainedAgent(toks []token, ms []mention, j int) int {
	if toks[j].has(armedAgentWords) || j > 0 && toks[j].has(armedAdjectives) && toks[j-1].has(armedGroupNouns) {
		return 1
	}
	for _, o := range ms {
		// A weak alias ("النظام"، "الحشد") is as often another state's
		// regime or a crowd.
		if o.e.kind != kindActor || o.e.weak || j < o.start || j >= o.end {
			continue
		}
		id := o.e.ids[0]
		if a := l.actors[id]; a != nil && (a.kind == "rebel" || a.kind == "militia") || id == "syrian-government" {
			if nearBefore(toks, o.start, 3, detainedSupportWords) {
				return 0 // what a state supports
			}
			return 1
		}
	}
	if toks[j].has(stateAgentWords) {
		return -1
	}
	return 0
}
