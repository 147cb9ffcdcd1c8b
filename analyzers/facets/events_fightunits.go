package facets

// A fight's armed side is often named by its unit rather than by a word of
// force or arms: "بمقتل 15 عنصرا من الميليشيات الانقلابية خلال اشتباكات
// مع ألوية العمالقة"، "في مواجهات مع المقاومة اليمنية"، "إثر معارك مع
// وحدات حماية الشعب الكردية"، "في اشتباك مع الحرس الثوري". A round-37
// blind recall audit of fresh war-titled articles found such a body's
// one-word clash, told with its sides, untyped because the unit's word was
// in none of fightSides, armedSides or fightArmed.

// fightUnits name armed units a fight's side may be named by, besides
// fightSides (fightSidesNamed): brigades, the resistance, the Kurds' units
// and the Peshmerga, the guard corps, armed groups. Not a faction
// (فصيل): "إثر معارك مع فصيل فيلق الرحمن" told once under another
// headline is a capture's background (TestEventTypesCapturedFight). Not the
// police or soldiers alone: a crowd's "مواجهات مع جنود إسرائيليين" is
// fightTold's to keep out.
var fightUnits = wordSet("ألوية لواء اللواء المقاومة مقاومة الوحدات وحدات البيشمركة البشمركة بيشمركة الحرس حرس الجماعات جماعات")

// fightSpans are spans of time a fight is told lasting: "بعد 4 شهور من
// القتال بين لجان المقاومة الشعبية ... والحوثيين" is a war's length looked
// back on, not a fight of the news.
var fightSpans = wordSet("شهور أشهر الشهور الأشهر شهرين سنوات السنوات سنين أعوام الأعوام عامين سنتين أسابيع الأسابيع أسبوعين عام سنة شهر أيام")

// fightSpanBefore reports the fighting noun at token i told as a span of
// time "من" it: "4 شهور من القتال"، "سنوات طويلة من المعارك".
func fightSpanBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].w != "من" || toks[i-1].sent != toks[i].sent {
		return false
	}
	return nearBefore(toks, i-1, 2, fightSpans)
}
