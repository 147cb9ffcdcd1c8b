package facets

// Syria's president as the one a killing, a punishment or a threat is aimed
// at (or, for "تهديدات", whose threat it is), in the title or the lead:
// "هل فكر ترامب في اغتيال الأسد؟"، "نفى ... أن يكون قد أمر أو فكر في اغتيال
// الرئيس السوري، بشار الأسد"، "هؤلاء يعاقبون الأسد"، "نتانياهو يهدد الأسد"،
// "قوات سوريا الديمقراطية ترد على "تهديدات" الأسد". rul67e-1 (a) codes the
// regime when the title or lead is about a strike, punishment or killing
// aimed at him (its (a1), 4 coded / 0 not), and (d1) when he speaks on his
// war there; a body line of another story (a2, 1 / 3) or history (a3, 0 / 3)
// is not coded, so only the title and the lead (leadSentences) are read.
//
// The construction is a word of targetWords right before the president's
// name (بشار الأسد، الرئيس السوري، الرئيس الأسد، the bare الأسد), quotes
// allowed between, in one sentence. Over the pool and blind golds (m67sgov,
// main a5af592c) it stands in the title or lead of 8 articles, all coded
// (pool 5 / 0, blind 3 / 0; main quiet in 3 pool articles, all coded); in
// the body alone it is split (pool 3 / 3, blind 3 / 6), and is not read.
// Left out: "قتل" (the lion Cecil: "قتل الأسد سيسيل"), "الإطاحة" and
// "إسقاط" (his fate, rul67e-1's (f), not coded), the father ("اغتيال حافظ
// الأسد": حافظ stands between).
//
// The bare "الأسد" is no lexicon actor (a village's name,
// actors_masskiller.go): it gets a mention of its own (targetedAssadMentions);
// a weak mention (بشار الأسد، الرئيس السوري) is kept by actorCounts. Words
// are looked up whole in a plain map (no word set).

// targetWords aim a killing, a punishment or a threat at the name right
// after them.
var targetWords = plainWords("اغتيال باغتيال لاغتيال واغتيال تصفية بتصفية معاقبة لمعاقبة بمعاقبة يعاقب يعاقبون تعاقب " +
	"تهديدات تهديد بتهديد يهدد تهدد هدد هددت")

// presidentFirst are the first words of the president's weak names the
// rule reads: "بشار الأسد"، "الرئيس السوري" (the bare "الأسد" is
// bareAssadEntry).
var presidentFirst = plainWords("بشار الرئيس")

// targetedRuler reports a mention of the regime by the president's name, in
// the title or the lead, right after a word of targetWords in its sentence.
func targetedRuler(toks []token, m mention) bool {
	if m.e.ids[0] != "syrian-government" || m.e != bareAssadEntry && !presidentFirst[m.e.words[0]] || m.start == 0 {
		return false
	}
	t, p := &toks[m.start], &toks[m.start-1]
	if p.sent != t.sent || !t.title && !leadSentences(toks)[t.sent] {
		return false
	}
	return formIn(p, targetWords)
}

// targetedAssadMentions returns a mention of the regime for each bare
// "الأسد" of the title or the lead no actor mention covers that
// targetedRuler reads.
func targetedAssadMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, bareAssad) {
		return nil
	}
	lead := leadSentences(toks)
	var out []mention
	for i := 1; i < len(toks) && (toks[i].title || lead[toks[i].sent]); i++ {
		if !toks[i].has(bareAssad) || actorCovers(ms, i, i+1) {
			continue
		}
		if m := (mention{e: bareAssadEntry, start: i, end: i + 1}); targetedRuler(toks, m) {
			out = append(out, m)
		}
	}
	return out
}
