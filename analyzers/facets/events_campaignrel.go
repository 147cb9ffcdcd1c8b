package facets

// An air campaign named in a relative clause of the state, alliance or
// place it describes is background, no strike told: "ويشارك الأردن في
// التحالف الدولي بقيادة الولايات المتحدة الذي شن ضربات جوية على تنظيم
// الدولة الإسلامية في سوريا والعراق" (FR-middleEast-918)، "بين إيران
// وإسرائيل، التي شنت غارات عدة على أهداف إيرانية في سوريا"
// (SK-middleEast-1199)، "دول حلف شمال الأطلسي (ناتو) التي شنت غارات جوية
// ضد قوات القذافي". The past verb names what the party did before; the
// golds type none of the seven such sentences with no day, no count and
// no cleft (round 62's m62air). The present "والذي تشن فيه موسكو ضربات
// جوية دعما للحكومة السورية" (SK-middleEast-2390) is the war going on, and
// names its parties: left. Not with a day in the sentence (newsSince:
// أمس، اليوم، فجر، مساء … or a weekday), a strike dated; not a strike
// counted in digits ("التحالف العربي الذي شن نحو 15 غارة على مواقع
// المتمردين"); not the cleft "هي التي شنت الغارات", which
// names who made the strike just told; not where an aircraft stands before
// the pronoun ("طائرات التحالف العربي الذي تقوده المملكة، والتي شنت غارات
// عنيفة على المتمردين داخل المعسكر"), the raid of the craft just told.

// campaignRelReach is how many words before the strike noun the waging
// verb may stand, and the verb's relative pronoun before it.
const campaignRelReach = 3

// campaignCraftReach is how far before the pronoun an aircraft makes the
// clause the raid of the craft just named.
const campaignCraftReach = 6

// campaignRelative reports an air raid noun at i (airStrikeNouns, typed an
// air strike by its entry) with a past waging verb (raidWagedBefore: شن،
// شنت، شنوا) within campaignRelReach words before it and a bare relative
// pronoun (relativePronouns: الذي، التي) within campaignRelReach words
// before the verb, all in one sentence, as above. The cleft's pronoun is
// any of copulaPronouns (هي، هو، وهي …), the aircraft any of
// strikeAircraft (nearBefore). Not relativePronounBefore (dates.go): its
// clause ends at a comma, and "الذي، بحسب بيانه، شن ضربات" is still the
// campaign's relative clause.
func campaignRelative(toks []token, e *entry, i int) bool {
	if e.ids[0] != "air-drone-strike" || !inArticle(toks, raidWagedBefore) {
		return false
	}
	s := toks[i].sent
	v := -1
	if toks[i].has(raidWagedBefore) {
		v = i // the entry holds the verb: "شنت غارات"
	} else if toks[i].has(airStrikeNouns) {
		for j := i - 1; j >= 0 && j >= i-campaignRelReach && toks[j].sent == s; j-- {
			if isCount(toks[j].w) {
				return false
			}
			if toks[j].has(raidWagedBefore) {
				v = j
				break
			}
		}
	}
	if v < 0 {
		return false
	}
	for p := v - 1; p >= 0 && p >= v-campaignRelReach && toks[p].sent == s; p-- {
		if !toks[p].has(relativePronouns) {
			continue
		}
		if p > 0 && toks[p-1].has(copulaPronouns) || nearBefore(toks, p, campaignCraftReach, strikeAircraft) {
			return false
		}
		for k := sentStart(toks, i); k < len(toks) && toks[k].sent == s; k++ {
			if toks[k].has(newsSince) || weekdayAt(toks, k) {
				return false
			}
		}
		return true
	}
	return false
}
