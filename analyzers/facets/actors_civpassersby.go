package facets

// Passers-by and tourists an attack was aimed at. "حمّل الرئيس الشيشاني
// ... فرنسا، مسؤولية الهجوم الذي وقع مساء السبت، واستهدف مارة في باريس":
// the people a knifeman or gunman struck in a street are told only as
// the attack's object, with no toll word in their sentence, so the
// victim words' toll rule (a harm word and an attack, a blast or a force
// in the sentence) never reads them. A past verb of targeting, attacking
// or stabbing right before them (one word between at most: "وهاجم الرجل
// المارة") makes
// them the victims of an attack done: the golds code passers-by as
// civilians (adjudication README, round 16), and tourists likewise.
// Only the past: "حملة تستهدف السياح" is an advertiser's audience.
// Told in the title or the lead, the same words type the attack on
// civilians (passersbyAttacked): a knife or a gun turned on people in a
// street is what ACLED codes so, and the lead's attack noun alone types
// nothing where no toll word stands by it (civiliansAttacked).

// touristForms are the spellings of tourists, one or many.
const touristForms = "سائح سائحا سائحين سائحان سائحة سائحات السائح السائحين السائحة السائحات سياح السياح وسياح والسياح"

var (
	// passerbyWords are the passers-by and tourists whom news names as
	// the people a street attack struck.
	passerbyWords = wordSet("مارة المارة والمارة " + touristForms)
	// touristWords are the tourists among them: victim words only as
	// such an object.
	touristWords = wordSet(touristForms)
	// passerbyAttackVerbs are the past verbs whose object they are.
	passerbyAttackVerbs = wordSet("استهدف واستهدف استهدفت واستهدفت استهدفوا واستهدفوا هاجم وهاجم هاجمت وهاجمت هاجموا وهاجموا طعن وطعن طعنت وطعنت")
)

// attackedPassersby reports a passer-by or tourist word at m with a past
// attack verb within two words before it in its sentence: "واستهدف مارة"،
// "هاجم المارة بسكين"، "وطعن سائحين"; or as the target of a fire told by
// a verb of firing (firedAtProtest): "ترجلوا من سيارة وأطلقوا النار على
// مارة" in Ouagadougou's attack, where no toll word stands by them.
func attackedPassersby(toks []token, m mention) bool {
	return toks[m.start].has(passerbyWords) &&
		(nearBefore(toks, m.start, 2, passerbyAttackVerbs) || m.start >= 2 && firedAtProtest(toks, m.start-2))
}

// passersbyAttacked returns the passer-by and tourist words of the title
// and lead that an attack verb governs (attackedPassersby): "الهجوم الذي
// وقع مساء السبت، واستهدف مارة في باريس".
func passersbyAttacked(toks []token, z leadZone) []int {
	var at []int
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if z.heads(toks, k) && attackedPassersby(toks, mention{start: k, end: k + 1}) {
			at = append(at, k)
		}
	}
	return at
}

var (
	// passerbyHarmWords before a passer-by word say the passer-by was
	// killed or hurt: "كما قتل أحد المارة"، "إصابة عدد من المارة".
	passerbyHarmWords = wordSet("قتل قتلت مقتل مصرع أصيب أصيبت إصابة جرح")
	// roadMishapWords make a passer-by hurt a road accident's or a
	// collapse's: "إصابة عدد من المارة في حادث دهس"، "صدمته سيارة" (not
	// "سيارة" alone, which accidentWords read, as it is as often an
	// attacker's: "قتل أحد المارة في سيارة قبل أن تطلق الشرطة النار عليه").
	roadMishapWords = wordSet("حادث الحادث حوادث دهس دهست دهسته دهستهم اصطدام تصادم انقلاب صدم صدمت صدمته صدمتها صدمتهم سقوط انهيار")
)

// harmedPassersby reports a passer-by word at m killed or hurt: a harm
// word within three words before it ("كما قتل أحد المارة" in Liège's
// shooting). A passer-by is a civilian whatever struck him, save a road
// mishap; tourists are left out, as a toll of them is mostly an older
// attack recalled (the victim words' touristWords rule).
func harmedPassersby(toks []token, m mention) bool {
	return toks[m.start].has(passerbyWords) && !toks[m.start].has(touristWords) &&
		nearBefore(toks, m.start, 3, passerbyHarmWords) && !sentenceHas(toks, m.start, roadMishapWords)
}
