package facets

// A health story's aim: "واستهدفت الدراسة الكشف عن العوامل التي ... تتسبب
// في زيادة مخاطر الإصابة بالتوحد عند الأطفال"، "كما تم استهداف المحلات
// التجارية ... كي يتم معاينتها من قبل نواقل المرض" (a dengue campaign)،
// "برنامج مكافحة الإنفلونزا الموسمية من خلال حملة التطعيم وفق مراحل
// استهدفت شريحة كبيرة من عامة المجتمع مثل النساء الحوامل". A study, a
// campaign or a vaccination aims at people; beside a disease the targeting
// word is no attack, and the sentence's illness (illnessWords) keeps its
// people from being victims of an armed actor.
// Poisoning is no disease here: "تسمم زوجين بريطانيين بغاز الأعصاب الذي
// استهدف الجاسوس سكريبال" is an attack (rul46a-4), and a targeting word
// beside it stays one. Nor is a sentence that kills (killWords,
// killedWords): "استهدف مسلحون فريقا للتطعيم ضد الحصبة ... وقتلوا عاملين
// اثنين" tells an attack on vaccinators.

// healthAimDiseases are illnessWords's diseases and disorders, without its
// poisoning, fireworks and frights.
var healthAimDiseases = wordSet("مرض بمرض المرض أمراض بأمراض الأمراض الصرع بالصرع بصرع السرطان بالسرطان بسرطان فيروس بفيروس الفيروس الكوليرا بالكوليرا الحصبة بالحصبة الإنفلونزا بالإنفلونزا الإيدز بالإيدز السكري بالسكري عدوى بالعدوى الوباء وباء بالسمنة بالتوحد")

// healthAimTargeting are attackWords's targeting words.
var healthAimTargeting = wordSet("استهدف استهدفت استهداف")

// healthAim reports a sentence, that of token i, that names a disease,
// kills no one and whose only attack words (attackWords) are targeting
// words.
func healthAim(toks []token, i int) bool {
	if !sentenceHas(toks, i, healthAimDiseases) || sentenceHas(toks, i, killWords) || sentenceHas(toks, i, killedWords) {
		return false
	}
	s := toks[i].sent
	aimed := false
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(attackWords) {
			if !toks[j].has(healthAimTargeting) {
				return false
			}
			aimed = true
		}
	}
	return aimed
}
