package facets

// A party named only as where someone once served: "صالح مسلم، الزعيم
// السابق لحزب الاتحاد الديمقراطي"، "القائد السابق للحرس الثوري الليبي"،
// "القيادي السابق في تنظيم القاعدة"، "المسؤول السابق في وزارة الدفاع
// الأميركية". The mention tells who a person was, a line of his career;
// it is no part the party takes in the story. The party stays where
// another of its mentions counts.

// formerPostNouns are the posts a person held in a force or a party, and
// in a ministry: "دوف زاخيم، الوكيل السابق لوزارة الدفاع الأميركية". A
// rank or a serviceman's noun is one too ("صورة العميد السابق في الجيش
// الإسرائيلي أوفيك بوخريس، الذي اتهم العام الماضي بإقامة علاقات جنسية"،
// "ضابط استخبارات سابق في الجيش العراقي"، "الجنرال المتقاعد بالجيش
// الأميركي"، "سيرغي سكريبال وهو كولونيل سابق في الاستخبارات العسكرية
// الروسية"): a veteran's career, named in a story of his trial, his
// views, his poisoning or his death, where the army takes no part.
var formerPostNouns = union(personTitles, wordList("الرئيس رئيس المشارك الأمين العام عضو العضو المستشار مستشار مؤسس المؤسس الضابط ضابط مدير المدير الوكيل وكيل النائب نائب المساعد مساعد "+
	"ضابطا الضباط ضباط العميد عميد العقيد عقيد المقدم مقدم الرائد رائد النقيب نقيب الملازم ملازم الجنرال جنرال العريف عريف الرقيب رقيب "+
	"الجندي جندي جنديا الجنود جنود المجند مجند الطيار طيار الأدميرال أدميرال الأميرال الاميرال المشير الخبير خبير الكولونيل كولونيل"))

// pastPostWords say "former" or "retired".
var pastPostWords = wordSet("السابق السابقة سابق سابقة سابقا سابقاً السابقين السابقون سابقين سابقون المتقاعد متقاعد المتقاعدين المتقاعدون متقاعدين متقاعدون")

// formerPost reports a mention right after "السابق" (or "السابق في"، or
// "من" as in "الأميرال المتقاعد من البحرية الأمريكية") that a post noun
// precedes within two words: "الزعيم السابق لحزب"، "الرئيس المشارك
// السابق لحزب"، "القيادي السابق في تنظيم القاعدة".
func formerPost(toks []token, m mention) bool {
	i := m.start - 1
	if i >= 0 && (toks[i].w == "في" || toks[i].w == "من") {
		i--
	}
	if i < 1 || toks[m.start].gap || !toks[i].has(pastPostWords) {
		return false
	}
	// toks[i+1] is m.start or its "في", in m's sentence (no gap).
	return cueBeforeLink(toks, i+1, 2, formerPostNouns)
}

// christianWords end the name of Germany's ruling party, "حزب الاتحاد
// الديمقراطي المسيحي" (the CDU), whose first three words are the PYD's
// Arabic name; its Bavarian sister is "الاتحاد الاجتماعي المسيحي".
var christianWords = wordSet("المسيحي المسيحية")

// christianDemocrats reports a PYD name that goes on with "المسيحي": the
// CDU of Merkel, named in German politics stories (a minister's party, a
// coalition talk, a burkini row), which no story tells as a Kurdish party.
func christianDemocrats(toks []token, m mention) bool {
	return m.end < len(toks) && !toks[m.end].gap && toks[m.end].sent == toks[m.start].sent && toks[m.end].has(christianWords)
}
