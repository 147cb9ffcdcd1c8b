package facets

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
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].sent == s; j-- {
		if toks[j].has(destroyingNouns) {
			return true
		}
		if toks[j].has(bombWentOff) {
			return false
		}
	}
	return false
}

var (
	// destroyingNouns are the noun of destroying, with its clitics.
	destroyingNouns = wordSet("تدمير وتدمير بتدمير")
	// carBombRigged are the rigged of a car bomb told without its vehicle
	// ("سيارة دفع رباعي مفخخة" is read from its last word).
	carBombRigged = wordSet("مفخخه المفخخه مفخخات مفخختين ملغومه الملغومه")
)
