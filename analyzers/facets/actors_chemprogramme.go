package facets

// The regime by its chemical programme or arsenal: "ضربات تستهدف البرنامج
// الكيماوي السوري"، "ماتيس: استهدفنا ما سيؤذي الكيماوي السوري"، "واشنطن
// تعاقب مرتبطين بـ"الكيماوي السوري""، "كيماوي سوريا.. واشنطن تدرس ردا
// عسكريا". The programme, its weapons and its sites are the regime's
// military means, whether struck, sanctioned or destroyed, and the golds
// code the regime wherever the text names them so: every one of the 24
// pool and blind lines whose text holds the phrase has syrian-government
// (round 47, m47state), but the phrase names no force, so rasid missed the
// four whose other sentences name only the strikers or the sanctioning
// state. Read in any sentence, as the golds do.
//
// The adjective must follow the chemical word directly: "الأسلحة الكيماوية
// السورية"، "برنامج الأسلحة الكيميائية السوري"، "منشآت كيماوية سورية"; or
// the indefinite chemical noun takes Syria as its owner ("كيماوي سوريا").
// Not the definite chemical word before the country's name: "زيارة فريق
// منظمة حظر الأسلحة الكيميائية سوريا" is the inspectors visiting Syria.

var (
	// chemicalPhraseWords are the chemical words the Syrian adjective
	// follows, definite and indefinite, masculine and feminine.
	chemicalPhraseWords = wordSet("الكيماوي الكيميائي الكيمياوي الكيماوية الكيميائية الكيمياوية كيماوي كيميائي كيمياوي كيماوية كيميائية كيمياوية")
	// chemicalOwnerWords are the indefinite chemical nouns a country's name
	// follows as owner: "كيماوي سوريا".
	chemicalOwnerWords = wordSet("كيماوي كيميائي كيمياوي")
	// chemSyrianWords are the adjective "Syrian" after a chemical word,
	// matched as the whole word (contains, not has, which also matches a
	// word behind a clitic): "هجوم كيماوي بسورية" is an attack in Syria,
	// not Syria's chemical arms.
	chemSyrianWords = plainWords("السوري السورية سوري سورية")
	// chemSyriaWords are the country's name as owner, the whole word.
	chemSyriaWords = plainWords("سوريا")
	// chemicalProgrammeEntry is the regime its chemical programme stands for.
	chemicalProgrammeEntry = &entry{words: []string{"chemical programme"}, kind: kindActor, ids: []string{"syrian-government"}}
)

// chemicalProgrammeMentions returns a regime mention for each chemical word
// followed in the same sentence, with no punctuation between, by the
// adjective "Syrian", or for each indefinite chemical noun followed by
// "سوريا".
func chemicalProgrammeMentions(toks []token) []mention {
	if !inArticle(toks, chemicalPhraseWords) {
		return nil
	}
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].has(chemicalPhraseWords) {
			continue
		}
		n := &toks[i+1]
		if n.gap || n.sent != toks[i].sent {
			continue
		}
		if chemSyrianWords[n.w] || toks[i].has(chemicalOwnerWords) && chemSyriaWords[n.w] {
			out = append(out, mention{e: chemicalProgrammeEntry, start: i, end: i + 2})
		}
	}
	return out
}
