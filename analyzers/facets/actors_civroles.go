package facets

import "strings"

// Civilians words a neighbouring word makes something other than the war's
// victims, though a harm word stands in their sentence:
//
//   - armed people by their adjective: "أما المجزرة التي كانت النساء
//     الداعشيات يعتزمن القيام بها" (a cell of ISIS women that plotted a
//     massacre; holdout-25's gold codes no civilians)، "قتل أمس ثلاث نساء
//     مسلحات من عناصر مجموعة الخنساء". The adjective agrees with the
//     noun in definiteness ("النساء الداعشيات"، "أشخاص مسلحين"); a
//     definite word after an indefinite noun is its genitive, whose
//     people may be civilians ("أطفال المسلحين"، the gunmen's children).
//     One or two persons (the victim words) take the singular and dual
//     adjectives: "هاجمت امرأتان مسلحتان أمس القنصلية الأميركية في
//     إسطنبول" (2015-08-11-736: the attackers, under a story whose dead
//     are police), "فجر شخص انتحاري نفسه"، "امرأة انتحارية";
//   - a guard corps called civil, Spain's Guardia Civil: "للضحايا
//     المتورطين في ما تصفه بأنه نزاع، كالحرس المدني أو رجال الشرطة"
//     (ETA's statement; holdout-22 codes no civilians), "أو عناصر من
//     الشرطة أو حراس مدنيين";
//   - people praised for giving their lives: "ووجه السيسي التحية لأرواح
//     شهداء مصر ... ومن المواطنين الأبرياء الذين ضحوا بأرواحهم" (a
//     salute at a graduation; holdout-25 codes no civilians)، "شهداء
//     الكويت رجالا ونساء، الذين ضحوا بأرواحهم من أجل الوطن";
//   - people a service or a right is for, in the dative: "وتحقيق العيش
//     الكريم للمواطنين والمقيمين" (a cleric's call after the Asir bombing;
//     holdout-22 codes no civilians)، "بتلبية الاحتياجات الأساسية
//     للمواطنين";
//   - citizens an appeal addresses: "وأهاب السفير آل صالح بجميع المواطنين
//     الزائرين والطلاب المبتعثين بأهمية أخذ الحيطة والحذر" (an embassy's
//     advice after protests in Sydney; holdout-44 codes no actors),
//     "ودعت الوزارة المواطنين إلى". The audience of a call, not its harmed.

var (
	// armedAdjectivesDef and armedAdjectivesIndef name people as armed
	// or as militants, with and without the article. Not الجهاديين:
	// "أطفال جهاديين" are the children of jihadists as often.
	armedAdjectivesDef   = plainWords("المسلحين المسلحون المسلحات الداعشيات الدواعش الداعشيين الانتحاريات الإرهابيات الإرهابيين المتشددين المتشددات المتطرفين المتطرفات الجهاديات")
	armedAdjectivesIndef = plainWords("مسلحين مسلحون مسلحات داعشيات دواعش داعشيين انتحاريات إرهابيات إرهابيين متشددين متشددات متطرفين متطرفات جهاديات")
	// armedAdjectivesOne name one or two persons as armed or as attackers:
	// "هاجمت امرأتان مسلحتان أمس القنصلية الأميركية"، "فجر شخص انتحاري
	// نفسه"، "امرأة انتحارية". They follow the victim words (victimEntry),
	// which name one or two persons, and the definite ones stand after a
	// definite victim word ("المرأة المسلحة"، "المرأة الإرهابية").
	armedAdjectivesOne = plainWords("مسلح مسلحا مسلحة مسلحان مسلحتان مسلحتين انتحاري انتحاريا انتحارية انتحاريان انتحاريتان انتحاريتين إرهابي إرهابيا إرهابية إرهابيان إرهابيتان ملثم ملثما ملثمة ملثمان ملثمين" +
		" المسلح المسلحة الانتحاري الانتحارية الإرهابي الإرهابية الملثم")
	// guardNouns before "المدني"/"مدنيين" name a guard corps.
	guardNouns = wordSet("حرس الحرس حراس الحراس كالحرس")
	// civilWords are the civilians aliases that say "civil(ian)".
	civilWords = wordSet("مدني المدني مدنيين المدنيين مدنيون المدنيون مدنيا")
	// sacrificeVerbs with lifeNouns after them praise people who gave
	// their lives.
	sacrificeVerbs = wordSet("ضحوا ضحى ضحت ضحين بذلوا يضحون قدموا")
	lifeNouns      = wordSet("بأرواحهم أرواحهم بحياتهم حياتهم بأنفسهم أنفسهم بدمائهم دماءهم")
	// provisionWords before a dative civilians word make it whom a
	// service, a right or a livelihood is for.
	// appealVerbs urge, appeal to or advise: with a citizens word after
	// them they name whom a call addresses (appealedCitizens).
	appealVerbs    = wordSet("أهاب وأهاب أهابت وأهابت يهيب تهيب ويهيب وتهيب حث وحث حثت وحثت يحث تحث دعا ودعا دعت ودعت يدعو تدعو ويدعو وتدعو ناشد وناشد ناشدت وناشدت يناشد تناشد نصح ونصح نصحت ونصحت ينصح تنصح طالب وطالب طالبت وطالبت يطالب تطالب حذر وحذر حذرت وحذرت يحذر تحذر")
	provisionWords = wordSet("العيش الكريم الكريمة الحياة الاحتياجات احتياجات الخدمات خدمات الحقوق حقوق الحرية الكهرباء المياه الغذاء الرعاية توعية ملجأ مأوى السكن المعيشية المعيشة رفاهية رفاه راحة")
)

// armedPeople reports a civilians mention m that the adjective right after
// it names as armed men or militants, agreeing in definiteness.
func armedPeople(toks []token, m mention) bool {
	if m.end >= len(toks) || toks[m.end].gap || toks[m.end].sent != toks[m.start].sent {
		return false
	}
	w := toks[m.end].w
	if m.e == victimEntry && armedAdjectivesOne[w] {
		// "امرأتان مسلحتان"، "شخص انتحاري": one or two attackers, not
		// the people an attack hurt. A definite adjective after an
		// indefinite noun is its genitive ("طفل الانتحاري", the bomber's
		// child).
		return strings.HasPrefix(w, "ال") == strings.HasPrefix(toks[m.start].w, "ال")
	}
	if strings.HasPrefix(m.e.words[len(m.e.words)-1], "ال") {
		return armedAdjectivesDef[w]
	}
	return armedAdjectivesIndef[w]
}

// guardCorps reports a civil word right after a guard noun: "الحرس
// المدني"، "حراس مدنيين".
func guardCorps(toks []token, m mention) bool {
	i := m.start
	return m.end == i+1 && toks[i].has(civilWords) && i > 0 && !toks[i].gap && toks[i-1].sent == toks[i].sent && toks[i-1].has(guardNouns)
}

// gaveTheirLives reports a sacrifice verb within four words after m with a
// life noun right after it: the people are praised, not reported harmed.
func gaveTheirLives(toks []token, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < m.end+4 && j+1 < len(toks) && toks[j+1].sent == s; j++ {
		if toks[j].has(sacrificeVerbs) && toks[j+1].has(lifeNouns) {
			return true
		}
	}
	return false
}

// providedFor reports a civilians mention written with the dative ل
// ("للمواطنين") with a provision word within the two words before it, no
// punctuation between.
func providedFor(toks []token, m mention) bool {
	i := m.start
	if !strings.HasPrefix(toks[i].w, "ل") {
		return false
	}
	return clauseBefore(toks, i, 2, provisionWords)
}

// appealedCitizens reports a citizens word with an appeal verb within five
// words before it in its clause and no harm word between: "وأهاب السفير آل
// صالح بجميع المواطنين"، "دعت الوزارة المواطنين". A harm word between
// makes them the call's subject's victims ("دعا إلى وقف قتل المواطنين").
func appealedCitizens(toks []token, m mention) bool {
	if !citizenWords[m.e.words[0]] {
		return false
	}
	i := m.start
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].sent == toks[i].sent && !toks[j+1].gap; j-- {
		if toks[j].has(harmWords) || toks[j].has(victimHarmWords) {
			return false
		}
		if toks[j].has(appealVerbs) {
			return true
		}
	}
	return false
}
