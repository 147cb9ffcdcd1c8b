package facets

// The generic "terrorists" or "gunmen" of Syria's war named only as the
// object of a charge or a worry: who brought them in, spreads, backs, funds
// or classifies them, or that they are there at all. "قالت بثينة شعبان ...
// إن تركيا هي من قامت بإدخال الإرهابيين إلى سوريا"، "وأبدى السيسي تخوفه
// بسبب وجود آلاف الإرهابيين في سوريا"، "التحالف القطري الايراني ... ينشر
// الارهابيين في كل أرجاء المعمورة"، "لحماية الحدود التركية من ... تسلل
// المسلحين". Round 48's ruling on the generic labels (adjudication README,
// rul48b-1) codes opposition for them only tied to a front: an area they
// hold, a fight, a retreat, an operation against them; "the generic label
// of the regime's or Russia's war with no front or area" (Sisi's "آلاف
// الإرهابيين في سوريا", Assad's "دعم الإرهابيين" charge) is no party.

// chargeNouns are the words of a charge or a worry that govern the generic
// label: presence, bringing in and crossing, spreading, growth, labelling,
// backing, funding and arming.
var chargeNouns = wordSet("وجود بوجود لوجود ووجود إدخال بإدخال وإدخال لإدخال أدخلت أدخل أدخلوا دخول ودخول بدخول تسلل وتسلل بتسلل " +
	"ينشر وينشر تنشر نشر ونشر نمو لنمو ونمو تصنيف وتصنيف بتصنيف دعم ودعم بدعم لدعم يدعم تدعم " +
	"تمويل وتمويل بتمويل لتمويل يمول تمول تسليح وتسليح بتسليح إيواء وإيواء")

// labelCrowds may stand between a charge word and the label: "وجود آلاف
// الإرهابيين".
var labelCrowds = map[string]bool{normName("آلاف"): true, normName("الآف"): true, normName("مئات"): true, normName("عشرات"): true}

// chargedLabel reports a generic opposition word (the "^" aliases of
// data/actors.tsv: الإرهابيين، المسلحين، الجماعات الإرهابية) right after a
// charge word (chargeNouns), a crowd word (آلاف، مئات، عشرات) allowed
// between, in a sentence that names no governorate or Syrian town and tells
// of no harm. A place keeps the front ("تركيا تدعم المسلحين في إدلب"), and
// so does a harm ("دعم المسلحين الذين قصفوا ...").
func chargedLabel(toks []token, ms []mention, m mention) bool {
	if !m.e.syria || m.e.ids[0] != "opposition" {
		return false
	}
	if j := wordBeforePast(toks, m.start, labelCrowds); j < 0 || !toks[j].has(chargeNouns) {
		return false
	}
	return !sentenceHas(toks, m.start, harmWords) && !placeInSentence(toks, ms, m)
}
