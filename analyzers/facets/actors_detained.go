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
		"شخصا اشخاص الاشخاص اهالي الاهالي سكان")
	// suspectWords in the sentence make the detained suspects of the
	// armed group named there, not its victims: "اعتقال ثمانية اشخاص ...
	// يشتبه في انهم كانوا يخططون لارتكاب اعتداءات ... باسم تنظيم داعش".
	suspectWords = union(wordSet("للاشتباه الاشتباه يشتبه المشتبه مشتبه مشتبها مرتبطين المرتبطين ارتباط صلة صلتهم صلتهما"), memberWords)
	// authorityWords name the police, courts and security services of a
	// state: their arrests are law enforcement or repression, not the
	// war's ("اعتقلت السلطات التركية 590 شخصا"، "أمرت محكمة تركية
	// باعتقال 12 شخصا"، "الأجهزة الأمنية الإيرانية").
	authorityWords = wordSet("السلطات سلطات الشرطة شرطة محكمة المحكمة القضاء النيابة الامنية الاجهزة")
	// armedAgentWords name an armed group that no taxonomy id holds
	// (Yemen's Houthis) or holds only generically: "الميليشيات"، "مسلحو".
	armedAgentWords = wordSet("ميليشيات الميليشيات مليشيات المليشيات ميليشيا مليشيا الحوثي الحوثيون الحوثيين الحوثية مسلحو مسلحي مسلحون مسلحين المسلحين المسلحون الانقلابيين الانقلابيون")
)

// detainedSpan is how many words after a detention word its object may
// stand: "حملة اعتقالات واسعة شملت العشرات من شباب" puts it five away.
const detainedSpan = 6

// detainedMentions returns a civilians mention for each role noun that
// stands within detainedSpan words after a detention word in its sentence.
// Whether it counts (an armed group in the sentence) is detainedByArmed's
// question, asked from actorCounts.
func detainedMentions(toks []token) []mention {
	var out []mention
	for i := range toks {
		if !toks[i].has(detentionWords) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+detainedSpan && toks[j].sent == toks[i].sent; j++ {
			if toks[j].has(detainedRoles) {
				out = append(out, mention{e: detainedEntry, start: j, end: j + 1})
				break
			}
		}
	}
	return out
}

// detainedByArmed reports a detained role noun whose sentence names an armed
// group: a rebel, jihadist or militia actor, Syria's regime, or a militia
// word ("الميليشيات الحوثية"، "مسلحو الحوثي").
func (l *lexicon) detainedByArmed(toks []token, ms []mention, m mention) bool {
	if sentenceHas(toks, m.start, suspectWords) || sentenceHas(toks, m.start, authorityWords) {
		return false
	}
	if sentenceHas(toks, m.start, armedAgentWords) {
		return true
	}
	s := toks[m.start].sent
	for _, o := range ms {
		// A weak alias ("النظام"، "الحشد") is as often another state's
		// regime or a crowd.
		if o.e.kind != kindActor || o.e.weak || toks[o.start].sent != s {
			continue
		}
		id := o.e.ids[0]
		if a := l.actors[id]; a != nil && (a.kind == "rebel" || a.kind == "militia") || id == "syrian-government" {
			return true
		}
	}
	return false
}
