package facets

import "strings"

// One death told by a word that carries its own number: the singular
// pronoun of the victim's fate ("لقي غواص حتفه") or the singular of dying of
// one's wounds ("توفي عضو الحزب ... متأثرا بإصابته بجروح بليغة"). The guide
// reads singular nouns as numbers (قتلت فتاة → 1), and the adjudicators
// count a lone death of an accident, a shark or a crime as the main event's
// toll (adjudication/README.md, rounds 22 and 24); personCounts and
// leadOne read the victim only when its noun is one of theirs, so "لقي
// غواص حتفه"، "لقي عالم فلسطيني مصرعه"، "لقي إمام مسجد حتفه" gave no toll.
// Both are an act's toll (toll.act), as ownDeathTold's: any figure of dead
// the text gives comes first ("لقيت مبتعثة حتفها في حادثة إطلاق النار ...
// وقتل عشرة أشخاص" is one of the ten).

// oneFates are the dead's fate with a singular pronoun, after لقي: "لقي
// غواص حتفه"، "لقيت امرأة مصرعها" (duoPronouns are their duals).
var oneFates = wordSet("حتفه حتفها مصرعه مصرعها")

// fateVerbs meet a fate: "لقي"، "ولقيت".
var fateVerbs = wordSet("لقي لقيت")

// fateOne reads the singular fate at token i ("لقي غواص حتفه") as one dead,
// at its verb: the verb right before the victim it names, one to four
// words with no punctuation between them, in the title or the lead. Not
// when the verb read its victim already ("لقي شاب فلسطيني مصرعه": شاب is
// personCounts'), nor a figure ("لقي 3 أشخاص" is the verb's), nor after a
// word of time or doubt ("بعد أن لقي عامل مصرعه" tells why a story is
// told, as ownDeathTold), nor an anniversary.
func fateOne(toks []token, out []toll, i int) (toll, bool) {
	if toks[i].gap || !inTitleOrLead(toks, i) {
		return toll{}, false
	}
	v := -1
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].sent == toks[i].sent && !toks[j+1].gap; j-- {
		if toks[j].has(fateVerbs) {
			v = j
			break
		}
		if n, used := readNumber(toks, j); used > 0 && n > 0 {
			return toll{}, false
		}
	}
	if v < 0 || v == i-1 && !subjectFate(toks, v) {
		return toll{}, false
	}
	if len(out) > 0 && out[len(out)-1].kind == killedKind && out[len(out)-1].tok >= v {
		return toll{}, false
	}
	if toldAside(toks, v) {
		return toll{}, false
	}
	return toll{kind: killedKind, n: 1, tok: v, act: true}, true
}

// fateSubjectBars right before "لقي حتفه" make the death a clause's, not
// the news: a relative ("الذي لقي حتفه بطريقة مأساوية في عام 1994"), a
// word of time ("حين لقي حتفه"، "بعدما لقي مصرعه") or the pluperfect
// ("قد لقي حتفه في فبراير الماضي").
var fateSubjectBars = union(relativePronouns, wordList("حين عندما بعدما لما قد كان كانت"))

// subjectFate reports the fate verb at token v told with its subject
// before it, the verb right before its pronoun: "أفاد مصدر أمني ... بأن
// مدنيا لقي مصرعه وجرح شرطي"، "أفادت مصادر يمنية أن إمرأة لقيت حتفها"،
// "قال مسؤول في تايلاند، أمس: إن شخصا لقي حتفه وأصيب عدد آخر". The
// singular pronoun counts one as the verb-first "لقي غواص حتفه" does; the
// subject names the victim, a noun or a name with no punctuation between
// it and the verb. Not a verb joined to و ("الذي كان يعمل ... ولقي مصرعه
// قبل أيام"، "سددت ثمنا باهظا لعطشها ولقيت حتفها": its subject is further
// back, a clause's or not a person), nor after fateSubjectBars, nor with a figure just
// before (the figure is the count), nor "لقي مصرعه مع 40 آخرين" (the
// figure after is).
func subjectFate(toks []token, v int) bool {
	s := v - 1
	if s < 0 || toks[v].gap || toks[s].sent != toks[v].sent || toks[s].has(fateSubjectBars) || stripWa(toks[v].w) != toks[v].w {
		return false
	}
	if k := v + 2; k < len(toks) && !toks[k].gap && toks[k].w == "مع" {
		return false
	}
	for j := s; j >= 0 && j >= v-3 && toks[j].sent == toks[v].sent; j-- {
		if n, used := readNumber(toks, j); used > 0 && n > 0 {
			return false
		}
	}
	return true
}

// woundsDying are the singular of dying of one's wounds, "متأثرا"
// (متأثرة), before the wounds (woundWords): a plural is متأثرين.
var (
	woundsDying = wordSet("متاثرا متاثره")
	woundWords  = wordSet("بجراحه بجراحها بجروحه بجروحها بجراح بجروح باصابته باصابتها باصابه باصابات باصاباته")
	// dyingWords tell the death itself before "متأثرا بجراحه": توفي،
	// وفاة، فارق الحياة، لقي حتفه، قضى.
	dyingWords = wordSet("توفي توفيت وفاه فارق فارقت لقي لقيت قضي قضت")
	// virusWords after "متأثرة بإصابتها" make it an infection, as
	// illnessWords do ("بالفيروس"): "متأثرة بإصابتها بكورونا".
	virusWords = wordSet("كورونا بكورونا ايبولا بايبولا")
)

// woundsOne reads "متأثرا بجراحه" at token i as one dead, at the word of
// dying before it in its sentence (at most ten words): "توفي عضو الحزب
// الديمقراطي الكردستاني الإيراني المعارض صلاح رحماني، الجمعة، متأثرا
// بإصابته"، "وفاة عضو حزب إيراني معارض متأثرا بجراحه". In the title or the
// lead only; not when a toll of the sentence was read from that word or
// after it ("استشهاد شاب متأثرا بجراحه": شاب is the count already), nor
// after a word of time or doubt or an anniversary.
func woundsOne(toks []token, out []toll, i int) (toll, bool) {
	if i+1 >= len(toks) || toks[i+1].gap || !toks[i+1].has(woundWords) {
		return toll{}, false
	}
	if !inTitleOrLead(toks, i) {
		return toll{}, false
	}
	for k := i + 2; k < len(toks) && k <= i+4 && toks[k].sent == toks[i].sent; k++ {
		if toks[k].has(illnessWords) || toks[k].has(virusWords) {
			// "توفيت أخرى متأثرة بإصابتها بالفيروس": an infection.
			return toll{}, false
		}
	}
	d := -1
	for j := i - 1; j >= 0 && j >= i-10 && toks[j].sent == toks[i].sent; j-- {
		if toks[j].has(dyingWords) {
			d = j
			break
		}
	}
	if d < 0 {
		return toll{}, false
	}
	return loneToll(toks, out, d, d-1)
}

// loneToll is the one dead told at token v, unless a toll of dead read in
// v's sentence at token from or after it counts them already (from 0: any
// of the sentence), or the death is told aside (toldAside). woundsOne,
// lifeOne and diedOfOne end here.
func loneToll(toks []token, out []toll, v, from int) (toll, bool) {
	for k := len(out) - 1; k >= 0 && toks[out[k].tok].sent == toks[v].sent; k-- {
		if out[k].kind == killedKind && out[k].tok >= from {
			return toll{}, false
		}
	}
	if toldAside(toks, v) {
		return toll{}, false
	}
	return toll{kind: killedKind, n: 1, tok: v, act: true}, true
}

// lifeLeft are the singular verbs of leaving life, before الحياة: "فارقت
// الحياة" (فارقا، فارقوا are a dual and a plural).
var lifeLeft = wordSet("فارق فارقت")

// lifeOne reads "فارق الحياة" at token i (الحياة, after lifeLeft) as one
// dead when its sentence tells a blow before it (ownDeathBlows), in the
// title or the lead: "أقدم مواطن ... بالاعتداء على زوجته الحامل بالضرب
// وتهشيم رأسها ... إلا أنها فارقت الحياة". A death with no blow told is of
// age or illness as often ("فارقت الحياة عن سن يناهز 34 سنة"), and a death
// of one's wounds is woundsOne's.
func lifeOne(toks []token, out []toll, i int) (toll, bool) {
	v := i - 1
	if v < 0 || toks[i].gap || toks[v].sent != toks[i].sent || !toks[v].has(lifeLeft) {
		return toll{}, false
	}
	if !inTitleOrLead(toks, i) {
		return toll{}, false
	}
	if !sentenceBefore(toks, v, ownDeathBlows) {
		return toll{}, false
	}
	return loneToll(toks, out, v, 0)
}

// passedVerbs are the singular verbs of dying that open a lone death's
// sentence: "توفي فلسطيني بعد مواجهة مع جنود إسرائيليين"، "توفيت رضيعة
// فلسطينية إثر تنشقها غازا". Unlike قتل they name no killing, so no reading
// took the victim after them. Not joined to و: "وتوفي صاحبها بعد وصوله
// المستشفى" goes on with one of a count told before.
var passedVerbs = wordSet("توفي توفيت")

// diedCauses name what the death came from, after the victim: "إثر
// انفجار"، "جراء سقوط شظايا"، "بعد مواجهة"، "بسبب"، "برصاص"، "غرقا".
var diedCauses = wordSet("إثر اثر جراء جرّاء بعد عقب بسبب برصاص غرقا حرقا اختناقا بانفجار")

// diedIllness are the causes of a death of the body, beside illnessWords:
// "إثر نوبة قلبية"، "بعد معاناة طويلة"، "إثر سكتة".
var diedIllness = wordSet("قلبيه نوبه جلطه سكته الشيخوخه معاناه صراع وعكه ازمه")

// diedOfOne reads the singular verb of dying at token i as one dead when it
// opens its sentence (or follows إن، أن، بأن) in the title or the lead and
// its victim is an indefinite noun (no article, no figure) followed, within
// three words and no punctuation, by a cause (diedCauses): "توفي أميركي إثر
// انفجار سيجارته الإلكترونية"، "توفيت مضيفة إثر سقوطها من باب الطوارئ".
// The guide reads singular nouns as numbers, and the adjudicators count a
// lone death of an accident or a crime as the toll (see the file's head);
// two round-38 blind codings had such a lead and rasid read none. Not a
// death of illness or age (illnessWords, diedIllness within six words
// after the cause: "توفيت امرأة أسترالية جراء إصابتها بمرض"، "إثر نوبة
// قلبية"), nor an obituary's definite name ("توفي الفنان"), nor after a
// word of time or doubt or an anniversary (toldAside). An act's toll, as
// woundsOne's.
func diedOfOne(toks []token, out []toll, i int) (toll, bool) {
	v := i + 1
	if v+1 >= len(toks) || stripWa(toks[i].w) != toks[i].w || toks[v].gap || toks[v].sent != toks[i].sent || strings.HasPrefix(toks[v].w, "ال") || toks[v].has(diedCauses) {
		return toll{}, false
	}
	if _, used := readNumber(toks, v); used > 0 {
		return toll{}, false
	}
	if p := i - 1; p >= 0 && toks[p].sent == toks[i].sent && !toks[i].gap {
		switch toks[p].w {
		case "ان", "بان", "وان":
		default:
			return toll{}, false
		}
	}
	c := -1
	for k := v + 1; k < len(toks) && k <= v+3 && toks[k].sent == toks[i].sent && !toks[k].gap; k++ {
		if toks[k].has(diedCauses) {
			c = k
			break
		}
	}
	if c < 0 || !inTitleOrLead(toks, i) {
		return toll{}, false
	}
	for k := c; k < len(toks) && k <= c+6 && toks[k].sent == toks[i].sent; k++ {
		if toks[k].has(illnessWords) || toks[k].has(virusWords) || toks[k].has(diedIllness) {
			return toll{}, false
		}
	}
	return loneToll(toks, out, i, 0)
}
