package facets

// Iran's military role named in the body only as a demand, a goal or a
// speaker's charge (fol45b, ruling rul45b-1 of round 45).
//
// The ruling codes iran where the title or the lead gives Iran a military
// role, or where any sentence states as fact that its forces or militias
// are in a war, fight or were struck. Outside the title and the lead it
// does not code Iran whose forces appear only as what someone demands or
// aims at ("وتضمنت شروط بومبيو سحب طهران جميع قواتها من سوريا"، "وسنبقى
// مركزين على ضمان انسحاب القوات الإيرانية ووكلائهم"، "ويريد ترامب أن
// تستخدم روسيا نفوذها ... لدفع القوات الإيرانية ... إلى الخروج من
// البلاد"), or as a named speaker's accusation or condemnation ("واتهم
// نتانياهو طهران بنشر ميليشيات شيعية ... بقيادة إيرانية"، "يشن حملة شعواء
// على إيران، متهما إياها برعاية الإرهاب"). Such a mention counts for
// nothing; another mention of Iran that states its role as fact still
// codes it, and the title and the two lead sentences are never read so.
//
// Not read here: the reason for a decision (ruling's form ii), whose
// wording varies too much to tell from the role's own sentence.

var (
	// iranWithdrawWords name a withdrawal, an expulsion or an end of a
	// presence: "سحب طهران"، "انسحاب القوات الإيرانية"، "إلى الخروج".
	iranWithdrawWords = wordSet("انسحاب الانسحاب سحب إخراج خروج الخروج إنهاء طرد إبعاد تنسحب ينسحب")
	// iranDemandWords make the withdrawal a demand, a condition or a goal.
	iranDemandWords = wordSet("ضمان شروط شرط شرطا الشروط يطالب تطالب طالب طالبت مطالبة المطالبة مطالب يدعو تدعو دعا دعت دعوة يريد تريد نريد أراد يجب ينبغي ضرورة هدف الهدف أولوية أولويات لدفع يسعى تسعى نسعى يصر تصر أصر")
	// iranRefusalVerbs after "لن" refuse Iran a role: "لن تسمح لإيران
	// بترسيخ وجودها العسكري في سوريا"، "لن تقبل بأن تتمركز ... إيران
	// عسكريا في سوريا" — a goal, as the ruling's form i.
	iranRefusalVerbs = wordSet("تسمح نسمح يسمح تقبل نقبل يقبل")
	iranNegations    = wordSet("لن")
	// iranChargeVerbs before the mention make it a speaker's charge: "واتهم
	// نتانياهو طهران بنشر"، "ندد بالدعم العسكري الإيراني".
	iranChargeVerbs = wordSet("اتهم اتهمت يتهم تتهم ندد نددت يندد تندد")
	// iranNameWords and iranRoleWords in the title or the lead give Iran a
	// role there (the ruling's case a), which the body's demand or charge
	// repeats: "نتنياهو: إيران ... وتجلب أسلحة خطرة إلى سوريا"، "رفضت
	// سوريا الدعوات لسحب إيران وميليشيا حزب الله اللبنانية قواتهما".
	iranNameWords = wordSet("إيران ايران طهران الإيراني الايراني الإيرانية الايرانية إيراني إيرانية الإيرانيين الايرانيين")
	iranRoleWords = wordSet("أسلحة الأسلحة سلاح صواريخ الصواريخ قوات القوات قواتها قواتهما قواتهم ميليشيات الميليشيات مليشيات المليشيات ميليشياتها الحرس فيلق عسكري العسكري عسكرية العسكرية العسكريين مستشارين قواعد")
	// iranLaunchWords name rockets launched: "اتهمت إسرائيل إيران بإطلاق
	// صواريخ من سوريا على هضبة الجولان".
	iranLaunchWords = wordSet("إطلاق بإطلاق بإطلاقها إطلاقها أطلقت أطلق أطلقوا")
	// iranChargeParticiples after the mention make it one too: "على إيران،
	// متهما إياها برعاية الإرهاب".
	iranChargeParticiples = wordSet("متهما متهمة متهمين متهمًا")
)

// iranBodyDemandOrCharge reports an Iran mention outside the title and the
// lead, in an article whose title and lead do not name both Iran and a
// force or arms word, that is only the object of a demanded withdrawal (a withdrawal word
// within three words before it, or within six after it, in a sentence
// with a demand word) or of a speaker's charge (a charging verb within
// eight words before it in its sentence, or a charging participle within
// three after it, in a sentence that tells of no attack, strike or launch).
func iranBodyDemandOrCharge(toks []token, m mention, lead map[int]bool) bool {
	if toks[m.start].title || lead[toks[m.start].sent] {
		return false
	}
	if titleLeadHas(toks, lead, iranNameWords) && titleLeadHas(toks, lead, iranRoleWords) {
		// The title or the lead names Iran and a force or arms: the
		// role is the article's (CN-middleEast-839's Netanyahu title).
		return false
	}
	if sentenceHas(toks, m.start, iranDemandWords) && (nearBefore(toks, m.start, 3, iranWithdrawWords) || nearAfter(toks, m.end-1, 6, iranWithdrawWords)) {
		return true
	}
	for j := m.start - 1; j >= 1 && j >= m.start-6 && toks[j].sent == toks[m.start].sent; j-- {
		if toks[j].has(iranRefusalVerbs) && toks[j-1].has(iranNegations) {
			return true
		}
	}
	if sentenceHas(toks, m.start, harmWords) || sentenceHas(toks, m.start, opNouns) || sentenceHas(toks, m.start, attackWords) ||
		sentenceHas(toks, m.start, strikeVerbs) || sentenceHas(toks, m.start, iranLaunchWords) {
		// "اتهم نتانياهو إيران بتجاوز خط أحمر بإطلاقها ... صواريخ"،
		// "نددت بهجمات إيران على مواقع لجيش الاحتلال": an attack charged
		// to Iran is an event, which the event rules decide (the ruling
		// leaves a state's part in a reported event to them).
		return false
	}
	return nearBefore(toks, m.start, 8, iranChargeVerbs) || nearAfter(toks, m.end-1, 3, iranChargeParticiples)
}

// Words of influence or conduct alone give Iran no military role, wherever
// they stand (ruling rul45b-1's last clause): "ما قد يتيح المجال لتنامي نفوذ
// روسيا وإيران"، "داعين روسيا وإيران لاستخدام نفوذهما للحيلولة دون وقوع أي
// هجوم كيماوي".

// iranInfluenceWords name an influence or a conduct.
var iranInfluenceWords = wordSet("نفوذ النفوذ نفوذها نفوذهما نفوذهم لنفوذ بنفوذ تدخلات التدخلات سلوك سلوكها أنشطة أنشطتها العبث زعزعة مصالح مصالحهم")

// iranInfluenceOnly reports an Iran mention with an influence word within
// three words of it, in a sentence that holds no military, harm, operation
// or strike word (warlessInfluence) nor an Iranian force or arms
// (iranRoleWords).
func iranInfluenceOnly(toks []token, m mention) bool {
	if !nearWord(toks, m.start, m.end, 3, iranInfluenceWords) {
		return false
	}
	return warlessInfluence(toks, m.start) && !sentenceHas(toks, m.start, iranRoleWords)
}

// warlessInfluence reports the sentence of token i holding no military,
// harm, operation or strike word, the sentence where an influence named is
// only an influence: iranInfluenceOnly asks it of Iran's wider influence
// words (and no Iranian force or arms), influenceOwner of any owner's
// influence noun.
func warlessInfluence(toks []token, i int) bool {
	return !sentenceHas(toks, i, militaryWords) && !sentenceHas(toks, i, harmWords) && !sentenceHas(toks, i, opNouns) &&
		!sentenceHas(toks, i, strikeVerbs)
}

// influenceNouns govern the owner of an influence right after them:
// "لتنامي نفوذ روسيا"، "بزيادة نفوذ حزب الله".
var influenceNouns = wordSet("نفوذ لنفوذ بنفوذ ونفوذ")

// influenceOwner reports a mention right after an influence noun
// (influenceNouns), in a sentence that holds no military, harm,
// operation or strike word: the owner of an influence, which ruling
// rul45b-1's last clause gives no military role, whoever owns it (m56afp;
// iranInfluenceOnly reads Iran's wider words).
func influenceOwner(toks []token, m mention) bool {
	i := m.start
	if i == 0 || toks[i].gap || toks[i-1].sent != toks[i].sent || !toks[i-1].has(influenceNouns) {
		return false
	}
	return warlessInfluence(toks, i)
}
