package facets

// A state's forces named by the bullet they fired: "مسعفة فلسطينية قتلت
// برصاص الاحتلال الإسرائيلي"، "مقتل 6 فلسطينيين برصاص إسرائيلي"،
// "إثر إصابتها بالرصاص الإسرائيلي"، "رصاصة إسرائيلية تقتل ممرضة". The
// shooter is told by the bullet's nationality, or by "الاحتلال" alone,
// and no force noun the lexicon or forcePhraseMentions read stands
// between: Gaza's killings of medics and marchers in 2018 came out with
// no Israeli force at all (round 34's recall audit). The gold guide codes
// the force that shoots as a party. "الحي" or a sniper may stand between
// ("برصاصة من قناص إسرائيلي"، "بالرصاص الحي الإسرائيلي"), two at most. "الاحتلال" names
// Israel only where no other state's adjective follows it (otherOccupier
// reads "قوات الاحتلال التركي" so).

var (
	// bulletNouns are the bullet, with or without its ب.
	bulletNouns = wordSet("رصاص الرصاص رصاصة الرصاصة رصاصات الرصاصات نيران النيران")
	// bulletModifiers stand between a bullet and its shooter.
	bulletModifiers = wordSet("الحي الحية حي حية من قناص قناصة القناص القناصة")
)

// shooterMentions returns a force mention for each bullet followed by a
// nationality adjective of a state with forces, or by "الاحتلال".
func (l *lexicon) shooterMentions(toks []token) []mention {
	if !inArticle(toks, bulletNouns) {
		return nil
	}
	var out []mention
	for _, i := range setTokens(toks, bulletNouns) {
		j, ok := afterBullet(toks, i, nil)
		if !ok {
			continue
		}
		same := func(j int) bool { return j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent }
		id := l.nationalityOf(&toks[j])
		if toks[j].has(occupationWords) {
			id = "israel"
			if same(j + 1) {
				if o := l.nationalityOf(&toks[j+1]); o != "" && o != id {
					continue // "برصاص الاحتلال التركي"
				}
			}
		}
		if e := forcePhraseEntries[id]; e != nil && shotHarm(toks, i) {
			out = append(out, mention{e: e, start: i, end: j + 1})
		}
	}
	return out
}

// afterBullet returns the token after the bullet at i and at most two
// bulletModifiers ("برصاصة من قناص"، "بالرصاص الحي من"), stopping at a word
// of stop (nil for none), and whether that token is still in the bullet's
// sentence with no gap before it: where the shooter of the bullet stands,
// as shooterMentions and armedShooterAfter read him.
func afterBullet(toks []token, i int, stop *words) (j int, ok bool) {
	same := func(j int) bool { return j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent }
	j = i + 1
	for n := 0; n < 2 && same(j) && toks[j].has(bulletModifiers) && (stop == nil || !toks[j].has(stop)); n++ {
		j++
	}
	return j, same(j)
}

// shotHarm reports a death or a wound told in the sentence of the bullet
// at i: "الرعب من النيران السورية" in an essay on Lebanon's festivals is
// the war's menace, no shooting.
func shotHarm(toks []token, i int) bool {
	return sentenceHas(toks, i, harmWords) || sentenceHas(toks, i, victimHarmWords) || sentenceHas(toks, i, shotDeath)
}

var (
	// shotVictimNouns before a bare nationality tell its man killed or
	// hurt: "مقتل فلسطيني برصاص الجيش الإسرائيلي".
	shotVictimNouns = wordSet("مقتل استشهاد إصابة قتل مصرع وفاة")
	// assailantWords in the sentence make the man shot an assailant
	// (or one the army calls so): "مقتل فلسطيني بالرصاص بعد طعن 3
	// مستوطنين"، "بزعم محاولة طعن جندي"; or the man stabbed a brawl's
	// or a crime's victim: "قتل شاب مغربي عمره 24 عاما طعنا في شجار".
	assailantWords = wordSet("طعن بطعن طعنا دهس بدهس بزعم محاولة منفذ عملية شجار")
)

// shotNational reports a bare nationality at i (nationalSingularWords)
// between a death or wound noun and the bullet that did it: "مقتل فلسطيني
// برصاص قوات الاحتلال"، "استشهاد فلسطيني بنيران إسرائيلية". Gaza's and
// the West Bank's dead are told so in a title with no person noun, and
// the gold codes the one a sniper shot as a civilian (round 35's recall
// audit); a shelling or an air strike ("مقتل فلسطيني بقصف إسرائيلي")
// as often kills a fighter at his post, and is left out; an assailant
// shot in the act is left out by its caller (assailantWords).
func shotNational(toks []token, i int) bool {
	s := toks[i].sent
	return toks[i-1].sent == s && toks[i-1].has(shotVictimNouns) &&
		i+1 < len(toks) && !toks[i+1].gap && toks[i+1].sent == s && toks[i+1].has(bulletNouns)
}

// shotInFight reports a man killed in the sentence of token i who was no
// bystander: one of the confrontations ("خلال اشتباكات الجمعة"), an
// assailant or a brawl's man (assailantWords), or a protester in a story
// the title tells of protests. Both readings of a plain person shot ask it:
// the bare nationality (nationalVictimMentions) and the armed shooter's
// victim (armedShotVictim).
func shotInFight(toks []token, i int) bool {
	return sentenceHas(toks, i, confrontationWords) || sentenceHas(toks, i, assailantWords) || titleHas(toks, protestWords)
}
