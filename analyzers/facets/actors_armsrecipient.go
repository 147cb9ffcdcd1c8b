package facets

import "strings"

// An armed group named only as where arms go: "لتوقف ما تقول إنه شحنات
// أسلحة متطورة مرسلة إلى حزب الله" in a story of Israel's strikes in
// Syria. The strikes hit the shipments and whoever holds them in Syria;
// the group they are bound for is their destination, as the gold codes it
// ("Hezbollah only an arms recipient").

// shipmentWords name arms on their way.
var shipmentWords = union(armsGoodsWords, wordList("شحنات شحنة الشحنات الشحنة إمدادات الإمدادات"))

// recipientEpithets may stand between "إلى" and the group: "مرسلة إلى
// عدوها حزب الله".
var recipientEpithets = wordSet("عدوها عدوه حليفها حليفه حلفائها حلفائه")

// armsRecipient reports a group mention right after "إلى" that an arms or
// shipment word precedes within five words of the same sentence, where the
// rest of the sentence tells no fighting of it.
func armsRecipient(toks []token, m mention) bool {
	i := m.start - 1
	if i > 0 && toks[i].has(recipientEpithets) {
		i--
	}
	if i < 1 || toks[m.start].gap || toks[i].w != "الي" {
		return false
	}
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(fightWords) || toks[j].has(militiaWarWords) {
			// "شحنات أسلحة إلى حزب الله ... الذي يقاتل عناصره في
			// سوريا": the sentence goes on to its war.
			return false
		}
	}
	// toks[i+1] is m.start or its epithet, in m's sentence (no gap).
	return cueBeforeLink(toks, i+1, 5, shipmentWords)
}

// Hezbollah named only as the recipient of another state's support, as
// its proxy or instrument, or as what a state threatens with (ruling
// rul45d-3, testdata/adjudication/README.md): "الدعم المستمر الذي قدمته
// إيران لميليشيات حزب الله"، "ودعمها للمتمردين الحوثيين في اليمن ولحركة
// حماس في غزة ولحزب الله اللبناني"، "لوقف الدعم الإيراني للجماعات المسلحة
// في المنطقة، مثل حزب الله"، "طريق للإمدادات من إيران لحزب الله"، "عبر
// وكلائها الميليشيات الشيعية في العراق ... وحزب الله في لبنان"، "إيران
// تستخدم حزب الله"، "وتهدد أيضا إسرائيل بحزب الله". Such a mention gives
// Hezbollah no armed role of its own, and the group is coded only where
// another clause does. A mention whose sentence goes on to fighting or
// to its war in Syria keeps it ("بنادق إيران ... ممثلة في ميليشيات حزب
// الله" that fight there), and so does the title's supply, which is the
// article's news ("طرق سرية تستخدمها إيران لتهريب الأسلحة لحزب الله"),
// and so does one whose sentence goes on to Hezbollah's training, arming
// or smuggling (fighterArmingWords): it arms another group.

// supportCueWords name support, funds and supplies given to a group.
var supportCueWords = union(shipmentWords, wordList("دعم الدعم دعمها دعمه دعمهم دعمهما بدعم لدعم تمويل التمويل تمويلها تمويله "+
	"تزويد تزويدها تسليح تسليحها مؤن المؤن للمؤن للإمدادات صواريخ الصواريخ مساعدات المساعدات"))

// recipientLinks stand between a list of supported groups and one of
// them: "للجماعات المسلحة في المنطقة، مثل حزب الله"، "بما في ذلك حزب الله".
var recipientLinks = wordSet("مثل ومثل منها ومنها سيما وخاصة خاصة ذلك إلى الى")

// ownerWords before "لحزب الله" make the ل one of possession, not of
// receipt: "صواريخ تابعة لحزب الله"، "الأمين العام لحزب الله".
var ownerWords = wordSet("تابعة التابعة تابع التابع تابعين التابعين العام مواقع موقع مخازن مخزن منشآت")

// proxyLabelWords call a group another's proxy, arm or tool.
var proxyLabelWords = wordSet("وكيل وكيلها وكيله وكلاء الوكلاء وكلائها وكلائه أذرع أذرعها أذرعه ذراعها ذراعه أدوات أدواتها أدواته أداة أداتها")

// instrumentVerbs make the group what another uses or threatens with:
// "إيران تستخدم حزب الله"، "استخدامها حزب الله"، "وتهدد أيضا إسرائيل
// بحزب الله". Feminine (the state), so the group after them is the object.
var instrumentVerbs = wordSet("تستخدم استخدامها مستخدمة تهدد")

// pursuitWords make the group the object of a vow to pursue it: "واعدا
// بـ ملاحقة العملاء الإيرانيين واتباعهم في حزب الله".
var pursuitWords = wordSet("ملاحقة بملاحقة")

// hezbollahNoRole reports a Hezbollah mention of one of those kinds.
func hezbollahNoRole(toks []token, ms []mention, m mention) bool {
	s := toks[m.start].sent
	for j := m.end; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].has(fightWords) || toks[j].has(militiaWarWords) || toks[j].has(fighterArmingWords) {
			// "عبر أداتها تنظيم حزب الله الإرهابي بتدريب ما تسمى بجماعة
			// البوليساريو": it trains another armed group, a role.
			return false
		}
	}
	if warInSyria(toks, ms, m) {
		return false
	}
	w := toks[m.start].w
	if nearBefore(toks, m.start, 3, instrumentVerbs) || nearBefore(toks, m.start, 8, proxyLabelWords) || nearBefore(toks, m.start, 6, pursuitWords) {
		return true
	}
	if toks[m.start].title {
		return false
	}
	linked := strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ول")
	i := m.start - 1
	if i < 0 || toks[i].sent != s {
		return false
	}
	if linked && toks[i].has(ownerWords) {
		return false
	}
	if !linked && !toks[i].has(recipientLinks) {
		return false
	}
	return nearBefore(toks, m.start, 10, supportCueWords)
}
