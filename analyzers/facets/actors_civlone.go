package facets

// Victims of a lone attacker or of criminals (round 46, rul46a-1). A gunman
// who fires in a cinema, a man who stabs people in a mosque or a street, a
// driver who rams a crowd, a gang of smugglers who leave migrants to
// suffocate: where the text ties the attacker to no armed group and calls
// the attack terrorist nowhere in its own voice or an official's, the
// story reports a crime, not an event of the conflict, and its victims are
// not coded civilians, whatever the sentence calls them (أشخاص، أطفال،
// رواد السينما، مشاركين في مسيرة). "ليس إرهابيا"، "لا يرتبط بأي جماعات
// إرهابية"، "لا شيء ... يظهر مؤشرات على الطابع الإرهابي" are no label.
// Bombs and blasts keep their victims (the IED convention), as do
// hostages (not covered by the ruling) and any story of fighting or of
// an armed force.

var (
	// loneGunmanWords are the singular gunman: "مسلح فتح النار"، "برصاص
	// مسلح أطلق النار"، "الهجوم الذي نفذه مسلح".
	loneGunmanWords = wordSet("مسلح مسلحا المسلح")
	// loneGunmanVerbs right after the gunman make him the shooter.
	loneGunmanVerbs = wordSet("فتح أطلق اطلق يطلق يفتح يقتل قتل")
	// loneGunmanBefore right before the gunman make the act his: "نفذه
	// مسلح"، "برصاص مسلح"، "شنه مسلح".
	loneGunmanBefore = wordSet("نفذه شنه برصاص")
	// loneBladeWords tell a stabbing or a ramming by its act: "طعن ستة في
	// مسيرة"، "هجوم طعنا بالسكين"، "عملية دهس". Only where the sentence
	// tells harm (loneHarmWords): "طعن في الحكم" is an appeal.
	loneBladeWords = wordSet("طعن يطعن طعنا بالطعن طعنات بطعنات بسكين بالسكين دهس الدهس بدهس")
	// loneHarmWords tell someone killed or hurt.
	loneHarmWords = wordSet("ضحايا الضحايا قتل قتلا قتلى مقتل قتيلا قتيلان قتيلين مصرع حتفهما حتفه أصيب أصاب أصيبوا إصابة بجروح جروح جرحى مصابين")
	// gangWords and smugglingWords tell criminals: "عصابة لتهريب البشر".
	gangWords      = wordSet("عصابة العصابة")
	smugglingWords = wordSet("تهريب لتهريب مهربين المهربين")
	// loneTerrorWords call an attack or an attacker terrorist; a negation
	// within loneNegReach words before takes the label back.
	loneTerrorWords = wordSet("إرهابي إرهابيا الإرهابي إرهابية الإرهابية إرهاب الإرهاب بالإرهاب الإرهابيين إرهابيين")
	loneNegWords    = wordSet("ليس ليست لا لم غير عدم بأي أي نافية نفت ينفي نفى")
	// loneGroupWords tie the attacker to an armed group in the title or
	// lead: a claim, an allegiance, a group's name.
	loneGroupWords = wordSet("تبنى تبنت يتبنى تبني مسؤوليته مسؤوليتها بايع مبايعة داعش الداعشي القاعدة طالبان الشباب ميليشيا جهادي الجهادي جهاديا")
	// loneVetoWords anywhere in the article keep its victims: hostages,
	// an army at war, fighting, occupation and settlers. Not "قوات": "قوات
	// الأمن" shot the knifeman.
	loneVetoWords = wordSet("رهينة رهائن الرهائن رهينتين كرهائن الجيش جيش جنود الجنود مسلحين مسلحون المسلحين اشتباكات معارك الاحتلال مستوطن مستوطنون مستوطنين فلسطيني فلسطينيا الفلسطيني الفلسطينيين قصف غارة ميليشيات")
	// lonePlotTitleWords in the title make the story a foiled plot's
	// ("إفشال محاولة اعتداء جديدة في فرنسا"), which recalls an earlier
	// knife attack as the plot's background; the pool's gold keeps that
	// attack's passer-by.
	lonePlotTitleWords = wordSet("إفشال إحباط أحبطت تحبط يحبط مخطط مخططا")
	// loneBombWords in the title or the first body sentence make the story
	// a bombing's, whose victims the IED convention keeps. Further on they
	// are as often a suspicion ("سيارة الجاني، التي كانت تعتقد في السابق
	// أنها مفخخة").
	loneBombWords = wordSet("تفجير تفجيرين تفجيرات انفجار انفجارين التفجير التفجيرات الانفجار العبوة عبوة عبوات ناسفة المفخخة مفخخة قنبلة قنابل انتحاري الانتحاري")
)

// loneNegReach is how far before a terror word a negation takes it back.
const loneNegReach = 10

// loneAttackStory reports an article whose title or lead (title and first
// four body sentences) tells an attack by a lone gunman, a stabbing or a
// ramming, or a gang of smugglers, with no armed group tied to it in the
// lead, no bomb in the title or first sentence, no unnegated terror label
// anywhere, and no hostage, army or fighting in the article.
func (c *articleCues) loneAttackStory(toks []token) bool {
	return once(&c.loneAttack, func() bool { return loneAttack(toks) })
}

// loneAttack is loneAttackStory's reading, uncached: the event types ask it
// once, where an attack on civilians was counted (events_lonecrime.go).
func loneAttack(toks []token) bool {
	if inArticleAny(toks, loneVetoWords) || titleHas(toks, lonePlotTitleWords) {
		return false
	}
	lead := leadEnd(toks)
	first := leadEndN(toks, 1)
	found := false
	for j := 0; j < lead; j++ {
		t := &toks[j]
		switch {
		case t.has(loneGroupWords) || j < first && t.has(loneBombWords):
			return false
		case t.has(loneGunmanWords):
			if j+1 < len(toks) && toks[j+1].sent == t.sent && toks[j+1].has(loneGunmanVerbs) ||
				j > 0 && toks[j-1].sent == t.sent && toks[j-1].has(loneGunmanBefore) {
				found = true
			}
		case t.has(loneBladeWords):
			found = found || sentenceHas(toks, j, loneHarmWords)
		case t.has(gangWords):
			found = found || sentenceHas(toks, j, smugglingWords)
		}
	}
	if !found {
		return false
	}
	for _, j := range setTokens(toks, loneTerrorWords) {
		if !nearBefore(toks, j, loneNegReach, loneNegWords) {
			return false
		}
	}
	return true
}

// leadEnd returns the index after the title and the first four body
// sentences.
func leadEnd(toks []token) int { return leadEndN(toks, 4) }

// leadEndN returns the index after the title and the first n body
// sentences.
func leadEndN(toks []token, n int) int {
	k := bodyStart(toks)
	for seen := 0; k < len(toks); k++ {
		if k == 0 || toks[k].sent != toks[k-1].sent || toks[k-1].title {
			if seen == n {
				break
			}
			seen++
		}
	}
	return k
}
