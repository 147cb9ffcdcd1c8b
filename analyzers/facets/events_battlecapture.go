package facets

import "strings"

// A capture in Yemen's war by the Houthis' foes is part of the battle, not
// an arrest: "تقدمت المقاومة الشعبية على جبهات جنوب مديرية كريتر وألقت
// القبض على 72 عنصراً من الحوثيين"، "المقاومة تمكنت من اعتقال 35 من مسلحي
// الميليشيات الذين حاولوا التسلل"، "القوات اليمنية المشتركة اعتقلت 35
// مسلحا من ميليشيات الحوثي في جبهة التحيتا"، "ألقى رجال المقاومة الشعبية
// القبض على ضابط إيراني، في قاعدة العند"، "تم القبض على عدد من القيادات
// الحوثية خلال تحرير عدن". Round 66's ruling rul66f-1: fighters or soldiers
// captured in battle take no arrests (and no abduction: they are
// combatants), whoever the captor and whatever the verb; a detention by
// state forces in a raid, a search or at a checkpoint outside the fighting
// stays arrests (the ruling's kind (d): "نقطة تفتيش تابعة للمقاومة الشعبية
// في تعز ألقت القبض ... على قيادي حوثي").
//
// Counted (round 66's m66cap) over the pool and blind gold articles where
// rasid typed arrests, the construction read here — in a story that names
// the Houthis, an arrest word not the Houthis' own (houthiDetention reads
// those first) whose captor is one of the Houthis' foes (captorFoes:
// المقاومة، الشرعية، التحالف; before it in its sentence, or right after it
// as a verbal noun's agent) or whose object within capturedReach words is
// fighters or their leaders of the Houthis ("عنصراً من الحوثيين"), with no
// civilian role after it and no checkpoint, police or security word in the
// sentence — stands at every
// arrests span of 8 articles, none coding arrests (pool 3, blind 5); the one
// coded article with such a capture is the checkpoint above, which the
// guard keeps. Taken wider, with any captor (an army's "قتل 31 مسلحا واعتقل
// 171 اخرين خلال اشتباكات"، Egypt's and Nigeria's operations), the golds
// split (coded 8, not 5 over pool and blind): the wider reading is left.
var (
	// capturedFighters are the captives a battle capture names after its
	// word, beside fighterWords: members, leaders, an
	// officer, a rebel, counted in the accusative ("72 عنصراً"، "35
	// مسلحا"). Looked up whole at one word (formIn): no word set.
	capturedFighters = plainWords("عنصرا عناصر عنصر العناصر قيادي القيادي قياديا قيادات القيادات قائد القائد " +
		"ضابط ضابطا الضابط مسلحا مقاتلا المتمرد المتمردين متمردين")
	// captureOutsideBattle are the words of a detention outside the
	// fighting in a capture's sentence: a checkpoint, the police, the
	// security services, the interior ministry (the ruling's kind (d)).
	// Looked up whole at one word, beside authorityWords.
	captureOutsideBattle = plainWords("تفتيش التفتيش حاجز الحاجز الامن امن الداخلية")
	// captorFoes are the Houthis' foes that take captives in their
	// battle: the resistance, the legitimacy's forces, the coalition
	// (houthiFoes without هادي, as often a man's first name: "السعودي
	// هادي قطيم الشيباني، زعيم خلايا «داعش» ... التي أعلنت وزارة
	// الداخلية السعودية القبض عليها"). Looked up whole at one word.
	captorFoes = plainWords("المقاومة مقاومة الشرعية التحالف")
)

const (
	// capturedReach is how far after the arrest word its captives are
	// read: "تم القبض على عدد من القيادات الحوثية" puts three words
	// between.
	capturedReach = 6
	// houthiOfReach is how far after the captives the Houthis are named
	// as theirs: "35 مسلحا من ميليشيات الحوثي"، "القيادي الميداني الحوثي".
	houthiOfReach = 3
	// foeAgentReach is how far after a verbal noun its agent, the
	// Houthis' foe, is read: "اعتقال رجال المقاومة".
	foeAgentReach = 2
)

// battleCapture reports the arrest word at i..end as a capture in Yemen's
// battle by the Houthis' foes (see above). Asked only of an arrest trigger
// that houthiDetention left, in a story that names the Houthis.
func battleCapture(toks []token, i, end int) bool {
	if !houthiStory(toks) {
		return false
	}
	s := toks[i].sent
	foe := false
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(authorityWords) || formIn(&toks[j], captureOutsideBattle) {
			return false
		}
		// The foe before the word is its captor ("تقدمت المقاومة الشعبية
		// ... وألقت القبض")، or right after it the verbal noun's agent
		// ("اعتقال قوات المقاومة عشرات المسلحين"); further on it is as
		// often the charge of a Houthi detention ("بتهمة ... موالاة
		// الحكومة الشرعية والعمل مع التحالف").
		foe = foe || (j < i || j >= end && j < end+foeAgentReach) && formIn(&toks[j], captorFoes)
	}
	if nearAfter(toks, end-1, capturedReach, detainedRoles) {
		// Civilians taken ("نددت باعتقال الصحفيين"، "احتجز مسلحو
		// الحوثي الصحافي والأديب"): no fighters.
		return false
	}
	for j := end; j < len(toks) && j < end+capturedReach && toks[j].sent == s; j++ {
		// Not a nominative (مسلحو، المقاتلون): the verb's subject, the
		// captor, not the captives.
		w := toks[j].w
		if (toks[j].has(fighterWords) && !strings.HasSuffix(w, "و") && !strings.HasSuffix(w, "ون") || formIn(&toks[j], capturedFighters)) &&
			(foe || nearAfter(toks, j, houthiOfReach, houthiNames)) {
			return true
		}
	}
	// The captives unnamed there, the foe's capture is still of fighters
	// in its story: "استطاعت تعقبهم واعتقالهم"، "على المتمرد عبدالعزيز
	// حبتور" eight words on.
	return foe
}
