package facets

import "strings"

// ISIS and al-Qaeda named only as a pair: "تنظيمي القاعدة وداعش" in a
// crown prince's speech on extremism, "محتوى متطرف يتعلق بتنظيمي #داعش أو
// #القاعدة" in a Facebook story, "تنظيم داعش والقاعدة وغيرها من الجماعات
// المتشددة لا تزال تشكل تهديدا" in Europol's report, "يمارسون ما كانوا
// يأخذونه على تنظيمي (القاعدة) و(داعش)" in a simile about the Houthis.
// The pair is the speaker's word for jihadism at large, a category, not a
// party to an event the article tells: the blind coders of round 37 left
// such a group out each time. A group the article also names on its own
// ("وأعلن تنظيم داعش مسؤوليته عن هذه الهجمات") is judged by that mention.

// jihadPairIDs are the two groups the pair joins.
var jihadPairIDs = [2]string{"isis", "al-qaeda"}

// pairLinkWords join the pair as the one word between the names: "أو"
// ("#داعش أو #القاعدة"), or a head noun repeated with و ("قادة تنظيم
// القاعدة وقادة تنظيم داعش"). Not any word with و: "رؤوس الدواعش وقبلهم
// القاعدة، نجده اليوم مستهدفا من قبل هذا التنظيم" is the Asir mosque
// bombing's ISIS, the pair told as a sequence.
var pairLinkWords = wordSet("أو وقادة وعناصر وخلايا وتنظيم")

// jihadPairDuals are the dual head noun that makes the pair two
// organisations by name: "تنظيما القاعدة وداعش"، "وتنظيمي القاعدة وداعش".
var jihadPairDuals = wordSet("تنظيمي تنظيما تنظيمى")

// pairMemberHeads before the dual make the pair's own men the subject:
// "مقاتلي تنظيمي داعش والنصرة" who await their surrender deal.
var pairMemberHeads = wordSet("مقاتلي مقاتلو عناصر مسلحي مسلحو قادة أمراء")

// dualJihadPair reports a pair whose first name the dual head noun opens
// (jihadPairDuals) with no fighters' noun before it: the two named as
// organisations, the way a speaker names jihadism at large even in a story
// about Syria — a Kurdish official's "ليحل محلنا تنظيما القاعدة وداعش
// الإرهابيين" in Afrin, Brookings' "حزب الله وتنظيمي القاعدة وداعش
// يستغلون المخدرات". Their fighters in a Syrian battle are named by
// their men, and a sentence of operations makes the two a campaign's foe:
// "عمليات عسكرية للقضاء على الجماعات المتطرفة مثل تنظيمي الدولة
// الإسلامية والقاعدة" of the US troops in Syria (holdout-14 codes both).
func dualJihadPair(toks []token, first int) bool {
	return first >= 1 && toks[first-1].sent == toks[first].sent && toks[first-1].has(jihadPairDuals) &&
		!(first >= 2 && toks[first-2].sent == toks[first].sent && toks[first-2].has(pairMemberHeads)) &&
		!sentenceHas(toks, first, operationWords)
}

// onlyInJihadPair reports whether every mention of id in ms stands next to
// a mention of the other group of the pair, joined to it by و or أو with at
// most one word between, in the same sentence. With dual, the pair must
// also be named as two organisations (dualJihadPair).
func onlyInJihadPair(toks []token, ms []mention, id string, dual bool) bool {
	other := jihadPairIDs[0]
	if id == other {
		other = jihadPairIDs[1]
	}
	seen := false
	for i := range ms {
		m := &ms[i]
		if m.e.kind != kindActor || m.e.ids[0] != id {
			continue
		}
		if likenessMention(toks, *m) {
			// "الحوثيون يمارسون "سلوك داعش"" in the title over the pair
			// in the body: a likeness names no party (actors_likeness.go),
			// so it leaves the pair the group's only mention.
			continue
		}
		seen = true
		paired := false
		for j := range ms {
			o := &ms[j]
			if o.e.kind == kindActor && o.e.ids[0] == other && (pairedFirst(toks, *m, *o, dual) || pairedFirst(toks, *o, *m, dual)) {
				paired = true
				break
			}
		}
		if !paired {
			return false
		}
	}
	return seen
}

// pairedFirst reports first and second named as the pair in that order
// (pairJoined), not as a campaign's foe (operationsFoe), and with dual as
// two organisations (dualJihadPair).
func pairedFirst(toks []token, first, second mention, dual bool) bool {
	return second.start >= first.end && pairJoined(toks, first.end, second.start) && !operationsFoe(toks, first.start) &&
		(!dual || dualJihadPair(toks, first.start))
}

// pairJoined reports whether the tokens from the end of the first name
// (end) to the start of the second (start) join them: the second name
// itself carries و ("القاعدة وداعش"، "(القاعدة) و(داعش)" where the
// brackets leave "وداعش"), or one of pairLinkWords stands between, all
// in one sentence.
func pairJoined(toks []token, end, start int) bool {
	if start >= len(toks) || end < 1 || toks[start].sent != toks[end-1].sent {
		return false
	}
	switch start - end {
	case 0:
		return strings.HasPrefix(toks[start].w, "و")
	case 1:
		return toks[end].has(pairLinkWords) || toks[end].w == "و"
	}
	return false
}

// foeCampaignWords name armed forces or their operations (events.go's
// operationWords, and the forces).
var foeCampaignWords = union(operationWords, wordList("العمليات قوات القوات قواتنا الجنود جنود"))

// operationsFoe reports a pair starting at token first up to three words
// after "ضد" or "على" (againstWords) in a sentence naming forces or
// operations: "العمليات ستتواصل ضد ’داعش‘ (تنظيم ’الدولة الإسلامية‘)
// والقاعدة" in Afghanistan's truce (the pair's first name is the gloss in
// brackets), "ألفي جندي أمريكي ضد داعش والقاعدة". The pair is the foe of a campaign the story
// tells, each a party; "حرب جديدة ضد داعش والقاعدة" of Facebook's
// moderators names no force.
func operationsFoe(toks []token, first int) bool {
	return nearBefore(toks, first, 3, againstWords) && sentenceHas(toks, first, foeCampaignWords)
}
