package facets

// A politically significant person detained is an arrest whatever the
// charge (round 48's rul48e-2): "أوقفت وكالة مكافحة الفساد الماليزية
// الثلاثاء، رئيس الوزراء السابق نجيب عبد الرزاق، في إطار التحقيق في
// اختلاس أموال"، "ماليزيا: توقيف رئيس الوزراء السابق نجيب عبد الرزاق
// بتهمة الفساد". The embezzlement named (ordinaryCrime) made the arrest
// police work on an ordinary crime (evCrime), which round 43 class 11
// leaves uncoded; the ruling codes the arrest of a current or former head
// of state or government, minister, member of parliament or party leader.
var (
	// figureHeads open an office: رئيس الوزراء، الرئيس السابق، وزير
	// الداخلية، النائب، زعيم الحزب.
	figureHeads = wordSet("رئيس الرئيس وزير الوزير وزيره الوزيره النائب نائبا زعيم")
	// figureOffices right after رئيس / الرئيس / زعيم make the head one of
	// a state, a government, a parliament or a party; a bare الرئيس is as
	// often a club's or a firm's ("اعتقال الرئيس جيفري ويب" of CONCACAF).
	figureHeadOnly = wordSet("رئيس الرئيس زعيم")
	figureOffices  = wordSet("الوزراء الحكومه السابق الاسبق البرلمان المجلس الحزب حزب الدوله الجمهوريه")
	// figureKin between the arrest and the office make the one detained a
	// relative or an aide of the figure, whom the ruling leaves out: "توقيف
	// نجل الرئيس السابق"، "اعتقال مساعد وزير".
	figureKin = wordSet("نجل ابن ابنه ابنة شقيق شقيقه زوجه زوجة صهر مساعد مساعدي مستشار مستشاري حارس مدير سكرتير مرافق عائله")
	// figureOrder between the arrest and the office make the figure the one
	// who ordered or asked for it, or who the one detained was handed to,
	// not the one detained: "اعتقال المتهمين بأمر من وزير الداخلية"،
	// "توقيفه بطلب من النائب العام"، "وإحالته إلى الوزير".
	figureOrder = wordSet("من الى بامر امر بقرار قرار بطلب طلب باشراف بتعليمات")
	// figureNotOffice right after النائب make it the prosecutor, who orders
	// arrests ("النائب العام"), not a member of parliament.
	figureNotOffice = wordSet("العام العامه")
)

// figureArrested reports an office of figureHeads within four words after
// the arrest word ending at end, in its sentence, with no kin or aide
// between (figureKin) and no word of ordering (figureOrder): the arrest is
// of a political figure, not police work on an ordinary crime. A minister
// or an MP (وزير، النائب, not النائب العام) counts bare; a head (رئيس،
// الرئيس، زعيم) counts with figureOffices right after.
func figureArrested(toks []token, end int) bool {
	if end == 0 || end > len(toks) {
		return false
	}
	s := toks[end-1].sent
	for j := end; j < len(toks) && j < end+4 && toks[j].sent == s; j++ {
		if toks[j].has(figureKin) || toks[j].has(figureOrder) {
			return false
		}
		if !toks[j].has(figureHeads) {
			continue
		}
		if !toks[j].has(figureHeadOnly) {
			return j+1 >= len(toks) || toks[j+1].sent != s || !toks[j+1].has(figureNotOffice)
		}
		return j+1 < len(toks) && toks[j+1].sent == s && toks[j+1].has(figureOffices)
	}
	return false
}
