package facets

import (
	"testing"
	"time"
)

// TestActorM57civGazaCounts pins round 57's m57civ class: Palestinians
// counted by their nationality alone, killed or hurt in Gaza where the
// sentence names Israel's forces or fire, with no raid, strike or bombing
// in it (israeliFireCount, actors_civgunfire.go), are no civilians (round
// 43's ruling 2). Every not row fails on main. Guards: the West Bank's
// raid victims (the golds' civilians), a Gaza count beside an air strike
// (left to struckNationals and the strike's own reading), and a count the
// text itself calls civilians.
func TestActorM57civGazaCounts(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// Pool BB-middleEast-899 (gold israel): a UN report's tally.
		{id: "BB-middleEast-899-20180818", title: "مقترح أممي لنشر قوات عسكرية لحماية الفلسطينيين في الضفة المحتلة",
			text: "وعُرضت المقترحات في تقرير طلبته الجمعية العامة في رد على زيادة معدلات العنف في قطاع غزة، حيث قُتل 171 فلسطينياً بالرصاص الإسرائيلي منذ شهر مارس أذار الماضي.",
			not:  []string{"civilians"}},
		// Blind SK-economy-1438 (gold israel): the fence's dead beside a fuel halt.
		{id: "SK-economy-1438-20181012", title: "إسرائيل توقف دخول الوقود إلى قطاع غزة",
			text: "وفي وقت سابق الجمعة، قتل ستة فلسطينيين على الأقل في قطاع غزة برصاص جنود إسرائيليين.",
			not:  []string{"civilians"}},
		// Corpus FR-middleEast-492: "المدنيين" only inside the Arab League's charge (ruling 2's own example).
		{id: "FR-middleEast-492-20180517", title: "الجامعة العربية تطالب بإجراء \"تحقيق دولي ذي صدقية في جرائم الاحتلال\" الإسرائيلي",
			text: "وقال الأمين العام للجامعة أحمد أبو الغيط \"نطالب بتحقيق دولي ذي صدقية في الجرائم التي ارتكبها الاحتلال\" الإسرائيلي، مشيرا إلى مقتل قرابة 60 فلسطينيا على الحدود بين إسرائيل وقطاع غزة هذا الأسبوع.",
			not:  []string{"civilians"}},
		// Guard: holdout-14's Burqin raid (2015-07-23-254, coded civilians).
		{id: "2015-07-23-254", title: "«الخارجية» الفلسطينية: استمرار الاستيطان الإسرائيلي «إعلان حرب» على الفلسطينيين",
			text: "من جهة أخرى، قالت مصادر فلسطينية إن القوات الإسرائيلية قتلت فلسطينيا بالرصاص أمس الأربعاء أثناء قيامها بدهم لاعتقال ناشطين في الضفة الغربية المحتلة إذ اندلعت اشتباكات بينها وبين السكان.",
			want: []string{"civilians"}},
		// Guard: the blind 2015-07-27-764's Qalandia lead names no Gaza (coded civilians).
		{id: "2015-07-27-764", title: "وفاة فلسطيني خلال محاولة جيش الاحتلال توقيفه",
			text: "قالت مصادر فلسطينية اليوم الاثنين إن جيش الاحتلال الإسرائيلي قتل شاباً فلسطينياً في مخيم قلنديا للاجئين الفلسطينيين شمال مدينة القدس.",
			want: []string{"civilians"}},
		// Guard: a count the text calls civilians in its own voice.
		{id: "m57civ-own", title: "مقتل مدنيين في غزة",
			text: "قتل ستة مدنيين فلسطينيين في قطاع غزة برصاص جنود إسرائيليين.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
