package facets

// The United States weighing a military act against Syria, told with no
// agent the threat rule (actors_threat.go) reads: a US strike named as
// possible or imminent by the adjective ("المخاوف بشأن تحرك عسكري أميركي
// محتمل ضد سوريا"، "هجوم أميركي محتمل على سوريا قد يتطور إلى مواجهة"), or
// a US official who does not rule one out ("لا يستبعد استخدام القوة
// العسكرية ضد سوريا"، "لم يستبعد وزير الدفاع الأمريكي ... خيار قصف مواقع
// عسكرية تابعة للنظام السوري"). Round 43's ruling 4(a) codes usa where the
// article says the US weighed or prepared a strike against a party (the
// threatened strike is no event type); the pool's SK-middleEast-882 and
// the blind codings' CN-middleEast-539 and SK-economy-336 hold these and
// code usa (m47us). The sentence must name Syria or its regime: "هجوم
// أميركي وشيك" in a story of North Korea is no act in an armed conflict
// (rul45a-1), and "تدخل روسي محتمل" in an election is no strike.

var (
	// weighedActNouns head the act: strikes and attacks on their own, the
	// rest only with a military adjective ("تحرك عسكري أميركي").
	weighedStrikeNouns = wordSet("ضربة ضربات هجوم هجوما لضربة بضربة لهجوم")
	weighedActNouns    = wordSet("عمل عملا تحرك تحركا رد ردا عملية إجراء")
	// weighedProspects make the act one not yet made: possible, imminent,
	// awaited.
	weighedProspects = wordSet("محتمل محتملة محتملا محتمله وشيك وشيكة وشيكا وشيكه مرتقب مرتقبة مرتقبا مرتقبه")
	// ruleOutVerbs are "rule out", which a negation before them turns into
	// weighing: "لا يستبعد"، "لم تستبعد"، "لا أستبعد".
	ruleOutVerbs     = wordSet("يستبعد تستبعد أستبعد نستبعد يستبعدون")
	ruleOutNegations = wordSet("لا لم لن")
	// ruleOutActs are the military act not ruled out: a strike or shelling,
	// or an act noun with a military adjective (threatMilitaryAdjectives),
	// or force used (threatForceUse, threatForce).
	ruleOutStrikes = wordSet(conjForms("قصف ضربة ضربات غارات شن توجيه"))
	ruleOutActs    = wordSet("العمل عمل الخيار خيار القوة استخدام")
	// syriaTargetWords name Syria or its regime in the sentence.
	syriaTargetWords = wordSet("سوريا سورية دمشق النظام الأسد الاسد السوري")
)

// The same weighing told by a verb: the United States studying, preparing
// or brandishing a military act against Syria ("وتبحث الولايات المتحدة
// وقوى غربية أخرى القيام بعمل عسكري"، "قادة الأجهزة الأمنية الأمريكية
// يبحثون الضربة العسكرية في سوريا"، "بدأت واشنطن ولندن خطوات عملية باتجاه
// اتخاذ قرار بتوجيه ضربة عسكرية للنظام السوري"، "ولوح الرئيس الأمريكي
// دونالد ترامب برد عسكري على النظام السوري"). Round 48's ruling rul48a-3
// (v) codes the state for its threatened or prepared military action; the
// golds' sentences with such a verb, a military act, the US and Syria code
// usa in 8 articles and leave it out in 3, all three one CNN digest
// paragraph (CN-middleEast-1270 to -1272) whose twin CN-middleEast-1275
// codes it.
var (
	// weighingVerbs study, prepare, decide on or brandish the act.
	weighingVerbs = wordSet("تبحث يبحث يبحثون وتبحث ويبحث تدرس يدرس يدرسون وتدرس مستعدة مستعد قرار قرارا تتوعد توعد يتوعد " +
		"تلوح لوح يلوح ولوح التلويح تعتزم يعتزم تستعد يستعد")
	// weighedMilitaryNouns are the act nouns a military adjective
	// follows, with the article or a preposition: "الضربة العسكرية"،
	// "بعمل عسكري"، "برد عسكري".
	weighedMilitaryNouns = union(weighedStrikeNouns, weighedActNouns, wordList("الضربة الرد العمل بعمل برد بالرد"))
)

// weighingReach is how far before the act the verb may stand, past its
// subject or an infinitive: "تبحث الولايات المتحدة وقوى غربية أخرى القيام
// بعمل عسكري".
const weighingReach = 6

// usWeighedEntry is the US whose strike the article weighs.
var usWeighedEntry = &entry{words: []string{"weighed strike"}, kind: kindActor, ids: []string{"usa"}}

// usWeighedMentions returns a usa mention for each military act a
// weighing verb stands within weighingReach words before in a sentence
// that names the United States, for each US strike named as
// possible or imminent, and for each negated "rule out" whose object is a
// military act in a sentence that names the United States, both in a
// sentence that names Syria or its regime.
func (l *lexicon) usWeighedMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, weighedProspects) && !inArticle(toks, ruleOutVerbs) && !inArticle(toks, weighingVerbs) {
		return nil
	}
	var out []mention
	for i := range toks {
		s := toks[i].sent
		same := func(j int) bool { return j < len(toks) && !toks[j].gap && toks[j].sent == s }
		if toks[i].has(weighedMilitaryNouns) && same(i+1) && toks[i+1].has(threatMilitaryAdjectives) && nearBefore(toks, i, weighingReach, weighingVerbs) &&
			sentenceHas(toks, i, syriaTargetWords) && l.usInSentence(toks, ms, i) {
			out = append(out, mention{e: usWeighedEntry, start: i, end: i + 2})
			continue
		}
		if toks[i].has(weighedStrikeNouns) || toks[i].has(weighedActNouns) {
			j, military := i+1, false
			if same(j) && toks[j].has(threatMilitaryAdjectives) {
				j, military = j+1, true
			}
			if !same(j) || l.nationalityOf(&toks[j]) != "usa" || !same(j+1) || !toks[j+1].has(weighedProspects) {
				continue
			}
			if (military || toks[i].has(weighedStrikeNouns)) && sentenceHas(toks, i, syriaTargetWords) {
				out = append(out, mention{e: usWeighedEntry, start: j, end: j + 1})
			}
			continue
		}
		if !toks[i].has(ruleOutVerbs) || i == 0 || toks[i-1].sent != s || !toks[i-1].has(ruleOutNegations) {
			continue
		}
		if !sentenceHas(toks, i, syriaTargetWords) || !l.usInSentence(toks, ms, i) {
			continue
		}
		for k := i + 1; k <= i+ruleOutReach && k < len(toks) && toks[k].sent == s; k++ {
			if toks[k].has(ruleOutStrikes) || toks[k].has(ruleOutActs) && k+1 < len(toks) && toks[k+1].sent == s && (toks[k+1].has(threatMilitaryAdjectives) || toks[k+1].has(threatForce) || toks[k+1].has(ruleOutStrikes)) {
				out = append(out, mention{e: usWeighedEntry, start: i, end: i + 1})
				break
			}
		}
	}
	return out
}

// usInSentence reports the United States named in the sentence of token i:
// by a US adjective ("وزير الدفاع الأميركي") or a lexicon mention of usa.
func (l *lexicon) usInSentence(toks []token, ms []mention, i int) bool {
	s := toks[i].sent
	for k := sentStart(toks, i); k < len(toks) && toks[k].sent == s; k++ {
		if l.nationalityOf(&toks[k]) == "usa" {
			return true
		}
	}
	return actorIDInSentence(toks, ms, s, "usa")
}

// ruleOutReach is how far after the verb the act may stand, past the
// subject between: "لم يستبعد وزير الدفاع الأمريكي، جيمس ماتيس، الإثنين،
// خيار قصف مواقع عسكرية".
const ruleOutReach = 9
