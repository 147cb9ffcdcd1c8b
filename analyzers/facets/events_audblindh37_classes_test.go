package facets

import "testing"

// A massacre word told of a bombing (bombingMassacre): "مجزرة بشعة..
// انتحاري يفجر نفسه وسط أطفال"، a child killed by a mine. ACLED codes a
// bombing of civilians by its weapon, as the massacre words of a
// bombardment already were. A round-37 blind sample's "داعش يتبنى «مجزرة
// كابل»" typed an attack on civilians beside the suicide bombing. The guard
// row: a massacre by direct violence (ذبح) beside a bombing keeps the type.
func TestTypesBombingMassacre(t *testing.T) {
	checkTypes(t, []typeCase{
		{"massacre", "SK-internationalNews-1272-20180430", "مجزرة بشعة.. انتحاري يفجر نفسه وسط أطفال بأفغانستان", "شاهد عشرات أطفال موكبا عسكريا لحلف شمال الأطلسي في قرية بولاية قندهار الأفغانية، فدفعهم فضولهم للاقتراب منه، قبل أن يفجر انتحاري نفسه في الموكب، ويقتل 11 طفلا.\nوقال متحدث باسم حاكم الولاية عزيز أحمد عزيزي: \"كان الموكب في قرية عبد الله قرب المطار، عندما فجّر انتحاري نفسه قرب الآليات التي تجمع حولها عدد كبير من الأطفال\".", "2018-04-30 12:36", "attack-on-civilians", false},
		{"massacre", "AL-internationalNews-20-20180217", "صورة مروعة لطفل لقي حتفه بلغم حوثي بالبيضاء", "لقي طفل حتفه وجرح آخر، السبت، في #انفجار_لغم أرضي زرعته #ميليشيات_الحوثي في مديرية الزاهر بمحافظة #البيضاء وسط اليمن.\nوقال مصدر في البيضاء، إن الطفل محمد أحمد عبدالله علي الوحيشي (15 سنة)، قتل في انفجار لغم أرضي زرعته ميليشيات الحوثي في الطريق العام أمام مستوصف الزاهر بمديرية الزاهر.", "2018-02-17 20:22", "attack-on-civilians", false},
		{"direct", "guard", "مجزرة في قرية بريف حماة", "ذبح مسلحون 12 مدنيا في قرية بريف حماة اليوم بعد ساعات من تفجير انتحاري بسيارة مفخخة استهدف حاجزا للجيش قرب القرية.", "2018-04-13 10:00", "attack-on-civilians", true},
	})
}
