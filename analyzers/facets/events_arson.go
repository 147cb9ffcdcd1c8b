package facets

import "strings"

// evArson (أحرق، إحراق، أضرم النار) is property destruction when what
// burnt is property someone owns or uses: "أحرق مسلحون مجهولون مبنى
// مدرسة حكومية"، "مجهولون يحرقون مطابع صحيفة"، "أضرموا النيران في
// منازل". ACLED types an armed group's or unknown men's arson as
// looting/property destruction; a riot's arson is the riot's (a violent
// demonstration, see violentProtest), and a body, a flag, tyres or a
// person set alight ("أحرق نفسه") are no property.
const evArson = "arson"

// arsonWords are the burning verbs and masdars of evArson; fireNouns the
// fire a burning verb may name before what it burnt ("أضرموا النار في").
var (
	fireNouns = wordSet("النار النيران نار نيران الحريق حريق")
	// arsonProperty is what an arson burns: buildings, shops, vehicles,
	// places of worship, offices and stores, homes and crops.
	arsonProperty = wordSet("مدرسه مدارس المدرسه المدارس مبني مباني المبني المباني مقر مقرات المقر المقرات مكتب مكاتب المكتب المكاتب " +
		"مطابع مطبعه المطابع منزل منازل المنزل المنازل بيت بيوت البيوت مسجد مساجد المسجد المساجد كنيسه كنائس الكنيسه الكنائس " +
		"محل محلات المحلات متجر متاجر المتاجر سوق السوق مستشفي المستشفي سياره سيارات السيارات حافله حافلات الحافلات شاحنات الشاحنات " +
		"مصنع مصانع المصنع مخزن مخازن المخازن مستودع مستودعات محاصيل المحاصيل حقول الحقول مزارع المزارع خيام الخيام مخيم المخيم " +
		"سفاره السفاره قنصليه القنصليه مركز مراكز المركز المراكز مقار")
	// firebombs thrown at a building are arson too: "هاجم أربعة أشخاص
	// السفارة التركية ... بزجاجات حارقة".
	firebombs = wordSet("حارقه الحارقه مولوتوف المولوتوف")
)

// fireCauses before a burning word make it an accident's.
var fireCauses = wordSet("تسبب يتسبب تتسبب تسببت ادي يودي تودي غابات الغابات")

// burntPeople in an arson's sentence tell people killed or hurt by it.
var burntPeople = wordSet("حرقا قتل مقتل مصرع قتلي قتيل اصيب اصابه جرحي جريح احياء نفسه")

// arsonType types a burning word of the tokens [i, end): property
// destruction when property follows within four words of the verb, past
// the fire it names and في ("أضرموا النار في منازل"), or when the word is
// a firebomb and a building is named in its sentence; else nothing.
func arsonType(toks []token, i, end int) string {
	s := toks[i].sent
	if w := toks[i].w; strings.HasPrefix(w, "لاحراق") || strings.HasPrefix(w, "لحرق") || strings.HasPrefix(w, "لاضرام") {
		return "" // "دعا لإحراق كنائس": a purpose, not a deed
	}
	for j := i - 1; j >= 0 && toks[j].sent == s; j-- {
		if toks[j].has(fireNouns) || toks[j].has(fireCauses) {
			// "حريق غابات ... يحرق السيارات"، "تتسبب زجاجة ماء بحرق
			// سيارة": a fire or an accident burnt it, no one's deed.
			return ""
		}
	}
	for j := max(0, i-8); j < len(toks) && j < end+3; j++ {
		if toks[j].sent == s && toks[j].has(mobCrowds) {
			// "أضرم مستوطنون إسرائيليون النار في منزل": a crowd's or
			// settlers' arson is their violence (see mobType).
			return ""
		}
	}
	for j := i - 1; j >= 0 && toks[j].sent == s; j-- {
		if toks[j].has(burntPeople) {
			return ""
		}
	}
	for j := end; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(burntPeople) {
			// "مقتل طفل فلسطيني حرقا بعدما أضرم ... النار في منزل ذويه":
			// the people the fire killed or hurt are the event; ACLED
			// codes no property destruction apart from a violent event.
			return ""
		}
	}
	if toks[end-1].has(firebombs) {
		for j := i - 12; j < end+8 && j < len(toks); j++ {
			if j >= 0 && toks[j].sent == s && toks[j].has(arsonProperty) {
				return "looting-property-destruction"
			}
		}
		return ""
	}
	for j, n := end, 0; j < len(toks) && n < 4 && toks[j].sent == s; j++ {
		t := &toks[j]
		if t.has(fireNouns) || t.w == "في" || t.w == "فيه" {
			continue // the fire named, not yet what burnt
		}
		if t.has(arsonProperty) {
			return "looting-property-destruction"
		}
		n++
	}
	return ""
}

// arsonNews reports whether an arson may be the article's news: not in a
// protest's or a riot's story, whose arson is the protesters' violence
// ("متظاهرون يحرقون مبنى محافظة البصرة"، "صدامات وسط تونس.. وحرق مركز
// شرطة"), and not where the title or lead tells people killed, whose
// killing is the event the fire was part of ("مقتل طفل فلسطيني حرقا في
// هجوم شنه مستوطنون"): ACLED codes no property destruction apart from a
// violent event.
func arsonNews(toks []token, z leadZone) bool {
	for k := range toks {
		t := &toks[k]
		if t.has(protestWords) || t.has(protesters) || t.has(riotWords) {
			return false
		}
		if z.heads(toks, k) && t.has(killedWords) {
			return false
		}
	}
	return true
}

// riotWords tell a riot or unrest, whose arson is the rioters'; killedWords
// tell people killed.
var (
	riotWords   = wordSet("شغب الشغب مثيري متظاهر محتجون احتجاجا يحتجون يتظاهرون تظاهر تظاهروا صدامات الصدامات غاضبون الغاضبين")
	killedWords = wordSet("قتل مقتل قتلي قتيل قتيلا مصرع استشهاد حرقا رضيع رضيعا قتلوا")
)
