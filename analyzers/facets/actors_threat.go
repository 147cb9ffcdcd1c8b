package facets

// A state that threatens, decides or vows a military act of its own.
//
// The samples' golds code a state whose strike is threatened or decided in
// the article, though no event type is (a threat is no event): "إذا ما
// قررت واشنطن القيام بعمل عسكري في سوريا" (fresh-8), "الولايات المتحدة،
// التي هددت أيضا بإجراء عسكري" and "قال الرئيس الأميركي دونالد ترامب ...
// إنه سيطلق عملية عسكرية وشيكة ضد سوريا" (holdout-14), "تعهدت روسيا ضرب
// جميع الصواريخ الموجهة إلى سوريا" (holdout-15): the gold guide's state
// "discussed as a party" in its military role. The weak name alone there
// has no military word within six words, and the speech check of
// actors_statediplomacy.go drops "قال الرئيس الأميركي" as a statement. A
// threat of words ("تعهدت بالرد" on sanctions) or a threat the state does
// not make ("حذرت ... من أي هجوم يشنه وكلاء طهران") is not read here.

var (
	// threatVerbs threaten, decide, intend or vow: the state's own act
	// follows as their object.
	threatVerbs = wordSet("هدد هددت تهدد يهدد تهديد تهديدها تهديده توعد توعدت تتوعد يتوعد لوح لوحت تلوح يلوح " +
		"قرر قررت تقرر يقرر تعتزم يعتزم اعتزام تعهد تعهدت تتعهد يتعهد سيطلق ستطلق ستشن سيشن ستوجه سيوجه " +
		// weighing the act is deciding it not yet: "وتدرس الولايات
		// المتحدة وقوى غربية أخرى القيام بعمل عسكري لمعاقبة الرئيس
		// السوري" (aud43i's sample, SK-economy-327), "الولايات المتحدة
		// تدرس توجيه ضربة".
		"تدرس يدرس تدرسان يدرسان")
	// threatActNouns name an act that is a military one only with an
	// adjective after it: "بعمل عسكري"، "بإجراء عسكري"، "عملية عسكرية".
	threatActNouns = wordSet("عمل بعمل عملا إجراء بإجراء إجراءات بإجراءات عملية بعملية عمليات بعمليات رد برد ردا تدخل بتدخل تدخلا")
	// threatMilitaryAdjectives make such an act a military one.
	threatMilitaryAdjectives = wordSet("عسكري عسكرية العسكري العسكرية عسكريا")
	// threatStrikeWords name a strike on their own: "بشن ضربات"، "ضرب
	// جميع الصواريخ"، "بتوجيه ضربة".
	threatStrikeWords = wordSet("ضربة بضربة ضربات بضربات ضرب بضرب غارات بغارات غارة بغارة بقصف " +
		// an assault by its masdar: "وهددت تركيا بمهاجمة القوات
		// الأمريكية المتحالفة مع وحدات حماية الشعب الكردي في منبج".
		"بمهاجمة مهاجمة")
	// threatForceUse and threatForce are a threat's use of force, a
	// military act by the round-43 ruling (class 4): "بعد تهديد الرئيس
	// الأميركي، دونالد ترامب، باستخدام القوة ردا على الهجوم على دوما"،
	// "الولايات المتحدة هددت باستخدام القوة ضد". Not excessive force
	// (threatForceAside), a charge's word.
	threatForceUse   = wordSet("باستخدام استخدام")
	threatForce      = wordSet("القوة القوه")
	threatForceAside = wordSet("المفرطة المفرطه")
	// threatNegations before the act deny it: "قررت عدم القيام بعمل
	// عسكري"، "لن تشن ضربات".
	threatNegations = wordSet("عدم لن لا لم")
)

// threatVerbAfter and threatActSpan are how far the threat verb may stand
// after the state's mention ("الولايات المتحدة، التي هددت"، "ترامب أمس
// الأربعاء إنه سيطلق") and the act after the verb ("قررت واشنطن القيام
// بعمل عسكري").
const threatVerbAfter, threatActSpan = 4, 5

// threatensForce reports a weak state mention that is the agent of a threat
// verb whose object is a military act: the verb right before it ("قررت
// واشنطن"، "تعهدت روسيا") or within threatVerbAfter words after it with no
// other actor named between, and the act within threatActSpan words after
// the verb, in the same sentence, with no negation before it.
func threatensForce(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	in := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].sent == s }
	if j := m.start - 1; in(j) && !toks[m.start].gap && toks[j].has(threatVerbs) && threatActAfter(toks, m.end-1, in) {
		return true
	}
	for j := m.end; j < m.end+threatVerbAfter && in(j); j++ {
		if !toks[j].has(threatVerbs) {
			continue
		}
		for k := m.end + 1; k < j; k++ {
			if startsMention(ms, k) {
				return false // "روسيا والولايات المتحدة التي هددت": another is named nearer
			}
		}
		return threatActAfter(toks, j, in)
	}
	return false
}

// threatActAfter reports a military act within threatActSpan words after
// token j, with no negation before it: a strike word, "شن" with an attack
// noun, or an act noun with a military adjective.
func threatActAfter(toks []token, j int, in func(int) bool) bool {
	for k := j + 1; k <= j+threatActSpan && in(k); k++ {
		t := &toks[k]
		if t.has(threatNegations) {
			return false
		}
		if t.has(threatStrikeWords) {
			return true
		}
		if in(k+1) && !toks[k+1].gap && t.has(threatForceUse) && toks[k+1].has(threatForce) && !(in(k+2) && toks[k+2].has(threatForceAside)) {
			return true
		}
		if in(k+1) && !toks[k+1].gap && (t.has(threatActNouns) && toks[k+1].has(threatMilitaryAdjectives) || t.has(wagingVerbs) && toks[k+1].has(opNouns)) {
			return true
		}
	}
	return false
}
