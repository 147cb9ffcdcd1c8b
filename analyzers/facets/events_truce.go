package facets

import "time"

// A truce told as declared or in force is an agreement, as the coders type
// one: "دخلت الهدنة "الإنسانية" التي أعلنت عنها روسيا لخمس ساعات حيز
// التنفيذ في الغوطة الشرقية"، "واعلن التحالف العربي بقيادة المملكة السبت
// الهدنة"، "وأمرت روسيا بوقف إطلاق النار والقصف يومياً". The agreement
// triggers read a truce only as a deal reached or agreed on (التوصل إلى
// اتفاق، وافقت على وقف إطلاق النار), and the bare truce noun is as often
// called for, voted on, breached or hoped for ("الإمارات تطالب بهدنة
// فورية"، "تأجيل التصويت على الهدنة"، "الحوثيون يخرقون الهدنة"), so a
// truce declared by one side, ordered, or entering force typed nothing.
var (
	// truceNouns name a truce (with their clitics: بالهدنة، للهدنة،
	// بهدنة). A ceasefire is read by ceasefireAt.
	truceNouns = wordSet("هدنه الهدنه")
	// ceasefireHeads open "وقف إطلاق النار"، "وقفا لإطلاق النار"، "وقف
	// النار" (and بوقف، ووقف).
	ceasefireHeads = wordSet("وقف وقفا")
	firingWords    = wordSet("اطلاق")
	truceFireWords = wordSet("النار نار")
	// truceDeclared before a truce tell it declared or begun: "التحالف
	// يعلن هدنة إنسانية لخمسة أيام"، "تعلن بدء الهدنة الإنسانية"، "الإعلان
	// عن وقف لإطلاق النار".
	truceDeclared = wordSet("اعلن اعلنت اعلنوا اعلنا يعلن تعلن يعلنون اعلان الاعلان")
	// truceDeclaredNow are its present forms, news in a title only.
	truceDeclaredNow = wordSet("يعلن تعلن يعلنون")
	// unWords right after the declaring word name the United Nations.
	unWords = wordSet("الامم")
	// truceSupposed right after a truce doubt it, as modalAdjectives do,
	// with the article: "بعد يوم على إعلان "الهدنة المفترضة" في سوريا".
	truceSupposed = wordSet("المفترض المفترضه المزعوم المزعومه")
	// truceOrdered before a truce told with ب order it: "بوتين يأمر بهدنة
	// يومية بالغوطة"، "وأمرت روسيا بوقف إطلاق النار".
	truceOrdered = wordSet("امر امرت يامر تامر")
	// truceDeclaredBy after a truce and التي / الذي tell who declared or
	// decided it: "الهدنة الإنسانية التي أعلنتها روسيا"، "الهدنة الإنسانية
	// التي قررتها قيادة التحالف"، "الهدنة التي أعلن عنها".
	truceDeclaredBy = wordSet("اعلنها اعلنتها اعلنه اعلنته اعلن اعلنت اعلنوا قررتها قررها قرره قررته اقرتها اقرها اقره اقرته فرضها فرضتها")
	// truceEntering with حيز after the truce tell it entering force:
	// "دخول الهدنة "الإنسانية" حيز التنفيذ"، "وكان وقف إطلاق النار دخل حيز
	// التنفيذ"، "الهدنة التي دخلت حيز التنفيذ في اليمن".
	truceEntering = wordSet("دخل دخلت دخول يدخل تدخل")
	inForceWords  = wordSet("حيز")
	// truceStarting right before a truce tell it running: "رغم بدء سريان
	// الهدنة الروسية القصيرة صباح الأربعاء"، "هدوء في صنعاء مع بدء الهدنة".
	truceStarting = wordSet("سريان بدء بدايه يسري تسري سرت")
	// truceNotYet before the word of starting or entering make the truce
	// one still to come: "قبل ساعات من موعد سريان هدنة إنسانية أعلنها
	// التحالف"، "عشية سريان الهدنة الإنسانية" (see notYet).
	truceNotYet = wordSet("موعد قبل قبيل عشيه توقيت ترقب المقرر مقرر")
	// truceUndone between the declaring word and the truce, or right
	// before the truce, tell what is not a truce made: its end, refusal or
	// breach, or a plan, offer, call or talks on one ("أعلن انتهاء وقف
	// إطلاق النار"، "تعلن رفضها الهدنة"، "أعلن عن مبادرة لوقف إطلاق
	// النار"), or its monitoring ("أعلنت قيادة الأمم المتحدة المكلفة
	// بمراقبة وقف إطلاق النار", Korea's 1953 armistice).
	truceUndone = wordSet("انتهاء انهاء نهايه رفض رفضه رفضها رفضت خرق خروقات انتهاك انتهاكات انهيار فشل مبادره مبادرات مقترح اقتراح مشروع خطه " +
		"مراقبه دعوه مطالبه استعداد استعدادها مستعد مستعده مستعدون جهود مساعي تعليق تجميد الغاء شروط بنود امكانيه مفاوضات محادثات التفاوض تمهيدا")
	// truceElsewhere in the sentence make the truce not one between the
	// parties of a war: a trade war's truce ("الهدنة التي أعلنها البلدان"
	// of US and Chinese tariffs). A resolution of the Security Council is
	// read by securityCouncil.
	truceElsewhere = wordSet("التجاريه التجاري الجمركيه الرسوم")
)

// ceasefireAt returns the end of a ceasefire phrase opening at token i
// ("وقف إطلاق النار"، "وقف لإطلاق النار"، "وقف النار"), or -1.
func ceasefireAt(toks []token, i int) int {
	if !toks[i].has(ceasefireHeads) || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent {
		return -1
	}
	if toks[i+1].has(truceFireWords) {
		return i + 2
	}
	if toks[i+1].has(firingWords) && i+2 < len(toks) && toks[i+2].sent == toks[i].sent && toks[i+2].has(truceFireWords) {
		return i + 3
	}
	return -1
}

// haltedOps after وقف / وقفا name what a side halts: its operations or
// attacks ("وقف الهجمات"، "وقفا مؤقتا للعمليات العسكرية البحرية").
// haltTemporary may stand between (مؤقتا).
var (
	haltedOps     = wordSet("عمليات العمليات للعمليات هجمات الهجمات للهجمات")
	haltTemporary = wordSet("مؤقتا مؤقت المؤقت")
)

// haltAt returns the end of a halt of operations or attacks opening at
// token i (ceasefireHeads, then haltedOps, "مؤقتا" allowed between), or
// -1. Told declared (truceDeclaredAt) it is a one-sided truce, an
// agreement as the golds code one: "الحوثيون يعلنون "وقفا مؤقتا" للعمليات
// العسكرية البحرية في اليمن"، "الحوثيون يعلنون وقف الهجمات من جانب واحد في
// البحر الأحمر لأسبوعين". Asked for or forced ("حثت أنقرة على وقف
// الهجمات"، "اضطر الولايات المتحدة على وقف عملياتها") it has no declaring
// word and stays none.
func haltAt(toks []token, i int) int {
	s := toks[i].sent
	j := i + 1
	if j < len(toks) && toks[j].sent == s && toks[j].has(haltTemporary) {
		j++
	}
	if j < len(toks) && toks[j].sent == s && toks[j].has(haltedOps) {
		return j + 1
	}
	return -1
}

// trucesTold returns the truce words told declared, ordered or in force,
// one a sentence: a declaring word up to five words before with no word of
// truceUndone between ("واعلن التحالف العربي بقيادة المملكة السبت الهدنة"),
// an ordering word up to three before a truce told with ب, "التي أعلنتها"
// (truceDeclaredBy) up to four words after, a word of entering (دخل، دخول)
// up to two before or four after with حيز up to twelve after, or سريان /
// بدء right before. None of a truce told with the ل of purpose ("أعلن عن
// جهود لوقف إطلاق النار"), nor in a sentence of the Security Council or a
// trade war (truceElsewhere). Threats, plans and history are left to the
// caller (countToday).
func trucesTold(toks []token) []int {
	if !inArticle(toks, truceNouns) && !inArticle(toks, ceasefireHeads) {
		return nil
	}
	var at []int
	last := -1 // the sentence of the last truce found
	for i := range toks {
		t := &toks[i]
		end := -1
		switch {
		case t.has(truceNouns):
			end = i + 1
		case t.has(ceasefireHeads):
			end = ceasefireAt(toks, i)
			if end < 0 {
				end = haltAt(toks, i)
			}
		}
		if end < 0 || t.sent == last || hasPrefixWord(stripWa(t.w), "ل") || sentenceHas(toks, i, truceElsewhere) || securityCouncil(toks, i) {
			continue
		}
		if truceDeclaredAt(toks, i, end) {
			at = append(at, i)
			last = t.sent
		}
	}
	return at
}

// hasPrefixWord reports w opening with p (the ل of purpose: لوقف، لهدنة)
// but not the article's ال (الهدنة).
func hasPrefixWord(w, p string) bool {
	return len(w) > len(p) && w[:len(p)] == p && w[:len("ال")] != "ال"
}

// truceDeclaredAt reports the truce at [i,end) told declared, ordered or
// in force (see trucesTold). None when called a supposed one right after
// ("إعلان "الهدنة المفترضة"": modalAfter, truceSupposed).
func truceDeclaredAt(toks []token, i, end int) bool {
	s := toks[i].sent
	if i > 0 && toks[i-1].sent == s && toks[i-1].has(truceUndone) || modalAfter(toks, end) || nearWord(toks, end, end, 2, truceSupposed) {
		return false
	}
	if declaredByAfter(toks, i, end) {
		// "قبل ساعات من موعد سريان هدنة إنسانية أعلنها التحالف": a truce
		// told declared is an agreement though it has yet to take effect
		// (round 48's rul48e-3), so its declarer is read before notYet.
		return true
	}
	if i > 0 && toks[i-1].sent == s && toks[i-1].has(truceStarting) {
		return !notYet(toks, i-1)
	}
	for j := i - 1; j >= 0 && j >= i-6 && toks[j].sent == s; j-- {
		if toks[j].has(truceUndone) || toks[j].w == "ان" {
			// أن between: a statement about the truce, not its
			// declaration ("وأعلنت هذه الوحدات أن الهدنة مع طهران لم
			// يبق لها أي معنى"); one entering force is read below.
			break
		}
		if toks[j].has(truceDeclared) {
			return declaring(toks, j)
		}
		if j >= i-3 && toks[j].has(truceOrdered) && hasPrefixWord(stripWa(toks[i].w), "ب") {
			return true
		}
	}
	entering := i >= 1 && toks[i-1].sent == s && toks[i-1].has(truceEntering) && !notYet(toks, i-1) ||
		i >= 2 && toks[i-2].sent == s && toks[i-2].has(truceEntering) && !notYet(toks, i-2)
	for j := end; !entering && j < len(toks) && j < end+4 && toks[j].sent == s; j++ {
		entering = toks[j].has(truceEntering)
	}
	if !entering {
		return false
	}
	for j := end; j < len(toks) && j < end+12 && toks[j].sent == s; j++ {
		if toks[j].has(inForceWords) {
			return true
		}
	}
	return false
}

// declaring reports the declaring word at j (truceDeclared) telling a
// truce declared: not in the present past the title, which further down
// tells what a party is asked to do ("يجب أن يرفع حزب العمال الكردستاني
// اصبعه فورا عن الزناد ويعلن التزامه بوقف إطلاق النار"); not after منذ
// (the truce's age: "منذ أعلنت روسيا الأسبوع الماضي عن هدنة") or a word
// of truceUndone up to six before ("مقترح نظيره التركي رجب طيب أردوغان، إعلان هدنة"،
// "مبادرة البركاني التي أعلن عنها، وقف اطلاق النار"); not with the United
// Nations as the declarer ("بعد إعلان الأمم المتحدة وقف إطلاق النار في
// كافة أنحاء سوريا", the Council's resolution).
func declaring(toks []token, j int) bool {
	if toks[j].has(truceDeclaredNow) && !toks[j].title {
		return false
	}
	if nearBefore(toks, j, 3, sinceWords) || nearBefore(toks, j, 6, truceUndone) {
		return false
	}
	return !(j+1 < len(toks) && toks[j+1].sent == toks[j].sent && toks[j+1].has(unWords))
}

// notYet reports a word of truceNotYet or منذ up to four words before
// token k: the truce is still to come ("قبل ساعات من بدء سريان هدنة
// انسانية"، "ومن المقرر بدء سريان الهدنة") or its age is told ("منذ بدء
// الهدنة هناك أواخر فبراير الماضي").
func notYet(toks []token, k int) bool {
	return nearBefore(toks, k, 4, truceNotYet) || nearBefore(toks, k, 4, sinceWords)
}

// truceDeclaredIt are the declaring verbs of truceDeclaredBy that carry the
// truce as their object, which open a relative clause with no التي after
// an indefinite truce: "هدنة إنسانية أعلنها التحالف".
// The same words as truceDeclarerObjVerbs (actors_statetruce.go): the set is shared
// (a set bit spared, see maxWordSets).
var truceDeclaredIt = truceDeclarerObjVerbs

// declaredByAfter reports the truce at [i,end) told with who declared or
// decided it up to four words after: "الهدنة الإنسانية التي أعلنتها
// روسيا" (التي / الذي and truceDeclaredBy), or, an indefinite truce, the
// verb with its object right after it or its adjective ("هدنة إنسانية
// أعلنها التحالف").
func declaredByAfter(toks []token, i, end int) bool {
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+4 && toks[j].sent == s; j++ {
		if (toks[j].w == "التي" || toks[j].w == "الذي") && j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(truceDeclaredBy) {
			return true
		}
		if j <= end+1 && !definiteDeal(&toks[i]) && toks[j].has(truceDeclaredIt) {
			return true
		}
	}
	return false
}

// truceSinceMonth reports منذ with a month before the publication's, or
// last year's, up to eight words after the truce at token k in its
// sentence: the truce's age, a region's standing status and no news
// ("وقفا لاطلاق النار أعلنته موسكو مع واشنطن وعمان منذ يوليو الماضي",
// the 2017 south-west de-escalation zone, which round 48's rul48e-3
// leaves uncoded). An age in days ("تسري منذ أسبوع") is a truce in force.
func truceSinceMonth(toks []token, k int, pub time.Time) bool {
	if pub.IsZero() {
		return false
	}
	s := toks[k].sent
	for j := k + 1; j < len(toks) && j <= k+8 && toks[j].sent == s; j++ {
		if !toks[j].has(sinceWords) {
			continue
		}
		m, used := monthAt(toks, j+1)
		if used == 0 {
			return false
		}
		last := j + 1 + used
		return m != int(pub.Month()) || last < len(toks) && toks[last].sent == s && (toks[last].w == "الماضي" || toks[last].w == "المنصرم")
	}
	return false
}
