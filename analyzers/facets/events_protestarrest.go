package facets

// protestSettingArrests are the arrest words protestSettingArrest reads: the
// arrests of protestArrest (its dispersal words protestForce and
// protestDispersed read already), with the present, the prefixed forms,
// the plural noun and احتجز, which protestArrest lacks.
var protestSettingArrests = wordSet("اعتقال اعتقلت اعتقل اعتقلن اعتقلوا واعتقلت واعتقل باعتقال واعتقال تعتقل يعتقل اعتقالات " +
	"توقيف بتوقيف اوقفت اوقف اوقفوا واوقفت القبض احتجز احتجزت احتجزوا احتجاز")

// protestPlotted between an arrest and the protest make the arrest one on
// suspicion of a protest planned, not made at one.
var protestPlotted = wordList("للاشتباه الاشتباه بالاشتباه يشتبه تخطيطهم تخطيطه بتخطيط لتخطيط التخطيط للتخطيط اعدادهم")

// protestSettingArrestWords is how far before the protest word the arrest
// may stand: its object, a figure and a place stand between ("اعتقلت
// الشرطة في روسيا اليوم السبت ما يزيد على ألف من المشاركين في احتجاجات").
const protestSettingArrestWords = 14

// protestSettingArrest reports a protest word at i told as the setting of
// an arrest earlier in its sentence: an arrest word (protestSettingArrests)
// up to protestSettingArrestWords before it and a setting word (في، خلال،
// أثناء) up to protestSettingReach before it, after the arrest. People
// arrested at a protest met the state's intervention, which ACLED and the
// pool's coders type a protest with intervention, though the arrest stands
// further from the protest word than protestForce's window: a round-37
// blind audit found "الشرطة في روسيا اعتقلت اليوم السبت ما يزيد على ألف من
// المشاركين في احتجاجات" typed a peaceful protest; the corpus tells it so
// of Jordan ("اعتقال 60 شخصا خلال الاحتجاجات الأخيرة"), Washington
// ("اعتقلت أكثر من 500 امرأة في مبنى الكابيتول، خلال مشاركتهن في تظاهرة")
// and the Palestinian territories. As in protestSettingKill, an arrest the
// protest is about ("احتجاجا على اعتقال") or that set it off, or one
// before منذ, is none; nor is one a charge tells ("اعتقلت ... بتهمة
// المشاركة في تظاهرات ضد النظام في 2009"), which is an arrest for a
// protest, not at one; nor one on suspicion of planning a protest
// (protestPlotted: "اعتقلت أكثر من 100 من المسلحين الأكراد للاشتباه في
// تخطيطهم لمظاهرات"). A sentence that names a year tells history or a
// period's tally ("عدد من قتلوا أو اعتقلوا أو فقدوا خلال قمع الاحتجاجات
// ... عام 1989"): its arrests are none of the day's. Nor is one a clause of time or cause follows
// (protestCause), to which the setting then belongs: "كانت قد اعتقلت بعد
// خلعها حجابها ... في واجهة الاحتجاجات" was arrested before the protests.
func protestSettingArrest(toks []token, i int) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if y, ok := atoiYear(toks[j].w); ok && y > 1900 && y < 2100 {
			return false
		}
	}
	setting := protestSettingAt(toks, i)
	if setting < 0 {
		return false
	}
	j := settingDeed(toks, i, setting, protestSettingArrestWords, protestSettingArrests, settingArrestStops)
	return j >= 0 && !(j > 0 && toks[j-1].has(protestAbout)) && forceNotMet(toks, j) == ""
}

// settingArrestStops are settingKillStops with a charge, a clause of time
// or cause (protestCause) and a plot: see protestSettingArrest.
var settingArrestStops = union(settingKillStops, chargeWords, protestCause, protestPlotted)
