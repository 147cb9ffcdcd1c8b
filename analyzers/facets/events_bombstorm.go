package facets

import "slices"

// A bomber storming a post is the bombing's approach, not a fight: "اقتحم
// انتحاري بسيارته الملغومة نقطة تفتيش تابعة للجيش"، "مسلحين من حزب العمال
// الكردستاني اقتحموا موقعا عسكريا ... باستخدام جرار زراعي محمل
// بالمتفجرات". The bombing is typed by its own words (انتحاري، ملغومة).

var (
	// stormWords are the storming words among the clash triggers.
	stormWords = wordSet("اقتحام اقتحم اقتحموا اقتحمت")
	// stormBombs in a storming's sentence make it a bomber's: the bomber,
	// his belt, and the explosives or car bomb he drives in. Not the word
	// of a blast (تفجير): "تفجير عناصر من جماعة الحوثي ... أنفسهم عقب
	// اقتحام المقاومة الجنوبية قاعدة العند" tells a storming fought.
	stormBombs = wordSet("انتحاري انتحاريه الانتحاري انتحاريا حزام بحزام ناسف ناسفه الناسفه مفخخ مفخخه المفخخه ملغومه الملغومه متفجرات بالمتفجرات المتفجرات")
)

// bombStorm reports a storming trigger at i whose sentence names a bomber
// or the explosives he carried.
func bombStorm(toks []token, i, end int, e *entry) bool {
	return slices.Contains(e.ids, "armed-clash") && end == i+1 && toks[i].has(stormWords) && sentenceHas(toks, i, stormBombs)
}
