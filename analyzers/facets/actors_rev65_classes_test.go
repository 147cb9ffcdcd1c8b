package facets

import "testing"

// TestCapitalSpeakerOnce pins round 65's review (rev65) of m65sgov: a title
// opened by the speaking capital and naming the war is regimeSpokesmanMentions'
// mention, and syriaSpeakerMentions gives none of its own, so the actor model
// counts the title's regime once (actorFeatures counts mentions). The title
// is corpus FR-internationalNews-524-20180319. Guard: the state's name, which
// regimeSpokesmanMentions does not read, keeps syriaSpeakerMentions' mention
// (BB-middleEast-325-20180410).
func TestCapitalSpeakerOnce(t *testing.T) {
	capital := tokenize("دمشق تدين \"احتلال\" عفرين وتطالب \"القوات الغازية\" بالانسحاب", "")
	if n, m := len(regimeSpokesmanMentions(capital)), len(syriaSpeakerMentions(capital)); n != 1 || m != 0 {
		t.Errorf("speaking capital: regimeSpokesmanMentions %d, syriaSpeakerMentions %d; want 1 and 0", n, m)
	}
	state := tokenize("سوريا تدعو منظمة حظر الأسلحة الكيمياوية إلى إرسال فريق إلى دوما للتحقيق", "")
	if n, m := len(regimeSpokesmanMentions(state)), len(syriaSpeakerMentions(state)); n != 0 || m != 1 {
		t.Errorf("the state's name: regimeSpokesmanMentions %d, syriaSpeakerMentions %d; want 0 and 1", n, m)
	}
}
