package facets

// Civilians named as the object of a harm that is denied, forbidden,
// prevented or to be stopped: "حماية الحدود لا تعني قتل المدنيين"، "بناء
// دولة ديمقراطية لا يقوم بقتل المدنيين في الخارج"، "إلا إذا أقر الرئيس
// الأميركي بأن الحكومة السورية قد توقفت عن استهداف المدنيين"، "إن كان
// الإسلام حرم علينا قتل المدنيين الآمنين". The clause states a norm, a
// condition or a demand; it tells no harm done, and round 43's ruling 2
// (rul43-2) counts no مدنيين "inside a party's accusation or demand".

var (
	// harmNormWords govern a harm masdar as a norm or a demand: a
	// negation ("لا تعني"، "عدم استهداف"، "دون قتل"), a prohibition
	// ("حرم"، "تحريم"), a prevention ("منع الأسد من استهداف") or a
	// cessation ("وقف"، "توقفت عن"). Not "لم": "لم يتوقف قصف المدنيين"
	// tells the harm going on.
	harmNormWords = wordSet("لا ولا عدم لعدم بعدم وعدم دون بدون منع يمنع تمنع لمنع بمنع ومنع وقف لوقف بوقف ووقف توقف توقفت إيقاف لإيقاف إنهاء لإنهاء حرم يحرم تحريم تعني")
	// harmGoingOn between the governing word and the masdar turn a
	// negation into "still": "لا يزال قصف المدنيين مستمرا"، "لا يتوقف".
	harmGoingOn = wordSet("يزال تزال زال زالت يتوقف تتوقف")
)

// civiliansHarmNorm reports a civilians mention m right after a harm
// masdar (purposeHarmWords: "قتل"، "استهداف"، "قصف") that a word of
// harmNormWords governs within four words before it, with no word of
// harmGoingOn between them.
func civiliansHarmNorm(toks []token, m mention) bool {
	k := m.start - 1
	if k < 1 || toks[k].gap || toks[k].sent != toks[m.start].sent || !toks[k].has(purposeHarmWords) {
		return false
	}
	s := toks[k].sent
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == s; j-- {
		if toks[j].has(harmGoingOn) {
			return false
		}
		if toks[j].has(harmNormWords) {
			return true
		}
	}
	return false
}
