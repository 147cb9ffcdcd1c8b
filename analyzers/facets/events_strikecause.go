package facets

import "time"

// A bare strike noun told as the cause of deaths or of flight is a
// bombardment that happened, as specific as a phrase: "أسفرت عن سقوط قتلى
// من المدنيين من جراء القصف التركي"، "إن 160 ألف شخص نزحوا من المنطقة جراء
// القصف العنيف"، "وذكرت الأمم المتحدة مقتل ما يزيد عن ألف شخص جراء القصف
// الحكومي". Told once in a body, the bare القصف weighed as any one word
// and typed nothing; the golds of the pool and the blind codings that hold
// the construction in an article with no air strike typed shelling in every
// one (the guide's unspecified قصف). The fighting noun told as what drove
// people from their homes is the same construction of a clash: "إن القتال
// دفع ما لا يقل عن 45 ألف شخص للنزوح من منازلهم في جنوب غرب سوريا".

// strikeCausedHarm reports the bare definite strike noun at [i, end)
// (القصف) right after a word of cause (fightCause: جراء، بسبب، وطأة) in a
// sentence that tells deaths (killVerbs) or flight (fightCauseOf), not one
// dated to another year (otherYearTold: a war's old toll).
func strikeCausedHarm(toks []token, i, end int, pub time.Time) bool {
	if end != i+1 || i == 0 || toks[i].w != "القصف" || toks[i-1].sent != toks[i].sent || !toks[i-1].has(fightCause) {
		return false
	}
	if !sentenceHas(toks, i, killVerbs) && !sentenceHas(toks, i, fightCauseOf) {
		return false
	}
	return !otherYearTold(toks, i, pub)
}

// fightDrove right after a fighting noun tell it driving people out, with
// a word of flight in its sentence (fightCauseOf): "إن القتال دفع ما لا
// يقل عن 45 ألف شخص للنزوح".
var fightDrove = wordSet("دفع دفعت اجبر اجبرت ارغم ارغمت")
