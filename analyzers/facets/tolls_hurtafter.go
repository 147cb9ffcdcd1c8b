package facets

// The wounded told figure-first: "ذكرت مصادر طبية ... أن تسعة أشخاص
// أصيبوا بجروح في انفجار سيارة"، "أن 19 شخصا أصيبوا في تفجير انتحاري"،
// "إن 4 أشخاص أصيبوا في إطلاق نار". The figure, its noun, then the
// plural passive verb of wounding, as killedAfterNoun reads "4 مسلحين
// قتلوا" for the dead; within the paragraphs the main toll is read from
// (maxTollPara: "وكان قائد شرطة تورونتو قال ... إن 14 شخصا أصيبوا بجروح"
// stands in the third), and through the guards every toll passes (an
// earlier year, a period, a cause's toll). The guide's toll conventions
// carry over to the injured count, and the coders code these figures
// (round 47's blind audit b: the Dokki car blast's nine).

// woundedPlural are the plural verbs a figure's noun may be wounded by.
var woundedPlural = wordSet("اصيبوا جرحوا")

// hurtNounsAfterFall are the nouns of "سقطوا جرحى".
var hurtNounsAfterFall = wordSet("جرحى الجرحى مصابين")

// hurtAfterNoun reports the noun at token j, right after a figure,
// followed by a plural verb of wounding ("تسعة أشخاص أصيبوا"، "7 جنود على
// الأقل أصيبوا"، "12 مدنيا سقطوا جرحى"), with no object of its own.
func hurtAfterNoun(toks []token, j int) bool {
	return figureNounVerb(toks, j, woundedPlural, hurtNounsAfterFall, hurtAfterGroup) && !illnessAfterHurt(toks, j)
}

// illnessAfterHurt reports the verb of wounding after the figure's noun at
// j followed by an illness: "أكثر من 820 ألف شخص أصيبوا بالمرض"، "155
// شخصا أصيبوا بجلطات"، "108 أشخاص أصيبوا بالعدوى". أصيب ب is an
// infection or a disorder there, no wound.
func illnessAfterHurt(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+maxGroupWords+3 && toks[k].sent == toks[j].sent; k++ {
		if !toks[k].has(woundedPlural) {
			continue
		}
		v := k + 1
		return v < len(toks) && toks[v].sent == toks[k].sent &&
			(toks[v].has(illnessWords) || toks[v].has(virusWords) || toks[v].has(ailmentWords))
	}
	return false
}

// ailmentWords are what else a figure of people "أصيبوا ب" in a health
// story, beside illnessWords: "بجلطات"، "بحصوات في الكلى"، "بالمرض".
var ailmentWords = wordSet("بالمرض بالفيروس بجلطات بجلطه بجلطة بالجلطات بحصوات بالحصوات بالسكتة بسكتة بالسل بالملاريا بالكوليرا بالتهاب بأمراض بالأمراض بالعمى بالشلل بالإدمان بالحمى")

// hurtAfterGroup reports a group named with من after a figure and the
// plural verb it was wounded by: "ثلاثة من عناصر الشرطة أصيبوا".
func hurtAfterGroup(toks []token, j int) bool {
	return groupThenVerb(toks, j, woundedPlural, hurtNounsAfterFall)
}

// hurtGroupBefore returns the figure of a first group joined to the
// figure at i by و, "إن ثلاثة رجال شرطة وسبعة مدنيين أصيبوا": the
// wounded of both groups (10). A figure within maxHurtGroupWords words
// before it in the same sentence, with no verb of wounding or dying
// between; 0 when there is none.
func hurtGroupBefore(toks []token, i int) int {
	if _, used := readNumber(toks, i); used > 0 || i == 0 {
		return 0 // no و before the second figure
	}
	for j := i - 2; j >= 0 && j >= i-maxHurtGroupWords && toks[j].sent == toks[i].sent && !toks[j].gap; j-- {
		if toks[j].has(woundedPlural) || toks[j].has(diedPlural) || toks[j].has(hurtVerbs) {
			return 0
		}
		if n, used := readNumberWa(toks, j); used > 0 && n > 0 && j+used < i {
			return n
		}
	}
	return 0
}

// maxHurtGroupWords is how far back the first group's figure may stand:
// "ثلاثة رجال شرطة وسبعة" is a figure and a two-word noun.
const maxHurtGroupWords = 4

// wholeBefore reports a figure-first count of the wounded (toll.whole)
// of kind among ts: the figures its sentence gives after it are its parts.
func wholeBefore(ts []toll, kind killKind) bool {
	for _, t := range ts {
		if t.kind == kind && t.whole && !t.vague && !t.part {
			return true
		}
	}
	return false
}
