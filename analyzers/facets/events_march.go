package facets

// A march told by who walks in it or how ("مسيرة نسائية"، "مسيرة سلمية"،
// "مسيرات شعبية") is a protest trigger (events.go), but the corpus tells
// many such marches as a topic, a plan or a biography: "لمحاولة تنظيم مسيرة
// سلمية للتعبير عن الرأي"، "ناشطة أمريكية مسلمة قادت مسيرة نسائية"، "على أن
// تبدأ بمسيرات سلمية يوم 2 يونيو". It counts only where a deed right
// before it tells the march held or met: marchers went out in it or took
// part ("الفتيات اللاتي خرجن في مسيرة سلمية"، "خلال مشاركتهم في مسيرة
// شعبية سلمية"), or armed men repressed, targeted or attacked it
// ("الحوثيون يقمعون مسيرة نسائية"، "استهداف قوات الاحتلال مسيرات
// سلمية").

var (
	// qualifiedMarches are the nouns of a march the next word qualifies,
	// and marchQualifiers those qualifiers: who walks, or how.
	qualifiedMarches = wordSet("مسيره مسيرات")
	marchQualifiers  = wordSet("سلميه نسائيه شعبيه صامته طلابيه")
	// marchDeeds are the deeds before a qualified march that tell it held
	// or met: going out, taking part, and repression, targeting or attack.
	// Not تنظيم or الخروج, the verbal nouns of a plan or a call.
	marchDeeds = wordSet("خرج خرجت خرجن خرجوا يخرجون شارك شاركت شاركن شاركوا مشاركتهم مشاركتهن المشاركين المشاركات نظمت نظموا نظمن")
	// marchForce are the deeds of force met by a march: repression,
	// targeting, attack and dispersal. They too tell it held.
	marchForce = wordSet(repressionForms + " استهداف استهدفت استهدف استهدفوا اعتدت اعتدي اعتدوا هاجمت هاجموا فرقت فرقوا تفريق لتفريق")
)

// marchForceWords is how far before a qualified march marchMet looks: the
// victims may stand between ("اعتدت على الفتيات اللاتي خرجن في مسيرة
// سلمية").
const marchForceWords = 6

// marchDeedWords is how far before a qualified march marchHeld looks.
const marchDeedWords = 4

// marchHeld reports a qualified march at token i ("مسيرة نسائية") that a
// deed within marchDeedWords before it, in its sentence, tells held or met
// (marchDeeds). A phrase of another kind ("مسيرة حاشدة"، "مسيرات العودة")
// is not asked.
func marchHeld(toks []token, i int) bool {
	return nearBefore(toks, i, marchDeedWords, marchDeeds) || marchMet(toks, i)
}

// marchMet reports a qualified march at token i that a deed of force
// within marchForceWords before it, in its sentence, met (marchForce).
func marchMet(toks []token, i int) bool {
	return nearBefore(toks, i, marchForceWords, marchForce)
}

// marchForceType types a qualified march that force met (marchMet):
// excessive force where its sentence tells harm done (protestHarm: "قتل
// ... نتيجة استهداف قوات الاحتلال الإسرائيلي مسيرات سلمية") or the article
// live fire ("وأطلق الحوثيون الرصاص الحي لتفريق المشاركات"), else a
// protest with intervention: marchers set upon and led to a police
// station, one of whom fainted ("إصابة إحدى الطالبات بالإغماء", a wound
// word that protestWounds would take for harm). "" for any other protest
// word.
func marchForceType(toks []token, i, end int) string {
	if !qualifiedMarch(toks, i, end) || !marchMet(toks, i) {
		return ""
	}
	if sentenceHas(toks, i, protestHarm) || inArticleAny(toks, liveFire) {
		return "excessive-force-against-protesters"
	}
	return "protest-with-intervention"
}

// liveFire are the words of bullets fired.
var liveFire = wordSet("الرصاص برصاص بالرصاص رصاص بالذخيره")

// qualifiedMarch reports the phrase of tokens i to end a qualified march
// ("مسيرة نسائية"), which counts only when marchHeld.
func qualifiedMarch(toks []token, i, end int) bool {
	return end == i+2 && toks[i].has(qualifiedMarches) && toks[i+1].has(marchQualifiers)
}
