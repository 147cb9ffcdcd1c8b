package facets

// Civilians a set fire killed or hurt. "استشهد طفل فلسطيني ... وأصيب
// والداه وشقيقه بجروح ... في حريق بمنزلهم تسبب به مستوطنون"، "عقب استشهاد
// رضيع فلسطيني حرقا، وإصابة أفراد عائلته بجراح نتيجة حريق متعمد أضرمه
// إسرائيليون"، and under the title "مجهولون يحرقون مطابع صحيفة يمنية في
// عدن" the body's "وتسبب الحريق بأضرار في الممتلكات وبإصابة عدد من
// العاملين": the fire is an arson, someone's attack, not the mishap
// disasterWords read in "حريق" (a burning building, a wildfire). The golds
// code the people such a fire hit as civilians (the Duma arson's family in
// holdouts 11, 13, 17 and fresh, Aden's press workers in holdout-14).

var (
	// fireWords name a fire; "النار" is one only beside a setting word
	// ("أضرموا النار في منزل"): alone it is as often gunfire ("إطلاق
	// النار").
	fireWords = wordSet("حريق الحريق حرائق الحرائق النيران نيران")
	// bareFireWords name a fire only beside a setting word: "النار", and
	// "بالحرق", a burning done to someone, which is its own setting word
	// too: "منذ مقتل رضيع فلسطيني ووالده في اعتداء بالحرق ارتكبه يهود
	// متشددون" (round 54's aud54d, a blind line that codes the Duma
	// arson's dead as civilians).
	bareFireWords = wordSet("النار بالحرق")
	// setFireWords say someone set the fire or burnt on purpose: "أضرمه
	// مستوطنون"، "بإشعال الحريق في منزله"، "حريق متعمد"، "مقتل طفل
	// حرقا". Not the singular present "تحرق، يحرق", whose subject is as
	// often the fire itself ("النيران تحرق الغابات"), nor the singular
	// past "أحرق": "حريق كار فاير الذي أودى بحياة ... وأربعة مدنيين ...
	// وأحرق أكثر من 1500 بناية".
	setFireWords = wordSet("أضرم أضرمت أضرموا أضرمه أضرمها أضرموه أضرموها يضرمون إضرام أشعل أشعلوا أشعله أشعلها إشعال " +
		"متعمد متعمدا المتعمد عمدي أحرقوا يحرقون إحراق حرق حرقا بالحرق")
	// arsonAgentWords name who sets fire to a home in news: "حريق بمنزلهم
	// تسبب به مستوطنون"، "أحرقه مجهولون".
	arsonAgentWords = wordSet("مستوطن مستوطنون المستوطنون مستوطنين المستوطنين مجهولون مجهولين متطرفون متطرفين")
	// titleArsonWords in a title tell an arson the body's "الحريق" is:
	// the plural and masdar forms, whose subject is people ("مجهولون
	// يحرقون"، "جريمة حرق الطفل").
	titleArsonWords = wordSet("يحرقون أحرقوا أضرموا يضرمون إحراق حرق حرقا")
	// natureFireWords make a fire a wildfire's or a mishap's.
	natureFireWords = wordSet("غابات الغابات الغابة غابة تماس كهربائي الكهربائي")
)

// arsonFire reports a fire in the sentence of m that someone set: a fire
// word with a setting word or an arsonist in the sentence ("النار" only
// with a setting word), or a fire word under a title that tells a burning
// by people ("الحريق" told again in the body, titleArson). A forest or a
// short circuit in the sentence makes it no arson.
func arsonFire(toks []token, m mention) bool {
	if sentenceHas(toks, m.start, natureFireWords) {
		return false
	}
	if !sentenceHas(toks, m.start, fireWords) {
		return sentenceHas(toks, m.start, bareFireWords) && sentenceHas(toks, m.start, setFireWords)
	}
	if sentenceHas(toks, m.start, setFireWords) || sentenceHas(toks, m.start, arsonAgentWords) {
		return true
	}
	return titleArson(toks)
}

// titleArson reports a title that tells a burning by people: a plural or
// masdar burning word ("مجهولون يحرقون مطابع صحيفة"، "ردا على حرق الطفل
// الفلسطيني"), or a fire with its setter ("استشهاد طفل فلسطيني في حريق
// تسبب به مستوطنون").
func titleArson(toks []token) bool {
	fire, setter := false, false
	for i := 0; i < len(toks) && toks[i].title; i++ {
		t := &toks[i]
		if t.has(titleArsonWords) {
			return true
		}
		fire = fire || t.has(fireWords)
		setter = setter || t.has(arsonAgentWords) || t.has(setFireWords)
	}
	return fire && setter
}

// Civilians burned by people, told by the burning's masdar or plural verb
// right before them: "جريمة حرق الرضيع الفلسطيني"، "إحراق عائلة الدوابشة"،
// "الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية"، "يحرقون رضيعًا
// فلسطينيًا". No fire word and no harm word stands by them, so neither
// arsonFire nor the victim words' toll read them; yet the golds code the
// Duma arson's family as civilians in every story that names it (the pool's
// fresh and holdout lines, round 37–43's blind codings). The victim must
// follow the burning word at once: a child, an infant, a young man, a woman
// or a family. The singular "أحرق" is left out, its subject as often a fire
// ("وأحرق أكثر من 1500 بناية").

// selfBurningList is the intransitive masdar with its clitics, one list
// for burningWords and selfBurningWords.
const selfBurningList = "احتراق واحتراق باحتراق لاحتراق"

var (
	// burningWords are the burning's masdar and plural verbs, with the
	// clitics news gives them.
	burningWords = wordSet("حرق وحرق بحرق لحرق إحراق وإحراق بإحراق لإحراق احراق واحراق باحراق أحرقوا وأحرقوا احرقوا حرقوا يحرقون ويحرقون " +
		selfBurningList)
	// selfBurningWords are the burning's intransitive masdar, "احتراق":
	// "بعد يومين على احتراق رضيع فلسطيني حيا الجمعة، على اثر إضرام
	// مستوطنين متطرفين النار في منزله"، "مما أدى إلى احتراق طفل رضيع". A
	// child burns as well in a house fire by mishap, so the sentence must
	// name the setting or the setter (setFireWords, arsonAgentWords).
	selfBurningWords = plainWords(selfBurningList)
	// burnedVictimWords are the victims a burning word may take: children,
	// infants, a young man, a woman, a family.
	burnedVictimWords = wordSet("طفل الطفل طفلا طفلة الطفلة رضيع الرضيع رضيعا رضيعة الرضيعة الأطفال أطفال أطفالا الشاب شاب شابا الفتى فتى امرأة المرأة عائلة العائلة عائلات أسرة الأسرة")
	// burnedVictimEntry is the civilians entry such victims stand for.
	burnedVictimEntry = &entry{words: []string{"burned victims"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// burnedVictimMentions returns a civilians mention for each burning word
// (burningWords) followed at once, in its sentence, by a victim word
// (burnedVictimWords), the intransitive "احتراق" only where the sentence
// names the fire's setting or setter, unless the sentence writes a year: "بعد إحراق شاب
// فلسطيني حتى الموت" beside "عام 2014" recalls Abu Khdeir's burning under
// a story of a law (2015-07-21-2053), as civilianSiteMentions skips a
// dated site.
func burnedVictimMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, burningWords, func(i int) (*entry, int) {
		j := i + 1
		if j >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent || !toks[j].has(burnedVictimWords) || sentenceHasYear(toks, i) {
			return nil, 0
		}
		if selfBurningWords[toks[i].w] && !sentenceHas(toks, i, setFireWords) && !sentenceHas(toks, i, arsonAgentWords) {
			// "احتراق طفل" with no one named setting the fire: a
			// mishap's as well as an arson's.
			return nil, 0
		}
		return burnedVictimEntry, j + 1
	})
}
