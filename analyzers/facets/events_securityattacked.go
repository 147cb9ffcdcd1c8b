package facets

import "time"

// securityHitWords are the words securityAttacked reads a hit at.
// The pass walks its tokens (setTokens): a first test the pass adds
// must join it, or the walk never meets that test's words.
var securityHitWords = union(menFireWords, stabVerbs, amongToll, menHurtNouns)

// securityAttacked returns the words that tell an attacker firing on,
// stabbing, killing or wounding policemen, gendarmes, soldiers or guards
// (round 46's ruling rul46b-2): an armed clash, beside the attack on
// civilians when civilians were hit too, whether the attacker was then
// shot or not and though no return fire is told (round 24's "armed men
// firing on troops"). Three forms, each in one sentence:
//   - fire at them: a fire word (النار، نار، الرصاص، النيران) after a
//     verb or masdar of firing (أطلق، إطلاق، فتح) up to three words before
//     it ("أطلق مسلح النار"), then على/باتجاه/نحو and
//     the men, past a count or من ("حيث قام المهاجم المسلح بإطلاق النار
//     باتجاه أربعة من رجال الشرطة"، "وإثر ذلك، أطلق النار على شرطي");
//   - a stabbing of them: "طعن جنديا إسرائيليا"، "محاولة طعن شرطي";
//   - the toll of an armed attack naming them among the dead or hurt:
//     "الهجوم المسلح الذي أودى بحياة شرطيتين وطالب"، "بالهجوم ... وأسفر
//     عن مقتل أربعة أشخاص بينهم شرطي" — not of a bombing, an air raid or a
//     crash (no blast word in the sentence), nor of a riot; or their
//     death or wound told by the bullet that hit them ("إصابة شرطي فرنسي
//     بإطلاق نار ثان"، "مقتل جنود أتراك برصاص العمال الكردستاني").
//
// Police who shoot an attacker who hit only civilians are none of these:
// the men must be the object of the attack. Not a riot's (protesters in
// the sentence: round 22's protest conventions), nor a killing one side
// only alleges ("بزعم محاولة طعن جندي"), nor a fire or a stabbing that is
// a purpose or a plan ("لإطلاق النار"، "خطط لطعن").
func securityAttacked(toks []token, pub time.Time) []int {
	// Every form needs the men (attackedMen), a force after their word
	// (attackedForces) or a unit's force (securityUnitForces, which
	// securityUnitAt asks after the unit word). The gate asks the force
	// word, the rarer of the unit's two: the unit words (قوات، قوة) hold
	// the door open in more articles for nothing (of ant-all's first 5,000
	// the loop ran in 34.9% on the unit word, 30.9% on the force word,
	// 27.5% before either).
	if !inArticle(toks, attackedMen) && !inArticle(toks, attackedForces) && !inArticle(toks, securityUnitForces) {
		return nil
	}
	// A title that tells a verdict, a trial or a release retells an older
	// attack in its body ("تنديد فلسطيني بالإفراج عن جندي إسرائيلي قتل
	// جريحا"، "حكم نهائي بإعدام 6 في أحداث مطاي"); an attack one side
	// alleges anywhere ("مقتل فلسطيني بزعم محاولة طعن جندي") is contested.
	retold := titleHas(toks, menRetoldTitle)
	alleged := inArticle(toks, menAlleged)
	// A title of a strike or a bombing makes its toll the strike's: "قاعدة
	// التيفور بعد الضربة" over "أسفر عن مقتل 14 شخصا، من بينهم 7 عسكريين".
	struck := titleHas(toks, killedHow, menStrikeTitle)
	var at []int
	// The title's tokens come first: the walk of the hit words' tokens
	// stops where the walk of every token stopped.
	for _, k := range setTokens(toks, securityHitWords) {
		if retold && !toks[k].title || alleged {
			break
		}
		var hit bool
		switch {
		case toks[k].has(menFireWords):
			hit = firedOnSecurity(toks, k)
		case toks[k].has(stabVerbs):
			hit = securityWithin(toks, k+1, 2)
		case toks[k].has(amongToll):
			hit = !struck && securityTolled(toks, k)
		case toks[k].has(menHurtNouns):
			hit = !struck && securityShot(toks, k)
		}
		if !hit || sentenceHas(toks, k, protesters) || menRetold(toks, k, pub) {
			continue
		}
		at = append(at, k)
	}
	return at
}

// firedOnSecurity reports the fire word at k fired (a firing verb or
// masdar up to three words before it, not one of purpose) at security men: على،
// باتجاه، نحو or صوب right after it, then the men within four words.
func firedOnSecurity(toks []token, k int) bool {
	s := toks[k].sent
	fired := -1
	for t := k - 1; t >= 0 && t >= k-3 && toks[t].sent == s && fired < 0; t-- {
		if toks[t].has(menFireVerbs) {
			if toks[t].has(menFirePurpose) {
				return false
			}
			fired = t
		}
	}
	if fired < 0 {
		return false
	}
	if firedOnPost(toks, k) && fireNarrated(toks, fired, k) {
		return true // "فتحوا الخميس النار من سوريا على مركز حدودي للجيش" (events_firedonpost.go)
	}
	at := k + 1
	manner := at < len(toks) && toks[at].sent == s && toks[at].has(menFireManner)
	if manner {
		at++ // "مطلقاً النار بكثافة على رجال الأمن" (events_firedonunit.go)
	}
	if at >= len(toks) || toks[at].sent != s || !toks[at].has(menFireAt) {
		return false
	}
	if !manner && securityWithin(toks, at+1, 4) {
		return true
	}
	return (manner && securityWithin(toks, at+1, 4) || securityUnitAt(toks, at+1)) && fireNarrated(toks, fired, k)
}

// securityWithin reports security men among the n words from j, in j's
// sentence, read past a count, من، أحد، عدد: "أربعة من رجال الشرطة"،
// "شرطي"، "جنديا إسرائيليا"، "عناصر الأمن".
func securityWithin(toks []token, j, n int) bool {
	if j <= 0 || j >= len(toks) {
		return false
	}
	s := toks[j-1].sent
	for t := j; t < len(toks) && t < j+n && toks[t].sent == s; t++ {
		if toks[t].has(attackedMen) {
			return true
		}
		if toks[t].has(forceMenWords) && t+1 < len(toks) && toks[t+1].sent == s && toks[t+1].has(attackedForces) {
			return true
		}
	}
	return false
}

// securityTolled reports the toll word at k (بينهم، منهم، بحياة) naming
// security men right after it, in a sentence that tells an armed attack
// killing or wounding, and no blast, air raid, shelling or crash.
func securityTolled(toks []token, k int) bool {
	if !securityWithin(toks, k+1, 2) {
		return false
	}
	return sentenceHas(toks, k, armedAttackWords) && sentenceHas(toks, k, menTollWords) && !sentenceHas(toks, k, blastTollWords)
}

// menRetold reports the sentence of token k retelling an older attack: a
// year other than the publication's ("وقعت حادثة قتل الشريف في مارس آذار
// 2016")، "العام الماضي" ("وشهد شارع وستمنستر العام الماضي اعتداء")، or
// the pluperfect before k ("وكان الشريف قد أقدم قبلها ... على طعن جندي").
func menRetold(toks []token, k int, pub time.Time) bool {
	if otherYearNear(toks, k, pub) {
		return true
	}
	kana := false
	for j := sentStart(toks, k); j < len(toks) && toks[j].sent == toks[k].sent; j++ {
		if lastYearAt(toks, j) {
			return true
		}
		if j < k && toks[j].has(menKana) {
			kana = true
		}
		if j < k && kana && toks[j].w == "قد" {
			return true
		}
	}
	return false
}

// securityShot reports the death or wound noun at k (مقتل، إصابة، جرح)
// naming security men right after it, whom a bullet hit: a bullet word
// (برصاص، بالرصاص، بإطلاق) up to three words after them. Not بنيران,
// as often a force's shelling or friendly fire ("مقتل عشرة جنود أفغان
// بنيران أميركية صديقة", an air strike).
func securityShot(toks []token, k int) bool {
	s := toks[k].sent
	for t := k + 1; t < len(toks) && t <= k+2 && toks[t].sent == s; t++ {
		if !toks[t].has(attackedMen) {
			continue
		}
		for u := t + 1; u < len(toks) && u <= t+3 && toks[u].sent == s; u++ {
			if toks[u].has(menBullets) {
				return true
			}
		}
		return false
	}
	return false
}

var (
	// menHurtNouns tell a death or a wound; menBullets what caused it.
	menHurtNouns = wordSet("مقتل اصابه جرح")
	menBullets   = wordSet("برصاص بالرصاص باطلاق")
	// attackedMen are the men of a state's force one by one: policemen,
	// gendarmes, soldiers, guards.
	attackedMen = wordSet("شرطي شرطيا شرطيين شرطيان شرطيه شرطيتين شرطيتان الشرطي شرطيون الشرطيين دركي دركيا الدركي دركيين " +
		"جندي جنديا جنديين جنديان الجندي جنود الجنود عسكري عسكريا عسكريين عسكريان حارس حارسا حراس الحراس")
	// attackedForces after رجال، عناصر، أفراد make them a force's men.
	attackedForces = wordSet("الشرطه شرطه الامن امن الدرك الجيش")
	// menFireWords are what is fired; menFireVerbs fire it; menFireAt aim it.
	menFireWords   = wordSet("النار نار النيران الرصاص")
	menFireVerbs   = wordSet("اطلق اطلقوا اطلقت اطلقا اطلاق يطلق يطلقون يطلقان فتح فتحوا فتحت فتحا مطلقا مطلقين مطلقون")
	menFirePurpose = wordSet("لاطلاق ليطلق")
	menFireAt      = wordSet("علي باتجاه تجاه نحو صوب")
	// stabVerbs stab someone: "طعن جنديا"، "محاولة طعن شرطي".
	stabVerbs = wordSet("طعن يطعن طعنت طعنوا")
	// amongToll name who was among a toll.
	amongToll = wordSet("بينهم منهم بحياه")
	// armedAttackWords tell an armed attack; menTollWords its dead or hurt.
	armedAttackWords = wordSet("هجوم الهجوم هجوما اعتداء الاعتداء المسلح مسلح مسلحون المهاجم مهاجم نار النار الرصاص")
	menTollWords     = wordSet("قتلي القتلي مقتل قتل قتلوا اوقع اودي ضحيته ضحيتها اصيب اصيبوا اصابه جرحي")
	blastTollWords   = wordSet("انتحاري انتحاريه الانتحاري تفجير التفجير انفجار الانفجار عبوه مفخخه قنبله ناسفه غاره غارات قصف صاروخ صواريخ قذيفه قذائف تحطم اشتباكات مصادمات")
	// menRetoldTitle in a title tell a verdict, a trial or a release.
	menRetoldTitle = wordSet("حكم بحكم احكام باعدام اعدام محكمه المحكمه محاكمه بمحاكمه الافراج بالافراج تفرج يفرج السجن المدان بادانه")
	// menStrikeTitle in a title tell a strike.
	menStrikeTitle = wordSet("الضربه الضربات الغاره الغارات القصف الصاروخيه")
	// menKana before قد make the pluperfect.
	menKana = wordSet("كان كانت كانوا")
	// menAlleged make the attack one side's claim: "بزعم محاولة طعن".
	menAlleged = wordSet("بزعم بدعوي بحجه مزاعم")
)

// otherYearNear reports a year other than the publication's within
// oldYearReach words of token k in its sentence: the reach oldYear reads a
// trigger's year in. A run-on sentence joins the day's attack to its
// background by commas, and a year far down it is the background's:
// "وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي
// ... وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012"
// (2015-07-25-653, 28 words on; round 61, m61drop).
func otherYearNear(toks []token, k int, pub time.Time) bool {
	return otherYearWithin(toks, k, pub, oldYearReach)
}
