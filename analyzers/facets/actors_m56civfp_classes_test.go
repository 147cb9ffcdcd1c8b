package facets

import (
	"testing"
	"time"
)

// TestActorM56civfpStanceHolders pins round 56's m56civfp class: a
// civilians word owned by a noun of feeling, stance or speech right before
// it (stanceHolders, actors_civstance.go) names no victims, whatever harm
// word the sentence gives another. Every not row fails on main. Guards:
// residents grumbling over their sons' killing (تذمر is not a stance noun:
// the gold codes them), a stance noun with punctuation before the
// civilians word, and civilians killed in the same article's own sentence.
func TestActorM56civfpStanceHolders(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-665-20180627", title: "القضاء المغربي يصدر حكما بسجن الزفزافي 20 عاما",
			text: "وأدانت المحكمة الزفزافي بعدة اتهامات بينها تدبير \"مؤامرة للمس بسلامة الدولة الداخلية، عن طريق التحريض بارتكاب اعتداء الغرض منه إحداث التخريب والقتل في أكثر من منطقة، وكذا التحريض علنا ضد وحدة المملكة المغربية وسيادتها، وزعزعة ولاء المواطنين للدولة المغربية\".",
			not:  []string{"civilians"}},
		{id: "BB-middleEast-959-20180906", title: "مظاهرات البصرة: توقف العمل في ميناء أم قصر عقب اشتباكات عنيفة",
			text: "وقد زاد مقتل خمسة متظاهرين في الاشتباكات مع قوات الأمن الثلاثاء من غضب السكان.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-2144-20180604", title: "الجيش الليبي يعلن المرحلة الثانية من عملية تحرير درنة",
			text: "ونقل موقع \"بوابة الوسط\" عن مصدر ميداني مقتل عدد من القناصة بمحيط فندق اللؤلؤة بالمدينة تزامنا مع دخول قوات تابعة للجيش إلى حي باب درنة وسط فرح واستقبال من الأهالي.",
			not:  []string{"civilians"}},
		{id: "2015-07-21-1029", title: "الأمير مشاري بن سعود يرعى حفل الأهالي بمناسبة العيد وانطلاق فعاليات مهرجان صيف الباحة",
			text: "بعد ذلك أُلقيت قصيدة شعرية بهذه المناسبة، ثم أُلقيت كلمة الأهالي وذوي شهداء الواجب، التي ألقاها عنهم عطية الزهراني، أعربوا فيها عن اعتزازهم باستشهاد أبنائهم دفاعاً عن الوطن.",
			not:  []string{"civilians"}},
		// Guard: grumbling over their sons' killing (pool 2015-08-06-1976, coded).
		{id: "2015-08-06-1976", title: "توتر في ذمار بين الأهالي والحوثيين",
			text: "تسود محافظة ذمار حالة من التوتر الشديد بعد الخلافات التي بدأت تطفو على السطح بين أبنائها من جهة وقيادة التمرد الحوثي وفلول صالح من جهة أخرى، بعد تذمر الأهالي من مقتل عدد كبير من أبنائهم في المعارك.",
			want: []string{"civilians"}},
		// Guard: the stance noun ends its clause; the civilians are the dead.
		{id: "m56civfp-comma", title: "قتلى في قصف على حي سكني",
			text: "وسادت حالة من الغضب، المدنيين قتلوا في القصف الذي استهدف الحي صباح اليوم.",
			want: []string{"civilians"}},
		// Guard: civilians killed in their own sentence beside a welcome.
		{id: "m56civfp-own", title: "مقتل مدنيين في قصف على درنة",
			text: "دخلت القوات المدينة وسط استقبال من الأهالي. وقتل خمسة من المدنيين في قصف استهدف حي باب طبرق.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
