package facets

// arrestSetting are the words right before an arrest noun that make it the
// cause, the setting or the subject of another event, never the news
// itself: a row or sanctions over a detention ("بسبب احتجاز القس"، "على
// خلفية توقيف القس"، "على إثر اعتقال القس")، a detention kept up ("بسبب
// استمرار اعتقال")، a protest against an arrest ("يتظاهرون ضد توقيف عدد من
// زملائهم")، what befell someone during or on an arrest ("شرطي يلكم امرأة
// أثناء اعتقالها"، "فصل الأطفال عن أهاليهم لدى توقيفهم"). Not بعد, عقب or
// خلال: "أطلق سراحها بعد اعتقالها لعدة أيام" and "اعتقل العشرات خلال
// المظاهرات" tell the arrest as news as often as not. Read at one word
// only, so a plain map (no set bit).
var arrestSetting = plainWords("بسبب وبسبب لسبب أثناء وأثناء اثناء لدى خلفية إثر وإثر اثر ضد استمرار مسألة")

// arrestAsSetting reports an arrest word at i right after an arrestSetting
// word in its sentence. Counted over the pool and blind gold articles, the
// construction stands in 23 articles and only one codes arrests
// (the Russian cells of SK-internationalNews-1110, which the body's
// "ألقت السلطات القبض" types): the arrest so told is a background or a
// cause, by the rulings an older arrest (round 18) or a custody kept
// (rul46d-3), or a criminal arrest (round 43 class 11). The other arrest
// words of the article still count. Not a raid (raidVerbs): "قتل 7 من
// عناصر القوات المسلحة أثناء مداهمة البؤر الإرهابية" tells the raid
// itself, which raidOnly already weighs.
func arrestAsSetting(toks []token, i int) bool {
	return i > 0 && toks[i-1].sent == toks[i].sent && arrestSetting[toks[i-1].w] && !toks[i].has(raidVerbs)
}
