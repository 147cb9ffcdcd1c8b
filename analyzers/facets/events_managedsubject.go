package facets

// managedSubject is the government force that heads the sentence of a
// capture noun managed by a verb whose subject is only its pronoun: the
// verb stands right before the noun's preposition, with no subject after
// it ("وتقدمت قوات المقاومة اليمنية بعمق يزيد على 20 كيلومترا باتجاه
// مديرية التحيتا ونجحت في انتزاع مواقع مهمة"، "أن قوات المقاومة اليمنية
// بكافة تشكيلاتها المسنودة بغطاء جوي من طيران التحالف العربي تمكنت من
// تحرير مناطق استراتيجية"). Only a government force is read so: "" else.
func managedSubject(l *lexicon, toks []token, actorAt []string, i, end int) string {
	if i < 2 || toks[i-1].sent != toks[i].sent || toks[i-1].w != "من" && toks[i-1].w != "في" {
		return ""
	}
	k := i - 2
	if toks[k].has(offensivePronouns) && k > 0 {
		k--
	}
	if toks[k].sent != toks[i].sent || !toks[k].has(reachSuccess) {
		return ""
	}
	head := sentStart(toks, k)
	r := min(subjectHeadReach, k-head-1)
	if r < 0 || pastBefore(toks, head, i) {
		return ""
	}
	t := takerWithin(l, toks, actorAt, head, head+1, 0, r)
	if !govActors[t] {
		return ""
	}
	return t
}

// pastBefore reports a past year or month named between the sentence's
// head and token i: the head that tells the subject tells the time too,
// however far before the capture ("وفي العام الماضي، بدأت القوات الأفغانية
// والأميركية حملة لطرد هؤلاء المقاتلين، حيث تمكنت من استعادة"، "هجوما
// مفاجئا في 16 أكتوبر/ تشرين أول الماضي ردا على الاستفتاء وتمكنت من
// استعادة مدينة كركوك").
func pastBefore(toks []token, head, i int) bool {
	for j := head; j < i; j++ {
		k, n := j+1, 1
		if _, used := monthAt(toks, j); used > 0 {
			// "أكتوبر/ تشرين أول الماضي": the other calendar's name may
			// stand between.
			k, n = j+used, 3
		} else if toks[j].w != "العام" && toks[j].w != "السنه" {
			continue
		}
		for e := k; e < k+n && e < len(toks) && toks[e].sent == toks[j].sent; e++ {
			if toks[e].has(pastWords) {
				return true
			}
		}
	}
	return false
}
