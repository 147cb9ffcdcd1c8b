package facets

// civiliansCharge reports the trigger entry e as a bare verbal noun of
// killing or targeting with the definite plural of civilians ("قتل
// المدنيين"، "استهداف المدنيين", the phrases of attackCivilians): a kind of
// act named as a charge, a topic or a condition, not an act told. Over
// every pool and blind piece (round 52, m52etfp) it was 8 false / 0 true,
// each the pair's only evidence: "تشير إلى استخدام النظام السوري أسلحة
// كيمياوية لقتل المدنيين"، "استخدموا القدرات التي نقلتها إيران لاستهداف
// المدنيين في السعودية واليمن"، "منظمة حقوقية تندد باستهداف المدنيين
// بعفرين" (an HRW statement on air strikes, coded as the strikes), "إلا إذا
// أقر الرئيس الأميركي بأن الحكومة السورية قد توقفت عن استهداف المدنيين"،
// "إن كان الإسلام حرم قتل المدنيين". An act on civilians told as done
// names its doer's deed ("فتحوا النار على عدد من المدنيين") and is read by
// the other phrases.
func civiliansCharge(e *entry) bool {
	return len(e.words) == 2 && e.ids[0] == "attack-on-civilians" && e.words[1] == "المدنيين" &&
		(e.words[0] == "قتل" || e.words[0] == "استهداف")
}
