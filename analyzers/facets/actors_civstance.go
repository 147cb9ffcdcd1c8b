package facets

// Civilians named only as the holders of a feeling, a stance or a word:
// "وزعزعة ولاء المواطنين للدولة"، "زاد مقتل خمسة متظاهرين ... من غضب
// السكان"، "وسط فرح واستقبال من الأهالي"، "وسط احتفال الأهالي
// بالتخلص"، "ثم أُلقيت كلمة الأهالي وذوي شهداء الواجب". The noun before
// them owns them (their loyalty, anger, joy, welcome, speech): the
// sentence's harm word, where it has one, is another's (protesters killed,
// the martyrs of duty, snipers killed) or an incitement, and the residents
// themselves are told harmed nowhere in it. Round 56's corpus audit
// (c56act) found the Eid ceremony's "كلمة الأهالي" read as civilians.
// Not "تذمر" (grumbling): "بعد تذمر الأهالي من مقتل عدد كبير من
// أبنائهم" tells their sons killed, which the gold codes.

// stanceHolderNouns own the civilians word right after them, or after
// "من" ("استقبال من الأهالي").
var stanceHolderNouns = wordSet("ولاء غضب استياء سخط امتعاض فرح فرحة ابتهاج احتفال احتفالات استقبال ترحيب تعاطف تضامن ارتياح كلمة")

// stanceHolders reports a civilians mention owned by a stanceHolderNouns
// word right before it (or before a "من" right before it), in the same
// sentence with no punctuation between.
func stanceHolders(toks []token, m mention) bool {
	if !inArticle(toks, stanceHolderNouns) {
		return false
	}
	i := m.start - 1
	if i >= 0 && toks[i].w == "من" {
		i--
	}
	if i < 0 || toks[i].sent != toks[m.start].sent || !toks[i].has(stanceHolderNouns) {
		return false
	}
	for k := i + 1; k <= m.start; k++ {
		if toks[k].gap {
			return false
		}
	}
	return true
}
