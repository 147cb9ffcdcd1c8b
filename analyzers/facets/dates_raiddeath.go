package facets

import "strings"

// A death in an air raid that the title names, with no day in the lead:
// "مقتل المطلوب الرابع بقائمة الـ 36 للمملكة في غارة أمريكية على سوريا"،
// ""مقتل" الملا فضل الله زعيم حركة طالبان الباكستانية في غارة أمريكية"،
// "ليببا.. قتلى من داعش في غارة أميركية على بني وليد". Such a death is
// announced or confirmed after the raid, often days after it, and the
// raid noun is no news of the publication day: of the pool and blind gold
// articles whose only date was the title's raid noun (the news-of-the-day
// fallback), 4 are null and 3 an earlier day the text gives elsewhere
// ("منتصف يوم السبت"), none the publication day (m56date). Where the lead
// names the day, the raid is dated by it as before ("مقتل 20 شخصا على
// الأقل في غارة على حفل زفاف" over "الأحد"); where it counts the dead of
// the last hours ("قضوا خلال الـ24 ساعة الماضية"، "خلال الساعات الماضية"),
// the raids are the day's news and keep the publication day (the gold
// takes it for "غارات جديدة على إدلب ترفع حصيلة القتلى" over "في الساعات
// الـ24 الأخيرة").

var (
	// airRaidTitleNouns name an air raid in a title.
	airRaidTitleNouns = wordSet("غاره غارات")
	// raidDeathWords tell a death before the raid noun: the kill nouns
	// and verbs of a title and its counted dead ("قتلى من داعش").
	raidDeathWords = wordSet("مقتل مصرع قتل قتلى قتيل قتيلا استشهاد")
)

// raidDeathTitle reports a title raid noun at token at, written with ب or
// right after في, that a death word before it in the title makes the raid
// a death was told in: "مقتل … في غارة"، "قتلى … بغارة"; not when the lead
// counts the dead of the last hours (lastHoursTold).
func raidDeathTitle(toks []token, at int, lead map[int]bool) bool {
	if at < 1 || !toks[at].title || !toks[at].has(airRaidTitleNouns) {
		return false
	}
	if !strings.HasPrefix(toks[at].w, "ب") && toks[at-1].w != "في" {
		return false
	}
	for k := at - 1; k >= 0 && toks[k].title; k-- {
		if toks[k].has(raidDeathWords) {
			return !lastHoursTold(toks, lead)
		}
	}
	return false
}

// lastHoursTold reports hours told as just gone in a lead sentence:
// "خلال الساعات الماضية"، "خلال الـ24 ساعة الماضية"، "خلال الساعات الأربع
// والعشرين الماضية"، "في الساعات الـ24 الأخيرة".
func lastHoursTold(toks []token, lead map[int]bool) bool {
	for i := range toks {
		if toks[i].title || !lead[toks[i].sent] || toks[i].w != "الساعات" && toks[i].w != "ساعه" {
			continue
		}
		for j := i + 1; j <= i+4 && j < len(toks) && toks[j].sent == toks[i].sent; j++ {
			if toks[j].has(pastWords) || toks[j].w == "الاخيره" {
				return true
			}
		}
	}
	return false
}
