package facets

// Children and women a war killed. "كشفت إحصائية للأمم المتحدة مقتل 365
// طفلا في اليمن وجرح أكثر من 480 منذ اندلاع الحرب": a toll of children
// or women (childWords) in a sentence that names the war or the fighting
// they died in has no attack, blast or force beside it for the victim
// words' toll rule to read, yet the golds code them as civilians. Persons
// so counted are left out ("مقتل أكثر من 350 ألف شخص منذ بدء الحرب" is the
// war's toll of all sides).

// warTollWords name a war or the fighting in it.
var warTollWords = wordSet("الحرب حرب الحروب النزاع القتال المعارك")

// warVictims reports a child or woman at m killed or hurt (a harm word
// within three words of it) in a sentence that names a war or its
// fighting. Farther off the harm is as often another's: "ومن بين
// المتطرفات البالغ عددهن 158 امرأة واحدة ماتت فقط منهن بينما قتل خمسة
// أحداث ... ذهبوا إلى سوريا للقتال".
func warVictims(toks []token, m mention) bool {
	return toks[m.start].has(childWords) && nearWord(toks, m.start, m.end, 3, victimHarmWords) && sentenceHas(toks, m.start, warTollWords)
}

// Persons a war, a conflict or an insurgency killed over its years. "في
// حملة قد تنهي عملية سلام تهدف إلى إنهاء تمرد أدى إلى قتل 40 ألف شخص منذ
// عام 1984"، "وهو الصراع الذي أودى بحياة أكثر من 10 آلاف شخص" (Ukraine's),
// "تمردا منذ ثلاثة عقود ... مما أسفر عن مقتل نحو 40 ألف شخص" (the PKK's):
// the war's own toll counted in thousands, fighters and soldiers among
// them, is no victims of an attack, though an air raid or a force stands
// in the same sentence. The blind coders code no civilians for it (round
// 40's aud40e sample 2015-07-27-1043, CN-internationalNews-664,
// SK-internationalNews-2000), as warVictims leaves out persons so counted.
// A toll of hundreds ("مقتل أكثر من 520 شخصاً ... منذ تجديد الجيش السوري
// لعملياته") or one the sentence puts in weeks with no war word ("ألف
// شخص قتلوا في الغوطة الشرقية خلال الأسبوعين الأولين من هجوم النظام")
// stays the attack's, as do persons beside a bomb, a blast or an attack
// noun ("وانفجار قنبلة هيروشيما الذي قتل 140 ألف شخص بحلول نهاية العام
// ... وانتهت الحرب"، "وأسفر الهجوم النووي ... في الأيام الأخيرة للحرب
// العالمية الثانية عن مقتل 74 ألف شخص"): one attack's dead (the latter,
// in a sentence that names an older war, oldWarMention then drops as
// history, actors_oldwar.go).

var (
	// insurgencyWords name an insurgency, which warTollWords leave out.
	insurgencyWords = wordSet("تمرد تمردا التمرد")
	// warThousandWords count in thousands or more.
	warThousandWords = wordSet("ألف ألفا آلاف الآلاف مليون ملايين")
	// warBombWords name a bomb or a blast, which make the toll one
	// attack's. Not attackWords: their "الإرهابية" describes the PKK in
	// the sentence of its insurgency's toll.
	warBombWords = wordSet("قنبلة القنبلة بقنبلة قنابل القنابل انفجار الانفجار وانفجار تفجير التفجير")
)

// warAttackReach is how far before the persons an attack noun makes them
// one attack's dead: "وأسفر الهجوم النووي الذي كان الثاني من نوعه في
// الأيام الأخيرة للحرب العالمية الثانية عن مقتل 74 ألف شخص".
const warAttackReach = 20

// warTotalPersons reports plain persons (plainPersonMention) with a
// thousands word within two words before them, in a sentence that names a
// war, its fighting or an insurgency, with no bomb or blast in it and no
// attack noun before them.
func warTotalPersons(toks []token, m mention) bool {
	if !plainPersonMention(toks, m) || !nearBefore(toks, m.start, 2, warThousandWords) {
		return false
	}
	if sentenceHas(toks, m.start, warBombWords) || nearBefore(toks, m.start, warAttackReach, assaultWords) {
		// "انفجار قنبلة هيروشيما الذي قتل 140 ألف شخص"، "وأسفر الهجوم
		// النووي ... عن مقتل 74 ألف شخص": one attack's dead. An attack
		// after them is as often the news beside the war's toll: "وقتل
		// أكثر من 350 ألف شخص في الحرب ... لكن دبلوماسيين ... يخشون من أن
		// يؤدي الهجوم على إدلب إلى كارثة".
		return false
	}
	return sentenceHas(toks, m.start, warTollWords) || sentenceHas(toks, m.start, insurgencyWords)
}

// Civilians killed in thousands. "سياساتها ... التي تسببت في مقتل مئات
// آلاف المدنيين في سوريا" (Erdogan's charge against Iran, round 55's
// aud55a sample), "معركة الموصل ... أدت إلى مقتل الآلاف من المدنيين"،
// "قامت بشكل منهجي باعتقال وتعذيب وقتل عشرات الآلاف من المدنيين السوريين"
// (a sanctions rationale), "نزاع دام أسفر عن مقتل عشرات الآلاف من
// المدنيين": thousands of civilians named by a plural after a killing noun
// are a war's or a campaign's whole count, a charge or a rationale, not
// the victims of an event the story reports; the golds code no civilians
// for them (BB-middleEast-401, CN-middleEast-1286). It is
// warTotalPersons' reading of persons, with no war word asked: the
// civilian word carries the war. Thousands told otherwise are the
// story's: besieged or harmed now ("يضيق الخناق ... على عشرات آلاف
// المدنيين المحاصرين"، "قمع آلاف المدنيين وقتلوا"), maimed by mines ("بتر
// لأطراف الآلاف من السكان"), driven out (displacedObject weighs those,
// and keeps them beside an attack or a party). A figure counting the
// singular stays too ("وقتل أكثر من ألف مدني خلال 3 أسابيع من حملة
// القصف"، "ما يزيد على 130 ألف مدني"): the golds code those tolls'
// civilians (SK-middleEast-250, BB-middleEast-690). A bomb or blast in the
// sentence keeps them, as it keeps persons: one attack's dead.

// thousandsTollNouns name the killing a count of thousands follows:
// "مقتل"، "وقتل"، "بسقوط".
var thousandsTollNouns = wordSet("مقتل ومقتل بمقتل قتل وقتل بقتل سقوط وسقوط بسقوط")

// thousandsCivilians reports a plural word for civilians, residents or
// citizens (civilianRanks) with a thousands word within two words before
// it ("مئات آلاف المدنيين"، "الآلاف من المدنيين") and a killing noun
// (thousandsTollNouns) within three words before that, in a sentence with
// no bomb or blast.
func thousandsCivilians(toks []token, m mention) bool {
	if !toks[m.start].has(civilianRanks) {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-2 && toks[k].sent == toks[m.start].sent; k-- {
		if toks[k].has(warThousandWords) {
			return nearBefore(toks, k, 3, thousandsTollNouns) && !sentenceHas(toks, m.start, warBombWords)
		}
	}
	return false
}
