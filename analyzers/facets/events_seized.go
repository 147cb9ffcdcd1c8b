package facets

var (
	// seizedPersons right after the count name the men seized: "ضبط 44
	// عنصرا"، "ضبط 24 متهما"، "ضبط 431 إرهابيا"، "ضبط 3 أفراد مطلوبين"
	// (round-49 m49etfn). Not أشخاص: persons seized are as often a murder's
	// or a fraud's suspects, police work ("ضبط 3 أشخاص للاشتباه بتورطهم في
	// مقتل حدث").
	// Convicts at large too (round-61 m61arr): "فضلا عن ضبط 21 محكوما
	// عليهم" (2015-07-25-1064, the Egyptian interior ministry's tally).
	seizedPersons = wordSet("عنصرا عنصر عناصر متهما متهمين متهمون ارهابيا ارهابيين ارهابيون مطلوبا مطلوبين تكفيريا تكفيريين افراد محكوما محكومين")
	// seizedPair are the duals of seizedPersons' men, which carry their own
	// count of two and so follow ضبط with no number before them: "تمكن من
	// ضبط فردين مطلوبين أمنيا و56 فردا مشتبها بهم" (2015-08-02-98, round-61
	// m61arr). Not شخصين: persons, as أشخاص, are as often a crime's ("ضبط
	// شخصين من الجنسية الفلبينية"); not متهمين, which is also the plural.
	// Looked up whole at the word after ضبط only.
	seizedPair = plainWords("فردين عنصرين")
	// seizedAmong after the count and من name them as part of a group:
	// "ضبط 14 من العناصر المتطرفة"، "ضبط 5 من عناصر جماعة الإخوان".
	seizedAmong = wordSet("العناصر عناصر المتهمين المطلوبين الارهابيين اعضاء")
	// seizedGroups are the cells and networks a ضبط seizes, told as
	// terror's by a seizedTerror word right after them: "ضبط شبكة إرهابية
	// تنتمي إلى «داعش»"، "ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية"،
	// "كشف وضبط عناصر شبكة إرهابية".
	seizedGroups = wordSet("شبكه الشبكه شبكات خليه الخليه خلايا الخلايا")
	// seizedTerror is terror's word: the adjective of a cell or network
	// seized, or, right after ضبط, the men themselves ("في ضبط
	// الإرهابيين"، "ضبط المطلوبين").
	seizedTerror = wordSet("ارهابيه الارهابيه ارهابيين الارهابيين المطلوبين المتهمين")
)

// seizedReach is how far after ضبط, past the subject of its verb
// ("ضبطت الأجهزة الأمنية الكويتية شبكة"), a seized cell is read.
const seizedReach = 5

// seizedPeople reports the ضبط at token at followed by a count of
// men: a number (digits or words), then a word for the men seized
// (seizedPersons), or من and a group's members (seizedAmong). That is an
// arrest made, as the blind codings type the Egyptian interior ministry's
// ("أعلنت وزارة الداخلية المصرية عن ضبط 44 عنصرا من تنظيم الإخوان"); a
// count of anything else is goods seized ("ضبطت 320 كيلوجراما"), and a
// bare ضبط is as often restraint or order kept ("ضبط النفس"، "ضبط الأمن").
// With no count, the men told by their deed right after it ("ضبط
// الإرهابيين"), two men told by a dual that is its own count (seizedPair:
// "ضبط فردين مطلوبين") or a terror cell or network within seizedReach words
// (seizedGroups, seizedTerror: "ضبطت الأجهزة الأمنية الكويتية شبكة
// إرهابية") are an arrest too: the round-49 audit m49etfn found the blind
// codings type them so and main missed them. A network of no terror ("ضبط
// شبكة لتهريب السجائر") and a movement's men restrained ("ضبط عناصرها")
// stay out.
func seizedPeople(toks []token, at int) bool {
	j := at + 1
	if j >= len(toks) || toks[j].sent != toks[at].sent {
		return false
	}
	if toks[j].has(seizedTerror) {
		return true // "ضبط الإرهابيين": the men seized, told by their deed
	}
	if seizedPair[toks[j].w] {
		return true // "ضبط فردين مطلوبين": two men, the dual its own count
	}
	for k := j; k < len(toks) && k <= at+seizedReach && toks[k].sent == toks[at].sent; k++ {
		if toks[k].has(seizedGroups) && k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].has(seizedTerror) {
			return true // "ضبط شبكة إرهابية": a terror cell's men
		}
	}
	n, used := readNumber(toks, j)
	if n < 1 {
		return false
	}
	j += used
	if j >= len(toks) || toks[j].sent != toks[at].sent {
		return false
	}
	if toks[j].has(seizedPersons) {
		return true
	}
	return toks[j].w == "من" && j+1 < len(toks) && toks[j+1].sent == toks[at].sent && toks[j+1].has(seizedAmong)
}

// takenWords are the forms of a bare قبض, which also means "took payment";
// paymentWords name what is taken then.
var (
	takenWords   = wordSet("قبض قبضت قبضوا وقبض وقبضت وقبضوا")
	paymentWords = wordSet("مبلغ مبلغا مبالغ اموال اموالا رواتب رواتبهم راتب راتبه ثمن الثمن")
)

// moneyTaken reports a bare قبض at token at whose object is money: "سكريبال
// قبض من وكالة الاستخبارات البريطانية مبلغ 100 ألف دولار"، "قبضت الثمن
// واختفت"، "قبضوا رواتبهم" (a blind audit, round 42): a payment taken, no
// arrest. The money follows the verb, or a "من X" of its payer up to seven
// words long. Not "قبضت على" or "القبض على", whose object is a man.
func moneyTaken(toks []token, at int) bool {
	if !toks[at].has(takenWords) {
		return false
	}
	s := toks[at].sent
	j := at + 1
	if j < len(toks) && toks[j].sent == s && toks[j].w == "من" {
		for k := j + 1; k < len(toks) && k <= j+8 && toks[k].sent == s; k++ {
			if toks[k].has(paymentWords) {
				return true
			}
		}
		return false
	}
	return j < len(toks) && toks[j].sent == s && toks[j].has(paymentWords)
}
