package facets

import (
	"testing"
	"time"
)

// TestActorTradeVictimsAndSniper pins round 51's m51afn2 class: a victim
// named by her trade in the feminine or with the article (المسعفة،
// الممرضة) or a farmer in the accusative (مزارعا) is a civilian
// where a harm word and a force stand in the sentence, and a sniper with a
// nationality after him ("قناص إسرائيلي") is that state's force, as a
// soldier is, and such a force in the sentence for the victim check. The
// blind codings of CN-middleEast-1093 (civilians, israel),
// AL-internationalNews-1429 and AL-internationalNews-686 (civilians) code
// them; the want rows fail on main. Guards: the fishermen's boats a
// checkpoint searched (SK-middleEast-2654, no civilians), Lebanon's
// disputed farms ("مزارع شبعا"), and a sniper of no state.
func TestActorTradeVictimsAndSniper(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-1093-20180603", title: "المسعفة رزان النجار.. رحلت وبقيت ابتسامتها على جدران حيها",
			text: "فارقت رزان النجار الحياة على بعد مئات الأمتار من حيها. المسعفة الشابة، البالغة من العمر 21 عاماً، فارقت الحياة بعدما أصيبت برصاصة في الصدر من قبل قناص إسرائيلي شرق خان يونس.",
			want: []string{"civilians", "israel"}},
		{id: "AL-internationalNews-1429-20180602", title: "صفارات الإنذار تدوي في قرى إسرائيلية قرب حدود غزة",
			text: "إلى ذلك قتل قناص إسرائيلي أمس الجمعة المسعفة الشابة، رزان نجار، بينما كانت تسعف المصابين في مخيم شرق خان يونس.",
			want: []string{"civilians", "israel"}},
		{id: "AL-internationalNews-686-20180330", title: "في ذكرى يوم الأرض.. مقتل فلسطيني بقصف إسرائيلي على غزة",
			text: "وقال ناطق باسم الوزارة إن مزارعاً، في الـ27 من العمر، قتل، كما جرح آخر في قصف مدفعي إسرائيلي بالقرب من خانيونس بجنوب القطاع.",
			want: []string{"civilians", "israel"}},
		// Guard: the fishermen's boats a militia's checkpoint searched; the
		// strike hit the checkpoint.
		{id: "SK-middleEast-2654-20180629", title: "جريمة حوثية جديدة.. \"أسلحة ثقيلة\" وسط مدينة الحديدة",
			text: "واستهدفت غارات للتحالف العربي نقطة بحرية نصبتها الميليشيات لتفتيش قوارب الصيادين في سواحل مديرية اللحية شمال الحديدة، ما أسفر عن سقوط قتلى.",
			not:  []string{"civilians"}},
		// Guard: Lebanon's disputed farms are no farmer.
		{id: "guard-shebaa", title: "توتر على الحدود",
			text: "قصف الجيش الإسرائيلي أطراف مزارع شبعا المحتلة دون وقوع إصابات.",
			not:  []string{"civilians"}},
		// Guard: a sniper of no state is no state's force.
		{id: "guard-sniper", title: "قناص في درعا",
			text: "أصيب رجل برصاص قناص مجهول في مدينة درعا.",
			not:  []string{"israel", "syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorOccupationSoldiers pins round 51's m51afn2 second class
// (actors_occupier.go): "جنود الاحتلال", which the lexicon's occupation
// aliases (قوات الاحتلال، جيش الاحتلال) lack, is Israel's force where the
// article names Israel or the Palestinians and no other state's adjective
// follows. Blind SK-middleEast-802 codes Israel for "قتل 18 فلسطينيا على
// أيدي جنود الاحتلال"; the want row fails on main. Guards: a memoir of
// Iraq's occupation of Kuwait (2015-08-02-146) and Turkey's soldiers.
func TestActorOccupationSoldiers(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-802-20180406", title: "البيت الأبيض للمتظاهرين في غزة: لا تقربوا السياج الحدودي",
			text: "دعا البيت الأبيض الخميس، عشية تظاهرة جديدة من المتوقع خروجها في قطاع غزة، الفلسطينيين إلى عدم الاقتراب من الحاجز الحدودي مع إسرائيل حيث قتل 18 فلسطينيا على أيدي جنود الاحتلال الأسبوع الماضي.",
			want: []string{"israel"}},
		// Guard: Iraq's occupation of Kuwait, no Israeli or Palestinian word.
		{id: "2015-08-02-146", title: "بعد 25 عامًا من الغزو العراقي.. هواجس الكويتيين من جارة أخرى",
			text: "وروى تعرضه لموقف صعب أن يتقبله أي رب أسرة عندما حاول بعض جنود الاحتلال أن يأخذوا ابنه الصغير سالم منه.",
			not:  []string{"israel"}},
		// Guard: another state's adjective names the occupier.
		{id: "guard-turkish", title: "عفرين",
			text: "قال ناشطون فلسطينيون في المخيم إن جنود الاحتلال التركي قتلوا ثلاثة مدنيين في عفرين.",
			not:  []string{"israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
