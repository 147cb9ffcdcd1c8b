package facets

// airHitVerbs are the attack verb هاجمت read as an air strike when its
// subject is aircraft (raidedByAir): "كما هاجمت الطائرات مواقع سيطر عليها
// المتشددون"، "وهاجمت طائرة حربية مواقع يشتبه في أنها تابعة للمسلحين".
// The other hitting verbs told so (ضربت، دكت، قتلت) are evRaided's own
// triggers: "طائرات F16 العراقية ضربت الخميس مقر قيادة داعش"، "طائرات
// حربية ومروحيات ومدفعيات أمريكية قتلت أكثر من 100 من المهاجمين".
//
// Counted by round 65's m65air over the pool and blind gold articles: a
// plural or definite aircraft up to four words before هاجمت، ضربت، دكت،
// قتلت، أغارت (or the verb right before it) stands in 22, 21 coded
// air-drone-strike and 1 not (the 2007 reactor, typed by other words);
// where main typed no air strike, 5 coded and 0 not. Main read هاجمت as
// an armed clash or a mob's attack and ضربت، قتلت as no trigger at all.
// The singular المقاتلة before the verb is a woman fighter ("المقاتلة
// البريطانية آنا كامبل قتلت"), not an aircraft: raidFliers hold no
// singular, and strikeAircraft's singular counts only right after the
// verb. One word, looked up in the token's forms (formIn: "وهاجمت" too), a
// plain map: a word-set bit for it would buy nothing, as airAttacked is
// asked only at an evMob or evAssault trigger.
var airHitVerbs = plainWords("هاجمت")

// airAttacked reports the attack verb هاجمت at i with aircraft as its
// subject (raidedByAir): an air strike, neither a clash nor a mob's.
func airAttacked(toks []token, i, end int) bool {
	return end == i+1 && formIn(&toks[i], airHitVerbs) && raidedByAir(toks, i, end)
}
