package facets

// carBombDestroyed reports a car bomb of the tokens [i, end) that its
// sentence tells destroyed before it went off: a destroying word among the
// eight words before it, across a list of what was destroyed, with no word
// of a blast between ("أسفرت العملية كذلك عن تدمير ست عجلات وسيارة مفخخة
// ومنصة لإطلاق الصواريخ"، "أسفرت عن تدمير 5 سيارات مفخخة كانت معدة
// لاستهداف مقرات حكومية"، "وتدمير سيارة مفخخة بقصف لطيران التحالف"). The
// Iraqi and Egyptian army statements tell so the car bombs they stopped,
// which ACLED counts as disrupted weapons use, not as a blast. Only a car
// bomb: "دمروا منزله بعبوة ناسفة" is a bomb that did go off.
func carBombDestroyed(toks []token, i, end int) bool {
	car := false
	for j := i; j < end && j < len(toks); j++ {
		car = car || toks[j].has(carBombVehicles) || toks[j].has(carBombRigged)
	}
	if !car {
		return false
	}
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].sent == s; j-- {
		if toks[j].has(bombDestroyed) {
			return true
		}
		if toks[j].has(bombWentOff) {
			return false
		}
	}
	return false
}

var (
	// bombDestroyed are the words of a destruction a force carried out.
	bombDestroyed = wordSet("تدمير دمرت دمر دمروا يدمر تدمر")
	// carBombRigged are the rigged of a car bomb told without its vehicle
	// ("سيارة دفع رباعي مفخخة" is read from its last word).
	carBombRigged = wordSet("مفخخه المفخخه مفخخات مفخختين ملغومه الملغومه")
)
