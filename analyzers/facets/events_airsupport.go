package facets

import (
	"slices"
	"strings"
)

// An offensive told with the aircraft that backed it is an air strike made:
// "واصلت قوات الجيش اليمني، بإسناد من مقاتلات تحالف دعم الشرعية، هجومها
// العنيف"، "تمكنت من دخول حرم الجامعة مدعومة بغارات مكثفة من التحالف"،
// "رصد المرصد مساندة طائرات التحالف الدولي". The gold codes that support
// as an air strike (ACLED's coders do), as it codes "بغطاء جوي" (already a
// trigger); the aircraft word alone weighed as one word, so a support told
// once in a body typed nothing. Told with its backing word it is as
// specific as "غارة جوية" and weighs as a phrase.

// airSupportBackers are the words of backing that open the phrase, and
// airSupportAir the aircraft, strikes or air adjective that follow them,
// directly or after من.
const (
	airSupportBackers = "بإسناد بدعم بمساندة"
	airSupportAir     = "جوي طيران الطيران طائرات الطائرات مقاتلات المقاتلات غارات الغارات"
	// airSupportNouns follow the bare noun of support ("مساندة طائرات
	// التحالف"): without ب the noun takes only an aircraft.
	airSupportNouns = "طيران الطيران طائرات الطائرات مقاتلات المقاتلات"
	// airBackedParticiples are backed forces' participles ("القوات
	// السورية المدعومة بالطيران الروسي"), with the aircraft after ب or
	// من.
	airBackedParticiples = "مدعومة مدعوما مدعوم المدعومة المدعوم مدعومين المدعومين"
	airBackedBy          = "بغارات بالغارات بالطيران بطيران بطائرات بالطائرات بمقاتلات بالمقاتلات"
	airBackedFrom        = "طيران الطيران طائرات الطائرات مقاتلات المقاتلات غارات"
)

// airSupportTriggers lists the phrases of air support, "|"-separated, for
// eventTriggers.
func airSupportTriggers() string {
	var ps []string
	for _, b := range strings.Fields(airSupportBackers) {
		for _, a := range strings.Fields(airSupportAir) {
			ps = append(ps, b+" "+a)
			if a != "جوي" {
				ps = append(ps, b+" من "+a)
			}
		}
	}
	for _, a := range strings.Fields(airSupportNouns) {
		ps = append(ps, "مساندة "+a)
	}
	for _, p := range strings.Fields(airBackedParticiples) {
		for _, a := range strings.Fields(airBackedBy) {
			ps = append(ps, p+" "+a)
		}
		for _, a := range strings.Fields(airBackedFrom) {
			ps = append(ps, p+" من "+a)
		}
	}
	return strings.Join(ps, "|")
}

var (
	// airSupportOpeners are the first words of the air-support phrases.
	airSupportOpeners = wordSet(airSupportBackers + " مساندة " + airBackedParticiples)
	// policeAviation after the aircraft makes it a police patrol's: "نفذت
	// دوريات خفر السواحل خطة انتشار بحري، بإسناد من طيران الشرطة".
	policeAviation = wordSet("الشرطة الشرطه شرطة")
	// enjoysSupport before the phrase makes the support a standing state
	// of a force, not an offensive's: "وتحظى قوات حفتر بدعم جوي"، "مقاومة
	// ... تحظى بدعم جوي من دول التحالف العربي".
	enjoysSupport = wordSet("تحظى يحظى تحظي يحظي حظيت حظي تتمتع يتمتع")
	// firefighting in the sentence makes the aircraft water bombers: "كافح
	// أكثر من 1200 من رجال الإطفاء، بدعم من طائرات هليكوبتر تسقط المياه،
	// حريق غابات".
	firefighting = wordSet("الاطفاء اطفاء الحريق حريق الحرائق حرائق الغابات")
	// plannedSupport in the sentence makes the support a plan's: "العدد
	// يفوق ألفي جندي ... ومساندة طيران التحالف في تنفيذ هذه الخطة"، "القوة
	// العسكرية التي ستنفذ العملية ... بإسناد من طيران التحالف".
	plannedSupport = wordSet("خطه الخطه خطته خطتها ستنفذ سينفذ ستقوم سيقوم ستبدا سيبدا ستشارك سيشارك")
)

// airSupportAside reports an air-support phrase of the tokens [i, end)
// that is a purpose's or a company's (opened with ل: "الشركة السعودية
// لمساندة الطائرات العمومية"), whose aircraft are the police's
// (policeAviation right after) or fight a fire (firefighting in the
// sentence), that a plan tells (plannedSupport in the sentence), or
// whose support is a force's standing state (enjoysSupport within the
// three words before).
func airSupportAside(toks []token, i, end int) bool {
	if !toks[i].has(airSupportOpeners) || end == i+1 {
		return false
	}
	if strings.HasPrefix(toks[i].w, "ل") || sentenceHas(toks, i, firefighting) || sentenceHas(toks, i, plannedSupport) {
		return true
	}
	if wordAfter(toks, i, end, policeAviation) {
		return true
	}
	return nearBefore(toks, i, 3, enjoysSupport)
}

// isAirSupport reports an air-support phrase among the triggers. It is
// no retelling of a dated strike: told with an older year ("حملة استعادة
// الرقة من يونيو إلى أكتوبر من العام الماضي بدعم من طائرات التحالف") it
// does not make the article's later strike words history, and an older
// strike ("ويشن التحالف غارات ... منذ أغسطس آب 2014") does not make the
// support of the day's offensive history either (see eventHits).
func isAirSupport(e *entry) bool {
	return len(e.words) > 1 && slices.Contains(e.ids, "air-drone-strike") && airSupportOpeners.contains(e.words[0])
}
