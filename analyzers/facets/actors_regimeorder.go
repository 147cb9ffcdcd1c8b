package facets

import "strings"

var (
	// orderAdjectives after a bare "النظام" make it an order or a system,
	// not the Syrian regime: "تهديد للنظام الدستوري للبلاد" (Ethiopia's state
	// of emergency), "الإخلال بالنظام العام" (an Egyptian indictment), "النظام
	// التجاري العالمي"، "النظام الغذائي"، "النظام الدولي"; or a regime that
	// fell, another country's ("مظاهرة مناصرة للنظام السابق" in Libya, "النظام
	// المخلوع"). Not "الحاكم" or "القائم", which are a ruling regime, nor
	// "الأمني" or "البعثي", which are as often Syria's own.
	orderAdjectives = wordSet("العام الدستوري الأساسي الداخلي المصرفي البنكي المالي النقدي الضريبي الاقتصادي التجاري " +
		"الاجتماعي الرأسمالي الشيوعي الاشتراكي الديمقراطي الغذائي الإلكتروني الآلي الرئاسي البرلماني القضائي القانوني " +
		"الانتخابي النسبي الدولي العالمي الإقليمي الصحي التعليمي التربوي البيئي الشمسي الفيدرالي الاتحادي الإداري " +
		"الملكي الجمهوري الجديد القديم المعمول السابق المخلوع البائد")
	// orderYearWords after "النظام العام" make "العام" the year: "سيطر
	// النظام العام الماضي على".
	orderYearWords = wordSet("الماضي الحالي الجاري المقبل القادم المنصرم نفسه ذاته")
)

// otherOrder reports a bare weak "النظام" (the Syrian government's
// one-word alias) that the adjective right after it makes an order or
// system (orderAdjectives) or another state's regime, a nationality the
// taxonomy has no force for ("النظام القطري"، "النظام السعودي"; the
// taxonomy's own, "النظام الإيراني", nationality reads). The Ethiopian
// cabinet's "تهديد للنظام الدستوري" beside "هجمات" made the Syrian army a
// party to a story that names no Syria (blind AL-internationalNews-34).
func otherOrder(toks []token, m mention) bool {
	if m.end >= len(toks) || toks[m.end].gap || toks[m.end].sent != toks[m.start].sent {
		return false
	}
	next := &toks[m.end]
	if next.has(otherNationalities) && !next.has(orderAdjectives) {
		return true
	}
	if !next.has(orderAdjectives) {
		return false
	}
	if next.w == "العام" && m.end+1 < len(toks) && toks[m.end+1].sent == next.sent {
		// "النظام العام الماضي"، "النظام العام 2016": the regime in a
		// year.
		after := &toks[m.end+1]
		if after.has(orderYearWords) || opensWithDigit(after.w) {
			return false
		}
	}
	return true
}

// "النظام" that means order or a system, not a regime. The bare word is a
// weak alias of the Syrian regime, and a force or security word near it
// made it one in any article: "قوات لفرض النظام مكونة من قوات مكافحة
// الإرهاب" of Iraq's army in Basra (aud39t's sample BB-middleEast-724),
// "قوات حفظ النظام" of the French and Moroccan riot police, "تستخدم قوات
// الطوارئ الخاصة في عمليات حفظ النظام" of the Saudi emergency force (five
// 2015 portraits of it), "ستتخذ كل الاجراءات اللازمة لحماية النظام العام"
// of Turkey, "المحافظة على الأمن والنظام"، "الإخلال بالنظام العام", and
// "النظام الغذائي" of a smartwatch. None of them names the Syrian regime,
// and no gold codes it there.
//
// The order is told by the word before (حفظ النظام، الأمن والنظام، القانون
// والنظام، قوات لفرض النظام: orderBefore) or by an adjective right after
// that makes the word a system (النظام العام، النظام المالي، النظام
// الغذائي: otherOrder's orderAdjectives, which keep "النظام العام الماضي"
// the regime in a year). "فرض النظام" alone is as often the regime imposing a siege
// ("وفرض النظام السوري حصارا"), so only a force noun before "لفرض" reads
// it as order; "استعادة النظام" is left to the other rules, since it as
// often restores the regime's rule.
//
// "المحافظة على النظام"، "الحفاظ على النظام" with the bare word keep order
// (orderKeepNouns): "وتساهم مع غيرها من القوات الأخرى بالمحافظة على
// النظام، خاصة في موسم الحج" in the Saudi emergency force's portraits
// (round 50's blind sample c, 2015-08-10-1281; round 38's and 49's
// 2015-08-09-1066), "لغرس القيم النبيلة والحفاظ على النظام" of a Mecca
// festival. Of the corpus's twenty such phrases none keeps the Syrian
// regime: a regime kept is named with its adjective ("الحفاظ على النظام
// السوري" is the lexicon's two-word name, which this never reads).

var (
	// orderKeepWords keep order: "حفظ النظام"، "لحفظ النظام"، "قوات حفظ
	// النظام".
	orderKeepWords = wordSet("حفظ")
	// orderPairWords stand before "والنظام" in the pairs of order: "الأمن
	// والنظام"، "القانون والنظام".
	orderPairWords = wordSet("الأمن الامن القانون")
	// orderImposeWords and orderForceNouns: "قوات لفرض النظام"، "قوة لفرض
	// النظام".
	orderImposeWords = wordSet("لفرض")
	orderForceNouns  = wordSet("قوات قوة قوه")
	// orderKeepNouns keep order two words before the bare word, "على"
	// between: "المحافظة على النظام"، "والحفاظ على النظام".
	orderKeepNouns = wordSet("المحافظة بالمحافظة والمحافظة للمحافظة الحفاظ بالحفاظ والحفاظ للحفاظ حفاظا")
)

// orderBefore reports a bare "النظام" (with its clitics) at m that the
// word before it makes order: "حفظ النظام"، "الأمن والنظام"، "قوات لفرض
// النظام"، "المحافظة على النظام".
func orderBefore(toks []token, m mention) bool {
	j := m.start - 1
	if j < 0 || toks[m.start].gap || toks[j].sent != toks[m.start].sent {
		return false
	}
	switch {
	case toks[j].has(orderKeepWords):
		return true
	case toks[j].has(orderPairWords):
		// Only "والنظام" pairs with the word before it.
		return strings.HasPrefix(toks[m.start].w, "و")
	case toks[j].has(orderImposeWords):
		return j > 0 && !toks[j].gap && toks[j-1].sent == toks[j].sent && toks[j-1].has(orderForceNouns)
	case toks[j].w == onWord:
		// "بالمحافظة على النظام"، "والحفاظ على النظام".
		return j > 0 && !toks[j].gap && toks[j-1].sent == toks[j].sent && toks[j-1].has(orderKeepNouns)
	}
	return false
}

// regimeWord is "النظام" as the lexicon loads it: the last word of the
// regime's force aliases "قوات النظام"، "جيش النظام"، "طيران النظام".
var regimeWord = normName("النظام")

// otherRegimeForce reports a force alias of the Syrian regime that ends on
// "النظام" and that the word right after it makes another state's regime
// or a fallen one, as otherOrder and the nationality check read the bare
// word: "ميليشيات الحوثي المتمردة وقوات النظام المخلوع" (Saleh's forces in
// Yemen, three 2015 stories), "العدوان الذي تشنه قوات النظام التركي على
// المدينة" (SANA on Afrin; the blind coding CN-middleEast-22 codes the
// popular forces and Turkey, the regime only as the militias' parent), "خلال احتلال قوات النظام السابق لصدام حسين" (Kuwait,
// 1990). Only the bare word was asked before; the force nouns made the
// alias strong, so the Syrian regime stood in Yemen's war. "قوات النظام
// السوري" keeps it (its own nationality).
func (l *lexicon) otherRegimeForce(toks []token, m mention) bool {
	e := m.e
	if len(e.words) < 2 || e.words[len(e.words)-1] != regimeWord || m.end >= len(toks) || toks[m.end].gap || toks[m.end].sent != toks[m.start].sent {
		return false
	}
	if id := l.nationality(toks[m.end].w); id != "" && id != e.ids[0] {
		return true
	}
	return otherOrder(toks, m)
}

// regimeOnlyNames are the words of a regime force's alias that say "the
// regime" and no more: "قوات النظام"، "ميليشيات النظام"، "الميليشيات
// الموالية للنظام". Looked up whole at one word only.
var regimeOnlyNames = plainWords("النظام للنظام")

// regimeWordAlias reports a force alias of the Syrian government or its
// militias (two words or more) whose only word of Syria's is "the regime"
// (regimeOnlyNames): localAlias counts that word as Syria's, which it is
// in a Syria story, but in a story that names neither Syria nor a Syrian
// place the regime is the land's own. The SPLM-N's statement in a Sudan
// story, "لقد تمكن الحلو وهيئة أركانه من هزيمة قوات وميليشيات النظام"
// (the pool's 2015-08-08-104), beat Khartoum's forces, not Damascus's.
// The bare "النظام" is left to otherOrder and the sentence: a Ghouta
// story may name no Syria word (blind CN-middleEast-190, coded). A Syrian
// word within three words of the mention says whose regime it is: "أدت
// إلى انسحاب جيش النظام السوري من لبنان" in a Hariri-tribunal story
// (blind AL-internationalNews-387), where the lexicon's "جيش النظام" ends
// before the adjective. Farther off it is a chant's ("إجبار قوات النظام
// على التراجع مرات عدة وسط هتافات المتظاهرين ... "أترك سوريا"" in Karaj,
// blind SK-internationalNews-2875).
func regimeWordAlias(toks []token, m mention) bool {
	e := m.e
	if len(e.words) < 2 || (e.ids[0] != "syrian-government" && e.ids[0] != "pro-government-militias") {
		return false
	}
	regime := false
	for _, w := range e.words {
		switch {
		case regimeOnlyNames[w]:
			regime = true
		case syriaNameWords[w]:
			return false
		}
	}
	return regime && !nearWord(toks, m.start, m.end, 3, syrianWords)
}
