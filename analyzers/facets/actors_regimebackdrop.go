package facets

import (
	"slices"
	"time"
)

// Round 45's rul45c-3 (testdata/adjudication/README.md): in an article that
// tells no event, the Syrian government named only as another party's
// beneficiary or ally, or as the side whose past recaptures set the scene,
// is no party. "التدخل العسكري الروسي منذ 2015 دعما لنظام دمشق" in Putin's
// profile, "حليفاً رئيسياً لرئيس النظام السوري" beside Netanyahu's speech,
// "حزب الله ... يقاتل إلى جانب قوات النظام" in a Lebanese election story,
// "بعدما استعادت قوات النظام السيطرة على مناطق واسعة" in a refugee-return
// story: the regime is the object of the sentence's support or its
// background, and the guide codes states "only when the article is about
// their military role". The regime named in the title, or once in any
// other role (speaking, fighting, struck, accused of a named attack), keeps
// its id; so does every article with an event or a toll, where the same
// clauses sit beside the regime's own fighting.

var (
	// backdropSupportWords name another party's support of, alliance with
	// or fighting beside the noun after them: "دعما لنظام دمشق"، "لدعم
	// قوات النظام"، "لصالح الحكومة السورية"، "حليفة النظام السوري"،
	// "الدعم العسكري الإيراني للنظام السوري"، "القوات الموالية للرئيس
	// السوري"، "(إلى) جانب قوات النظام".
	backdropSupportWords = wordSet("دعما دعم لدعم الدعم بالدعم ودعم ودعما دعمها دعمه لصالح حليف حليفة حليفا الحليف حليفتها حليفه حلفاء وحلفاء " +
		"الداعم الداعمة الداعمين الداعمتين المؤيد المؤيدة المؤيدين المتحالفة جانب " +
		// m64sgx: the support noun's other root, "منتقدا موسكو لمساندتها
		// رئيس النظام السوري". has reads a word under its proclitics too,
		// so لمساندتها needs no entry of its own, and "بمساندة النظام" is
		// read as "بدعم النظام" always was.
		"مساندة مساندتها مساندته")
	// backdropLoyalWords name the regime's own side ("وتمكنت القوات
	// الموالية للرئيس السوري بشار الأسد ... من هزيمة مقاتلي المعارضة"):
	// a backdrop only where a support word governs that side in turn,
	// within twelve words before ("لم تقدم إيران أي مؤشر على نيتها تعليق
	// دعمها لحزب الله ... أو القوات الموالية للرئيس السوري").
	backdropLoyalWords = wordSet("الموالية الموالي الموالين الموالون موالية موالين")
	// backdropFillers may stand between a support word and the regime it
	// governs: "حليفاً رئيسياً لرئيس النظام"، "الدعم العسكري الإيراني
	// للنظام"، "دعماً لرئيس النظام بشار الأسد".
	backdropFillers = wordSet("رئيسيا رئيسي الرئيسي الرئيسية رئيسية الأبرز أبرز الأول العسكري العسكرية عسكري عسكرية عسكريا " +
		"الإيراني الإيرانية الروسي الروسية لرئيس للرئيس رئيس الرئيس السوري السورية " +
		// m64sgx: the support's measure and the forces it goes to, "الدعم
		// العسكري الروسي المباشر للقوات السورية"، "دعما حاسما لقوات الرئيس
		// السوري"، "دعمها الكبير للنظام السوري".
		"المباشر المباشرة حاسما الحاسم الكبير لقوات")
	// backdropBackers may stand between a support noun and the regime:
	// the backer, "وبرر الأخير دعم بلاده للنظام السوري"، "دعم طهران
	// للنظام السوري". Not after an ally word: "حليف إيران بشار الأسد"
	// makes the regime the ally, the subject of its sentence ("يعاني ...
	// من هزائم عسكرية").
	backdropBackers = wordSet("بلاده بلادها طهران موسكو روسيا إيران")
	// backdropAllyWords are the ally words of backdropSupportWords.
	backdropAllyWords = wordSet("حليف حليفة حليفا الحليف حليفتها حليفه حلفاء وحلفاء المتحالفة")
	// besideWords open "إلى جانب", beside.
	// The same words as hostageIntoWords (actors_civhostages.go): the set is shared
	// (a set bit spared, see maxWordSets).
	besideWords = hostageIntoWords
	// backdropSupportVerbs take the regime as their object only with the
	// manner word after it: "حيث تدعم الرئيس بشار الأسد عسكريا". Alone the
	// regime after them is as often their subject ("هل يدعم النظام السوري
	// الأكراد").
	backdropSupportVerbs = wordSet("تدعم يدعم دعمت")
	// backdropMilitarily is that manner word.
	backdropMilitarily = wordSet("عسكريا")
	// recaptureVerbs tell a recapture done: "بعدما استعادت قوات النظام
	// السيطرة"; recaptureNouns name it ("في أعقاب استعادة الجيش السوري
	// ... السيطرة"، "واستعادة الجيش السوري في أبريل السيطرة"), not its
	// purpose ("لاستعادة"), which is an operation under way.
	recaptureVerbs  = wordSet("استعادت استعاد واستعادت واستعاد")
	recaptureNouns  = wordSet("استعادة واستعادة")
	recaptureAfter  = wordSet("بعدما وبعدما بعد وبعد منذ عقب إثر")
	recaptureObject = wordSet("السيطرة سيطرتها سيطرته")
	// lebanonExitWords tell the Syrian army's 2005 withdrawal from Lebanon,
	// history in Lebanese stories: "في الذكرى الـ13 لانسحاب الجيش السوري
	// من لبنان"، "انسحبت القوات السورية من البلد المجاور في العام 2005".
	lebanonExitWords  = wordSet("انسحاب لانسحاب وانسحاب بانسحاب انسحبت انسحب وانسحبت")
	lebanonExitPlaces = wordSet("لبنان المجاور")
	// regimeSpokesmen are the regime's foreign minister, his deputy and
	// its UN envoy, whom the lexicon does not read as the regime ("المعلم"
	// is also a teacher): in the title they make the regime the story's
	// speaker (rul45c-2), "وليد المعلم: لا وجود عسكري لإيران بسوريا..
	// وعلى أمريكا الانسحاب من التنف".
	regimeSpokesmen = wordSet("المعلم المقداد الجعفري")
	// spokesmanWarWords in such a title make its subject the war: foreign
	// forces, withdrawal, terrorists (the militaryWords too). Without them
	// the spokesman does state business ("المعلّم يعدل القانون رقم 10").
	spokesmanWarWords = wordSet("عسكري العسكري عسكرية الانسحاب انسحاب بالانسحاب الإرهابيين إرهابيين الإرهاب إرهابيون")
)

// regimeBackdrop drops syrian-government from ids where the article tells
// no event, its title has none of the regime's spokesmen speaking of the
// war, and every mention of the regime that counts stands outside the
// title as the object of another's support or alliance
// (backdropSupported), as the agent of a past recapture
// (backdropRecapture), as the army that left Lebanon in 2005
// (lebanonExit) or as the holder of ground (regimeHolds, m62grp: "مشروع
// قانون أميركي يحظر المساعدات لمناطق سيطرة النظام السوري", in the title
// too, where the holder is the story's setting, rul45c-3(ii)).
func (l *lexicon) regimeBackdrop(toks []token, ms []mention, ids []string, aboutSyria bool, published time.Time) []string {
	if !slices.Contains(ids, "syrian-government") {
		return ids
	}
	spokesman, war := false, false
	for i := 0; i < len(toks) && toks[i].title; i++ {
		spokesman = spokesman || toks[i].has(regimeSpokesmen)
		war = war || toks[i].has(spokesmanWarWords) || toks[i].has(militaryWords)
	}
	if spokesman && war {
		return ids
	}
	cues := newArticleCues(aboutSyria, published)
	all := l.actorMentions(toks, ms, aboutSyria)
	seen := false
	for _, m := range all {
		if m.e.kind != kindActor || m.e.ids[0] != "syrian-government" {
			continue
		}
		if !l.actorCounts(toks, ms, m, &cues) {
			continue
		}
		holds := regimeHolds(toks, m)
		if toks[m.start].title && !holds {
			// The title names the regime in a role of its own; only
			// as the holder of ground is it the setting still.
			return ids
		}
		if !holds && !backdropSupported(toks, all, m) && !backdropRecapture(toks, m) && !lebanonExit(toks, m) {
			return ids
		}
		seen = true
	}
	if !seen {
		return ids
	}
	return slices.DeleteFunc(ids, func(id string) bool { return id == "syrian-government" })
}

// insideRegimeMention reports token j covered by a mention of the Syrian
// government: "بشار الأسد" after "الرئيس السوري" reads back through it.
func insideRegimeMention(ms []mention, j int) bool {
	for k := range ms {
		if ms[k].start <= j && j < ms[k].end && ms[k].e.kind == kindActor && ms[k].e.ids[0] == "syrian-government" {
			return true
		}
	}
	return false
}

// backdropSupported reports the regime mention m governed by a support
// word (backdropSupportWords) at most six words before it, with only
// fillers, the regime's other names or (after a support noun, not an ally
// word) the backer between ("حليفاً رئيسياً لرئيس النظام السوري بشار
// الأسد"، "دعم بلاده للنظام السوري"; "جانب" only after "إلى"), and no
// punctuation but between the regime's names; or the object of a support
// verb with "عسكريا" after it.
func backdropSupported(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	backer := false
	for j := m.start - 1; j >= 0 && j >= m.start-6 && toks[j].sent == s; j-- {
		if toks[j+1].gap && !(insideRegimeMention(ms, j) && insideRegimeMention(ms, j+1)) {
			// Punctuation ends the phrase ("بدعم روسيا، النظام
			// السوري يتقدم"), save between the regime's names in
			// apposition ("الرئيس السوري، بشار الأسد").
			return false
		}
		if toks[j].has(backdropLoyalWords) {
			return nearBefore(toks, j, 12, backdropSupportWords)
		}
		if toks[j].has(backdropSupportWords) {
			if backer && toks[j].has(backdropAllyWords) {
				return false
			}
			if toks[j].w == "جانب" {
				return j > 0 && toks[j-1].sent == s && toks[j-1].has(besideWords)
			}
			return true
		}
		if toks[j].has(backdropSupportVerbs) {
			return nearAfter(toks, m.end-1, 2, backdropMilitarily)
		}
		if toks[j].has(backdropBackers) {
			backer = true
			continue
		}
		if !toks[j].has(backdropFillers) && !insideRegimeMention(ms, j) {
			return false
		}
	}
	return false
}

// backdropRecapture reports the regime mention m as the agent of a
// recapture told as done: right after a recapture noun, or within two
// words after a recapture verb that "بعدما/بعد/منذ/عقب/إثر" opens, with
// "السيطرة" within six words after it.
func backdropRecapture(toks []token, m mention) bool {
	s := toks[m.start].sent
	if !nearAfter(toks, m.end-1, 6, recaptureObject) {
		return false
	}
	j := m.start - 1
	if j < 0 || toks[j].sent != s {
		return false
	}
	if toks[j].has(recaptureNouns) {
		return true
	}
	for ; j >= 0 && j >= m.start-2 && toks[j].sent == s; j-- {
		if toks[j].has(recaptureVerbs) {
			return nearBefore(toks, j, 2, recaptureAfter)
		}
	}
	return false
}

// lebanonExit reports the regime mention m right after a withdrawal word
// (one word between at most) with Lebanon or "البلد المجاور" within four
// words after it: the 2005 withdrawal, told as history.
func lebanonExit(toks []token, m mention) bool {
	return nearBefore(toks, m.start, 2, lebanonExitWords) && nearAfter(toks, m.end-1, 4, lebanonExitPlaces)
}

// regimeHolds reports the regime mention m as the holder of ground: heldBy's
// forms ("مناطق سيطرة النظام"، "المناطق الخاضعة لسيطرة الحكومة
// السورية"، "التي تسيطر عليها الحكومة السورية") or "تحت حكم" right before
// it ("للمناطق الواقعة تحت حكم النظام السوري").
func regimeHolds(toks []token, m mention) bool {
	if heldBy(toks, m) {
		return true
	}
	i := m.start
	return i >= 2 && !toks[i].gap && !toks[i-1].gap && toks[i-1].w == "حكم" && toks[i-2].w == "تحت"
}
