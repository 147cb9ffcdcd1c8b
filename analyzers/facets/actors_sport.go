package facets

// A foreign state named as a football side: "وسجلت إيران التعادل من ضربة
// جزاء في الدقيقة 93"، "وختم مهرجان الأهداف أحد أبرز لاعبي روسيا ... إثر
// ضربة حرة مباشرة"، "فازت روسيا على إسبانيا 4 - 3 بضربات الترجيح". The
// 2018 World Cup was played in Russia, and its reports name the host, its
// team and its rivals by the country's bare name beside the game's
// "strikes" (ضربة جزاء، ضربات الترجيح، ضربة رأس، ضربة زاوية), which the
// military words read as a strike of the state's own. A team, a player's
// country or the host of a tournament is no party: the gold guide's
// nationality of a person (holdout-23 codes no Russia for the opening
// match, FR-sport-151).

// matchWords name a match, a team, a player, the pitch or the game's set
// pieces. The event rules' sportWords (events.go) are not asked: they
// hold "أهداف" and "الدوري", a war's targets ("ضربات منسقة ... على أهداف
// تابعة للنظام السوري") and a routine meeting. Nor are the words of a
// game that politics borrows: "لاعب أساسي"، "اللاعبين الإقليميين"، "في
// الملعب السوري".
var matchWords = wordSet("المنتخب منتخب لمنتخب المنتخبات منتخبات مباراة المباراة مباراته مباراتها مباريات المباريات المونديال مونديال " +
	"اللاعب لاعبي لاعبو ملعب الشوط ركلة ركلات المرمى مرمى كأس الكأس الترجيح الترجيحية جزاء الجزاء مشجعي مشجعو المشجعين")

// sportingState reports a weak mention of a foreign state in a sentence
// that holds a word of a match report (matchWords) and tells of no harm
// (harmWords) and no attack (attackWords, attackNouns): a country's team,
// its player or the tournament's host. A state in a sports story that
// kills or strikes ("حيث قتل 120 فلسطينيا على يد القوات الإسرائيلية") or
// is blamed for an attack ("أن تكون موسكو مسؤولة عن الهجوم" beside a
// call to boycott the World Cup) is left to the other checks, as are its
// strong names (its army, its air force).
func sportingState(toks []token, m mention) bool {
	return harmlessSentenceHas(toks, m.start, matchWords)
}

// harmlessSentenceHas reports that the sentence of token i holds a word of
// set and tells of no harm (harmWords) and no attack (attackWords,
// attackNouns): a game's sentence, whose sides are teams.
func harmlessSentenceHas(toks []token, i int, set *words) bool {
	s := toks[i].sent
	found := false
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		t := &toks[j]
		if t.has(harmWords) || t.has(attackWords) || t.has(attackNouns) {
			return false
		}
		found = found || t.has(set)
	}
	return found
}

// clubWords open the names of football clubs that end in a capital:
// "سبارتاك موسكو"، "لوكوموتيف موسكو"، "سسكا موسكو"، "دينامو كييف".
var clubWords = wordSet("سبارتاك وسبارتاك لسبارتاك لوكوموتيف ولوكوموتيف للوكوموتيف سسكا تسيسكا وسسكا لسسكا دينامو ودينامو لدينامو توربيدو")

// clubCity reports a capital named as the second word of a club's name
// (clubWords before it): "حصلت اشتباكات بين جماهير أتلتيك بيلباو وسبارتاك
// موسكو ... وأدت إلى مقتل شرطي" is fans' riot, not Russia's forces, though
// the sentence kills, which sportingState leaves to the other checks.
func clubCity(toks []token, m mention) bool {
	p := m.start - 1
	return p >= 0 && !toks[m.start].gap && toks[p].sent == toks[m.start].sent && toks[p].has(clubWords)
}

// clubTournamentWords name a tournament of clubs: "البطولة العربية
// للأندية"، "بطولة الأندية العربية".
var clubTournamentWords = wordSet("الأندية للأندية")

// clubSide reports a mention in a sentence of a club tournament
// (clubTournamentWords) that tells of no harm and no attack: there an
// army's or a police force's name is a football club's ("المريخ السوداني
// يواجه الجيش السوري في بطولة الأندية العربية"، "لإدارة مباراة فريق الجيش
// السوري مع نظيره فريق المريخ السوداني" in the Arab Club Championship),
// not the force, the way sportingState reads a country's bare name as its
// team. A strike on a club's ground is an attack and is left to the other
// checks.
func clubSide(toks []token, m mention) bool {
	if !inArticle(toks, clubTournamentWords) {
		return false // the article's bit: most name no club tournament
	}
	return harmlessSentenceHas(toks, m.start, clubTournamentWords)
}
