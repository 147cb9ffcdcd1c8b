package facets

import "strings"

// Worshippers at a force's own mosque are that force's men, not civilians.
// The mosque most bombed in this corpus is the one inside the Asir emergency
// forces' base ("التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في أبها"),
// and the many reactions to it speak of its worshippers ("أسفر عن مقتل
// وإصابة العديد من المصلين"، "استهداف المساجد والمصلين"، "قتل المصلين من
// رجال أمننا البواسل"): the golds code no civilians for them (holdouts 12,
// 16, 21 and 30), only for the site workers killed beside the soldiers
// (holdout-14 Q45). So an article that names such workers keeps its
// worshippers civilians (siteWorkersNamed), and so does a sentence that
// names another house of worship, not a force's ("تفجير مسجد الإمام الصادق
// في الكويت" recalled in the same story). Worshippers said to be of a
// force ("المصلين من رجال الأمن") are its men wherever the mosque is.

var (
	// worshipperWords are the civilians aliases that name worshippers.
	worshipperWords = wordSet("المصلين مصلين المصلون مصلون")
	// mosqueForceWords name a force, or its base, that owns a mosque
	// named within three words before them: "مسجد قوات الطوارئ"، "مسجد
	// الطوارئ"، "مسجداً تابعاً لمقر قوات الطوارئ"، and the camp with its
	// article ("استهدف المصلين داخل مسجد المعسكر"، aud42b): only the
	// Asir base's mosque is called so in the corpus.
	mosqueForceWords = union(siteForceWords, wordList("طوارئ لقوات لمقر مقر معسكر لمعسكر المعسكر بالمعسكر للمعسكر"))
	// forceMosques are the houses of worship a force may own.
	forceMosques = union(worshipPlaces, wordList("مسجدا جامعا"))
	// forceMenWords after "من" make the worshippers a force's men: "من
	// رجال الأمن"، "من منسوبي قوات الطوارئ"، "من أفراد الشرطة".
	forceMenWords = wordSet("رجال منسوبي أفراد عناصر جنود الجنود العسكريين ضباط")
)

// forceWorshippers reports a worshippers mention m (worshipperWords) that
// names a force's men, in an article that names no site workers: "من" and
// a force word right after it, or an article that names a force's mosque
// (forceMosqueNamed) where m's sentence names no other house of worship.
func forceWorshippers(toks []token, m mention, c *articleCues) bool {
	if !toks[m.start].has(worshipperWords) || once(&c.siteWorkers, func() bool { return siteWorkersNamed(toks) }) {
		return false
	}
	if ofForceMen(toks, m) {
		return true
	}
	s := toks[m.start].sent
	if !once(&c.forceMosque, func() bool { return forceMosqueNamed(toks) }) {
		return false
	}
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(forceMosques) && !forceOwned(toks, j) {
			return false
		}
	}
	return true
}

// ofForceMen reports people that "من" and a force word within two words
// after m say are a force's men: "المصلين من رجال الأمن"، "ويقتلون 17
// مسلمًا من رجال الأمن".
func ofForceMen(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < m.end+2 && j+1 < len(toks) && toks[j+1].sent == s; j++ {
		if toks[j].w == "من" && toks[j+1].has(forceMenWords) {
			return true
		}
	}
	return false
}

// siteWorkerWords name workers: "ثلاثة من العاملين في الموقع"، "ومن كان
// معهم من العمال الذين قضوا".
var siteWorkerWords = wordSet("العاملين عاملين العمال عمال")

// siteWorkersNamed reports workers named as a group of their own
// anywhere in the article: joined by "و" to others or counted ("ومن
// العاملين في الموقع"، "من بينهم 3 عاملين بالموقع"). The worshippers then
// include them, and the golds code civilians (holdout-14 Q45). Right
// after a noun the word is its adjective ("رجال الأمن العاملين بالمقر"),
// and "حزب العمال" is the PKK.
func siteWorkersNamed(toks []token) bool {
	if !inArticle(toks, siteWorkerWords) {
		return false
	}
	for j := 1; j < len(toks); j++ {
		if !toks[j].has(siteWorkerWords) || toks[j-1].sent != toks[j].sent || toks[j-1].w == "حزب" {
			continue
		}
		if _, n := digits(toks[j-1].w); n || toks[j-1].w == "من" || toks[j-1].w == "ومن" || strings.HasPrefix(toks[j].w, "و") {
			return true
		}
	}
	return false
}

// forceMosqueNamed reports a force's mosque anywhere in the article, or
// its worshippers told by the force alone ("حادث التفجير الذي تعرض له
// المصلون في طوارئ أبها").
func forceMosqueNamed(toks []token) bool {
	for j := range toks {
		if (toks[j].has(forceMosques) || toks[j].has(worshipperWords)) && forceOwned(toks, j) {
			return true
		}
	}
	return false
}

// forceOwned reports a force word (mosqueForceWords) within the three
// words after j, in its sentence.
func forceOwned(toks []token, j int) bool {
	for k := j + 1; k <= j+3 && k < len(toks) && toks[k].sent == toks[j].sent; k++ {
		if toks[k].has(mosqueForceWords) {
			return true
		}
	}
	return false
}

// worshipPlurals name houses of worship in general: "تفجير المساجد"،
// "استهداف بيوت الله"، "هدم المساجد". A singular (worshipPlaces) is the
// mosque a story tells.
var worshipPlurals = wordSet("المساجد مساجد بيوت دور الكنائس كنائس المعابد")

// worshipRhetoric reports worshippers named as the object of a harm
// masdar (purposeHarmWords) that "و" joins to a harm done to houses of
// worship in general, within four words before it: "استهداف بيوت الله
// وقتل المصلين أصبح دين الجماعات الإرهابية"، "يواصلون تفجير المساجد وقتل
// المصلين الركع السجود"، "بهدم المساجد وقتل المصلين وحرق المصاحف". The
// pair names what the terrorists do, a practice the speaker condemns, not
// a harm the article reports: no day, count or place is told, and the
// worshippers of the Asir bombing these columns answer were the emergency
// forces' men, whom the golds code no civilians for (rul46a, the kinds
// agreed: 115 of 117 lines). A worshipper killed in a told attack ("ليفجر
// نفسه بين المصلين"، "قتل المصلين غرسة من غراس") has no such pair before it.
func worshipRhetoric(toks []token, m mention) bool {
	k := m.start - 1
	if k < 1 || !toks[m.start].has(worshipperWords) || toks[k].gap || toks[k].sent != toks[m.start].sent ||
		!toks[k].has(purposeHarmWords) || !strings.HasPrefix(toks[k].w, "و") {
		return false
	}
	return nearBefore(toks, k, 4, worshipPlurals)
}
