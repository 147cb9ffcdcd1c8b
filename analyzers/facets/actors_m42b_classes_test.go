package facets

import (
	"testing"
	"time"
)

// TestActorElectionStoryMilitia pins a party militia named only as a
// party in an election story (partyStory and allPolitical in
// politicalMilitias, actors_politics.go, since m42b): Lebanon's 2018
// election results and a government's formation, where Hezbollah is named
// twice and so escaped the one-mention rule, code no Hezbollah in the
// round 37–41 blind codings ("Hezbollah political only"). The first two
// rows fail before m42b. The guards: an election story that tells of
// Hezbollah's war in Syria keeps it (the golds code it, e.g. pool
// AL-internationalNews-1014-20180506), and so does a story with one
// election word.
func TestActorElectionStoryMilitia(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1475-20180507 (shortened)", title: "فوز كبير لـ\"القوات اللبنانية\" وفق نتائج أولية",
			text: "أشارت النتائج الأولية للانتخابات البرلمانية في لبنان إلى أن حزب القوات اللبنانية من المحتمل أن يضاعف تمثيله إلى 15 مقعدا بعد أن كان لديه 8 مقاعد في البرلمان المنتهية ولايته.\nوأظهرت النتائج غير الرسمية أن السنة المدعومين من حزب الله أبلوا بلاء حسنا في مدن بيروت وطرابلس وصيدا وهي معاقل لتيار المستقبل بزعامة الحريري. لكن حزب الله مني بخسائر في أحد معاقله وهي دائرة بعلبك-الهرمل الانتخابية.",
			not:  []string{"hezbollah"}},
		{id: "AL-internationalNews-1052-20180508 (shortened)", title: "بالأسماء.. \"تضاريس الخريطة\" النيابية الجديدة في لبنان",
			text: "إلى ذلك، حقق الثنائي الشيعي (حزب الله وأمل) فوزاً لكنه خسر مرشّح جبيل حسين زعيتر، وهو أصبح الكتلة الأكبر في مجلس النواب.\nفقد حدد حزب الله 12 مقعداً: أنور جمعة، حسين الحاج حسن، إبراهيم الموسوي.",
			not:  []string{"hezbollah"}},
		// Guard: the election story tells of the party's war in Syria.
		{id: "AL-internationalNews-1014-20180506 (shortened)", title: "كل ما تريد معرفته عن الانتخابات النيابية في لبنان",
			text: "يتنافس في الانتخابات النيابية 597 مرشحا على 128 مقعدا في البرلمان.\nحزب الله هو ميليشيات أنشأها الحرس الثوري الإيراني عام 1982. كما شارك الحزب كلاعب رئيسي في النزاع السوري والقتال دعماً لرئيس النظام بشار الأسد، وقاتل حزب الله إلى جانب قوات النظام في سوريا.",
			want: []string{"hezbollah"}},
		// Guard: one election word is no election story.
		{id: "guard-one-word", title: "حزب الله يرفض القرار",
			text: "رفض حزب الله قرار وزير الداخلية بشأن أختام الإيرانيين، وقال نواب حزب الله إن الانتخابات لا علاقة لها بالقرار.",
			want: []string{"hezbollah"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
