package facets

import "strings"

// houthiDetention reports an arrest word at i whose agent is Yemen's
// Houthis: "نفذت ميليشيات الحوثي حملة اعتقالات واسعة شملت العشرات من شباب
// مدينة الحديدة"، "أن الحوثيين نصبوا العديد من نقاط التفتيش ...
// واعتقلوا العديد من المسافرين"، "وأعلن الانقلابيون حالة الطوارئ ...
// ونفذوا حملة اعتقالات ضد ناشطين"، "اعتقال وقمع حوثي لمحتجين". Round 46's
// ruling rul46d-1 types the Houthis' detentions, whatever the verb, as
// abduction-forced-disappearance and not arrests: the taxonomy gives them
// no state role (holdout15 Q51, holdout18 Q70, holdout43 Q28). The agent
// is the nearest agent word before the arrest word in its sentence (a
// chain of verbs keeps its first subject), or a nominative Houthi name
// right after it ("اعتقلت الميليشيات الحوثية"، "اعتقال وقمع حوثي"). The
// generic names (الميليشيات، المتمردون، الانقلابيون) count only in a story
// that names the Houthis. A state force nearer ("ألقت قوات الأمن القبض
// على خلية حوثية"), a passive ("خلية حوثية تم ضبطها") or a Houthi name in
// the genitive or accusative after the word ("اعتقال الحوثيين"، the
// Houthis arrested) leave the arrest. Saleh's forces, the Houthis' allies,
// are their agent and no state force ("ميليشيا الحوثي وقوات صالح تكثف من
// عمليات اعتقال معارضيها", see salehForce).
func houthiDetention(l *lexicon, toks []token, actorAt []string, i int) bool {
	if !houthiStory(toks) {
		return false
	}
	s := toks[i].sent
	if i+1 < len(toks) && toks[i+1].sent == s && toks[i].has(pastArrestVerbs) && toks[i+1].has(houthiSubjects) {
		// The verb's subject right after it: "اعتقلت الميليشيات الحوثية".
		// Not a name after a noun ("اعتقال عبد الخالق الحوثي"، "القبض على
		// قيادي حوثي"): the Houthi arrested.
		return true
	}
	if toks[i].title {
		// A title's words are one unit: "الحوثيون.. انهيار وفرار وحملة
		// اعتقالات بصنعاء".
		for k := 0; k < len(toks) && toks[k].title; k++ {
			if toks[k].has(arrestingForce) && !salehForce(toks, k) {
				return false
			}
		}
		for j := 0; j < i; j++ {
			if toks[j].has(houthiAgents) {
				return true
			}
		}
	}
	if nearBefore(toks, i, 2, houthiPassive) {
		return false
	}
	for j := i - 1; j >= 0 && toks[j].sent == s; j-- {
		if toks[j].has(houthiAgents) || toks[j].has(arrestingForce) && salehForce(toks, j) {
			return true
		}
		if toks[j].has(houthiFoes) || toks[j].has(arrestingForce) && !(j > 0 && toks[j-1].sent == s && toks[j-1].has(forceConstructs)) {
			// "ضباط الجيش"، "منازل عناصر الأمن": a force in the genitive is
			// the object's, not the agent.
			return false
		}
		if a := l.actors[actorAt[j]]; a != nil && (a.kind == "state" || a.kind == "external") && !(j > 0 && toks[j-1].has(houthiAgents)) {
			// Not Iran as the militia's adjective: "نفذت الميليشيات
			// الإيرانية حملة اعتقالات".
			return false
		}
	}
	return false
}

var (
	// houthiAgents name the Houthis, or in their story their militia,
	// rebels or putschists, as the agent before an arrest word.
	houthiAgents = union(houthiNames, wordList("ميليشيات الميليشيات مليشيات المليشيات ميليشيا الميليشيا مليشيا المليشيا "+
		"المتمردون المتمردين الانقلابيون الانقلابيين الانقلابيه"))
	// houthiSubjects name them in the nominative, or by an adjective,
	// after an arrest word: its agent, not the arrested.
	houthiSubjects = wordSet("الحوثي الحوثيون ميليشيات الميليشيات مليشيات المليشيات ميليشيا الميليشيا مليشيا المليشيا المتمردون الانقلابيون")
	// pastArrestVerbs are the finite verbs of arresting, whose subject may
	// follow them.
	pastArrestVerbs = wordSet("اعتقلت اعتقل احتجزت احتجز اوقفت اوقف تعتقل يعتقل تحتجز يحتجز")
	// houthiPassive before an arrest word makes it a passive whose
	// subject is the arrested: "خلية حوثية تم ضبطها".
	houthiPassive = wordSet("تم وتم يتم ويتم جرى وجرى القي والقي")
	// forceConstructs before a force word make it a genitive: "ضباط
	// الجيش"، "منازل عناصر الأمن".
	forceConstructs = wordSet("ضباط ضابط عناصر عنصر افراد جنود منتسبي قاده قيادات منازل منزل مقر مقرات")
)

// salehForce reports a force word at j (arrestingForce) that names the
// forces of Yemen's deposed president Saleh, the Houthis' allies in 2015:
// "ميليشيا الحوثي وقوات صالح تكثف من عمليات اعتقال معارضيها"، "قوات
// المخلوع"، "قوات الرئيس السابق علي عبد الله صالح"، "القوات الموالية
// للمخلوع". Their detentions are the Houthis' (holdout51 Q29: "the
// detentions are by the Houthis and Saleh's forces ... abduction, not
// arrests"), and no state's arresting force (round 59, m59side). Not
// "القوات الموالية للرئيس هادي": the government's.
func salehForce(toks []token, j int) bool {
	at := func(k int) string {
		if k < len(toks) && toks[k].sent == toks[j].sent && !toks[k].gap {
			return toks[k].w
		}
		return ""
	}
	k := j + 1
	loyal := salehLoyal[at(k)]
	if loyal {
		// "القوات الموالية للمخلوع"، "الموالية لصالح".
		k++
	}
	w := at(k)
	if loyal != strings.HasPrefix(w, "ل") {
		// ل after "الموالية" only: "قوات لصالح" is forces in favour of.
		return false
	}
	switch {
	case salehNames[w]:
		return true
	case salehPresident[w]:
		// "قوات الرئيس المخلوع"، "الموالية للرئيس اليمني السابق".
		if at(k+1) == "اليمني" {
			k++
		}
		return salehTitle[at(k+1)]
	case w == "علي":
		// "قوات علي عبد الله صالح"، "قوات علي صالح" (right after the force
		// word: after "الموالية" the name must take ل, checked above).
		return salehAli[at(k+1)]
	}
	return false
}

var (
	// salehLoyal say "loyal to" after a force word; salehNames name Saleh
	// (after it, or after salehLoyal with its ل); salehPresident then
	// salehTitle, and salehAli after "علي", make "the president" or "Ali"
	// him. Each looked up whole at one word only.
	salehLoyal     = plainWords("الموالية الموالين الموالي")
	salehNames     = plainWords("صالح المخلوع لصالح للمخلوع")
	salehPresident = plainWords("الرئيس للرئيس")
	salehTitle     = plainWords("المخلوع السابق")
	salehAli       = plainWords("عبد عبدالله صالح")
)

// houthiHeldThing reports an arrest word of a Houthi story whose object is
// a thing, not people: "احتجزت ميليشيا الحوثي ... شحنة أدوية إغاثية"،
// "بتوقيف 17 سفينة تحمل مساعدات"، "احتجاز المساعدات الإغاثية"، "أوقفت
// تدريس مادة القرآن"، "يفرج عن سفينة احتجزها". The Houthis seize aid and
// ships; that is no one abducted nor arrested, and the word counts for
// neither (see triggerType).
func houthiHeldThing(toks []token, i, end int) bool {
	if objectAfter(toks, end, objectReach, heldThings) || objectAfter(toks, end, objectReach, haltedThings) {
		return true
	}
	s := toks[i].sent
	// The object may stand past the subject and a place: "احتجزت ميليشيا
	// الحوثي، في محافظة إب، وسط اليمن، من جديد، شحنة أدوية"; people
	// named first are the detained ("اعتقلت 5 مدنيين").
	for j := end; j < len(toks) && j < end+12 && toks[j].sent == s; j++ {
		if toks[j].has(detainedRoles) {
			return false
		}
		if toks[j].has(houthiThings) {
			return true
		}
	}
	// The relative clause's pronoun: "سفينة احتجزها".
	return nearBefore(toks, i, 2, houthiThings)
}

var (
	// houthiThings are what the Houthis hold that is no person: ships,
	// boats, aid, its shipments and convoys, teaching.
	houthiThings = wordSet("سفينه السفينه سفن السفن قارب القارب زورق الزورق شحنه الشحنه شحنات الشحنات مساعدات المساعدات " +
		"قوافل القوافل قافله القافله تدريس سفينتين")
	// houthiFoes are the Houthis' foes, the agents of the arrests in
	// their story that are not theirs: "نقطة تفتيش تابعة للمقاومة
	// الشعبية في تعز ألقت القبض مساء الاثنين على قيادي حوثي".
	houthiFoes = wordSet("المقاومه للمقاومه مقاومه الشرعيه للشرعيه التحالف هادي")
)
