package facets

// violentShot reports a protest word at i, in an article whose protesters
// did violence (violentProtest), that stands in the title or the lead in a
// sentence telling the bullets of a state's force ("برصاص" right before
// الجيش، القوات، الشرطة، جنود …): "قتل ثمانية فلسطينيين ... برصاص الجيش
// الإسرائيلي على حدود قطاع غزة الجمعة، إثر تظاهرات فلسطينية حاشدة"،
// "مقتل فلسطيني برصاص الجيش الإسرائيلي في احتجاجات الجمعة". The protest
// is then violent and met with excessive force both: round 46's rul46d-4
// lets several force types apply, and the golds type the Gaza border
// protests whose stones and tyres they call a violent demonstration
// excessive force too where the army's fire killed. A death whose doer
// goes untold ("مقتل متظاهر في احتجاجات البصرة") or a fire told only past
// the lead ("وكانت الاحتجاجات بدأت ... عندما فتحت قوات الأمن النار على
// متظاهرين") is not read: the golds leave those a protest with
// intervention or history. Not a protest set aside (protestAside), nor
// one whose sentence holds a year: the killing it remembers ("بعد مشاركة
// مئات المتظاهرين في مسيرة سلمية ... إحياء لذكرى براون الذي قتل برصاص
// الشرطي ... في التاسع من أغسطس (آب) 2014").
func violentShot(toks []token, i int, leadSents leadZone) bool {
	if !toks[i].title && !leadSents.has(toks, i) || !inArticle(toks, liveFire) || protestAside(toks, i, leadSents) || sentenceHasYear(toks, i) {
		return false
	}
	s := toks[i].sent
	for j := sentStart(toks, i); j+1 < len(toks) && toks[j+1].sent == s; j++ {
		if toks[j].w == "برصاص" && (toks[j+1].has(stateForceWords) || toks[j+1].has(securityNouns) || toks[j+1].has(slainSoldiers)) {
			return true
		}
	}
	return false
}
