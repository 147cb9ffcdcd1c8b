package facets

import (
	"unicode"
	"unicode/utf8"
)

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
		if after.has(orderYearWords) || startsWithDigit(after.w) {
			return false
		}
	}
	return true
}

// startsWithDigit reports a word that begins with a digit of any script.
func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}
