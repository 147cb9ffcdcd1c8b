package facets

// Hundreds and thousands of a people counted by the bare singular. Arabic
// puts the counted noun after a hundred or a thousand in the genitive
// singular: "أعدم ألفي عراقي"، "أصيب أكثر من 1400 فلسطيني"، "مقتل نحو 5
// آلاف كردي", where below a hundred it is the accusative or plural
// nationalVictimWords already count ("16 عراقياً"، "149 فلسطينياً"). So
// the Nineveh executions, "داعش يعدم ما يزيد على ألفي عراقي في محافظة
// نينوى", told only by that count, named no civilians (round 37's recall
// audit; pool gold 2015-08-08-8). Counted so, a people is more often
// residents, pilgrims or workers ("تصحيح أوضاع 354 ألف يمني"، "نحو ألف
// سوري بدأوا اعتصاما ... للمطالبة بإعدام"): a harm word (harmWords) must
// stand right by the count, not just in its sentence.

// hundredsVictims reports the nationality at token i counted in hundreds
// or thousands (hundredsCounted) with a harm word within four words
// before the count (the nearest, unless a recall word precedes it) or
// six after the nationality ("أكثر من ألفي عراقي بمحافظة نينوى بشمال
// العراق أعدموا").
func hundredsVictims(toks []token, i int) bool {
	start := hundredsCounted(toks, i)
	if start < 0 {
		return false
	}
	for j := start - 1; j >= 0 && j >= start-4 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(harmWords) {
			return !recalledHarm(toks, j)
		}
	}
	return nearAfter(toks, i, 6, harmWords)
}

// recalledHarm reports a recall word right before the harm word at j, or
// before its "أن": the count is then a reason given, not news: "الأسد فقد
// شرعيته بعد أن قتل أكثر من 300 ألف سوري" (a minister's talking point,
// in two corpus articles).
func recalledHarm(toks []token, j int) bool {
	k := j - 1
	if k >= 0 && toks[k].has(thatWords) {
		k--
	}
	return k >= 0 && toks[k].sent == toks[j].sent && toks[k].has(hundredsRecall)
}

// hundredsRecall are the recall words: "بعدما"، "بعد أن" (with
// thatWords' "أن").
var hundredsRecall = wordSet("بعد بعدما وبعد")

// hundredsCounted returns the first token of a number of at least a
// hundred that ends right before token i, or -1: a figure ("300
// فلسطيني"), a figure and thousands ("5 آلاف كردي"), a number word ("مئة
// يمني") or a construct dual (constructHundreds). A hundred thousand or
// more is a war's whole toll, told in an op-ed or a speech ("أدى الأمر
// إلى قتل أكثر من ثلاثمائة ألف مواطن"), no event of the story.
func hundredsCounted(toks []token, i int) int {
	if i > 0 && toks[i-1].has(constructHundreds) && !toks[i-1].gap && toks[i-1].sent == toks[i].sent {
		return i - 1
	}
	// The longest number ending before i, read from its farthest start,
	// so that "ثلاثمائة ألف" is 300,000 and not its last word's thousand.
	lo := i
	for j := i - 1; j >= 0 && j >= i-3 && !toks[j].gap && toks[j].sent == toks[i].sent; j-- {
		lo = j
	}
	for j := lo; j < i; j++ {
		if n, used := readNumber(toks, j); used > 0 && j+used == i {
			if n >= 100 && n < 100000 {
				return j
			}
			return -1
		}
	}
	return -1
}

// constructHundreds are the construct duals of a hundred and a thousand
// ("ألفي عراقي"، "مئتي فلسطيني"، "مئتا قتيل"), read first here since
// readNumber leaves one before an accusative (a name: "ألفي مصابا"), and
// taken by the tolls as a loose figure (tallyRead).
var constructHundreds = wordSet("ألفي مئتي مائتي مئتا مائتا")
