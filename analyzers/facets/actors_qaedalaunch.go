package facets

// The bare "القاعدة" as the base something takes off or launches from:
// "دون تقديم تفاصيل عن القاعدة التي انطلقت منها هذه الطائرات" (the French
// jets of the 14 April strikes, blind CN-middleEast-604), "ووجدوا في أنقرة
// الحضن الدافئ الذي يؤمن لهم القاعدة للانطلاق" (a launching base, pool
// SK-middleEast-742). Both were read as al-Qaeda. Round 56's blind audit
// aud56c counted the construction (the bare name followed by a launch or
// take-off noun with ل, or by التي, a launch or take-off verb and منها):
// two gold articles of the pool and the blind codings hold it, neither
// codes al-Qaeda, and the two corpora hold no other article with it. A
// group launches no aircraft "from" itself: منها after the verb makes the
// name the place, and the noun with ل makes it the springboard. Not "القاعدة
// التي انطلقت من أفغانستان" (the group set out from somewhere: no منها),
// nor the name before any other verb.

var (
	// qaedaLaunchNouns right after a bare "القاعدة" make it a springboard.
	qaedaLaunchNouns = plainWords("للانطلاق لانطلاق للإقلاع لإقلاع")
	// qaedaLaunchVerbs after "القاعدة التي" and before "منها" make it the
	// base aircraft or missiles leave.
	qaedaLaunchVerbs = plainWords("انطلقت تنطلق انطلق ينطلق أقلعت تقلع أقلع يقلع أطلقت تطلق")
	qaedaFromIt      = plainWords("منها")
	qaedaWhich       = plainWords("التي")
)

// qaedaLaunchBase reports a bare al-Qaeda mention m that names a launching
// base (see above): a launch noun with ل right after it, or "التي", a
// launch verb and "منها" right after it, all in its sentence with no
// punctuation between. Asked by commonNounQaeda of the one-word mention
// only.
func qaedaLaunchBase(toks []token, m mention) bool {
	s := toks[m.start].sent
	next := func(j int) bool { return j < len(toks) && toks[j].sent == s && !toks[j].gap }
	n := m.end
	if !next(n) {
		return false
	}
	if qaedaLaunchNouns[toks[n].w] {
		return true
	}
	return qaedaWhich[toks[n].w] && next(n+1) && qaedaLaunchVerbs[toks[n+1].w] && next(n+2) && qaedaFromIt[toks[n+2].w]
}
