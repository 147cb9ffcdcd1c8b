package facets

// arrestSequels are the steps a call or a hope names right after the
// arrest it wishes for: bringing the culprits to justice, holding them to
// account, punishing them ("القبض على الجناة والجهات المحرضة وتقديمهم إلى
// القضاء العادل"، "إلقاء القبض على منفذي هذه الجريمة البشعة ...
// ومعاقبتهم").
var arrestSequels = wordSet("وتقديمهم وتقديمه وتقديمها ومحاسبتهم ومحاسبته ومعاقبتهم ومعاقبته ومحاكمتهم ومحاكمته")

// arrestDoneWords right before an arrest noun tell it made: "وتم توقيفهم
// وتقديمهم للعدالة".
var arrestDoneWords = wordSet("تم وتم جرى وجرى")

// arrestSequelReach is how far after the arrest word its sequel may stand
// (past the culprits named: "على مرتكبي هذا العمل الإجرامي وتقديمهم").
const arrestSequelReach = 8

// arrestWished reports an arrest noun at [i,end) that a sequel of justice
// follows in its sentence, with no word of doing before it: the arrest a
// condemnation hopes for, trusts the police to make or calls for ("معربا
// عن ثقته في كفاءة وقدرة الأجهزة الأمنية المختصة في المملكة على كشف
// ملابسات هذه الجريمة الإرهابية البشعة، والقبض على الجناة والجهات
// المحرضة وتقديمهم إلى القضاء العادل"، "أعرب عن أمله في إلقاء القبض على
// مرتكبي هذا العمل الإجرامي وتقديمهم إلى المحاكمة"), not an arrest made.
// The Gulf states' statement on the Abha mosque bombing, reprinted in a
// dozen articles, was typed an arrest (a blind sample's 2015-08-06-2404).
// A verb of arresting tells the deed itself ("ألقت الشرطة القبض على
// الجناة وتقديمهم"), and "تم توقيفهم وتقديمهم للعدالة" one made.
func arrestWished(toks []token, i, end int) bool {
	if toks[i].title || nearBefore(toks, i, 3, arrestVerbsBefore) || nearBefore(toks, i, 2, arrestDoneWords) {
		return false
	}
	// An arrest noun opens no trigger of more words, so end-1 is i.
	return toks[i].has(arrestNouns) && nearAfter(toks, end-1, arrestSequelReach, arrestSequels)
}

// arrestNouns are the nouns of arresting: only a noun can be wished for
// ("والقبض على الجناة"); a verb tells the deed.
var arrestNouns = wordSet("القبض قبض اعتقال الاعتقال توقيف التوقيف احتجاز")

// arrestVerbsBefore are the verbs up to three words before القبض that make
// the arrest phrase a deed: "ألقت القبض"، "ألقت الشرطة القبض".
var arrestVerbsBefore = wordSet("القت القي القوا ألقت ألقى ألقوا تلقي يلقي")
