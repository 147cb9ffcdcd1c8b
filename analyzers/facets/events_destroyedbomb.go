package facets

// destroyedBomb reports a bomb of the tokens [i, end) that a word of
// destroying right before it, its count and, for the bare مفخخة, its
// vehicle tells destroyed before it went off: "قوات البيشمركة تمكنت من
// تدمير خمس عجلات مفخخة تعود لتنظيم داعش"، "أسفرت عن تدمير 5 سيارات
// مفخخة كان معدة لاستهداف مقرات حكومية"، "وتدمير عربة مفخخة ... أثناء
// محاولة اقتحام". A round-35 blind audit found such car bombs typed as
// blasts. Not a destroying word further off, whose object the bomb is not:
// "دمر انتحاري بسيارة ملغومة مقرا حكوميا"، "دمر انفجار شاحنة مفخخة حيا".
func destroyedBomb(toks []token, i, end int) bool {
	s := toks[i].sent
	k := i
	if end == i+1 && toks[i].has(bareCarBomb) && k > 0 && toks[k-1].sent == s && !toks[k-1].has(destroyWords) {
		k-- // the vehicle: "خمس عجلات مفخخة"، "3 قوارب مفخخة"
	}
	k = bombCountStart(toks, k)
	if k > 0 && toks[k-1].sent == s && !toks[k].gap && toks[k-1].has(destroyWords) {
		return true
	}
	return carBombListDestroyed(toks, i, end)
}

var (
	// bareCarBomb is the adjective of a car bomb told without a listed
	// vehicle phrase: "عجلات مفخخة"، "قوارب مفخخة"; the singular of
	// carBombRigged.
	bareCarBomb = wordSet(riggedSingular)
	// destroyWords destroy what follows them: the nouns and the verbs.
	destroyWords = wordSet(destroyingNounForms + " دمرت ودمرت دمر ودمر دمروا ودمروا يدمر تدمر")
)

// carBombListDestroyed reports a car bomb of the tokens [i, end) that the
// sentence lists among what a force destroyed: the noun of destroying
// (تدمير) among the eight words before it, across the list, with no word of
// a blast between ("أسفرت العملية كذلك عن تدمير ست عجلات وسيارة مفخخة
// ومنصة لإطلاق الصواريخ"، "وتدمير سيارة مفخخة بقصف لطيران التحالف"). The
// Iraqi and Egyptian army statements tell so the car bombs they stopped,
// which ACLED counts as disrupted weapons use, not as a blast. Only a car
// bomb ("دمروا منزله بعبوة ناسفة" is a bomb that did go off), and only the
// noun, whose object the list is: the verb's subject may stand between
// ("دمر انتحاري بسيارة ملغومة مقرا حكوميا").
func carBombListDestroyed(toks []token, i, end int) bool {
	car := false
	for j := i; j < end && j < len(toks); j++ {
		car = car || toks[j].has(carBombVehicles) || toks[j].has(carBombRigged)
	}
	if !car {
		return false
	}
	// destroyingNouns and bombWentOff share no form, so which is tested
	// first on a token does not matter.
	return nearBeforeUnless(toks, i, 8, destroyingNouns, bombWentOff)
}

var (
	// destroyingNouns are the noun of destroying, with its clitics.
	destroyingNouns = wordSet(destroyingNounForms)
	// carBombRigged are the rigged of a car bomb told without its vehicle
	// ("سيارة دفع رباعي مفخخة" is read from its last word).
	carBombRigged = wordSet(riggedSingular + " مفخخات مفخختين ملغومه الملغومه")
)

// destroyingNounForms, the noun of destroying, and riggedSingular, the
// singular مفخخة, are shared by the word sets of the two ways a bomb is
// told destroyed (destroyedBomb right before it, carBombListDestroyed
// across a list).
const (
	destroyingNounForms = "تدمير وتدمير بتدمير"
	riggedSingular      = "مفخخه المفخخه"
)
