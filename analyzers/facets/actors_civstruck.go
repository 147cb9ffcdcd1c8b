package facets

// People counted only by their nationality and killed or hurt by a
// bombardment: "غارات إسرائيلية كثيفة على القطاع أسفرت عن مقتل فلسطينيين
// اثنين"، "قتل فلسطينيان اثنان ... في قصف مدفعي للجيش الإسرائيلي"،
// "وكان قصف إسرائيلي مكثف على قطاع غزة قد أسفر الجمعة عن مقتل 4
// فلسطينيين"، "بمقتل 3 خبراء من ميليشيات حزب الله اللبناني، و4 يمنيين،
// في غارة جوية". The golds leave civilians out of such a count: a strike's
// dead named by nationality alone are as often the fighters it aimed at
// (the men of a post, a cell, a rocket crew) as bystanders, and the
// coders write "not called civilians → civilians not coded" (round 52,
// m52afp). A count the sentence names otherwise stays: its children,
// women, a farmer or homes are other mentions (victimEntry, quarterEntry,
// civilianSiteEntry), and the word مدنيين is the lexicon's. A count
// executed, shot or blown up with no bombardment in its sentence ("داعش
// يعدم 16 عراقياً"، "قتل مسلحون 3 أجانب") is not read here.

// struckNationals reports a nationality count (nationalVictimEntry) with a
// bombardment word (airShellingWords: an air strike or a shelling)
// within fourteen words before it ("غارات إسرائيلية كثيفة على القطاع
// أسفرت عن مقتل فلسطينيين اثنين"، "وكان قصف إسرائيلي مكثف على قطاع غزة قد
// أسفر الجمعة عن مقتل 4 فلسطينيين") or eight after it ("قتل فلسطينيان اثنان
// وأصيب آخر بجراح، الأحد، في قصف مدفعي"), in its sentence: the strike
// that killed or hurt them. A strike further off is another event's ("وتأتي
// الغارة بعد أسابيع من التظاهرات ... مع مقتل 60 فلسطينيا بنيران الجيش"،
// "شن غارات على معاقل الإرهابيين في درنة وسرت ... بعد أن أصدر تنظيم داعش
// تسجيلا يصور قطع رؤوس 21 قبطيا"), and its count stays.
func struckNationals(toks []token, m mention) bool {
	return nearBefore(toks, m.start, 14, airShellingWords) || nearAfter(toks, m.end-1, 8, airShellingWords)
}

// airShellingWords name an air strike or a shelling by its noun: "غارات
// إسرائيلية"، "في قصف مدفعي"، "بضربة جوية". Not "الجوية" alone: a
// country's air defences ("اعترضت دفاعاتها الجوية الصواريخ لكن الحطام
// المتناثر أسفر عن مقتل عامل مصري"). Rockets, missiles and their
// shards are left out: a missile fired at a city ("أسفر سقوط إحدى شظايا
// الصواريخ عن مقتل مقيم مصري وإصابة مصريين اثنين بالعاصمة السعودية")
// strikes where people live, and its dead are the bystanders the golds
// code (FR-internationalNews-974's Saudi citizen of Jizan).
var airShellingWords = wordSet("قصف القصف غارة الغارة غارات الغارات ضربة ضربات مدفعي مدفعية المدفعي المدفعية")
