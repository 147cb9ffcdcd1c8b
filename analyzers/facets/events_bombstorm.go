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

// A storming is a fight only when fighters or a force storm, or are
// stormed, and no arrest is its end. The word alone is as often a car
// ramming a pavement or a café ("اقتحمت سيارة رصيف المشاة")، a gunman or a
// thief breaking into a house or a shop, protesters at an embassy, a star
// entering politics ("اقتحموا عالم السياسة")، or a raid that arrests
// ("اقتحمت الشرطة التركية مهاجع جامعة البوسفور واعتقلت"، "قوة إسرائيلية
// اقتحمت حرم جامعة بيرزيت واعتقلت طالبا"): of the corpus articles whose
// armed clash rested on stormings alone, most were one of these. A town
// or a base stormed is told with its army or its fighters: "اقتحمت قوات
// النظام بلدة حمورية"، "تمكنت قوات النخبة الحضرمية ... من اقتحام
// الموقع"، "اقتحم مسلحان مبنى محافظة أربيل".
var (
	// stormSides are the armed doers and the held places of a storming
	// fought, beside fighterWords and forceWords.
	stormSides = wordSet("التنظيم المقاومه ميليشيا ميليشيات الميليشيات مليشيا مليشيات المليشيات مسلحان مسلحا مسلحون قواته قواتها قواتنا معاقل معقل مواقع الموقع")
	// stormCatch end a raid: its arrests and abductions, in the past, the
	// masdar or the present of purpose after ل ("اقتحموا حرم كلية التجارة
	// والاقتصاد وفي الجامعة، ليعتقلوا الطلبة هناك": the plural's present
	// was missing, so a Houthi raid on a campus read as a fight).
	stormCatch = union(arrestWords, wordList("اختطف اختطفت اختطفوا اختطاف خطف وتختطف يختطف تختطف يعتقل تعتقل "+
		"يعتقلوا يعتقلون يعتقلوه يعتقلوهم يختطفوا يختطفون يختطفوه يختطفوهم"))
)

// stormUnfought reports a storming trigger at i whose sentence names no
// armed side (stormSides, fighterWords, forceWords), or names an arrest
// or an abduction (stormCatch).
func stormUnfought(toks []token, i, end int) bool {
	if end != i+1 || !toks[i].has(stormWords) {
		return false
	}
	if sentenceHas(toks, i, stormCatch) {
		return true
	}
	return !sentenceHas(toks, i, stormSides) && !sentenceHas(toks, i, fighterWords) && !sentenceHas(toks, i, forceWords)
}
