package facets

// People a group is made of, and people an arrest takes, are no victims.
//
// A cell or an armed side that "comprises" people counts its members:
// "الإطاحة بتنظيم إرهابي ينتمي لتنظيم داعش الإرهابي يضم (431) شخصًا"،
// "تضم المجموعة الأولى 97 شخصا"، and of Syria's opposition "وضمت في البداية
// مسلحين منشقين ومدنيين قتل عدد كبير منهم في المعارك" (holdout-28 codes no
// civilians: they joined the fighting). A crowd that comprises people is
// where they stood: "فجر انتحاري نفسه في حشد يضم عناصر من طالبان وقوات
// الأمن ومدنيين" keeps them, since neither a group noun nor armed men go
// with its verb.
//
// Persons or nationals a police or an authority arrested are suspects:
// "الشرطة أوقفت 251 شخصًا في إطار حملة"، "أوقفت السلطات الفلبينية،
// الاثنين، رجلا مصريا"، "قتل ما لا يقل عن 25 شخصا واعتقل ما يصل إلى 3700
// شخص". suspicionWords already take persons within three words of an
// arrest; this reads the verb "أوقف" and a count or a day between.

var (
	// comprisesVerbs say what a body is made of.
	comprisesVerbs = wordSet(conjForms("ضم ضمت يضم تضم يضمون يضمان تضمان"))
	// memberGroupWords are bodies whose people are members: a cell, a
	// group, an organisation, an armed side.
	memberGroupWords = wordSet("تنظيم التنظيم بتنظيم تنظيما خلية الخلية خلايا مجموعة المجموعة مجموعات جماعة الجماعة فصيل الفصيل المعارضة شبكة الشبكة عصابة العصابة كتيبة الكتيبة ميليشيا")
	// armedMemberWords are fighters a comprise verb lists beside the
	// people: "وضمت ... مسلحين منشقين ومدنيين".
	armedMemberWords = wordSet("مسلحين مسلحون المسلحين منشقين المنشقين مقاتلين المقاتلين عسكريين ضباط")
	// arrestVerbs take people into custody. Unlike suspicionWords they
	// hold "أوقف", which beside persons is always an arrest.
	arrestVerbs = wordSet("اعتقل اعتقلت اعتقال باعتقال واعتقل تعتقل يعتقل اعتقلوا أوقف أوقفت يوقف توقيف بتوقيف القبض")
)

// comprisedMembers reports a comprises verb within the five words before
// the civilians mention m, where a group noun
// stands within two words either side of the verb or an armed-men word
// between the verb and m: the people are the body's members.
func comprisedMembers(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-5 && toks[j].sent == s; j-- {
		if !toks[j].has(comprisesVerbs) {
			continue
		}
		for k := j - 2; k <= j+2; k++ {
			if k >= 0 && k != j && k < len(toks) && toks[k].sent == s && toks[k].has(memberGroupWords) {
				return true
			}
		}
		for k := j + 1; k < m.start; k++ {
			if toks[k].has(armedMemberWords) {
				return true
			}
		}
		return false
	}
	return false
}

// arrestedPeople reports an arrest verb within the five words before the
// persons or nationals mention m, with no harm word between: the people
// are the arrest's, not an attack's.
func arrestedPeople(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.start - 1; j >= 0 && j >= m.start-5 && toks[j].sent == s; j-- {
		if toks[j].has(victimHarmWords) || toks[j].has(harmWords) {
			return false
		}
		if toks[j].has(arrestVerbs) {
			return true
		}
	}
	return false
}
