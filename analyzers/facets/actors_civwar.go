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
