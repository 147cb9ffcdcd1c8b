package facets

// A present waging verb with an operation noun on a front narrower than a
// country is an armed clash, in the title's own clause as in a حيث / في
// وقت / relative clause beside other news (round 67 ruling rul67g-3, which
// restates rul46b-1 (a)). offensiveWaged reads the ruling's verbs and its
// front; this file gives it the two operation nouns it did not read and
// the front word it lacked:
//
//   - a force's own operations called military (opsOwned with
//     offensiveKinds right after it): "تواصل القوات السورية عملياتها
//     العسكرية في محافظة درعا" (the ruling's own example, kind b)، "حيث
//     تواصل القوات الحكومية المدعومة من روسيا عملياتها العسكرية لاستعادة
//     السيطرة"؛ not the bare owned operations, which are as often a sweep
//     or a campaign of raids ("الجيش المصري يواصل عملياته الأمنية بسيناء"،
//     "يواصل عملياته في القطاع": the ruling's kind c and its not-covered
//     strike campaign);
//   - battles waged (opsWagedHeads' معارك forms, with the owner's pronoun too):
//     "وتخوض حاليا آخر معاركها ضده في آخر جيب يتحصن فيه في محافظة دير
//     الزور"، "في الوقت الذي تخوض فيه القوات الشرعية معارك شرسة ... في
//     محافظتي تعز والحديدة"؛
//   - a district (مديرية) as a front (frontNamed): "التي تشن هجوما واسعا على
//     الحوثيين في مديريتي الجراحي وزبيد" (kind a; the ruling names "a
//     province, district, town or named campaign").
//
// Every guard of offensiveWaged holds as before: the verb present and
// within offensiveVerbReach words (or its pronoun's verb after the noun),
// not expected or wished (offensiveSubjunctive, modalBefore), not dated to
// another year or told years long, and a front in the sentence; a whole
// country's war names none.
//
// Counted (round 67, m67adv) over the pool and blind gold articles as they
// stand after the rulings, with a build that logged every article the new
// nouns hold in: 13 coded / 0 not (pool 7, blind 6; two pool files leave
// the facet unset), main typing 11 of them by other words — a force's own
// military operations 2 / 0, battles 11 / 0; a waged offensive whose only
// front is a district, 2 / 0 (one Hodeidah sentence in two articles; main
// typed neither). The owned operations with no military word after them
// are left out though they are mostly fighting in the corpus ("تواصل قوات
// الجيش عملياتها ضد الميليشيات ... في محافظة صعدة"): the ruling's sweeps
// and strike campaigns are told in the same words, and the golds were not
// counted on them. See the audit README's "Round 67: m67adv".

// opsWagedHeads are the operation nouns offensiveWaged reads beside
// offensiveHeads: battles, and a force's own operations (opsOwned's words;
// opsWagedHead asks their kind).
var opsWagedHeads = wordSet("معارك المعارك معاركها معاركه معاركهم عملياته عملياتها عملياتهم")

// opsWagedHead reports the noun at k one offensiveWaged may read: battles, or
// a force's own operations called military right after them.
func opsWagedHead(toks []token, k int) bool {
	if !toks[k].has(opsOwned) {
		return true
	}
	return k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].has(offensiveKinds)
}
