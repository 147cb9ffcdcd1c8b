package facets

// A foreign state named as the regime's ally in a sentence that tells the
// war.
//
// Wire copy sets the regime's backer beside its name as an apposition:
// "وروسيا هي أهم حليف عسكري لدمشق في الحرب الأهلية" (round 41's blind
// audit, AL-internationalNews-895), "وقالت روسيا، الحليف الرئيسي للحكومة
// السورية، إنها تساعد دمشق في القضاء على الإرهابيين" (the blind golds'
// BB-middleEast-219 code Russia for it). The bare name is a weak mention
// and no war word stood near it, so the state was lost. The same
// apposition beside a deal or a veto names no military role: "بفيتو من
// روسيا الحليف الرئيسي للنظام السوري" (SK-internationalNews-887)، "واتفقت
// الولايات المتحدة وروسيا، أقوى حليف للأسد، ... على إنشاء منطقة خفض
// تصعيد" (holdouts 14 and 21, Russia diplomatic there): the sentence must
// name the war or the fighting.

var (
	// apposAllyNouns name the ally by itself (allyNouns and regimeAllyNouns are the possessed forms).
	apposAllyNouns = wordSet("حليف الحليف حليفة الحليفة")
	// allyLeadWords may stand between the state and its ally noun: "وروسيا
	// هي أهم حليف"، "روسيا، وهي أقوى حليف".
	allyLeadWords = wordSet("هي وهي أهم أبرز أقوى أوثق أكبر")
	// allyModifiers may stand between the ally noun and its object:
	// "الحليف الرئيسي للحكومة"، "أهم حليف عسكري لدمشق".
	allyModifiers = wordSet("الرئيسي الأبرز الأقوى الأهم الأوثق الأكبر العسكري عسكري")
	// allyRegimeObjects are the regime as the ally's object by its name:
	// "لدمشق"، "للأسد"، "للنظام السوري".
	allyRegimeObjects = wordSet("لدمشق للأسد للاسد للنظام لنظام")
	// allyStateObjects open the regime's object by its office, with a
	// Syrian word after: "للحكومة السورية"، "للرئيس السوري"، "للرئيس بشار".
	allyStateObjects = wordSet("للحكومة للرئيس")
	allySyrianWords  = wordSet("السورية السوري بشار")
	// allyWarWords in the sentence say it tells the war: the war words,
	// a military adjective, the war itself or its enemy.
	allyWarWords = union(militaryWords, wordList("عسكري العسكري الحرب الإرهابيين"))
	// allyDealWords in the sentence make the ally a deal's or a vote's
	// maker: "وأدى توصل الولايات المتحدة وروسيا، الحليف الأقوى للرئيس
	// السوري بشار الأسد، إلى اتفاق لخفض التصعيد إلى احتواء القتال"
	// (holdout-21's SK-middleEast-2519 codes no Russia), "بفيتو من روسيا".
	allyDealWords = union(dealNouns, wordList("فيتو بفيتو الفيتو"))
	// allyOpinionVerbs right before the state make it the speaker of a
	// view: "فيما اعتبرت إيران الحليفة للأسد الاتهامات الموجهة للنظام
	// السوري بمثابة ذرائع لشن هجوم عسكري ضد سوريا" (the pool's
	// SK-middleEast-862 codes Iran as diplomatic only). A state that says
	// it helps the regime fight ("وقالت روسيا، الحليف الرئيسي للحكومة
	// السورية، إنها تساعد دمشق في القضاء على الجماعات المسلحة") still
	// counts.
	allyOpinionVerbs = union(condemnWords, voteWords, wordList("اعتبر اعتبرت يعتبر تعتبر نفى نفت تنفي ينفي رأت ترى يرى رأى"))
)

// regimeAlly reports a weak state mention m followed, within two words
// (allyLeadWords) and any punctuation, by an ally noun whose object,
// after at most one modifier, is the regime by name or office, in a
// sentence with a war word and no deal or veto, unless an opinion verb
// stands right before the state. The caller asks for an external state in an
// article about Syria.
func regimeAlly(toks []token, m mention) bool {
	s := toks[m.start].sent
	same := func(j int) bool { return j < len(toks) && toks[j].sent == s }
	if nearBefore(toks, m.start, 1, allyOpinionVerbs) {
		return false
	}
	j := m.end
	for n := 0; n < 2 && same(j) && toks[j].has(allyLeadWords); n++ {
		j++
	}
	if !same(j) || !toks[j].has(apposAllyNouns) {
		return false
	}
	j++
	if same(j) && !toks[j].gap && toks[j].has(allyModifiers) {
		j++
	}
	if !same(j) || toks[j].gap {
		return false
	}
	switch {
	case toks[j].has(allyRegimeObjects):
	case toks[j].has(allyStateObjects) && same(j+1) && !toks[j+1].gap && toks[j+1].has(allySyrianWords):
	default:
		return false
	}
	return sentenceHas(toks, m.start, allyWarWords) && !sentenceHas(toks, m.start, allyDealWords)
}
