package facets

// Civilians told only by the place an attack struck. "نفذت اعتداءات
// انتحارية ... وأوقعت 13 قتيلاً وعشرات الجرحى مستهدفة ثلاث كنائس"،
// "استهدفوا الجمعة حافلة ركاب ايرانية ... ما أدى الى مقتل السائق": the
// dead are counted by a toll, and the only word that says who they were is
// the church, the market or the bus the attackers chose. A civilian place
// named as an attack's object, in a sentence that counts dead or wounded,
// stands for the civilians hit there, as "الأحياء السكنية" shelled does
// (residentialMentions).

var (
	// civilianSiteWords name places where civilians, not forces,
	// gather: churches, markets, schools, hospitals, restaurants,
	// hotels, buses. Not mosques: in this corpus the mosque most
	// attacked is the one inside the Asir emergency forces' base
	// ("استهدف مسجداً تابعاً لمقر قوات الطوارئ"), whose dead were
	// soldiers, and its worshippers are counted by "المصلين" anyway.
	civilianSiteWords = wordSet("كنيسة الكنيسة كنائس الكنائس " +
		"سوق السوق سوقا أسواق الأسواق مدرسة المدرسة مدارس المدارس مستشفى المستشفى مستشفيات المستشفيات " +
		"مطعم المطعم مطعما مقهى المقهى فندق الفندق فندقا حافلة الحافلة حافلات الحافلات")
	// siteTargetVerbs before a place make it the attack's object:
	// "مستهدفة ثلاث كنائس"، "استهدفوا الجمعة حافلة". Not "أصاب",
	// "سقط" or "طال" (strikeVerbs): a shell that "fell near" a school
	// names where, not what, it aimed at.
	siteTargetVerbs = wordSet("استهدف استهدفت استهدفوا يستهدف تستهدف مستهدفا مستهدفة مستهدفين قصفت قصفوا يقصف تقصف هاجم هاجمت هاجموا يهاجم تهاجم")
	// siteForceWords right after a place make it a force's own: "مسجد
	// قوات الطوارئ"، "مستشفى عسكري".
	siteForceWords = wordSet("قوات القوات الجيش الشرطة الطوارئ عسكري عسكرية العسكري العسكرية الأمن")
	// siteForceVictimWords in the sentence make the people at the place
	// a force's ("إصابة 18 مجندا بالشرطة في انفجار استهدف حافلة"،
	// "استهدف حافلة لنقل عناصر من الأمن الرئاسي") or the toll a
	// battle's ("مقتل عشرات التونسيين في ساحة المعركة"). Not "الشرطة"
	// alone: the police are as often who tells of the attack ("أفادت
	// الشرطة الإندونيسية ... التي استهدفت 3 كنائس").
	siteForceVictimWords = wordSet("مجند مجندا مجندين مجندون عناصر جنود جندي جنديا جنديين ضباط ضابط عسكريين شرطي شرطيا شرطيين رجال المعركة معركة")
	// civilianSiteEntry is the civilians entry such a place stands for.
	civilianSiteEntry = &entry{words: []string{"site"}, kind: kindActor, ids: []string{"civilians"}, weak: true}
)

// civilianSiteMentions returns a civilians mention for each civilian place
// named as an attack's object that no lexicon mention covers: a targeting
// verb within three words before it ("استهدفت ثلاث كنائس"), or an attack
// word (attackOnWords) within three words before على or ضد right before it
// ("هجوم مسلح على حافلة"). "أي" before the attack makes it hypothetical;
// a force word after the place makes it the force's, and forces or a
// battle in the sentence make the toll theirs (siteForceVictimWords). A
// year or "منذ" (sinceWords, events.go) in the sentence makes the attack an earlier one the story
// recalls ("الهجوم الذي وقع في ديسمبر ... 2016 عندما هاجم قائد شاحنة
// سوقا"): background, as the golds code such tolls.
func civilianSiteMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, civilianSiteWords, func(i int) (*entry, int) {
		s := toks[i].sent
		if i+1 < len(toks) && toks[i+1].sent == s && toks[i+1].has(siteForceWords) ||
			sentenceHas(toks, i, siteForceVictimWords) || sentenceHas(toks, i, sinceWords) || sentenceHasYear(toks, i) {
			return nil, 0
		}
		for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == s; j-- {
			if toks[j].has(siteTargetVerbs) && !nearBefore(toks, j, 4, noneWords) {
				return civilianSiteEntry, i + 1
			}
			if toks[j].has(attackPrepositions) {
				if j == i-1 && nearBefore(toks, j, 3, attackOnWords) && !nearBefore(toks, j, 5, noneWords) {
					return civilianSiteEntry, i + 1
				}
				return nil, 0
			}
		}
		return nil, 0
	})
}

// sentenceHasYear reports a year written in digits in the sentence of
// token i.
func sentenceHasYear(toks []token, i int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if n, ok := digits(toks[j].w); ok && isYear(n) {
			return true
		}
	}
	return false
}
