package facets

import "strings"

// Civilians named as the aim of a harm word with the ل of purpose:
// "تتخذ منه ميليشيات الحوثي وفلول صالح مقرا لها لقصف المدنيين"،
// "استخدموا القدرات التي نقلتها إيران لاستهداف المدنيين في السعودية".
// The clause tells what a side uses a place or a weapon for, its way of
// war as another describes it, not a shelling or a killing the story
// reports; where the story reports one, its own sentence names the
// victims again. After a verb of exposure or cause (exposedVerbs,
// causeVerbs: "تعرض المدنيون لقصف"، "أدى لقتل المدنيين") the ل marks
// what befell them, and they stay victims; beside a court or a penalty
// (judgeWords, penaltyWords: "قضت محكمة ... بالسجن المؤبد على ... لقتل
// امرأتين") it gives the cause of the sentence, a killing done. The
// "civilian targets" of a missile fired ("أطلقه الحوثيون لاستهداف المناطق
// المدنية") are civilianTargetMentions' own reading, which the golds code.

// purposeHarmWords are the acts of harm a ل of purpose can aim: killing,
// shelling, targeting, abducting, executing, torturing, and terrorizing
// ("الذين يسعون لتخويف المواطنين وقتل رجال الأمن", where the sentence's
// other harm word is the security men's). Not the nouns of the harmed
// ("للضحايا المدنيين") nor of a fall ("لسقوط").
var purposeHarmWords = wordSet("قتل قصف استهداف ذبح خطف اختطاف إعدام تعذيب اغتصاب تخويف ترويع ترهيب إرهاب")

// purposeHarm reports a civilians mention right after a purposeHarmWords
// word that carries the ل of purpose, with no verb of exposure or cause
// within four words before that word and no court or penalty in the
// sentence.
func purposeHarm(toks []token, m mention) bool {
	i := m.start - 1
	if m.e == civilianTargetEntry || i < 0 || toks[i].sent != toks[m.start].sent || toks[i].gap {
		return false
	}
	if !strings.HasPrefix(toks[i].w, "ل") || purposeHarmWords.contains(toks[i].w) || !toks[i].has(purposeHarmWords) {
		return false
	}
	if nearBefore(toks, i, 4, exposedVerbs) || nearBefore(toks, i, 4, causeVerbs) {
		return false
	}
	return !sentenceHas(toks, i, judgeWords) && !sentenceHas(toks, i, penaltyWords)
}
