package facets

// protestSettingWords put a protest word as the setting of what its
// sentence told before it: "مقتل فتاة وإصابة أكثر من 100 في الجمعة العاشرة
// لمسيرات العودة"، "قتل ... أثناء مشاركته في مسيرات العودة السلمية".
var protestSettingWords = wordSet("في خلال أثناء اثناء إبان")

// protestCauseNouns between the killing and the protest make the
// protest about it: "خرجوا احتجاجا على مقتل شاب في ...".
var protestCauseNouns = wordList("احتجاجا تنديدا رفضا")

// killingCausedWords, with causeProtest and causeVerbs, between the
// killing and the protest make the killing its cause: "سلسلة من حوادث قتل
// الشرطة لرجال ... قد تسببت في موجة غضب واحتجاجات". They are
// settingKillStops' parts, not a union of their own: a union read only as
// another's part spends a bit no token is asked (rev57b).
const killingCausedWords = wordList("تسبب تسببت تسببا تسببوا")

// protestSettingReach is how far before the protest word its setting
// word may stand (past the day that names the march: "في الجمعة العاشرة
// لمسيرات"), and protestSettingKillWords how far before it the killing.
const (
	protestSettingReach     = 3
	protestSettingKillWords = 14
)

// protestSettingKill reports a protest word at i told as the setting of a
// killing earlier in its sentence: a word of protestKilling up to
// protestSettingKillWords before it and a setting word (في، خلال، أثناء)
// up to protestSettingReach before it, after the killing. Protesters
// killed in a protest met lethal force, which ACLED and the coders type
// excessive force against protesters, though the toll and its victims
// stand further from the protest word than protestForce's window: a
// blind sample's Gaza march ("وأعلنت وزارة الصحة الفلسطينية في غزة، مساء
// عن مقتل فتاة وإصابة أكثر من 100 في الجمعة العاشرة لمسيرات العودة")
// was typed a peaceful protest. The caller's guards still hold (a
// period's toll, منذ); here a killing the protest is about ("احتجاجا
// على مقتل") or one between two sides ("مقتل ... بين") is none, nor one
// a charge, an attempt or a cause tells (forceNotMet).
func protestSettingKill(toks []token, i int) bool {
	setting := protestSettingAt(toks, i)
	if setting < 0 {
		return false
	}
	j := settingDeed(toks, i, setting, protestSettingKillWords, protestKilling, settingKillStops)
	if j < 0 || j+1 < setting && toks[j+1].w == "بين" || j > 0 && toks[j-1].has(protestAbout) {
		return false
	}
	return forceNotMet(toks, j) == ""
}

// settingKillStops, met before the killing, make the protest about it or
// its sequel: protestCauseNouns, sinceWords, and the killing's sequel
// (causeProtest, causeVerbs, killingCausedWords).
var settingKillStops = union(protestCauseNouns, sinceWords, causeProtest, causeVerbs, killingCausedWords)

// settingDeed returns the nearest word of deed before the setting word at
// setting, within reach words before the protest word at i in its
// sentence, or -1 when none is or a word of stop comes first: the killing
// of protestSettingKill or the arrest of protestSettingArrest.
func settingDeed(toks []token, i, setting, reach int, deed, stop *words) int {
	s := toks[i].sent
	for j := setting - 1; j >= 0 && j >= i-reach && toks[j].sent == s; j-- {
		if toks[j].has(stop) {
			return -1
		}
		if toks[j].has(deed) {
			return j
		}
	}
	return -1
}

// protestSettingAt returns the nearest setting word (في، خلال، أثناء)
// within protestSettingReach before the protest word at i, in its
// sentence, or -1: where a killing or an arrest told before it is placed
// in the protest.
func protestSettingAt(toks []token, i int) int {
	s := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-protestSettingReach && toks[j].sent == s; j-- {
		if toks[j].has(protestSettingWords) {
			return j
		}
	}
	return -1
}
