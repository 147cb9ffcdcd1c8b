package facets

// seizedVerbs are the finite past verbs of seizing a place ("سيطر"،
// "سيطرت"، "وسيطرت"), looked up whole at the capture trigger.
var seizedVerbs = plainWords("سيطر سيطرت وسيطرت")

// seizedOver right after a seizing verb refer back to the place taken
// ("سيطر عليه المعارضون"، "سيطر خلالها الجيش").
var seizedOver = plainWords("عليه عليها عليهم خلالها")

// loneSeizedRegain weighs a government's regain told once, in the body, by
// a finite past verb of seizing as a lead's: "ان الجيش مدعوما بقوات موالية
// له سيطر على منطقة سكن الشبابي"، "كما سيطرت القوات الحكومية على شبكة
// انفاق"، "وسيطرت قوات النظام في وقت سابق على حي الحجر الاسود". The verb
// names the taker and the place taken, as specific as a phrase, where a
// lone masdar is a purpose or a state ("لاستعادة"، "استكمال سيطرته"،
// "باتت ... على وشك استعادة") that the score floor rightly sets aside.
// It is a type of the article but no news of its day (bodyLone): told
// "في وقت سابق" in the body, it does not date an undated lead.
// Counted over the gold articles where this was the article's only regain
// trigger (round 60, m60trace): the verb coded 4 / 0 in the pool, 6 / 2 in
// the blind codings; the finite استعاد forms split (pool 0 / 3, blind 1 / 3:
// "بعدما استعاد"، "استعادت نفوذها") and are left out, as is a takeover
// (the same verbs: 1 / 8, Islamic State's past holdings).
func loneSeizedRegain(toks []token, hits map[string]ruleHits, regainAt []int) {
	const id = "government-regains-territory"
	h, ok := hits[id]
	if !ok || h.score != 1 || h.body != 1 || len(regainAt) != 1 {
		return
	}
	i := regainAt[0]
	if !seizedVerbs[toks[i].w] || i > 0 && toks[i-1].sent == toks[i].sent && (toks[i-1].has(baselineWhen) || toks[i-1].has(clauseOpeners)) ||
		i+1 < len(toks) && toks[i+1].sent == toks[i].sent && seizedOver[toks[i+1].w] {
		// Not a seizing verb, or one a clause tells as the story's past or
		// a place's owner: a when- or after-clause ("عندما سيطر الجيش
		// العراقي على مدينة تل عفر"، "بعدما سيطرت على الغوطة الشرقية"), a
		// relative clause ("داعش الذي سيطر على الموصل"، "التي سيطرت على
		// العاصمة صنعاء في سبتمبر"), or the place named before with its
		// taker after ("معبر تجاري حيوي سيطر عليه المعارضون"، "حملة
		// عسكرية كبيرة سيطر خلالها"), whose taker the type's reading of
		// the sentence does not see.
		return
	}
	h.score++
	h.bodyLone = true
	hits[id] = h
}
