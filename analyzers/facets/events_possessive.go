package facets

import "strings"

// possessivePlurals are the plurals of a strike or an attack that news gives
// the masculine possessive ه: "وجدد الجيش الإسرائيلي غاراته مستهدفا حركة
// حماس"، "كثف النظام غاراته وقصفه المدفعي"، "الذي كثف هجماته ضد قوات
// الأمن". Not مواجهات, a team's match ("أولى مواجهاته الودية"), nor ضربات,
// a heart's beats ("يساهم في تنظيم ضرباته").
var possessivePlurals = []string{"غارات", "هجمات", "تفجيرات"}

// pluralPossessive takes the ه off one of possessivePlurals. withoutSuffix
// takes off ها and هم anywhere, but a bare ه is too often a word's own last
// letter (or a ة written ه) to strip from any word.
func pluralPossessive(f string) (string, bool) {
	p, ok := strings.CutSuffix(f, "ه")
	if !ok {
		return "", false
	}
	for _, s := range possessivePlurals {
		if strings.HasSuffix(p, s) {
			return p, true
		}
	}
	return "", false
}
