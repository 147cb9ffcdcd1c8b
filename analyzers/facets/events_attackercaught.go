package facets

import "strings"

// attackerCaught reports an arrest word at [i,end) whose object, within
// objectReach words of its sentence and before any count, is the one doer
// of the article's own attack: a doer noun (diedDoerNouns: "واعتقال
// المهاجم"، "ألقت القبض على المهاجم الخامس"، "تم توقيف السائق"), the
// driver of the vehicle ("اعتقال سائق الشاحنة"، "وقد أوقف سائقها"), or an
// ordinal right after the arrest word that takes the last of the attackers
// its sentence counts (twoDoers: "قتلت القوات الأمنية ثلاثة من المهاجمين
// وتمكنت من اعتقال الرابع"). The golds type the attack and never this
// arrest: the doer caught on the spot ends the attack ACLED codes once (the
// ISIS raid on Libya's election commission, the Ahvaz parade), and a lone
// driver or gunman caught after a crime is police work (round 43's ruling
// 11: the Moscow taxi, the car at Westminster, the Toronto van, the
// Capital Gazette). Read whatever parties the article names, which
// suspectArrest asks; suspects sought and taken in an inquiry afterwards
// are many or unnamed ("اعتقال عدد من المشتبه بصلتهم في الهجوم"، "توقيف
// شخص ثالث") and stay arrests. Not the suicide bomber, whose capture
// before he blew himself up foils the bombing.
func attackerCaught(toks []token, i, end int) bool {
	if end == 0 || end > len(toks) {
		return false
	}
	s := toks[end-1].sent
	// Words are read normalized: ئ and ى are ي (سائق is سايق, على is علي).
	for j := end; j < len(toks) && j < end+objectReach && toks[j].sent == s; j++ {
		if n, _ := readNumber(toks, j); n > 0 || isCount(toks[j].w) {
			return false
		}
		w := toks[j].w
		next := j+1 < len(toks) && toks[j+1].sent == s
		if toks[j].has(diedDoerNouns) && w != "الانتحاري" || w == "سايقها" || w == "سايقه" ||
			w == "سايق" && next && strings.HasPrefix(toks[j+1].w, "ال") {
			return true
		}
		if toks[j].has(ordinalDays) && (j == end || j == end+1 && toks[end].w == "علي") && !(next && toks[j+1].w == "من") && sentenceHas(toks, i, twoDoers) {
			// Not a date: "اعتقل في الرابع من يوليو".
			return true
		}
	}
	return false
}
