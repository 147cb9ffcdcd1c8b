package facets

// evEvacuees (مهجري، the displaced of a place, in the construct) is a
// non-violent transfer of territory when a batch, a convoy or buses of
// them is told: "خروج دفعة ثالثة من مهجري القنيطرة باتجاه الشمال السوري"،
// "دفعة من مهجري القنيطرة تغادر إلى إدلب"، "وصلت دفعة جديدة من مهجري مدينة
// دوما"، "انطلاق أول قافلة لمهجري دوما"، "حافلات مهجري ريف حمص الشمالي".
// The Syrian reports of 2018 name the fighters and families an evacuation
// deal carries north so, with no fighter, evacuation or bus word the
// transfer triggers read; the golds code each such departure a transfer
// (round 51's blind codings of the Quneitra and Douma convoys). Alone the
// construct is any displaced people ("إصابة عدد كبير من مهجري الغوطة"،
// "مئات العالقين من مهجري تاورغاء"): only one carried in a batch or a
// convoy is the handover.
const evEvacuees = "evacuees"

// evacueesTriggers are the construct's forms, with the clitics a convoy
// takes before it ("قافلة لمهجري دوما").
const evacueesTriggers = "مهجري|لمهجري|ومهجري|بمهجري|مهجرو|ومهجرو"

// evacueeConvoys name a batch, a convoy or buses of people moved together.
var evacueeConvoys = wordSet("دفعه الدفعه دفعات الدفعات قافله القافله قوافل القوافل حافله الحافله حافلات الحافلات باصات الباصات")

// evacueesType types the construct at token i: a transfer when a batch,
// convoy or bus word stands within five words before it in its sentence
// (an ordinal, a count or "من" may stand between: "القافلة الأولى من
// مهجري"، "34 حافلة من مهجري"، "قافلة جديدة تضم المئات من مهجري"); else
// nothing.
func evacueesType(toks []token, i int) string {
	if nearBefore(toks, i, 5, evacueeConvoys) {
		return transferType
	}
	return ""
}
