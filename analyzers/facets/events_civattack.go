package facets

import "strings"

// civiliansAttacked returns the attack nouns of the title and lead that
// tell an armed attack on people by its dead, with no weapon of remote
// violence and no armed target: "قتيل وجرحى بهجوم مسلح على حافلة
// إيرانية"، "الهجوم المسلح الذي أسفر عن ثلاثة قتلى في لييج"، "بالهجوم الذي
// شهدته فرنسا الجمعة وأسفر عن مقتل أربعة أشخاص". A lone attacker's
// gun or knife in a street, a shop or a bus is what ACLED codes as an
// attack on civilians, told by the victims; `assaultType` reads an attack
// noun only by an armed object after it, so such an attack typed nothing.
// The dead must stand within four words before the noun or eight after
// in its sentence (not a wound: "إصابة" is as often a footballer's in a
// team's attack line; not an attempt: "محاولة قتل"). None when the attack
// is a clash (an armed target after it; soldiers, fighters or a state's
// force in the title or among its dead: soldiersAttacked and
// killedFighters read those), one fought off or looked back on ("صد
// هجوم"، "في أعقاب هجوم"), tried or foiled ("إحباط محاولة هجوم"), a
// sexual assault, an animal's ("هجوم سمكة قرش"), one a title remembers
// ("بذكرى الهجوم على السفارة"), or when the title or lead names a bomb, a
// bomber, aircraft, shells, chemicals or a fight: those type the event
// ("هجوم انتحاري"، "هجوم بطائرات مسيرة").
func civiliansAttacked(toks []token, z leadZone) []int {
	var at []int
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if !toks[k].has(attackOnPeople) || !z.heads(toks, k) || assaultType(toks, k, k+1) != "" {
			continue
		}
		s := toks[k].sent
		tolled := false
		for j := max(0, k-4); j < len(toks) && j <= k+8 && !tolled; j++ {
			if toks[j].sent != s {
				if j > k {
					break
				}
				continue
			}
			if j != k && toks[j].has(attackDead) && !(j > 0 && toks[j-1].has(attemptWords)) {
				tolled = true // not "محاولة قتل", an attempt
			}
		}
		if !tolled || sentenceHas(toks, k, notCivilianVictims) || nearWord(toks, k, k+1, 2, attackLookedBack) || nearWord(toks, k, k+1, 2, attemptWords) || nearWord(toks, k, k+1, 2, foilWords) {
			continue
		}
		at = append(at, k)
	}
	if len(at) == 0 || z.headHas(toks, killedHow, attackHow) || titleHas(toks, notCivilianVictims, stateForceWords, forcesAttacked, fightersSlain) {
		return nil
	}
	return at
}

var (
	// attackOnPeople are the nouns of an attack on people (not هاجم, which is
	// as often to criticise).
	attackOnPeople = wordSet("هجوم الهجوم هجوما اعتداء الاعتداء")
	// attackDead name the dead an attack left: explosionToll's death words
	// and the wounded, not a single wound.
	attackDead = wordSet("قتل قتلت قتلا قتلوا يقتل تقتل قتيل قتيلا قتيلان قتيلين قتلى القتلى مقتل جريح جريحا جرحى الجرحى بحياة مصرع مصرعهم حصيلة ضحايا")
	// notCivilianVictims in an attack's sentence or the title make it
	// another event: a fight with soldiers, fighters or their leaders (not
	// the terror adjective or the gunmen of slainFighters, who are as often
	// the attackers), a sexual assault, an animal's attack, or one
	// remembered.
	notCivilianVictims = union(slainSoldiers, wordList(
		"ارهابيين الارهابيين مجندين مجندا رقيب جنوده عسكريين العسكريين مقاتلين مقاتلا المقاتلين قائد القائد زعيم الزعيم قيادي قياديين قاده القاده "+
			"الحوثيين مليشيا ميليشيا المليشيات الميليشيات اشتباكات معارك مواجهات جنسي جنسيا الجنسي الجنسيه "+
			"ذكري الذكري بذكري لذكري السنويه حيوان الحيوانات قرش القرش كلب كلاب الكلاب دب الدب نمر النمر تمساح التمساح اسد الاسد ذئب الذئاب نحل ثعبان افعي"))
	// fightersSlain in a title are the attackers killed: "مقتل مسلحين في
	// هجوم على كنيسة"، "انتهاء الهجوم ... ومقتل جميع المسلحين" (the gunmen
	// of slainFighters, which the sentence does not test).
	fightersSlain = wordSet("مسلحين مسلحا المسلحين متشددين المتشددين متمردين المتمردين")
	// forcesAttacked in a title, with stateForceWords and slainSoldiers,
	// tell an attack on a state's force, a clash: "قتلى بهجوم استهدف
	// الشرطة"، "مقتل خمسة أشخاص بهجوم على مركز للشرطة"، "اعتداء على رجال
	// أمن".
	forcesAttacked = wordSet("قاعده للشرطه شرطه رجال امن امني امنيه عسكري عسكريه مجندين مجندا رقيب ضابط ضباط")
	// attackLookedBack within two words of an attack noun make it the
	// background of the news ("في أعقاب هجوم"، "ردا على هجوم") or one
	// fought off, a clash ("صد هجوم مسلح لداعش").
	attackLookedBack = wordSet(conjForms("اعقاب ردا صد صدت صدوا تصدت تصدي التصدي"))
	// attackHow in a title or lead names the remote or chemical weapon,
	// or the fight, that types an attack (with killedHow).
	attackHow = wordSet("تفجيرين انتحاريين انتحاريتين انتحاريه مفخختين مفخخات ملغومه تفجيرات التفجيرات انتحاريتان انتحاريون صاروخي صاروخيه بالصواريخ جوي جويه الجويه مسيره مسيرات انتحاريا مفخخه بالهاون هاون كيماوي كيميائي كيمياوي الكيماوي الكيميائي الكيمياوي كيماويه كيميائيه الكيماويه الكيميائيه السارين الكلور اشتباكات الاشتباكات معارك المعارك مواجهات المواجهات اشتباك")
)

// civiliansAssassinated returns the assassination words of the title
// whose victim the title names by a civilian's role, not yet by his name:
// "اليمن.. اغتيال عالم دين بارز في حضرموت"، "داعش يغتال مرشحا برلمانيا
// جنوب الموصل"، "اغتيال سعاد العلي: مقتل ناشطة حقوقية عراقية بإطلاق نار".
// An assassination is a killing aimed at one person, which ACLED codes as
// an attack on civilians unless the person bears arms; no other trigger
// reads it (the victim is told by a role, not a civilians word). A victim
// told by his name alone is as often one of history, retold by a trial,
// an anniversary or an op-ed ("اغتيال بوضياف"، "ذكرى اغتيال كينغ"), and
// an assassination told only in the lead as often a plan, a charge or a
// figure of speech ("خطط لاغتيال الملك"، "اغتيال فرحة رمضان"): neither
// counts. None either when the word is an attempt, a plan, a question, a
// charge or an anniversary ("محاولة اغتيال"، "هل فكر ترامب في اغتيال"،
// "تتهم بوتين باغتيال")، a purpose ("لاغتيال")، or when the victim bears
// arms ("اغتيال ضابط سوري كبير"، "اغتيال مسؤول عسكري").
func civiliansAssassinated(toks []token) []int {
	var at []int
	for k := 0; k < len(toks) && toks[k].title; k++ {
		if !toks[k].has(assassinationWords) || strings.HasPrefix(toks[k].w, "ل") ||
			nearBefore(toks, k, 4, assassinationUndone) || nearBefore(toks, k, 2, attemptWords) {
			continue
		}
		if assassinatedRole(toks, k) >= 0 {
			at = append(at, k)
		}
	}
	return at
}

// assassinatedRole returns the first civilian's role noun among the
// assassinatedSpan title words after the assassination word at k, or -1
// if there is none or a word there makes the victim one who bears arms.
func assassinatedRole(toks []token, k int) int {
	role := -1
	for j := k + 1; j < len(toks) && j <= k+assassinatedSpan && toks[j].title; j++ {
		if toks[j].has(notCivilianVictims) || toks[j].has(assassinatedFighters) {
			return -1
		}
		if role < 0 && toks[j].has(assassinatedRoles) {
			role = j
		}
	}
	return role
}

// assassinatedMentions returns a civilians mention for the role noun of
// each assassination civiliansAssassinated reads in the title, unless a
// modal makes it a threat ("قد يغتال"): the person an assassination
// killed is a civilian targeted, as the gold guide codes one ("اغتيال
// مسؤول أمني في صنعاء" of a security official's son shot by gunmen), and
// no civilians word tells him.
func assassinatedMentions(toks []token) []mention {
	var out []mention
	for _, k := range civiliansAssassinated(toks) {
		if modalBefore(toks, k) {
			continue
		}
		r := assassinatedRole(toks, k)
		out = append(out, mention{e: assassinatedEntry, start: r, end: r + 1})
	}
	return out
}

// assassinatedEntry is the civilians entry an assassinated role noun
// stands for.
var assassinatedEntry = &entry{words: []string{"assassinated"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}

// assassinatedSpan is how many words after an assassination word its
// victim's role may stand: "اغتيال سعاد العلي: مقتل ناشطة".
const assassinatedSpan = 4

var (
	// assassinationWords name one killing of a person aimed at him: the
	// noun, the past, active and passive, and the headline's present (not
	// the plural, a series).
	assassinationWords = wordSet("اغتيال اغتال اغتالت اغتالوا اغتيل اغتيلت يغتال تغتال")
	// assassinationUndone before an assassination word make it an
	// attempt, a plan, a question, a charge or a memory.
	assassinationUndone = wordSet("مخطط خطط خططوا يخطط تخطط مؤامره هل ذكري الذكري بذكري لذكري قضيه تهمه بتهمه اتهام اتهامات تتهم يتهم اتهم اتهمت المتهم متهم محاكمه محاكمات فرقه عمليات عمليه")
	// assassinatedRoles name a person by a civilian's work or standing:
	// the scholar, the journalist, the activist, the official, the
	// candidate, the cleric ("رجل دين"), the son.
	assassinatedRoles = wordSet("عالم صحفي صحافي صحفيه صحافيه اعلامي اعلاميه ناشط ناشطه معارض معارضه مسؤول مسؤوله مرشح مرشحا مرشحه مدير خبير نجل طبيب طبيبه محام محامي قاض قاضي رجل امام خطيب داعيه استاذ مهندس مصور نائب نائبه سياسي ناشطا صحفيا مسؤولا")
	// assassinatedFighters after an assassination word make its victim
	// one who bears arms: an officer, a general, a fighter.
	assassinatedFighters = wordSet("ضابط الضابط ضباط عسكري العسكري جنرال الجنرال العقيد عقيد العميد عميد اللواء لواء مقاتل عنصر عناصر")
)

// civiliansBurnt returns the words of the title and lead that tell people
// burnt to death or set alight by someone: a death with the adverb حرقا
// ("مقتل طفل فلسطيني حرقا في هجوم شنه مستوطنون"، "استشهاد رضيع فلسطيني
// حرقا بهجوم لمستوطنين"، "الرضيع الفلسطيني الذي قتل حرقا في الضفة
// الغربية"), or a burning verb or masdar whose object is a child, a baby
// or a family ("احتجاز ... لإرهابي إسرائيلي أحرق رضيعا فلسطينيا"، "جريمة
// حرق الرضيع الفلسطيني"). ACLED codes a killing by fire as an attack on
// civilians; arsonType leaves such a fire untyped ("the people it killed
// are the event"), and no attack noun told the dead close enough for
// civiliansAttacked. The reactions, arrests and funerals of the days after
// tell the killing the same way, and the guide codes it for them too (the
// recent cause of the news). A doer must be told in the title or lead
// (burnDoers: settlers, extremists, terror, an attack, a crime, "على يد"),
// and none counts in a sentence of an accident, a fire, a suicide or a
// rape ("لقي شخصان مصرعهما حرقا إثر انقلاب المركبة"، "لقوا حتفهم حرقا في
// أسوأ كارثة"، "الانتحار حرقا") or of soldiers, nor when the title or lead
// names aircraft, shells or bombs ("مقتل عشرات المدنيين حرقا بأحد ملاجئ
// غوطة دمشق" under a bombardment): those type the event. Nor when the
// title tells a charge, a sentence or a confession: a trial of the
// burning, as often years on ("محكمة إسرائيلية تخفف عقوبة إرهابي أحرق
// عائلة فلسطينية"، "إلغاء اعترافات المتهمين بحرق عائلة دوابشة").
func civiliansBurnt(toks []token, z leadZone) []int {
	if !inArticle(toks, burntAlive) && !inArticle(toks, burnVictims) {
		return nil
	}
	var at []int
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if !z.heads(toks, k) {
			continue
		}
		t := &toks[k]
		burnt := burntPerson(toks, k)
		set := false
		if !burnt && t.has(burnDeaths) && setFireDeath(toks, k) {
			burnt, set = true, true
		}
		if !burnt || !set && sentenceHas(toks, k, burnMishaps) || sentenceHas(toks, k, notCivilianVictims) {
			continue
		}
		at = append(at, k)
	}
	if len(at) == 0 || !z.headHas(toks, burnDoers) || z.headHas(toks, killedHow, attackHow) || titleHas(toks, chargeWords, burnJudged) {
		return nil
	}
	return at
}

// burntPerson reports the token at k a person's burning: a death with the
// adverb حرقا (burntAlive, a burnDeaths word up to four before it), or a
// burning verb or masdar, not with ل, with its person (burnVictims) within
// three words in its sentence: "حرق مستوطنين إسرائيليين لرضيع فلسطيني"،
// "أحرق عائلة فلسطينية". civiliansBurnt reads it in the title and lead,
// civiliansBurntBody past them.
func burntPerson(toks []token, k int) bool {
	t := &toks[k]
	if t.has(burntAlive) && nearBefore(toks, k, 4, burnDeaths) {
		return true
	}
	if !t.has(burnPersonVerbs) || strings.HasPrefix(t.w, "ل") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == t.sent; j++ {
		if toks[j].has(burnVictims) {
			return true
		}
	}
	return false
}

// setFireDeath reports a death word at k whose victim (a child, a baby, a
// family) follows within three words, in a sentence that names a fire or
// a burning and who set it: "استشهد طفل فلسطيني ... في حريق بمنزلهم تسبب
// به مستوطنون"، "دانت الحكومة الاردنية ... مقتل طفل فلسطيني في حريق
// اضرمه مستوطنون بمنزل"، "بعد قيام مستوطنين بحرق منزل ... ما أدى إلى
// مقتل طفل فلسطيني"، "استشهاد الطفل الفلسطيني علي دوابشه حرقا ... إثر
// استهداف المستوطنين المتطرفين منزل العائلة". The fire is the setter's
// arson (arsonFire), not the mishap burnMishaps reads in "حريق"; a
// round-38 blind audit found the Duma arson's first report and the
// reactions to it untyped (the pool's and the round-37 blind codings type
// them). Any other mishap word in the sentence still makes it an
// accident's.
func setFireDeath(toks []token, k int) bool {
	victim := false
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == toks[k].sent && !victim; j++ {
		victim = toks[j].has(burnVictims)
	}
	return victim && (sentenceHas(toks, k, fireWords) || sentenceHas(toks, k, setFireWords) || sentenceHas(toks, k, burnDeeds)) &&
		sentenceHas(toks, k, arsonAgentWords) && !sentenceHas(toks, k, setFireMishaps)
}

var (
	// setFireMishaps are burnMishaps other than the fire itself, which
	// the setter's arson accounts for.
	setFireMishaps = burnMishaps.without("حريق", "الحريق", "حرائق", "الحرائق")
	// burnDeeds are the burning masdars with a preposition, told of the
	// home the setter burnt: "بعد قيام مستوطنين بحرق منزل ... ما أدى إلى
	// مقتل طفل فلسطيني"، "إثر مقتل طفل بعد قيام مستوطنين متطرفين بإحراق
	// منزل".
	burnDeeds = wordSet("بحرق باحراق باضرام واحراق وحرق واضرام")
)

var (
	// burntAlive is the adverb of a death by fire: "قتل حرقا".
	burntAlive = wordSet("حرقا")
	// burnDeaths before burntAlive tell the death: the killing, the
	// martyr's death, the dying.
	burnDeaths = wordSet("قتل قتلت قتلوا قتله قتلها قتلهم مقتل المقتول مقتول استشهاد استشهد موت وفاه توفي توفيت قضي حتفه حتفهم مصرعه مصرعها مصرعهم مصرعهما")
	// burnPersonVerbs are the burning verbs and masdars that take a person as
	// their object, and the burner (حارق).
	burnPersonVerbs = wordSet("احرق احرقت احرقوا يحرق يحرقون تحرق احراق حرق حارق حارقي")
	// burnVictims are the persons a burning verb's object names.
	burnVictims = wordSet("رضيع الرضيع رضيعا لرضيع للرضيع طفل الطفل طفلا لطفل للطفل اطفال الاطفال عائله العائله لعائله اسره الاسره")
	// burnMishaps in a burning's sentence make it an accident's, a fire's,
	// a suicide's or a rape's.
	burnMishaps = wordSet("حادث حادثه انقلاب اصطدام تصادم حريق الحريق حرائق الحرائق كارثه انتحار الانتحار نفسه نفسها ماس الغابات غابات اغتصاب لاغتصاب")
	// burnJudged in a title, with chargeWords, make the burning a
	// trial's: a sentence, a confession, an indictment.
	burnJudged = wordSet("عقوبه بعقوبه العقوبه اعترافات الاعترافات الاتهام اتهام")
	// burnDoers in the title or lead tell a doer of the burning.
	burnDoers = wordSet("مستوطن مستوطنون مستوطنين المستوطنون المستوطنين متطرف متطرفون متطرفين المتطرفون المتطرفين ارهابي ارهابيه الارهابي الارهابيه ارهابيا " +
		"هجوم الهجوم بهجوم اعتداء الاعتداء جريمه الجريمه بجريمه يد يدي ايدي اضرم اضرموا اضرام")
)

// civiliansShot returns the death and wound words of the title and lead
// whose person a sniper, gunmen, unknown men or terror shot
// (armedShotVictim, actors_civshot.go): "قتلت فتاة برصاص قناص"، "اليمن..
// مقتل أحد موظفي الصليب الأحمر برصاص مجهولين"، "قناص حوثي يقتل طفلا
// ومسنا"، or whom an armed group killed by its own verb ("داعش يقتل ويحرق
// 25 شخصا"، "تتهم المسلحين الروهينغا بقتل 53 شخصا"). ACLED codes a killing by an armed group's own hand as an attack
// on civilians, and no trigger read it: no attack noun, no fire verb, no
// civilians word. None when the sniper is a state's ("برصاص قناص
// إسرائيلي": Gaza's marchers, excessive force), when the title or lead
// names aircraft, shells, bombs or a fight (they type the event), or when
// the title tells a charge or a trial.
func (l *lexicon) civiliansShot(toks []token, ms []mention, z leadZone) []int {
	var at []int
	armed := l.rebelAt(ms)
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if !z.heads(toks, k) {
			continue
		}
		v, by := armedShotVictim(toks, k, armed)
		if v < 0 || nearBefore(toks, k, 2, attemptWords) {
			continue
		}
		s := by
		if toks[by].has(bulletNouns) || handWords[toks[by].w] {
			s, _ = afterBullet(toks, by, armedShooters) // the shooter armedShooterAfter found
		}
		if s+1 < len(toks) && toks[s+1].sent == toks[s].sent && l.nationalityOf(&toks[s+1]) != "" {
			continue // "برصاص قناص إسرائيلي"
		}
		at = append(at, k)
	}
	if len(at) == 0 || z.headHas(toks, killedHow, attackHow) || titleHas(toks, chargeWords) {
		return nil
	}
	return at
}

// rammingWords are the ramming forms of the ramming phrases (rammingPhrase).
var rammingWords = wordSet("دهس الدهس بالدهس دهست تدهس يدهس")

// rammedSoldiers reports a ramming phrase in toks[i:end] whose victims are
// soldiers or policemen (slainSoldiers): named in its sentence ("مقتل
// جنديين إسرائيليين بعملية دهس")، or, where its sentence names no victim
// ("ووقعت عملية الدهس خلال يوم غضب"، a title's "نفذ عملية دهس"), in another
// sentence of the article that tells a ramming ("عملية دهس قتل فيها جنديان
// إسرائيليان"). A ramming of troops is no attack on civilians, as a knife
// attack on them is none (guardsStabbed); a round-37 blind audit found the
// West Bank ramming of March 2018 typed so in every report of it.
func rammedSoldiers(toks []token, i, end int) bool {
	if !hasBetween(toks, i, end, rammingWords) {
		return false
	}
	if sentenceHas(toks, i, slainSoldiers) {
		return true
	}
	if sentenceHas(toks, i, civilianTargets) || sentenceHas(toks, i, victimWords) {
		return false
	}
	for _, j := range setTokens(toks, rammingWords) {
		if toks[j].sent != toks[i].sent && sentenceHas(toks, j, slainSoldiers) {
			return true
		}
	}
	return false
}

// villagersAttacked returns the attack words of the title and lead whose
// object is villagers, farmers or villages, with the dead told in the
// sentence: "شن داعش هجمات مباغتة استهدفت مركز المحافظة وعددا من القرى"،
// "هجوم مفترض لرعاة استهدف مزارعين"، "والآخر شنه مقاتلو بوكو حرام على
// سكان إحدى القرى". Gunmen raiding a village and killing its people is
// what ACLED codes as an attack on civilians, however the lead also
// tells the suicide blasts or the clashes of the same assault;
// civiliansAttacked stands aside for those (a lead naming them is as
// often a fight told by its dead), so the raid on the residents typed
// nothing. The object must stand within three words after the attack's
// target word (على، ضد، استهدف), itself within four words after an attack
// noun or a verb of launching ("شن"، "شنه"); nothing armed between
// ("هجوم على مواقع الجيش في القرى"), no strike from afar between
// ("شن ضربات جوية على قرية"), no fighters among the dead, and none when the attack is fought
// off within four words ("تصدي الأهالي لهجوم شنه مستوطنون على قرية",
// the clash that followed), tried or foiled, or the title tells a fight with a state's force.
func villagersAttacked(toks []token, z leadZone) []int {
	if !inArticle(toks, villagersTargeted) {
		return nil
	}
	var at []int
	for k := 0; k < len(toks) && (toks[k].title || k < z.end); k++ {
		if !toks[k].has(villagersTargeted) || !z.heads(toks, k) {
			continue
		}
		s := toks[k].sent
		tgt := -1
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].sent == s; j-- {
			if toks[j].has(armedTargets) || toks[j].has(notCivilianVictims) {
				break
			}
			if toks[j].has(attackTargetWords) {
				tgt = j
				break
			}
		}
		if tgt < 0 {
			continue
		}
		a := -1
		for j := tgt - 1; j >= 0 && j >= tgt-4 && toks[j].sent == s; j-- {
			if toks[j].has(villageRaidWords) {
				a = j
				break
			}
		}
		if a < 0 || hasBetween(toks, a+1, tgt, villageRaidRemote) || sentenceHas(toks, k, villageFighters) || nearWord(toks, a, a+1, 4, attackLookedBack) || nearWord(toks, a, a+1, 2, attemptWords) || nearWord(toks, a, a+1, 2, foilWords) {
			continue
		}
		tolled := false
		for j := sentStart(toks, k); j < len(toks) && toks[j].sent == s && !tolled; j++ {
			tolled = toks[j].has(villageToll) && !(j > 0 && toks[j-1].has(attemptWords))
		}
		if tolled {
			at = append(at, a)
		}
	}
	if len(at) == 0 || titleHas(toks, notCivilianVictims, stateForceWords, forcesAttacked, fightersSlain) {
		return nil
	}
	return at
}

var (
	// villagersTargeted are the people of a village, its farmers and
	// the villages themselves, as an attack's object.
	villagersTargeted = wordSet("سكان السكان اهالي الاهالي قرويين القرويين مزارعين المزارعين فلاحين الفلاحين قريه القريه قري القري وقري والقري قريتين القريتين")
	// villageToll are attackDead and the toll told by the definite or
	// the victims ("الحصيلة الدموية الأكبر للضحايا").
	villageToll = union(attackDead, wordList("الحصيله للضحايا الضحايا"))
	// villageRaidRemote between a verb of launching and its object make
	// it a strike from afar ("شن ضربات جوية على قرية"), typed by its weapon.
	villageRaidRemote = union(attackHow, remoteAttack, wordList("ضربات غارات غاره ضربه قصفا"))
	// villageFighters in the sentence make the dead fighters, a clash:
	// "قتل 37 على الأقل من مسلحي جماعات منافسة في هجوم شنه ليلا على قرية".
	villageFighters = wordSet("مسلحي مقاتلا مقاتلين المقاتلين مقاتلي عناصر جنود الجنود عسكريين العسكريين")
	// attackTargetWords join an attack to its object.
	attackTargetWords = wordSet("علي ضد استهدف استهدفت استهدفا استهدفوا يستهدف تستهدف")
	// villageRaidWords are the attack nouns, singular or plural, and the
	// verbs of launching one, before its object.
	villageRaidWords = wordSet(conjForms("هجوم الهجوم هجوما هجومين هجمات الهجمات هجومه هجومها اعتداء اعتداءات شن شنه شنها شنوا شنت يشن تشن"))
)
