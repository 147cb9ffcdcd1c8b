package facets

import (
	"testing"
	"time"
)

// TestActorKurdishGloss38 pins Syria's Kurdish fighters named by their
// people in the indefinite ("فصائل كردية"، "مقاتلون أكراد"، "جماعات
// كردية": ypg aliases in data/actors.tsv beside their definite forms),
// and the SDF named by its make-up: Kurds joined at once by Arabs
// ("فصائل كردية وعربية"، "المقاتلين الأكراد والعرب") are the SDF, not the
// YPG (sdfGlossMentions, actors_match.go). The blind coders gave ypg for
// the first (2015-07-25-37, round 38's own sample SK-middleEast-123) and
// sdf for the second (FR-middleEast-9); the pool's SK-middleEast-2409 has
// no ypg beside AFP's gloss.
//
// Guards: Kurdish gunmen in Turkey (the PKK's, "مسلحون أكراد" is no alias),
// and Kurds and Arabs fighting in Iraq (the SDF gloss counts only in an
// article about Syria).
func TestActorKurdishGloss38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-123-20180228", title: "أنقرة \"مستاءة\" من فرنسا بسبب عملية عفرين",
			text: "ويشن الجيش التركي منذ ال 20 يناير الماضي عملية  في (عفرين) لطرد عناصر فصائل كردية مسلحة.",
			want: []string{"ypg", "turkey"}},
		{id: "2015-07-21-981", title: "وزارة الداخلية التركية: مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا",
			text: "وذكرت أن الانفجار وقع فيما اجتمع شباب أتراك وأكراد في المركز الثقافي قبل رحلة مقرّرة لبلدة كوباني في سوريا التي يؤمنها مقاتلون أكراد سوريون منذ الشهر الماضي بعد هجوم على متشددي تنظيم الدولة الإسلامية.",
			want: []string{"ypg"}},
		{id: "FR-middleEast-9-20180217", title: "مقتل روس في غارة أمريكية يكشف عن وجه \"خفي\" للتدخل العسكري الروسي في سوريا",
			text: "ففي 7 شباط/فبراير 2018 أعلنت الولايات المتحدة أن غاراتها الجوية على منطقة دير الزور أوقعت مئة قتيل على الأقل بين مقاتلين مؤيدين لدمشق، وقالت إن غاراتها تلك كانت ردا على استهداف مقر المقاتلين الأكراد والعرب السوريين المدعومين من واشنطن.",
			want: []string{"sdf"}, not: []string{"ypg"}},
		{id: "SK-middleEast-656-20180329", title: "ماكرون يلتقي وفدا من قوات سوريا الديموقراطية",
			text: "استقبل الرئيس الفرنسي إيمانويل ماكرون الخميس وفدا من قوات سوريا الديموقراطية، وهي تحالف من المقاتلين الأكراد والعرب، وأكد \"دعم فرنسا\" لهم.",
			want: []string{"sdf"}, not: []string{"ypg"}},
		// Guards.
		{id: "2015-08-10-1616", title: "عام / اهتمامات الصحف اللبنانية",
			text: "وأخبرت عن إصابة رجل أمن تركي في اعتداء جديد قام به مسلحون أكراد على مبنى رئاسة فرع حزب العدالة والتنمية الحاكم في حي بي أوغلو وسط اسطنبول.",
			not:  []string{"ypg", "sdf"}},
		{id: "guard-iraq-kurds-arabs", title: "معارك في كركوك",
			text: "وتقاتل قوات من المقاتلين الأكراد والعرب مسلحي داعش قرب كركوك العراقية.",
			not:  []string{"sdf"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
