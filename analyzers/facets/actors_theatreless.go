package facets

// The United States in a story that names no theatre of war: its army,
// navy, Pentagon or troops in a story of tankers ordered against China, a
// destroyer shadowed in the South China Sea, an F-16 sale to Bahrain, an
// F-35 squadron declared ready, a transgender service ban, the Seoul
// headquarters closed. Round 45's ruling
// rul45a-1 codes a state's forces only where some sentence ties them to an
// armed conflict (a war in Syria, Iraq, Afghanistan, east Ukraine); the
// golds code no usa in any such article of the pool or the blind codings
// (13 values, 0 coded; 11 of them read by this rule). warlessState (actors_warless.go) reads the same
// stories, but any word of war or harm anywhere vetoes it: "الحرب
// الكورية"، "ضرب الغريم الجديد"، "هجوم يوتيوب"، "نووي". This asks instead
// whether the article names a place or a party of a war the taxonomy
// covers: Syria, Iraq, the theatres of al-Qaeda and of the other
// coalitions (Afghanistan, Pakistan, Yemen, Libya, Somalia, the Sahel,
// Sinai), Gaza and the Palestinians, Ukraine and Crimea, or an armed group
// of the taxonomy. One such word, or an actor other than a foreign state
// or civilians, leaves the United States to the other checks, and so does
// an attack told in the title or the first paragraph (soldiers shot at a
// recruiting office at home are its targets) or an act of war in the
// sentence of the forces named. Russia is
// left out: its bare name in a story of no war is the state blamed for the
// Skripal poisoning, which the golds code (rul45a-2).

// theatreWords name a theatre or a party of the wars the taxonomy covers,
// besides Syria and Iraq (syrianWords, iraqWords) and those otherWarWords
// and qaedaTheatreWords name; theatrelessUS asks the three sets in turn
// rather than their union, which would take one more of maxWordSets.
var theatreWords = wordSet("غزة الفلسطينيين الفلسطينيون فلسطينيين فلسطينيا الفلسطيني الفلسطينية حماس " +
	"أوكرانيا الأوكرانية الأوكراني أوكراني الأوكرانيين دونباس دونيتسك لوغانسك القرم الشيشان كوسوفو " +
	"داعش القاعدة النصرة الأكراد الكردية الكردي الكردستاني الحشد الحوثيين الحوثيون طالبان المتشددين المتطرفين الجهاديين مسلحين المسلحين الإرهابيين")

// theatrelessUS reports a mention of the United States (see above) whose
// sentence tells no act of war (actInSentence), in an article
// that names no Syrian word, no Iraqi word, no word of theatreWords and no
// actor but foreign states and civilians, and tells no attack in its title
// or first paragraph (leadAttack). The article question is asked once
// (c.theatreless).
func (l *lexicon) theatrelessUS(toks []token, ms []mention, m mention, c *articleCues) bool {
	if m.e.ids[0] != "usa" || c.aboutSyria || !m.e.weak && actInSentence(toks, m) {
		return false
	}
	return once(&c.theatreless, func() bool {
		if once(&c.syrian, func() bool { return syrianWord(toks) }) || inArticleAny(toks, iraqWords) || inArticleAny(toks, theatreWords) || inArticleAny(toks, otherWarWords) || inArticleAny(toks, qaedaTheatreWords) || leadAttack(toks) {
			return false
		}
		for _, o := range ms {
			if o.e == nil || o.e.kind != kindActor || len(o.e.ids) == 0 {
				continue
			}
			if a := l.actors[o.e.ids[0]]; a == nil || a.kind != "external" && a.kind != "civilians" {
				return false
			}
		}
		return true
	})
}

// leadAttack reports a word of harm or killing (harmWords, killWords) or a
// shot fired (menFireWords) in the title or the first paragraph: an attack
// on the United States' soldiers at home is the news ("إطلاق النار على
// مركزين عسكريين للجيش الأميركي في ولاية تينيسي"، "مقتل أربعة من
// المارينز"), and the soldiers are its targets.
func leadAttack(toks []token) bool {
	for j := 0; j < len(toks) && toks[j].para <= 1; j++ {
		if toks[j].has(harmWords) || toks[j].has(killWords) || toks[j].has(menFireWords) {
			return true
		}
	}
	return false
}

// actInSentence reports a strike, a shelling, an attack or a killing in the
// sentence of m, a mention of the forces by name (theatrelessUS asks it of
// no bare state name: "خلافاتنا مع ترمب" beside a word of harm is no act) (attackWords, shelledVerbs, weighedStrikeNouns, killWords,
// victimHarmWords, and felledHim's "قتلته"): the forces' own sentence tells an act of war, wherever
// it was ("قصفت القوات الأمريكية مواقع التنظيم"، "قتلته فرقة كوماندوز
// أميركية"، "طلبت القوات الأميركية على الأرض ضربات جوية"). Words of
// fighting in general are no act: "جاهز للقتال" of a squadron declared
// ready.
func actInSentence(toks []token, m mention) bool {
	return sentenceHas(toks, m.start, attackWords) || sentenceHas(toks, m.start, shelledVerbs) || sentenceHas(toks, m.start, weighedStrikeNouns) ||
		sentenceHas(toks, m.start, killWords) || sentenceHas(toks, m.start, victimHarmWords) || sentenceHas(toks, m.start, felledHim)
}
