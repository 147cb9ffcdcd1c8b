package facets

// diedOfStrike reports a strike word at i told as what someone died of: a
// death word, then up to four words, then a word of cause right before the
// strike ("لقيت حتفها، يوم 16 مارس، إثر غارة تركية"، "قتلوا جراء قصف"). A
// strike that killed the people the story is about is one done, and weighs
// as a phrase does anywhere in the text (as struckBy's strike suffered with
// its toll); its type is still read from its words or the article's weapons.
func diedOfStrike(toks []token, e *entry, i int) bool {
	if !strikeEntry(e) || i < 2 || toks[i].gap || toks[i-1].sent != toks[i].sent || !toks[i-1].has(strikeCauseWords) {
		return false
	}
	// "في إطار عملية بدأت منذ نحو شهرين ... أسفرت عن سقوط قتلى من
	// المدنيين من جراء القصف التركي": a campaign's running toll, told as
	// the background of its latest news, not a strike of the story.
	return nearBefore(toks, i-1, 5, diedWords) && !nearBefore(toks, i, 40, sinceWords)
}

var (
	// strikeCauseWords say what a death came of.
	strikeCauseWords = wordSet("إثر اثر جراء بسبب نتيجة")
	// diedWords tell a death: the verbs and nouns of killing, and "لقي
	// حتفه" by its noun.
	diedWords = union(killVerbs, wordList("حتفه حتفها حتفهم حتفهما مصرعه مصرعها مصرعهم مقتله مقتلها مقتلهم قتيلا قتيلان"))
)
