package facets

import (
	"slices"
	"time"
)

// Round 48's rul48b-2 (testdata/adjudication/README.md): in an Iraqi
// political, economic or social story that tells no event of its own
// time, ISIS, the Iraqi forces and the PMF named only in the finished war's
// background are no parties. "أول انتخابات في العراق منذ هزيمة داعش العام
// الماضي"، "انهار في 2014 عندما فر الجيش العراقي من الشمال أمام تقدم متشددي
// تنظيم داعش"، "الموصل ... التي استعادت القوات النظامية السيطرة عليها العام
// الماضي"، "قوات الحشد الشعبي التي لعبت دورا رئيسيا في دعم القوات الأمنية
// لدحر تنظيم داعش": the war's end as a time marker, ISIS's 2014 sweep as a
// cause, a past recapture describing a place, a list's fighting record.
// It is regimeBackdrop's test (actors_regimebackdrop.go) for Iraq's war,
// which Iraq declared won in December 2017: a story published before 2018
// tells a war under way, and is left. Any mention of them outside such a
// background (ISIS's cells now, the forces dispersing a protest, a raid)
// keeps them, and so does a title that names them or tells of fighting:
// the story is then about the war or its forces.

var (
	// iraqWarPastWords date a sentence's naming of ISIS, the Iraqi forces
	// or the PMF to the finished war: its defeat or end ("منذ هزيمة داعش"،
	// "لدحر تنظيم داعش"، "وبعد طرد تنظيم داعش"، "بعد إعلان انتهاء الحرب"),
	// ISIS's sweep ("بسبب اجتياح تنظيم داعش"، "بعد أن سيطر تنظيم الدولة على
	// ثلث أراضي العراق"), a recapture done ("استعادت القوات النظامية
	// السيطرة"، "وانتزع الأكراد السيطرة ... من يد داعش"، "قبل أن يستعيده
	// الجيش العراقي"), a part played ("ولعبت منظمة بدر ... دورا كبيرا في
	// المعركة"), and "الماضي/الماضية" of a year or years gone. The
	// defined "الهزيمة" too ("وضمان استقراره بعد الهزيمة العسكرية لتنظيم
	// داعش", round 63's m63isis).
	iraqWarPastWords = wordSet("هزيمة بهزيمة وهزيمة هزيمته هزيمتها الهزيمة بالهزيمة والهزيمة دحر لدحر ودحر بدحر طرد وطرد بطرد " +
		"اجتياح باجتياح واجتياح اجتاح واجتاح انتهاء بانتهاء نهاية الانتصار بالانتصار انتصار " +
		"تحرير بتحرير وتحرير استعادة باستعادة واستعادة استعادت استعاد واستعادت واستعاد يستعيده استعادته استعادتها " +
		"انتزع وانتزع سيطر وسيطر احتلال باحتلال لعبت ولعبت الماضي الماضية الماضيين")
	// iraqWarPastAfter, right after "بعد", tell the war as past: "بعد حرب
	// ناجحة ضد تنظيم داعش".
	iraqWarPastAfter = wordSet("حرب الحرب المعركة المعارك الحروب")
	// iraqAfterWords open that "بعد" ("في أعقاب الحرب مع داعش"، "وبطء
	// وتيرة إعادة الإعمار عقب الحرب مع داعش").
	iraqAfterWords = wordSet("بعد وبعد أعقاب عقب وعقب")
	// iraqWarLatest, right after a word of war, make it the war just
	// ended: "وجاءت المعارك الأخيرة مع داعش لتزيد الامور سوءا".
	iraqWarLatest = wordSet("الأخيرة")
	// iraqWarNowWords in a sentence make the war, or ISIS's threat, a
	// thing of the article's time however it is dated: "بحثا تسريع الحملة
	// لهزيمة فلول تنظيم داعش"، "في الحملة التي تستهدف دحر تنظيم داعش"،
	// "وهدد تنظيم الدولة الإسلامية، الذي سيطر على ثلث أنحاء العراق عام
	// 2014، بشن هجمات قبل الانتخابات".
	iraqWarNowWords = wordSet("فلول الحملة حملة تسريع مواصلة خلايا خلية هدد وهدد يهدد تهدد تهديد تهديدات تهديدا")
	// iraqWarVictimWords in the title or lead make ISIS's victims the
	// story's subject (rul48b-2 leaves them): the Yazidi Nadia Murad's
	// Nobel, "نجت من الاستعباد الجنسي على يد تنظيم داعش".
	iraqWarVictimWords = wordSet("الإيزيدية الأيزيدية إيزيدية أيزيدية الايزيدية ايزيدية الإيزيديين الأيزيديين إيزيديين أيزيديين الايزيديين " +
		"الإيزيديات الأيزيديات إيزيديات أيزيديات سبايا السبايا الاستعباد")
	// iraqWarYearWords date a recapture to a year gone: "العام الماضي"
	// (with a year in digits, iraqWarDated).
	// The same words as lastWords (actors_background.go): the set is shared
	// (a set bit spared, see maxWordSets).
	iraqWarYearWords = lastWords
)

// iraqWarEnd is the first day after Iraq declared its war on ISIS won
// (9 December 2017): stories published from 2018 tell it as finished.
var iraqWarEnd = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)

// iraqWarBackdrop drops isis, iraqi-forces and the PMF (iraqi-forces'
// children) from ids where the article tells no event (its caller's
// test), was published from 2018, says Iraq in its title or lead, names
// none of them and no fighting in its title, names no Yazidi victims of
// ISIS in its title or lead (iraqWarVictimWords), and every mention of them
// that counts sits in a sentence that tells the finished war as past
// (iraqWarPast) and tells no campaign, cell or threat of now
// (iraqWarNowWords), or, for the Iraqi forces and the PMF, in a sentence of
// no fighting and no harm at all (the PMF's candidates leaving their
// posts "للانخراط في السياسة"). All three go together or none: one of
// them acting now makes the war part of the story. The coalition goes
// with them when it too is named only there ("منذ هزيمة داعش العام
// الماضي على يد قوات عراقية مدعومة من تحالف تقوده الولايات المتحدة",
// rul48b-3's background).
//
// dated is set where the article's one event is a recapture and no toll
// (the caller's test): the recapture is then the past one that describes
// a place ("الموصل ... التي استعادت القوات النظامية السيطرة عليها العام
// الماضي"، "قبل أن يقوم الجيش العراقي باستعادة الجامع في عملية تحرير
// الموصل عام 2017"), and only a sentence dated to a year gone
// (iraqWarDated) is background: "استعادت" alone is as often today's
// recapture.
func (l *lexicon) iraqWarBackdrop(toks []token, ms []mention, ids []string, aboutSyria bool, published time.Time, dated bool) []string {
	target := func(id string) bool { return id == "isis" || id == "coalition" || l.under(id, "iraqi-forces") }
	if !slices.ContainsFunc(ids, target) || published.IsZero() || published.Before(iraqWarEnd) {
		return ids
	}
	iraq := false
	for i := 0; i < len(toks) && toks[i].para <= 1; i++ {
		if toks[i].title && (toks[i].has(militaryWords) || toks[i].has(fightWords)) || toks[i].has(iraqWarVictimWords) {
			return ids
		}
		iraq = iraq || toks[i].has(iraqWords)
	}
	if !iraq {
		return ids
	}
	cues := newArticleCues(aboutSyria, published)
	all := slices.Concat(l.actorMentions(toks, ms, aboutSyria), iraqFactionMentions(toks, ms))
	seen := false
	for _, m := range all {
		if m.e.kind != kindActor || !target(m.e.ids[0]) {
			continue
		}
		if !l.actorCounts(toks, ms, m, &cues) {
			continue
		}
		if toks[m.start].title {
			return ids
		}
		if sentenceHas(toks, m.start, iraqWarNowWords) {
			return ids
		}
		if dated && iraqWarDated(toks, m, published.Year()) || !dated && iraqWarPast(toks, m, published.Year()) {
			seen = true
			continue
		}
		if !dated && m.e.ids[0] != "isis" && m.e.ids[0] != "coalition" && !sentenceHas(toks, m.start, militaryWords) && !sentenceHas(toks, m.start, fightWords) &&
			!sentenceHas(toks, m.start, harmWords) && !sentenceHas(toks, m.start, militiaWarWords) {
			continue
		}
		return ids
	}
	if !seen {
		return ids
	}
	return slices.DeleteFunc(ids, target)
}

// iraqWarPast reports the sentence of mention m telling the war as past: a
// word of iraqWarPastWords, "بعد" right before a word of war, or a year
// before the publication's written in digits.
func iraqWarPast(toks []token, m mention, year int) bool {
	s := toks[m.start].sent
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		t := &toks[j]
		if t.has(iraqWarPastWords) {
			return true
		}
		if t.has(iraqAfterWords) && j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(iraqWarPastAfter) {
			return true
		}
		if t.has(iraqWarPastAfter) && j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(iraqWarLatest) {
			return true
		}
		if n, ok := digits(t.w); ok && isYear(n) && n < year {
			return true
		}
	}
	return false
}

// iraqWarDated reports the sentence of mention m dated to a year before
// the publication's: a year in digits, or "الماضي" ("العام الماضي").
func iraqWarDated(toks []token, m mention, year int) bool {
	s := toks[m.start].sent
	for j := sentStart(toks, m.start); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(iraqWarYearWords) {
			return true
		}
		if n, ok := digits(toks[j].w); ok && isYear(n) && n < year {
			return true
		}
	}
	return false
}
