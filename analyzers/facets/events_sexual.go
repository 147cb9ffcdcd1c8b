package facets

// sexualAbusers name the armed bearers of political violence whom ACLED's
// sexual violence needs: forces, soldiers, militants, militias, rebels and
// the groups the taxonomy leaves out (the Houthis, Boko Haram). The police
// are left out: "اعتقلت الشرطة المشتبه به في الاغتصاب" is a crime solved.
var sexualAbusers = wordSet("قوات القوات قواتها قواته جنود الجنود جنوده جندي جنديا جنديان عسكريين العسكريين عسكريون جيش الجيش " +
	"مسلحين المسلحين مسلحون المسلحون مسلحو مسلحي ميليشيا الميليشيا ميليشيات الميليشيات مليشيا المليشيا مليشيات المليشيات ميلشيات " +
	"المتمردين متمردين المتمردون متمردون الحوثي الحوثيين الحوثيون الحوثية بوكو داعش الدواعش داعشي التنظيم مقاتلي المقاتلين مقاتلين مقاتلو " +
	"الارهابيين ارهابيين المتشددين متشددين الجهاديين جهاديين الشبيحه شبيحه حراس سجاني السجانين")

// usurpedThings after اغتصاب make it the idiom of usurping: "سعت مرارا
// لاغتصاب السلطة"، "اغتصاب الأرض"، "اغتصاب الحقوق".
var usurpedThings = wordSet("السلطه الحكم الارض الاراضي الحقوق حقوق حق الشرعيه فلسطين القدس")

// sexualCrime reports a sexual-violence word at [i, end) that tells no
// political violence: a usurping, or a rape or assault told where neither
// its own sentence nor the article's title or lead names an armed party
// (a party of the war, or sexualAbusers). Over the corpus such words tell
// celebrities' trials ("اتهامات بالتحرش والاعتداء الجنسي تمس أعضاء في
// الأكاديمية"), a grooming gang ("تعرضت نحو ألف طفلة للاغتصاب على يد
// عصابة") or a court's case ("ثمانية رجال متهمين باغتصاب طفلة"): crimes
// ACLED does not code. The gold's sexual violence (ISIS's سبايا, a
// militia's rapes) is told beside the force that did it, or under a lead
// that names it ("تقرير: أكل لحوم البشر واغتصاب جماعي في الكونغو" over
// "أن المتمردين والقوات الحكومية في الكونغو ارتكبوا فظائع").
func sexualCrime(l *lexicon, toks []token, actorAt []string, i, end int) bool {
	if wordAfter(toks, i, end, usurpedThings) {
		return true
	}
	if armedSentence(l, toks, actorAt, i) || armedSentence(l, toks, actorAt, 0) {
		return false
	}
	k := bodyStart(toks)
	return k == len(toks) || !armedSentence(l, toks, actorAt, k)
}

// armedSentence reports an armed party named in the sentence of token k:
// an actor of the war or one of sexualAbusers.
func armedSentence(l *lexicon, toks []token, actorAt []string, k int) bool {
	return len(toks) > 0 && (warPartyInSentence(l, toks, actorAt, k) || sentenceHas(toks, k, sexualAbusers))
}
