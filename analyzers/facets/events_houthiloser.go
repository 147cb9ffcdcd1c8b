package facets

import "strings"

// houthiLoser reports a capture word at tokens i..end whose loser is the
// Houthis, in a story of Yemen's war on them (yemenWarStory): "طرد
// الحوثيين وقوات صالح من معسكري لبوزة"، "تحرير عدن من ميليشيات الحوثي
// وصالح"، "السيطرة على مناطق جديدة من قبضة ميليشيات الحوثي"، "في طرد
// الانقلابيين". Whoever drove them out, told or not, is the government's
// side (the pro-Hadi convention: the army, the resistance, the coalition),
// so the capture is a regain. The loser is the expelling word's own object
// (the Houthis right after it, or after a militia word), or stands after من
// within the capture's next eight words, after up to two words of grip,
// hands or militia ("من أيدي مسلحي الحوثيين"). The nominative (الحوثيون،
// الانقلابيون) is the Houthis as the doer, not the loser; "من قبل
// الحوثيين" is the doer too, and is not read. A word after the purpose's
// lam ("لطرد"، "لتحرير") is an aim, not a taking, and so is one named as
// an operation or what one is in ("قائد عملية تحرير عدن"، "في إطار تحرير
// الأراضي اليمنية من قبضة المليشيات الانقلابية"). A clause that أن opens
// after the capture word is another's: "قائد عملية تحرير عدن أن القيادات
// العسكرية سواء من الحوثيين". Nor is a taking still awaited ("حتى يتم تحرير
// كافة الأراضي اليمنية من مليشيا الحوثي") or one a purpose's masdar heads
// ("تحضيرا لاستعادة السيطرة عليها من الميليشيات الحوثية"), or one named as
// a battle, a road or an aim after إلى (campaignHeads: "لحسم معركة تحرير
// الحديدة"، "على طريق تحرير المدينة"، "الرامية إلى تحرير ميناء الحديدة").
func houthiLoser(toks []token, i, end int) bool {
	if w := toks[i].w; strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ول") || !yemenWarStory(toks) {
		return false
	}
	s := toks[i].sent
	if i > 0 && toks[i-1].sent == s && (toks[i-1].has(operationWords) || toks[i-1].has(offensiveWithin) || toks[i-1].w == "حتي" || campaignHeads[toks[i-1].w] ||
		strings.HasPrefix(toks[i-1].w, "ل") && toks[i-1].has(retakeWords)) || i > 1 && toks[i-2].sent == s && toks[i-2].w == "حتي" {
		return false
	}
	if regainHoped(toks, i, end) {
		return false
	}
	if hostagesNear(toks, end) || end < len(toks) && strings.HasPrefix(toks[end].w, "اسرا") {
		// "مقاومة تعز تحرر أسراها من الانقلابيين": captives freed.
		return false
	}
	if toks[i].has(expelWords) {
		k := end
		for n := 0; n < 2 && k < len(toks) && toks[k].sent == s && toks[k].has(armedAgentWords) && !houthiLosing(&toks[k]); n++ {
			k++
		}
		if k < len(toks) && toks[k].sent == s && houthiLosing(&toks[k]) {
			return true
		}
	}
	for j := end; j < len(toks) && j < end+8 && toks[j].sent == s; j++ {
		if toks[j].w == "ان" {
			break
		}
		if toks[j].w != "من" {
			continue
		}
		k := j + 1
		for n := 0; n < 2 && k < len(toks) && toks[k].sent == s && (toks[k].has(gripWords) || toks[k].has(heldHands) || toks[k].has(armedAgentWords) && !houthiLosing(&toks[k])); n++ {
			k++
		}
		if k < len(toks) && toks[k].sent == s && houthiLosing(&toks[k]) {
			return true
		}
	}
	return false
}

// houthiLosing reports a word naming the Houthis as an object: their name
// or the putschists' word, not in the nominative plural.
func houthiLosing(t *token) bool {
	return (t.has(houthiNames) || t.has(putschistWords)) && !strings.HasSuffix(t.w, "ون")
}

// regainHoped reports a capture at tokens i..end told as a hope, a pledge
// or a prospect, not a taking done: a hope or pledge word earlier in its
// sentence ("عبر الكثير من اليمنيين عن أملهم ... وطرد الانقلابيين من باقي
// المدن"، "التأكيد على التزامها بتحرير جميع مناطق اليمن من قبضة ميليشيات
// الحوثي"، "فنحن قاب قوسين أو أدنى من تحقيق الانتصار وطرد الحوثيين"), or
// قريبا after it ("أن تحرير المحافظة من الميليشيات الحوثية ... بات
// قريبا"). Such words are rare in a story of a regain told; the modal test
// every trigger asks (modalBefore) reads six words back and has none of
// them.
func regainHoped(toks []token, i, end int) bool {
	s := toks[i].sent
	for j := i - 1; j >= 0 && toks[j].sent == s; j-- {
		if regainHopes[stripWa(toks[j].w)] {
			return true
		}
	}
	for j := end; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].w == "قريبا" {
			return true
		}
	}
	return false
}

// regainHopes are the hope, pledge and prospect words of regainHoped.
var regainHopes = plainWords("أمل أملهم أمله أملها أملنا الأمل يأمل تأمل نأمل يأملون آمال التزام التزامها التزامه التزامهم بالتزامها تعهد تعهدها قاب")

// campaignHeads, right before a capture word, make it the name of a battle
// or the end of an aim: see houthiLoser.
var campaignHeads = plainWords("معركة المعركة لمعركة بمعركة ومعركة طريق إلى الى")
