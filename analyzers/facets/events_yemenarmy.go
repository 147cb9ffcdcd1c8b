package facets

// yemenWarStory reports a story of Yemen's war on the Houthis: one that
// names them (houthiStory), or one that calls them only by the putschists'
// word ("الميليشيات الانقلابية"، "الانقلابيين") and names a place of Yemen
// ("اليمن"، "صنعاء"، "عدن"، "تعز"، "لحج"). Al Arabiya's Yemen reports often
// do the second: "أن قوات #الجيش_الوطني استعادت السيطرة ... على سوق منطقة
// الشريجة ... بعد معارك عنيفة تمكنت خلالها قوات الجيش من دحر #الميليشيات
// الانقلابية" (round 54, c54act2: once the hashtag no longer parted
// "الجيش" from "الوطني", the national army was read as Syria's
// Turkish-backed one and its retaking of a market as a non-state
// takeover). The putschists' word alone is no Yemen story: Turkey's coup
// stories share it, and they name no place of Yemen.
func yemenWarStory(toks []token) bool {
	if houthiStory(toks) {
		return true
	}
	// Most stories hold neither word: the article's bits say so without a
	// walk.
	if !inArticle(toks, putschistWords) || !inArticle(toks, yemenPlaceWords) {
		return false
	}
	putsch, yemen := false, false
	for k := range toks {
		putsch = putsch || toks[k].is(putschistWords)
		yemen = yemen || toks[k].is(yemenPlaceWords)
		if putsch && yemen {
			return true
		}
	}
	return false
}

var (
	// putschistWords are the Yemeni government's and the Gulf press's word
	// for the Houthis and Saleh's men, the coup's makers.
	putschistWords = wordSet("الانقلابية الانقلابيين الانقلابيون انقلابيين انقلابيون والانقلابيين للانقلابيين")
	// yemenPlaceWords name Yemen, its people and its war's cities and
	// provinces: not "البيضاء" nor "الجوف", others' places too.
	yemenPlaceWords = wordSet("اليمن واليمن باليمن لليمن اليمني اليمنية اليمنيين اليمنيون صنعاء بصنعاء عدن بعدن تعز بتعز " +
		"لحج بلحج الحديدة بالحديدة مأرب بمأرب صعدة بصعدة شبوة بشبوة أبين بأبين الضالع بالضالع حضرموت بحضرموت حجة المخا")
)
