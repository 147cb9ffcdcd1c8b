package facets

// houthiDetention reports an arrest word at i whose doer is the Houthis:
// a Houthi name among the six words before it in its sentence ("شنت
// ميليشيات الحوثي، الموالية لإيران، حملة اعتقالات"، "أن الحوثيين اعتقلوا
// مسؤولي الحارات"، "نفذت ميليشيا الحوثي حملة اعتقالات واسعة"), or, in a
// story that names the Houthis, the rebels or putschists or the militias
// among the twelve words before it ("أن المتمردين اعتقلوا 45 مسؤول
// حارة"). Round 46's ruling rul46d-1 types every detention the Houthis
// are told to have made as an abduction, not arrests: the taxonomy gives
// them no state's role, and the adjudicated answers all take that side.
// Not a state force standing between or right after the arrest verb
// ("عناصر حوثية اعتقلتها القوات الحكومية"، "الحوثيين ... اعتقلت الأجهزة
// الأمنية"): those are the Houthis arrested. A Houthi after the arrest
// word is its object ("اعتقال قيادي حوثي") and is not read.
func houthiDetention(toks []token, i int) bool {
	s := toks[i].sent
	for j := i + 1; j < len(toks) && j <= i+2 && toks[j].sent == s; j++ {
		if toks[j].has(houthiFoes) {
			// "اعتقلت قوات الحوثي" is still theirs.
			return j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(houthiNames)
		}
	}
	if !houthiStory(toks) {
		return false
	}
	if i > 0 && toks[i-1].sent == s && toks[i-1].has(passiveAux) {
		// "تم القبض على عدد منهم": the doer untold, and the Houthis
		// before it are whom the other side took.
		return false
	}
	if end := i + 1; objectAfter(toks, end, 4, heldThings) || objectAfter(toks, end, 4, houthiHeldThings) {
		// "بتوقيف 17 سفينة تحمل مساعدات"، "احتجاز القوافل الإغاثية"،
		// "أوقفت تدريس مادة القرآن": goods or a lesson held, no one.
		return false
	}
	if toks[i].title {
		// "هلع حوثي بالحديدة.. وحملة اعتقالات": a title that names the
		// Houthis and no state force tells their campaign.
		// Not a Houthi named after the arrest word: "اعتقال عبد الخالق
		// الحوثي"، "القبض على قيادي حوثي" are the Houthis arrested.
		named := false
		for j := 0; j < len(toks) && toks[j].title; j++ {
			if toks[j].has(houthiFoes) && !toks[j].has(houthiNames) {
				return false
			}
			named = named || j < i && toks[j].has(houthiNames)
		}
		return named
	}
	for j := i - 1; j >= 0 && j >= i-houthiDoerReach && toks[j].sent == s; j-- {
		if toks[j].has(houthiFoes) && !toks[j].has(houthiNames) {
			if j > 0 && toks[j-1].sent == s && toks[j-1].has(forceMembers) {
				// "داهمت منازل العشرات من ضباط الجيش بصنعاء واعتقلت":
				// the force's men are the arrested, not the arresters.
				continue
			}
			return false
		}
		if toks[j].has(houthiNames) || toks[j].has(houthiRebelWords) {
			return true
		}
	}
	return false
}

// houthiDoerReach is how far back in its sentence an arrest word's Houthi
// doer is looked for: the subject may stand a clause away ("أقدم
// المتمردون على التضيق على نزلاء الفنادق وشرعوا في اعتقال المسافرين").
const houthiDoerReach = 12

// forceMembers before a force word make it whose men they are: "ضباط
// الجيش"، "عناصر الأمن".
var forceMembers = wordSet("ضباط الضباط عناصر افراد جنود منتسبي قاده قيادات")

// houthiRebelWords name the Houthis without their name in a story that
// names them elsewhere: the rebels, the putschists, the militias.
var houthiRebelWords = wordSet("المتمردين المتمردون الانقلابيين الانقلابيون الميليشيات المليشيات الميليشيا المليشيا ميليشيات مليشيات ميليشيا مليشيا")

// houthiFoes are the forces that arrest Houthis: a state's (arrestingForce)
// and Yemen's resistance ("المقاومة الشعبية تؤكد اعتقال الرجل الثاني في
// جماعة الحوثي").
var houthiFoes = union(arrestingForce, yemenResistance)

// passiveAux before an arrest noun makes it passive: "تم القبض"، "جرى
// اعتقال".
var passiveAux = wordSet("تم جرى")

// houthiHeldThings are the things a Houthi verb of holding or stopping
// holds that are no people: ships, aid, convoys, a lesson.
var houthiHeldThings = wordSet("سفينه السفينه سفن السفن سفينتين القوافل قوافل المساعدات مساعدات شحنه الشحنه شحنات تدريس ناقله ناقلات")
