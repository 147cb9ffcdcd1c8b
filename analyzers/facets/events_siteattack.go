package facets

// An attack on websites is a hack, not a fight. assaultType reads موقع and
// مواقع after على as an armed target ("شن مسلحو تنظيم داعش هجوما على موقع
// لقوات النظام"), and so it read "هجوم على مواقع إسرائيلية" — a title over
// "تعرضت سلسلة من المواقع الإسرائيلية لهجوم إلكتروني" — as an armed clash.
// Over the pool and blind gold articles, 26 name a cyber attack (هجوم
// إلكتروني، الهجمات الإلكترونية، هجوم سيبراني) and none codes a clash.
var (
	// webSiteNouns are the target words that are also a website.
	webSiteNouns = plainWords("موقع مواقع الموقع المواقع")
	// webWords after a site noun make it a website ("مواقع إلكترونية"،
	// "موقع إخباري"), and after an attacking noun a cyber attack: the
	// cyberWords of unarmedAttack, and the news site's adjective.
	webWords = plainWords(cyberWords + " اخباري الاخباري اخباريه الاخباريه")
)

// websiteTarget reports the armed-target word at k as a website: a site
// noun with a web word right after it, or a title's site noun in an
// article that tells a cyber attack (an attacking noun, assaultNouns,
// right before a web word; unarmedAttack, which holds the cyber words,
// gates the look). Only the title's: a body may tell a hack beside an
// attack on a force's positions.
func websiteTarget(toks []token, k int) bool {
	if !webSiteNouns[toks[k].w] {
		return false
	}
	if n := k + 1; n < len(toks) && toks[n].sent == toks[k].sent && webWords[toks[n].w] {
		return true
	}
	if !toks[k].title || !inArticle(toks, unarmedAttack) {
		return false
	}
	for j := 1; j < len(toks); j++ {
		if webWords[toks[j].w] && toks[j-1].has(assaultNouns) {
			return true
		}
	}
	return false
}
