package facets

// The victims of an armed group, named by the group: "تعويض ضحايا أعمال
// جبهة النصرة"، "أصبحوا ضحايا تنظيم داعش الإرهابي"، "الأضرار التي لحقت
// بضحايا النصرة". No person word names them and no harm verb stands by
// them, so neither the victim words nor the toll rules read them; yet the
// golds code civilians for the people a group harmed, in a history as in a
// lawsuit (round 37's pool: the film of ISIS's victims; round 38's blind
// audit: the Nusra hostages' suit). The group must follow the victims noun
// at once, or after one word of its deeds ("ضحايا إرهاب جبهة النصرة"); a
// state or an army there ("ضحايا النظام"، "ضحايا الإرهاب") is left to the
// other rules, since the generic "victims of terrorism" of the Saudi and
// European columns names no party.

var (
	// groupVictimNouns name the victims, with the clitics news gives them.
	groupVictimNouns = wordSet("ضحايا لضحايا بضحايا وضحايا")
	// groupVictimDeeds may stand between the victims and the group.
	groupVictimDeeds = wordSet("إرهاب أعمال جرائم هجمات اعتداءات")
	// groupVictimEntry is the civilians entry such victims stand for.
	groupVictimEntry = &entry{words: []string{"group victims"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// groupVictimMentions returns a civilians mention for each victims noun
// followed, in its sentence, by a mention of an armed group (an actor of
// the rebel or militia kind), at once or after one deeds word.
func (l *lexicon) groupVictimMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, groupVictimNouns, func(i int) (*entry, int) {
		j := i + 1
		if j < len(toks) && !toks[j].gap && toks[j].sent == toks[i].sent && toks[j].has(groupVictimDeeds) {
			j++
		}
		if j >= len(toks) || toks[j].gap || toks[j].sent != toks[i].sent {
			return nil, 0
		}
		for _, o := range ms {
			if o.start == j && o.e.kind == kindActor && l.groundActor(o.e.ids[0]) {
				return groupVictimEntry, i + 1
			}
		}
		return nil, 0
	})
}
