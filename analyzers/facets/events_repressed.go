package facets

// Repression told with no harm: "وتدخلت قوات من الأمن لقمع المتظاهرين"،
// "قوات مكافحة الشغب قمعت تظاهرة شارك فيها آلاف المزارعين"، "السلطات
// الإيرانية تقمع تظاهرة لتدريسيين وتعتقل 200 منهم". قمع says the police
// moved against a protest, not that they killed or maimed anyone: ACLED's
// excessive force is lethal or seriously harmful force, and the dev gold
// types Iranian police dispersing teachers and arresting 200 a protest with
// intervention. A round-37 blind sample found the Ahvaz water protests, met
// by security forces "لقمع المتظاهرين" and nothing more, typed excessive
// force, as were eight more corpus protests told the same way.

// repressionForms are the forms of قمع, the repression of a protest; the
// plurals are a title's armed men ("الحوثيون يقمعون مسيرة نسائية في
// صنعاء"). protestKilling counts them as lethal force and marchForce as
// force a march met: one spelling keeps the three sets' forms alike.
const repressionForms = "قمع بقمع قمعت يقمع تقمع يقمعون قمعوا"

// protestRepression are repressionForms alone: the repression that
// repressedUnharmed may find told with no harm.
var protestRepression = wordSet(repressionForms)

// protestHarm are the words of harm done that keep a repression lethal or
// serious force: deaths, live fire, wounds and beatings in its sentence
// ("قمعت احتجاجات ... قتل 4 متظاهرين برصاص القوات الأمنية"، "قمع تظاهرة
// محظورة أسفرت عن سقوط نحو 30 جريحا").
var protestHarm = wordSet("مقتل قتل قتلت قتلي القتلي قتيل قتيلا استشهاد شهداء برصاص الرصاص بالرصاص بالذخيره الحيه " +
	"اصابه اصابات اصيب اصيبوا جرحي الجرحي جريح جريحا جرحا بجروح يضرب ضرب ضربت الضرب يعنف تعنيف عنف بالقوه السلاح المفرطه")

// protestWounds are the deaths, live fire and wounds that, anywhere in the
// article, keep a repression lethal force: "اليوم الأكثر دموية في غزة جراء
// قمع إسرائيل لمسيرات العودة" tells its dead in the next sentence, and
// "قوات مكافحة الشغب قمعت تظاهرة" its bullets in the title ("والأمن
// الإيراني يرد بالرصاص").
var protestWounds = wordSet("مقتل قتل قتلت قتلي القتلي قتيل قتيلا قتيلان قتيلين استشهاد شهداء الشهداء برصاص الرصاص بالرصاص رصاص بالذخيره " +
	"اصابه اصابات اصيب اصيبوا جرحي الجرحي جريح جريحا بجروح دمويه")

// repressedUnharmed reports a repression word at token j told with no harm
// done: none in its sentence (protestHarm) nor any death, fire or wound in
// the article (protestWounds). The protest was met by intervention, not by
// excessive force.
func repressedUnharmed(toks []token, j int) bool {
	return toks[j].has(protestRepression) && !sentenceHas(toks, j, protestHarm) && !inArticleAny(toks, protestWounds)
}
