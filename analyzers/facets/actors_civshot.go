package facets

// A journalist, an activist or a mayor shot dead or hurt. "توفي صحفي
// فلسطيني، الأربعاء، متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي"،
// "قتل مسلح رئيس بلدية فلبيني ... بعد أن أطلق النار عليه"، "قتلت ناشطة من
// حزب العمال المعارض الأحد بالرصاص": the victim is told by his work, not
// by a civilians word, so no victim rule reads him. The golds code such a
// person shot as a civilian targeted (holdout-25 Q44, the Philippine
// mayor; Gaza's journalist Murtaja). The shot is asked in the sentence
// (برصاص، بالرصاص، أطلق النار), and the death or wound word right by the
// role (four words before it, or two after: "جثمان صحافي قتل برصاص"):
// "مقتل الصحفي" alone is as often the Khashoggi affair, which the golds
// code with no civilians, and a role noun far from the death word is the
// police's spokesman ("الناطق الإعلامي") or a press conference ("مؤتمر
// صحفي"). Not after a modal ("هدد بقتل الصحفي"). A car in the sentence
// makes no road accident of a shot ("أطلق النار عليه بينما كان يغادر
// مجمعا حكوميا بسيارة دفع رباعي"): the accident guard passes these.

var (
	// shotRoles are the journalist, the activist, the medic and the
	// nurse ("قتلت المسعفة رزان النجار برصاص الاحتلال", round 34's
	// recall audit); the mayor is "رئيس" before shotMayor.
	shotRoles = wordSet("صحفي صحافي صحفيه صحافيه الصحفي الصحافي الصحفيه الصحافيه ناشط ناشطه الناشط الناشطه مسعف مسعفه المسعف المسعفه ممرض ممرضه الممرض الممرضه" +
		// the plural of the journalists and medics a march's fire hit,
		// who keep the civilians round 43's ruling (class 2) takes from
		// the marchers: "أن ستة صحافيين فلسطينيين أصيبوا برصاص الجيش
		// الإسرائيلي" (FR-internationalNews-583). Not the activists'
		// plural, as often an armed wing's men.
		" صحفيين صحافيين الصحفيين الصحافيين مسعفين المسعفين" +
		// the accusative a report's "أن" takes: "أن صحفيا قتل بالرصاص
		// أثناء بث مباشر" (round 50).
		" صحفيا صحافيا مسعفا ممرضا")
	shotHead  = wordSet("رئيس")
	shotMayor = wordSet("بلديه البلديه")
	// shotDeath are the death and wound words by the role.
	shotDeath = wordSet("قتل قتلت مقتل وفاه توفي توفيت استشهاد استشهد اصيب اصيبت اصابه اصابته جرح اغتيل اغتيلت اصيبوا قتلوا استشهدوا")
	// shotWords tell a shot in the sentence: a bullet, or the past of
	// opening fire (not "وقف إطلاق النار", a ceasefire).
	shotWords = wordSet("برصاص بالرصاص رصاص الرصاص رصاصه برصاصه اطلق اطلقت اطلقوا")
	// shotFighters in the sentence make "ناشط" a militant, as Gaza's
	// sources call an armed wing's men: "ما أدى الى مقتل عنصرين من
	// القسام، فيما قتل ناشط ثالث".
	shotFighters = wordSet("القسام كتائب سرايا عنصر عنصرين عنصرا عناصر مسلحين المسلحين مقاتل مقاتلين")
)

// shotRoleOpenings are the role words shotRoleMentions reads at: a
// shot role, or the head of "رئيس بلدية".
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var shotRoleOpenings = union(shotRoles, shotHead)

// shotRoleMentions returns a civilians mention for each journalist,
// activist or mayor a death or wound word by him and a shot in his
// sentence tell shot: "وفاة صحفي فلسطيني متأثرا بجروح أصيب بها برصاص"; or
// whom a protest's toll counts among its dead (roleAmongProtestDead).
func shotRoleMentions(toks []token) []mention {
	if !inArticle(toks, shotDeath) || !inArticle(toks, shotWords) && !inArticle(toks, marchPartWords) {
		return nil
	}
	var out []mention
	for _, k := range setTokens(toks, shotRoleOpenings) {
		role := toks[k].has(shotRoles) || toks[k].has(shotHead) && k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].has(shotMayor)
		if !role || !sentenceHas(toks, k, shotWords) && !roleAmongProtestDead(toks, k) || sentenceHas(toks, k, shotFighters) {
			continue
		}
		d := -1
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
			if toks[j].has(shotDeath) {
				d = j
				break
			}
		}
		for j := k + 1; d < 0 && j < len(toks) && j <= k+2 && toks[j].sent == toks[k].sent; j++ {
			if toks[j].has(shotDeath) {
				d = j
			}
		}
		if d < 0 {
			d = reportedShotDeath(toks, k)
		}
		if d < 0 || modalBefore(toks, d) {
			continue
		}
		out = append(out, mention{e: shotRoleEntry, start: k, end: k + 1})
	}
	return out
}

// reportedShotDeath returns the death word of a role noun that a
// report's "أن" opens as the subject, past the words that describe him,
// when a bullet follows it at once: "إن الصحافي الروسي البارز أركادي
// بابتشينكو المعروف بانتقاداته للرئيس الروسي فلاديمر بوتين قتل بالرصاص"
// (FR-internationalNews-1521). The bullet right after the verb, and no
// other "أن" or person noun between, keep the death the role's own, not
// another's told later in a long sentence; -1 if there is none.
func reportedShotDeath(toks []token, k int) int {
	if k == 0 || toks[k-1].sent != toks[k].sent || stripWa(toks[k-1].w) != "ان" {
		return -1
	}
	for j := k + 1; j+1 < len(toks) && j <= k+reportedShotSpan && toks[j+1].sent == toks[k].sent; j++ {
		if stripWa(toks[j].w) == "ان" || toks[j].has(shotPersons) || toks[j].has(victimWords) {
			return -1 // another report or another person: the death may be his
		}
		if toks[j].has(shotDeath) && toks[j+1].has(shotWords) {
			return j
		}
	}
	return -1
}

// reportedShotSpan is how far after the role reportedShotDeath looks: a
// name and a clause that describes him.
const reportedShotSpan = 16

// roleAmongProtestDead reports a role noun at k counted by a partWords
// word right before it among a protest's dead ("فاندلعت مواجهات لدى تظاهر
// الآلاف عند الحدود، حيث قتل 9 فلسطينيين، بينهم صحفي"), the sentence
// telling no shot: round 43's ruling (class 2) keeps civilians for a
// casualty whose role is outside the march, as minorsAtProtest
// (actors_civmarch.go) takes them from the marchers the count names.
func roleAmongProtestDead(toks []token, k int) bool {
	return k > 0 && toks[k-1].sent == toks[k].sent && toks[k-1].has(marchPartWords) &&
		(sentenceHas(toks, k, marchProtestWords) || marchReturnIn(toks, k))
}

// shotRoleEntry is the civilians entry a shot role noun stands for.
var shotRoleEntry = &entry{words: []string{"shot"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}

// Anyone shot dead or hurt by a sniper, gunmen, unknown men or "terror":
// "قتلت فتاة اليوم الأحد برصاص قناص في مدينة درعا"، "مقتل عائلة مسيحية
// برصاص الإرهاب في باكستان"، "مقتل أحد موظفي الصليب الأحمر برصاص
// مجهولين"، "قناص حوثي يقتل طفلا ومسنا". The victim is told by a plain
// person noun (victimWords or shotPersons) and the shooter by no actor
// name, so neither the victim rules (which ask for a force in the
// sentence) nor the force rules read the killing. The guide codes people
// killed by an armed group directly as civilians targeted. Read only in
// the plain construction: a death or wound word, the person within three
// words after it, and the armed shooter either after a bullet or a hand
// ("على يد مسلحين") within six words of the person, or right before the death word as its subject
// ("قناص حوثي يقتل"). A police or army shooter is left to the force rules
// (a police killing in a crime story is no conflict event, and Gaza's
// marchers shot are protesters); so are a sentence of clashes, of
// soldiers or police (an attack on a police car: a clash), of bombs,
// aircraft or shells (they type the killing), an assailant shot in the
// act, and a story the title tells of protests.

var (
	// armedShooters name who fires with no state's uniform: the sniper,
	// gunmen, unknown men, terror or terrorists.
	armedShooters = wordSet("قناص قناصه القناص القناصه مسلحين المسلحين مسلحون مسلح مجهولين مجهولون مجهول الارهاب ارهابيين الارهابيين")
	// shotPersons are the persons a plain report tells shot beside
	// victimWords: the civilian, the family, the citizen, the young or old
	// man, the boy, the doctor, the teacher, the employee, the farmer, the
	// trader.
	shotPersons = wordSet("اشخاص شخصا مدني مدنيا مدنيين المدنيين مدنيان مدنيون عائله العائله اسره الاسره اشقاء شقيقين شقيقان مواطن مواطنا مواطنين المواطنين شاب شابا رجل رجلا مسن مسنا فتي صبي صبيا طبيب طبيبا معلم معلما مدرس مدرسا مزارع مزارعا موظف موظفا موظفي تاجر تاجرا")
	// armedSubjects are the armed shooters a verb before them has for its
	// subject, in the nominative: "قتل مسلحون مجهولون مدنيين اثنين" (a
	// victim must follow them; "قتل مسلحون" alone is gunmen killed).
	armedSubjects = map[string]bool{"مسلحون": true, "مجهولون": true, "قناص": true}
)

// handWords are the hand by which someone was killed: "على يد مسلحين".
var handWords = map[string]bool{"يد": true, "ايدي": true, "بايدي": true}

// armedShooterAfter reports a bullet (or a hand) at i followed, past at most two
// modifiers ("برصاص قناص"، "بالرصاص الحي من مسلحين"), by an armed shooter.
func armedShooterAfter(toks []token, i int) bool {
	j, ok := afterBullet(toks, i, armedShooters) // a sniper is a modifier and a shooter
	return ok && toks[j].has(armedShooters)
}

// armedShotVictim returns the person noun an armed shooter killed or hurt
// by the death word at d (see above), or -1. It returns the shooter's
// token in by, -1 if none. armed reports token j as an armed group's
// name (kind rebel): such a group right before a killing verb is its
// subject too (before a death noun it is the group's news: "تنظيم الدولة
// يعلن مقتل نجل زعيمه") ("العفو الدولية تتهم المسلحين الروهينغا بقتل 53 شخصا"،
// "تنظيم داعش يتبنى قتل خمسة أشخاص"), with no bullet told.
func armedShotVictim(toks []token, d int, armed func(j int) bool) (victim, by int) {
	victim, by = -1, -1
	if !shotKill(&toks[d]) {
		return
	}
	s := toks[d].sent
	for j := d + 1; j < len(toks) && j <= d+3 && toks[j].sent == s; j++ {
		if toks[j].has(shotPersons) || toks[j].has(victimWords) || toks[j].has(shotRoles) || toks[j].has(assassinatedRoles) {
			victim = j
			break
		}
		if armedSubjects[toks[j].w] {
			by = j // "اغتال مسلحون مجهولون طبيبا"
		}
	}
	if victim < 0 {
		return -1, -1
	}
	for j := victim + 1; j < len(toks) && j <= victim+6 && toks[j].sent == s; j++ {
		if (toks[j].has(bulletNouns) || handWords[toks[j].w]) && armedShooterAfter(toks, j) {
			by = j
			break
		}
	}
	for j := d - 1; by < 0 && j >= 0 && j >= d-3 && toks[j].sent == s; j-- {
		if j >= d-2 && toks[j].has(armedShooters) && (toks[j].title || sentenceHas(toks, d, bulletNouns)) || armed(j) && !toks[d].has(deathNouns) {
			by = j
		}
	}
	if by < 0 || shotInFight(toks, d) || sentenceHas(toks, d, forcesAttacked) || sentenceHas(toks, d, slainSoldiers) ||
		sentenceHas(toks, d, killedHow) || sentenceHas(toks, d, attackHow) || modalBefore(toks, d) {
		return -1, -1
	}
	return victim, by
}

// rebelAt returns a test of token j as an armed group's name among ms.
func (l *lexicon) rebelAt(ms []mention) func(j int) bool {
	return func(j int) bool {
		for _, o := range ms {
			if o.start <= j && j < o.end && o.e.kind == kindActor {
				a := l.actors[o.e.ids[0]]
				return a != nil && a.kind == "rebel"
			}
		}
		return false
	}
}

// shotKillWords are shotKill's: the death and wound words
// armedShotVictim asks first.
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var shotKillWords = union(shotDeath, killWords, killVerbWords, assassinationWords)

// armedShotMentions returns a civilians mention for each person an armed
// shooter killed or hurt (armedShotVictim).
func (l *lexicon) armedShotMentions(toks []token, ms []mention) []mention {
	var out []mention
	armed := l.rebelAt(ms)
	for _, d := range setTokens(toks, shotKillWords) { // armedShotVictim's death or wound words
		if v, _ := armedShotVictim(toks, d, armed); v >= 0 {
			out = append(out, mention{e: armedShotEntry, start: v, end: v + 1})
		}
	}
	return out
}

// armedShotEntry is the civilians entry a person shot by an armed shooter
// stands for.
var armedShotEntry = &entry{words: []string{"armedshot"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}

// shotKill reports a death or wound word of a shooting: shotDeath's, the
// headline's present ("يقتل"), an assassination's or "مصرع": a word of
// shotKillWords, their union.
func shotKill(t *token) bool {
	return t.has(shotKillWords)
}
