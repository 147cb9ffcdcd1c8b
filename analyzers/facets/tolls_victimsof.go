package facets

import "strings"

// A toll told by "راح ضحيته": "تبنى تنظيم داعش الأحد، الهجوم الذي استهدف
// مبنى حكوميا في أفغانستان، وراح ضحيته 15 شخصا" (15)، "التفجير الإرهابي
// الذي استهدف المسجد وراح ضحيته 15 رجل أمن و3 عمال" (18)، "وآخرها كان
// مساء اليوم الاثنين وراح ضحيتها اثنان من الجنود" (2). The phrase is no
// kill word of findTolls, so only a figure of the dead nouns after it
// ("راح ضحيتها 57 قتيلا") was read, and "15 شخصا"، "اثنان من الجنود" were
// lost. Joined to و, opening its sentence or in the title it is the
// sentence's own verb and tells the news; bare inside a sentence it is a
// relative clause about an event the story only names ("صالة عزاء باليمن
// في أكتوبر العام 2016 والتي راح ضحيتها 155 شخصا"، "هجوم على ملهى ليلي
// في إسطنبول في أول يناير 2017 راح ضحيته 39 شخصا"), as
// victimsClauseBefore has it, and stays unread.

// maxVictimsOfPara is the last paragraph where "وراح ضحيته" is read: the
// lead and the paragraph after it ("وآخرها كان مساء اليوم الاثنين وراح
// ضحيتها اثنان من الجنود" in the second). Further down it tells the
// series or the earlier attack the news is set beside: "بسلسلة تفجيرات
// شهدتها أوستن على مدى الأسبوعين الماضيين، وراح ضحيتها شخصان" under "انفجار
// جديد في تكساس" (blind SK-internationalNews-464, coded none), "تعرضت
// لهجوم انتحاري مماثل مطلع مارس الماضي، راح ضحيته 3 جنود".
const maxVictimsOfPara = 2

// victimsOfTold reports token i a victims' pronoun (ضحيته، ضحيتها،
// ضحيتهم) after "راح" or "ذهب" that tells the news: the verb joined to و,
// opening its sentence or in the title (newsClause), in the first
// maxVictimsOfPara paragraphs, and no condemnation before it in its
// sentence. A condemnation's object is the attack, whose victims the
// clause tells — "استنكرت سفارة خادم الحرمين الشريفين ... حادث التفجير
// الإرهابي الذي وقع صباح الثلاثاء الماضي ... وراح ضحيته اثنين من رجال
// الشرطة"، "عن قلق المملكة البالغ وإدانتها الشديدة للهجوم الكيماوي ...
// وراح ضحيته عشرات المدنيين": the news is the reaction, which the coders
// give no toll (rul46c-2), and the clause is left unread as on main. The
// figure after the pronoun is read as after a kill word.
func victimsOfTold(toks []token, i int) bool {
	if i == 0 || !strings.HasPrefix(toks[i].w, "ضحيت") || toks[i-1].sent != toks[i].sent || toks[i].para > maxVictimsOfPara {
		return false
	}
	switch toks[i-1].w {
	case "وراح", "وذهب":
	case "راح", "ذهب":
		if !newsClause(toks, i-1) {
			return false
		}
	default:
		return false
	}
	if i+1 < len(toks) && toks[i+1].has(vagueTolls) {
		// "الزلزال الذي ضرب البلاد في عام 2010، وراح ضحيته عشرات الآلاف":
		// no count, and as often an older event's.
		return false
	}
	st := sentStart(toks, i)
	switch stripWa(toks[st].w) {
	case "كان", "كانت", "كانوا":
		// "وكان المتوفون قد رحلوا ... جراء حادثة الطائرة ... وراح ضحيتها
		// ثلاثة أشخاص": the pluperfect tells the background.
		return false
	}
	said := false
	for j := st; j < i-1; j++ {
		if toks[j].has(reactionWords) || toks[j].has(reactionNouns) {
			return false
		}
		if w := stripWa(toks[j].w); toks[j].has(speakerVerbs) || saidThat.contains(w) {
			// A speaker's verb or the أن / بأن / إن of reported words.
			said = true
		} else if said && toks[j].has(relativePronouns) {
			// "أكد عسكريون ان العمل الارهابي الذي وقع في مسجد ... وراح
			// ضحيته 10 افراد"، "أبلغ «الجزيرة» أمير منطقة عسير بأن المنطقة
			// ... لم يؤثر عليها العمل الجبان الذي شهده مسجد ... وذهب
			// ضحيته": the attack a speaker talks about, its victims in
			// its relative clause.
			return false
		}
	}
	return true
}
