package facets

// chickpeaWord reports حمص at mention m read as the food, not Homs: the
// chickpeas of a dish or a recipe, or the verb "roast" of a recipe, and the
// Levantine proverb of one who comes away with nothing, "خرج من المولد بلا
// حمص" (he left the saint's fair without chickpeas). The construction:
//
//   - a dish's word right after the name, with no punctuation between
//     (hummusAfter): "حمص باللحم"، "علبة حمص حب"، "حمص التوست"، or "في
//     الفرن" ("وحمص في الفرن لمدة 8 دقائق": roast it in the oven);
//   - falafel or a tin right before it (hummusBefore): "وجبة فلافل وحمص"؛
//   - the proverb: bare حمص right after بلا، دون or بدون, with a form of
//     مولد (the fair) within three words before that, in one sentence:
//     "حتى لا تخرج من المولد بلا حمص"، "من مولد تسجيله "دون حمص"".
//
// Round 65's corpus audit (c65town) found the proverb read as Homs in a
// column on Iran's nuclear deal; over ANT and SaudiNewsNet the construction
// stands in seven articles, rasid gave every one Homs and none is about the
// city: the proverb in three (a column on Iran, one on Turkey and the
// coalition, a Saudi football club's contract), a recipe in three (two
// copies of one), and a Liverpool restaurant's free falafel and hummus. Over
// the pool and blind golds it stands in two, both coded no Homs (pool
// 2015-08-08-134, the recipe; blind 2015-07-25-118, the proverb): 0 coded /
// 2 not. The city's name is never followed by a dish's word nor preceded by
// falafel, and no gold or corpus sentence puts a form of مولد before "بلا
// حمص" for the city. Round 60 (c60town) left the other uses of chickpeas
// (an idiom alone, "مقاطعة حمص صبرا" of an Israeli brand), each one article.
// Asked by capitalAsWord at a mention of حمص only: a look at the words beside
// it; plain lists, no word set.
func chickpeaWord(toks []token, m mention) bool {
	w := toks[m.start].w
	if w != "حمص" && w != "وحمص" {
		return false
	}
	if m.end < len(toks) && !toks[m.end].gap {
		next := toks[m.end].w
		if hummusAfter[next] {
			return true
		}
		if next == "في" && m.end+1 < len(toks) && !toks[m.end+1].gap && toks[m.end+1].w == "الفرن" {
			return true
		}
	}
	if m.start == 0 || toks[m.start].gap {
		return false
	}
	prev := toks[m.start-1].w
	if hummusBefore[prev] {
		return true
	}
	if w != "حمص" || !proverbWithout[prev] {
		return false
	}
	s := toks[m.start].sent
	for j := m.start - 2; j >= 0 && j >= m.start-4 && toks[j].sent == s; j-- {
		if fairWords[toks[j].w] {
			return true
		}
	}
	return false
}

var (
	// hummusAfter: a dish's or a recipe's word right after حمص
	// (chickpeaWord).
	hummusAfter = plainWords("باللحم بالطحينة بالطحينه حب التوست")
	// hummusBefore: a word right before حمص that makes it the food.
	hummusBefore = plainWords("فلافل الفلافل علبة علبه")
	// proverbWithout are the words that open the proverb's "بلا حمص".
	proverbWithout = plainWords("بلا دون بدون")
	// fairWords: the proverb's fair, المولد.
	fairWords = plainWords("المولد مولد بالمولد")
)
