package facets

// m64sgx, rul45c-3(iv): the regime named only as the target of a military
// action a parliament refused is no party: "وفشل كاميرون في الحصول على
// موافقة البرلمان للقيام باجراء عسكري ضد قوات الرئيس السوري بشار الأسد في
// عام 2013"، "بهزيمته في تصويت برلماني مهم على إصدار تفويض لشن ضربات جوية
// على سوريا". The action was never taken; the ruling names "the 2013
// British vote" among the refused actions that give the regime no role.
// An authorisation won ("حصلت رئيسة الوزراء البريطانية تيريزا ماي على
// تأييد البرلمان") or a vote on a truce ("قبل تصويت على مشروع قرار في مجلس
// الأمن") has no defeat word before its vote word and is not read.

var (
	// voteDefeatWords tell the vote lost or the authorisation not won.
	voteDefeatWords = plainWords("فشل وفشل فشله هزيمة هزيمته بهزيمته لهزيمته وهزيمته")
	// ballotWords name the vote or the authorisation: a word set, whose bit
	// lets refusedVote pass over an article that holds none.
	ballotWords = wordSet("تصويت التصويت موافقة تفويض تفويضا")
)

// refusedVote reports the mention m after a vote word that a defeat word
// opens, all within sixteen words before m in its sentence: the defeat
// word, then the vote word, then the action against the regime.
func refusedVote(toks []token, m mention) bool {
	if !inArticle(toks, ballotWords) {
		return false
	}
	s := toks[m.start].sent
	vote := false
	for j := m.start - 1; j >= 0 && j >= m.start-16 && toks[j].sent == s; j-- {
		if toks[j].has(ballotWords) {
			vote = true
			continue
		}
		if vote && voteDefeatWords[toks[j].w] {
			return true
		}
	}
	return false
}
