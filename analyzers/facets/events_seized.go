package facets

var (
	// seizedPersons right after the count name the men seized: "ضبط 44
	// عنصرا"، "ضبط 24 متهما"، "ضبط 431 إرهابيا".
	seizedPersons = wordSet("عنصرا عنصر عناصر متهما متهمين متهمون ارهابيا ارهابيين ارهابيون مطلوبا مطلوبين تكفيريا تكفيريين")
	// seizedAmong after the count and من name them as part of a group:
	// "ضبط 14 من العناصر المتطرفة"، "ضبط 5 من عناصر جماعة الإخوان".
	seizedAmong = wordSet("العناصر عناصر المتهمين المطلوبين الارهابيين اعضاء")
)

// seizedPeople reports the ضبط at token at followed by a count of
// men: a number (digits or words), then a word for the men seized
// (seizedPersons), or من and a group's members (seizedAmong). That is an
// arrest made, as the blind codings type the Egyptian interior ministry's
// ("أعلنت وزارة الداخلية المصرية عن ضبط 44 عنصرا من تنظيم الإخوان"); a
// count of anything else is goods seized ("ضبطت 320 كيلوجراما"), and a
// bare ضبط is as often restraint or order kept ("ضبط النفس"، "ضبط الأمن").
func seizedPeople(toks []token, at int) bool {
	j := at + 1
	if j >= len(toks) || toks[j].sent != toks[at].sent {
		return false
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
