package facets

import (
	"slices"
	"strings"
)

// militiaWarWords are the words an op-ed tells a militia's war with that
// the actor rules' military and harm sets leave out: "يشارك كطرف رئيس في
// الحرب داخل سوريا"، "يدخل مقاتلو حزب الله ... في معركته"، "حملات الإبادة"،
// "انتصارات حزب الله على الشعب السوري في القصير"، "كي يؤمن السيطرة على غرب
// دمشق"، "يستخدمون أسلحة"، "لفتح مزيد من الجبهات".
var militiaWarWords = wordSet("الحرب حرب حروب معركة المعركة معركته مقاتلو مقاتلي مقاتلين مقاتلون الإبادة مجازر انتصارات السيطرة سيطرة الجبهات جبهات أسلحة الأسلحة")

// politicalMilitias drops from ids the militias that are also parties in
// their own country's politics (Hezbollah in Lebanon, the PMF and its
// brigades in Iraq: the taxonomy's militias not of Syria's regime) where
// the article tells of no event (no event type, no toll) and names the
// militia once, outside the title. There the name is the party's, not the
// force's: "مقاعد نيابية"، "بتحويل الأموال إلى الجماعات الإرهابية مثل حماس
// و«حزب الله»" in a sanctions story, "وتسليم نظام الأسد البلد لهيمنة حزب
// الله" in an op-ed, "رابط بين حماس وحزب الله" at a Security Council
// session. A militia in the title, or named again, is what the article is
// about and stays; so does one in a story of fighting, where its single
// mention is as often a party to it. So does one whose sentence tells of
// its war in Syria (warInSyria): an op-ed on Hezbollah's part in the war
// discusses a party to it, which the gold codes.
func (l *lexicon) politicalMilitias(toks []token, ms []mention, ids []string) []string {
	// The PMF's factions read as phrases (actors_iraq.go) are named
	// mentions too.
	ms = slices.Concat(ms, iraqFactionMentions(toks, ms))
	return slices.DeleteFunc(ids, func(id string) bool {
		a := l.actors[id]
		if a == nil || a.kind != "militia" || l.under(id, "syrian-government") {
			return false
		}
		if partyStory(toks) {
			if allPolitical(toks, ms, id) {
				return true
			}
		} else if sanctionsTitle(toks) && !warTold(toks, ms, id) {
			// "السعودية وحلفاؤها تدرج 10 من قادة حزب الله على قائمة
			// الإرهاب": the sanctioned group is a party only where some
			// sentence tells its war (actors_sanctioned.go). An election
			// story's sanctions are its own reader's (allPolitical).
			return true
		}
		only := onlyMention(ms, id)
		if only == nil || toks[only.start].title {
			return false
		}
		return !sentenceHas(toks, only.start, militaryWords) && !sentenceHas(toks, only.start, harmWords) &&
			!warInSyria(toks, ms, *only)
	})
}

// electionWords tell of a country's party politics: its elections, its
// parliament's seats and lists, its voters and candidates — the one candidate
// too ("المرشح عن حزب الله في جبيل"، "يعتقد أنه المرشح الوحيد لرئاسة
// الجمهورية": round 49's blind audit of draw 4950, rul45d-3 (iii)). Not
// "حكومة"، "نواب" or "تشكيل", which statements and armies name.
var electionWords = wordSet("الانتخابات انتخابات الانتخابية الانتخابي انتخابية انتخابي النيابية النيابي نيابية نيابي " +
	"مقعد مقعدا مقعدًا مقعداً المقعد مقاعد المقاعد اللائحة لائحة اللوائح لوائح البرلمان البرلمانية برلمانا " +
	"الناخبين ناخبين المرشحين مرشحين المرشح مرشح مرشحا مرشحة المرشحة الكتلة كتلة")

// armedHandWords tell of the party's arms or its hand in a deed: "لضرب
// مبرح على يد مجموعة من ميليشيات حزب الله"، "يستقوون بالسلاح"، "مناصرين
// لحزب الله وأمل بالرشاشات في الشوارع".
var armedHandWords = wordSet("يد السلاح بالسلاح سلاح بسلاحه سلاحه بالرشاشات الرشاشات مسلحين مسلحون المسلحين")

// partyStory reports an article of party politics: two or more words of
// elections, seats, lists or voters (electionWords) in its body. A title's
// "مقاعد نيابية" over a sanctions story's one sentence is no election story
// (AL-internationalNews-954 in actors_politics_classes_test.go).
func partyStory(toks []token) bool {
	if !inArticle(toks, electionWords) {
		return false
	}
	n := 0
	for i := range toks {
		if !toks[i].title && toks[i].has(electionWords) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// allPolitical reports that every mention of the militia id, title or
// body, sits in a sentence of no fighting and no harm that names no
// Syria: in an election story (partyStory) the party's name
// is the party's, named again and again, "فقد حدد حزب الله 12 مقعداً"،
// "الحليف الأبرز لحزب الله"، "لكن حزب الله مني بخسائر في أحد معاقله وهي
// دائرة بعلبك-الهرمل الانتخابية" (round 37–41 blind codings code no
// Hezbollah for Lebanon's 2018 election, a speaker elected, a government
// formed). One mention of its war or beside Syria, its regime or Assad
// ("يقاتل إلى جانب قوات النظام"، "سياسة حزب الله خاصة تدخله في سوريا")
// keeps it: the golds code Hezbollah where an election story discusses
// its part in the war (pool SK-middleEast-1428-20180505).
func allPolitical(toks []token, ms []mention, id string) bool {
	ms = slices.Concat(ms, iraqFactionMentions(toks, ms))
	any := false
	for _, m := range ms {
		if m.e.kind != kindActor || m.e.ids[0] != id {
			continue
		}
		any = true
		if sentenceHas(toks, m.start, militaryWords) || sentenceHas(toks, m.start, harmWords) ||
			sentenceHas(toks, m.start, fightWords) || sentenceHas(toks, m.start, militiaWarWords) ||
			sentenceHas(toks, m.start, syrianWords) || sentenceHas(toks, m.start, armedHandWords) {
			return false
		}
	}
	return any
}

// warInSyria reports that the mention m is told as a party to the war in
// Syria: a word of fighting or of a militia's war (fightWords,
// militiaWarWords) within eight words of it, in a sentence that names
// Syria, its regime or a Syrian place ("الذي يشارك كطرف رئيس في الحرب داخل
// سوريا"، "انتصارات حزب الله على الشعب السوري في القصير"). The war word
// must be near: a long op-ed sentence names "الحرب على الإرهاب" or the war
// in Yemen a clause away from a list of Iran's allies.
func warInSyria(toks []token, ms []mention, m mention) bool {
	return (nearWord(toks, m.start, m.end, 8, fightWords) || nearWord(toks, m.start, m.end, 8, militiaWarWords)) &&
		syriaInSentence(toks, ms, m)
}

// syriaInSentence reports that the sentence of mention m names Syria, its
// regime or Assad (syrianWords) or a Syrian place among ms: the setting
// warInSyria and warTold (actors_sanctioned.go) ask of a militia's war.
func syriaInSentence(toks []token, ms []mention, m mention) bool {
	return sentenceHas(toks, m.start, syrianWords) || placeInSentence(toks, ms, m)
}

// terrorLabelWords are the labels speakers put on an armed group:
// "تنظيمات إرهابية مثل القاعدة"، "نهج القاعدة الإرهابي"، "تنظيم إرهابي موال
// للقاعدة".
var terrorLabelWords = wordSet("إرهاب الإرهاب إرهابي الإرهابي إرهابية الإرهابية إرهابيين الإرهابيين إرهابيون الإرهابيون")

// labelledGroups drops from ids the armed groups (the taxonomy's rebels and
// militias, the regime's aside) that the article, telling of no event,
// names once, outside the title, with a terror label beside the name or as
// the name itself ("الإرهابيين"). There the group is what a speaker
// condemns, a list of terror's examples in a Gulf statement or a sermon,
// not a party the article discusses: "سوى تنظيمات إرهابية مثل القاعدة"،
// "ليهجر نهج القاعدة الإرهابي"، "وتحييد خطر التنظيمات الإرهابية (القاعدة
// وداعش)". A group whose sentence tells of fighting, harm, its own deed or
// a cell of it caught ("ضرب هذه المرة في قلب مسجد"، "الإطاحة بتنظيم مكون
// من خلايا مرتبطة بتنظيم داعش الإرهابي"), or names Syria or a Syrian place
// ("ومن بينها جبهة النصرة المصنفة إرهابية" among Idlib's factions), is a
// party however it is labelled, and stays.
func (l *lexicon) labelledGroups(toks []token, ms []mention, ids []string) []string {
	return slices.DeleteFunc(ids, func(id string) bool {
		a := l.actors[id]
		if a == nil || a.kind != "rebel" && a.kind != "militia" || l.under(id, "syrian-government") {
			return false
		}
		only := onlyMention(ms, id)
		if only == nil || toks[only.start].title {
			return false
		}
		if !terrorName(only.e) && !nearWord(toks, only.start, only.end, 3, terrorLabelWords) {
			return false
		}
		return !sentenceHas(toks, only.start, militaryWords) && !sentenceHas(toks, only.start, harmWords) &&
			!sentenceHas(toks, only.start, fightWords) && !sentenceHas(toks, only.start, deedWords) &&
			!sentenceHas(toks, only.start, syrianWords) && !placeInSentence(toks, ms, *only)
	})
}

// deedWords tell of a labelled group's own deed or of a cell of it caught:
// "العملية الارهابية التي نفذها تنظيم داعش"، "الإطاحة بتنظيم مكون من خلايا
// مرتبطة بتنظيم داعش الإرهابي"، "ضرب هذه المرة في قلب مسجد".
var deedWords = wordSet("نفذ نفذه نفذها نفذت نفذوا تبنى تبناه تبنت تبنته ضرب ضربت خلايا خلية الإطاحة ضبط إحباط أحبطت")

// terrorName reports an alias that names its group a terrorist
// ("الإرهابيين"، "الجماعات الإرهابية"), not one that says only "the armed"
// ("المعارضة المسلحة" is the opposition's common name).
func terrorName(e *entry) bool {
	for _, w := range e.words {
		if strings.Contains(w, "ارهاب") {
			return true
		}
	}
	return false
}

// onlyMention returns the one counted mention of the actor id, or nil
// where it has none or more than one.
func onlyMention(ms []mention, id string) *mention {
	var only *mention
	for i := range ms {
		if m := &ms[i]; m.e.kind == kindActor && m.e.ids[0] == id {
			if only != nil {
				return nil
			}
			only = m
		}
	}
	return only
}
