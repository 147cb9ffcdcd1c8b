package facets

var (
	// militaryWords in a sentence make a weak actor alias (a country or
	// capital name) count: the sentence is about fighting, not diplomacy.
	militaryWords = wordSet("قصف غارة غارات ضربة ضربات صواريخ صاروخ قوات القوات قواتها جنود جنودها طائرات طائراتها غاراتها ضرباتها قصفت شنت شن تشن يشن استهدفت هاجمت يقصف تقصف مقاتلات حربية الحربية عسكريا هجوما هجمات اشتباكات معارك قتال القتال مدفعية قذائف نشر تعزيزات")
	// harmWords in a sentence make "civilians" an actor: they were killed,
	// hurt or targeted.
	harmWords = wordSet("قتل قتلى مقتل قتيل قتيلا مصرع استشهاد شهداء شهيد جرحى جريح إصابة إصابات أصيب أصيبوا استهداف استهدف استهدفت ضحايا الضحايا سقوط مجزرة اعتداء خطف اختطاف إعدام أعدم تهجير نزوح قصف غارات هجوم حصار المحاصرين " +
		// abused or executed by an armed group (the gold guide codes them too)
		"ذبح ذبحهم ذبحوا أعدمت أعدموا أعدمهم إعدامات إعدامه تعذيب عذبوا تعذيبهم اغتصاب اغتصبوا نهب")
)

// affiliateOnly lists the actors that news mostly names as someone else's
// allegiance or former parent ("جبهة النصرة فرع تنظيم القاعدة السابق",
// "مؤيد لتنظيم القاعدة"): such a mention does not make them a party.
var affiliateOnly = map[string]bool{"al-qaeda": true}

var (
	// affiliationWords just before such an actor say the mention is
	// someone's tie to it.
	affiliationWords = wordSet("فرع ذراع مؤيد مؤيدا مؤيدين مؤيدة موال مواليا الموالي الموالية الموالين مرتبط مرتبطة المرتبطة مرتبطين المرتبطين صلة صلات علاقة علاقات العلاقات علاقاتها ارتباط ارتباطها ارتباطه ارتباطات بايع بايعت مبايعة انشق انشقت المنشقة المنشق فك انفصال انفصالها تعاطف متعاطف متعاطفين يتعاطف ولاء ولاءه ولاءها")
	// formerWords just after it make it a former parent.
	formerWords = wordSet("السابق سابقا")
)

// affiliateMention reports whether the mention [start,end) names the actor
// only as a tie of someone else.
func affiliateMention(toks []token, start, end int) bool {
	if nearBefore(toks, start, 3, affiliationWords) {
		return true
	}
	s := toks[start].sent
	for j := end; j < len(toks) && j < end+2 && toks[j].sent == s; j++ {
		if toks[j].has(formerWords) {
			return true
		}
	}
	return false
}

// nearBefore reports whether a word of set stands within n tokens before
// token start in the same sentence.
func nearBefore(toks []token, start, n int, set map[string]bool) bool {
	s := toks[start].sent
	for j := start - 1; j >= 0 && j >= start-n && toks[j].sent == s; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the sentence of token i holds a word of set.
func sentenceHas(toks []token, i int, set map[string]bool) bool {
	s := toks[i].sent
	for j := i; j >= 0 && toks[j].sent == s; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	for j := i + 1; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// nearWord reports whether a word of set stands within n tokens of the
// span [start,end) in the same sentence.
func nearWord(toks []token, start, end, n int, set map[string]bool) bool {
	s := toks[start].sent
	for j := start - 1; j >= 0 && j >= start-n && toks[j].sent == s; j-- {
		if toks[j].has(set) {
			return true
		}
	}
	for j := end; j < len(toks) && j < end+n && toks[j].sent == s; j++ {
		if toks[j].has(set) {
			return true
		}
	}
	return false
}

// findActors returns the actor ids the mentions name, noting in n (if any)
// every actor mention and whether it counted.
func (l *lexicon) findActors(toks []token, ms []mention, aboutSyria bool, n *notes) []string {
	set := map[string]bool{}
	otherWar := 0 // 0 unknown, 1 no, 2 yes: see otherTheatre
	for _, m := range ms {
		e := m.e
		if e.kind != kindActor || set[e.ids[0]] && n == nil {
			continue
		}
		ok := l.actorCounts(toks, ms, m, aboutSyria, &otherWar)
		n.actor(e.ids[0], m, ok)
		if ok {
			set[e.ids[0]] = true
		}
	}
	return sortedSet(set)
}

// actorCounts reports whether the actor mention m makes its actor a party
// to the article's events. otherWar caches otherTheatre (0 unknown, 1 no,
// 2 yes).
func (l *lexicon) actorCounts(toks []token, ms []mention, m mention, aboutSyria bool, otherWar *int) bool {
	e := m.e
	if e.syria && !aboutSyria {
		return false
	}
	if e.ids[0] == "al-qaeda" && len(e.words) == 1 && basesNamed(toks) {
		// A bare "القاعدة" where the article is about a military
		// base (قاعدة حميميم، قاعدة العديد) is that base.
		return false
	}
	if affiliateOnly[e.ids[0]] && affiliateMention(toks, m.start, m.end) {
		return false
	}
	if e.ids[0] == "coalition" && !namesCoalitionWar(e) {
		if *otherWar == 0 {
			*otherWar = 1
			if otherTheatre(toks) {
				*otherWar = 2
			}
		}
		if *otherWar == 2 {
			return false
		}
	}
	if !e.weak {
		return true
	}
	if e.ids[0] == "civilians" {
		// "مقتل 5 أشخاص في اشتباكات": persons killed are civilians
		// where a bombing or massacre hit them, not in clashes, crime
		// or accidents.
		return sentenceHas(toks, m.start, harmWords) &&
			(!personWords[e.words[0]] || sentenceHas(toks, m.start, attackWords))
	}
	if l.backsRebels(toks, ms, m) {
		// "قسد التي تدعمها واشنطن": the country describes a rebel
		// force just named, the gold guide's adjective, and is no
		// party itself.
		return false
	}
	return nearWord(toks, m.start, m.end, 6, militaryWords) || aboutSyria && heldBy(toks, m) || l.negotiatesWithArmed(toks, ms, m)
}

// controlWords name the hold of a force on ground.
var controlWords = wordSet("سيطرة لسيطرة بسيطرة وسيطرة")

// heldBy reports a weak mention right after a control word: "خاضعة
// لسيطرة المعارضة", "تحت سيطرة تركيا". Holding ground is a military
// role, and the gold guide codes the holder; "سيطرة" further off is as
// often border or price control. Only an article about Syria is asked:
// elsewhere the hold is a figure of speech ("ألمانيا خاضعة لسيطرة روسيا"
// over gas).
func heldBy(toks []token, m mention) bool {
	return m.start > 0 && !toks[m.start].gap && toks[m.start-1].has(controlWords)
}

var syriaWords = wordSet("سوريا سورية")

var (
	// personWords are the civilians aliases that say only "persons".
	personWords = map[string]bool{"شخصا": true, "اشخاص": true, "الاشخاص": true}
	// attackWords name the attacks whose victims are civilians even when
	// news calls them persons.
	attackWords = wordSet("تفجير تفجيرين تفجيرات انفجار انفجارين التفجير التفجيرات التفجيرين الانفجار القصف الغارة الغارات العبوة المفخخة انتحاري انتحارية الانتحاري الانتحارية مجزرة المجزرة مفخخة سيارة ناسفة ناسفة عبوة قصف غارة غارات استهدف استهدفت استهداف إرهابي الإرهابي إرهابية الإرهابية كيماوي الكيماوي كيميائي الكيميائي كيمياوي الكيمياوي")
)

// backerWords before a country name make it the backer or patron of the
// force just named.
var backerWords = wordSet("تدعمها يدعمها تدعمه يدعمه تدعمهم يدعمهم المدعوم المدعومة المدعومين مدعوم مدعومة مدعومين " +
	"المتحالفة المتحالفين متحالفة")

// backsRebels reports whether the weak mention m follows a backing word
// that follows, within six words of the same sentence, a rebel force named
// by a strong alias: "قوات سوريا الديمقراطية التي تدعمها واشنطن". A
// generic force backed by a country ("ميليشيات تدعمها إيران") is that
// country's, as the gold guide codes it.
func (l *lexicon) backsRebels(toks []token, ms []mention, m mention) bool {
	if !nearBefore(toks, m.start, 2, backerWords) {
		return false
	}
	s := toks[m.start].sent
	for _, o := range ms {
		if o.e.kind != kindActor || o.e.weak || o.e.syria || o.end > m.start || o.end < m.start-6 || toks[o.start].sent != s {
			continue
		}
		if a := l.actors[o.e.ids[0]]; a != nil && a.kind == "rebel" && o.e.ids[0] != m.e.ids[0] {
			return true
		}
	}
	return false
}

// baseWords are the indefinite and plural forms of "base".
var baseWords = wordSet("قاعدة قاعدتي قاعدتين قواعد القواعد قاعدتها قاعدته")

// basesNamed reports whether the article speaks of military bases.
func basesNamed(toks []token) bool {
	for i := range toks {
		if toks[i].has(baseWords) {
			return true
		}
	}
	return false
}

// negotiationWords next to a country make it a party when an armed group
// sits in the same sentence ("موسكو تفاوض داعش", "دخلت الفصائل في
// مفاوضات مع موسكو"): it deals with the fighters, not with governments.
var negotiationWords = wordSet("تفاوض يفاوض تتفاوض التفاوض مفاوضات المفاوضات طالبت وساطة بوساطة الوساطة")

// negotiatesWithArmed reports whether the weak mention m stands by a
// negotiation word (within three words), with a rebel group named within
// eight.
func (l *lexicon) negotiatesWithArmed(toks []token, ms []mention, m mention) bool {
	if !nearWord(toks, m.start, m.end, 3, negotiationWords) {
		return false
	}
	s := toks[m.start].sent
	for _, o := range ms {
		if o.e.kind != kindActor || toks[o.start].sent != s || o.e.weak || o.e.syria {
			continue
		}
		if o.end < m.start-8 || o.start > m.end+8 {
			continue // a party to some other clause of the sentence
		}
		if a := l.actors[o.e.ids[0]]; a != nil && a.kind == "rebel" {
			return true
		}
	}
	return false
}

var (
	// otherWarWords name the wars of the other coalitions news calls
	// "التحالف" (NATO's in Afghanistan, the Saudi-led one in Yemen).
	otherWarWords = wordSet("أفغانستان الأفغانية الأفغاني الأفغان أفغاني أفغانية طالبان كابول اليمن اليمنية اليمني اليمنيين الحوثي الحوثيين الحوثيون الحوثية صنعاء الحديدة عدن")
	// coalitionWarWords name the anti-ISIS coalition's war.
	coalitionWarWords = wordSet("سوريا سورية السورية السوري السوريين العراق العراقية العراقي العراقيين داعش")
)

// otherTheatre reports whether the article is about Afghanistan or Yemen
// at least as much as about Syria, Iraq and ISIS, so that a bare
// "التحالف" is some other coalition than the one against ISIS.
func otherTheatre(toks []token) bool {
	other, ours := 0, 0
	for i := range toks {
		switch {
		case toks[i].has(otherWarWords):
			other++
		case toks[i].has(coalitionWarWords):
			ours++
		}
	}
	return other > 0 && other >= ours
}

// namesCoalitionWar reports whether an alias of the coalition says which
// coalition it is (التحالف الدولي ضد داعش، بقيادة الولايات المتحدة).
func namesCoalitionWar(e *entry) bool {
	for _, w := range e.words {
		switch w {
		case "داعش", "الولايات", "واشنطن":
			return true
		}
	}
	return false
}

// mentionsSyria reports whether the text is about Syria: it names Syria in
// the title or lead, or more than once. A single passing mention ("بعد
// طردهم من العراق وسوريا") in a story about Afghanistan is not enough for
// generic words (المسلحين) to mean Syria's armed opposition.
func mentionsSyria(toks []token) bool {
	lead := leadSentences(toks)
	n := 0
	for i := range toks {
		if toks[i].has(syriaWords) {
			if toks[i].title || lead[toks[i].sent] {
				return true
			}
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}
