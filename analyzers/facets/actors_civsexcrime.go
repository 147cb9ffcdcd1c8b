package facets

// Victims of a sexual crime told outside any war: "أكد على أن ما حدث كان
// اعتداء جنسيا على الأطفال" in a report on priests in Pennsylvania,
// "إدانة بيل كوسبي بثلاثة اتهامات باعتداءات جنسية"، harassment at a music
// festival or in an Uber office. "اعتداء" and "اغتصاب" are harm words, so
// the children and women of such a story read as civilians, though the
// gold guide's civilians are the victims of the armed events an article
// reports, and the event rules already refuse these words as sexual
// violence (sexualCrime, events_sexual.go). A civilians word in a sentence
// of sexual crime counts only where sexualCrime would keep the event: an
// armed party in its sentence, the title or the lead (ISIS's سبايا, South
// Sudan's soldiers, Boko Haram), or where one of those names a war or an
// invasion: an extremist sent to the ICC "بجرائم حرب" in Timbuktu, a
// dictator's massacres "إبان حربها الأهلية", Abu Ghraib's prisoners
// "في الذكرى الـ15 للغزو الأميركي للعراق" — history the civilians of a
// war keep (adjudication README, round 22).

// sexCrimeWords name a rape or sexual harassment, or make an assault
// sexual. Not "جنسية": it is as often a nationality ("يحمل الجنسية").
var sexCrimeWords = wordSet("تحرش التحرش بالتحرش والتحرش للتحرش تحرشوا تحرشا تحرشت يتحرش تحرشات التحرشات متحرش المتحرشين متحرشين " +
	"اغتصاب الاغتصاب باغتصاب واغتصاب لاغتصاب اغتصبوا اغتصب اغتصبت اغتصبها اغتصابها اغتصابهن مغتصب المغتصب مغتصبي " +
	"جنسي جنسيا الجنسي")

// sexWarWords name the war a sexual crime was part of.
var sexWarWords = wordSet("حرب الحرب حربها الحروب حروب غزو الغزو للغزو")

// sexCrimeVictims reports a civilians mention m whose sentence names a
// sexual crime that sexualCrime finds told without an armed party.
func (l *lexicon) sexCrimeVictims(toks []token, ms []mention, m mention) bool {
	if !inArticle(toks, sexCrimeWords) {
		return false
	}
	s := toks[m.start].sent
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(sexCrimeWords) {
			buf := tokenStrings.get(len(toks))
			defer tokenStrings.put(buf)
			actorAt := *buf
			fillActorAt(actorAt, ms)
			k := bodyStart(toks)
			return sexualCrime(l, toks, actorAt, j, j+1) && !sentenceHas(toks, j, sexWarWords) &&
				!sentenceHas(toks, 0, sexWarWords) && (k == len(toks) || !sentenceHas(toks, k, sexWarWords))
		}
	}
	return false
}
