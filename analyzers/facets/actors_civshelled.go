package facets

// Persons killed or hurt where a verb, not a noun, tells the shelling:
// "قصفتها بمدافع الهاون مما أسفر عن جرح عدد من الأشخاص"، "قصفوا مدينة
// السويداء ... ما أسفر عن إصابة ثلاثة أشخاص". attackWords hold the noun
// (قصف، القصف) and the persons rule reads them, but the past and present
// of the verb, with or without the town as a pronoun, are no attack word
// there, so a town's shelled persons came out as no civilians (round 35's
// recall audit: regime mortars on Moadamiya). The wound by the persons
// may be "جرح", which harmWords lack (a noun as often as a verb): it is
// read only right before them.

var (
	// shelledVerbs are the verbs of shelling done: shellVerbs' forms of
	// قصف and its forms with the town as a pronoun ("قصفتها"، "قصفها").
	shelledVerbs = wordSet("قصفت قصفوا يقصف تقصف يقصفون قصفتها قصفها قصفته قصفوها")
	// personWoundWords are the wound nouns right before the persons:
	// "جرح عدد من الأشخاص"، "جرح ثلاثة أشخاص".
	personWoundWords = wordSet("جرح")
)

// shelledPersons reports persons whose sentence tells a shelling by its
// verb and a death or wound: harmWords in the sentence, or "جرح" within
// the four words before the persons; not persons a force's men ("إصابة 12
// شخصا آخرين من أفراد الحشد").
func shelledPersons(toks []token, m mention) bool {
	return sentenceHas(toks, m.start, shelledVerbs) && (sentenceHas(toks, m.start, harmWords) || nearBefore(toks, m.start, 4, personWoundWords)) &&
		!ofForceMen(toks, m) // actors_civmosque.go
}
