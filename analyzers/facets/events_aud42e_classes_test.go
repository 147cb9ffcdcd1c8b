package facets

import "testing"

// TestEventTypesFightAbilityWishGoing pins the capacity, spur, wish and
// going words of fightJoined (events.go): a القتال after one of them is a
// capacity to fight, a spur or a wish to, or a recruit's going to the
// fronts, never a fight of the news. The round-42 blind audit aud42e coded
// no event for an Israeli minister's words on the Syrian army, whose
// "عدم تمكّن الجيش من القتال" of 2015 typed an armed clash; the earlier
// blind codings gave none to Nasrallah's wish to fight for the Houthis, to
// the feature on ISIS's women fighters ("تحفيزهم على القتال") or to the
// Houthi conscription story ("رفضهم التوجه إلى جبهات القتال"). The true
// rows are guards: a fight told going on ("استمرار القتال"، "مواصلة
// القتال") keeps its type.
func TestEventTypesFightAbilityWishGoing(t *testing.T) {
	checkTypes(t, []typeCase{
		{"an army unable to fight (2015 manpower, a minister's words)", "SK-middleEast-3263-20180807", "وزير الدفاع الإسرائيلي: جيش النظام السوري يتعاظم",
			`قال وزير الدفاع الإسرائيلي، إفيغدور ليبرمان، الثلاثاء، إن النظام السوري عزّز حجم قواته البرية، ليتجاوز المستوى الذي كان عليه قبل الحرب الأهلية.
وبحلول عام 2015 أقرّ الرئيس بشار الأسد بأن نقص "القوة البشرية"، أدى إلى عدم تمكّن الجيش من القتال في جميع المناطق خوفا من خسارة أراض مهمة.`,
			"2018-08-07 18:51", "armed-clash", false},
		{"Nasrallah wishes to fight for the Houthis", "AL-internationalNews-1813-20180630", "من مخبأ سرّي.. حسن نصر الله يتمنى القتال لصالح الحوثي",
			`قال الأمين العام لميليشيات حزب الله اللبناني حسن نصر الله في كلمة متلفزة إنه يتمنى أن يكون مقاتلا مع الحوثيين في اليمن.`,
			"2018-06-30 12:00", "armed-clash", false},
		{"ISIS spurs its men to fight", "BB-middleEast-23-20180213", "محاربات تنظيم الدولة: الورقة الأخيرة؟",
			`لذا يرجح أن التنظيم كان يستخدم مقالات وأفلام دعائية لإحراج الرجال وتحفيزهم على القتال من خلال إظهارهم أضعف من النساء اللواتي "لم يكن يخشين الموت".`,
			"2018-02-13 12:00", "armed-clash", false},
		{"officers refuse to head for the fronts", "SK-middleEast-2114-20180603", "الحوثيون.. انهيار وفرار وحملة اعتقالات بصنعاء",
			`نفذت ميليشيا الحوثي حملة اعتقالات واسعة طالت العشرات من ضباط الجيش اليمني السابق بعد رفضهم التوجه إلى جبهات القتال، حسب ما أفادت مصادرنا.
وطالب الحوثيون الضباط والجنود وأفراد الأمن تحت سن الـ40 عاما، بالتوجه إلى جبهات القتال بعد الانهيار الذي شهدته صفوف المليشيات الإيرانية.`,
			"2018-06-03 12:00", "armed-clash", false},
		{"a TV series hero's great capacity to fight", "AL-culture-344-20180510", "مسلسل يروي سيرة قائد عربي شهير في الشجاعة والكرم",
			`يروي المسلسل سيرة قائد عربي عرف بالشجاعة والكرم والقدرة الفائقة على القتال.`,
			"2018-05-10 12:00", "armed-clash", false},
		// Guards: a fight told going on.
		{"guard: fighting goes on in Eastern Ghouta", "BB-middleEast-117-20180228", "الغوطة الشرقية: استمرار القتال رغم الهدنة",
			`ويتواصل القتال في منطقة الغوطة الشرقية رغم تطبيق تهدئة لمدة خمس ساعات يوميا أعلنتها روسيا، حليف الحكومة السورية، للسماح للمدنيين بالمغادرة.
واستمر القتال العنيف الأربعاء على أطراف الغوطة.`,
			"2018-02-28 12:00", "armed-clash", true},
		{"guard: the Kurds vow to go on fighting in Afrin", "BB-middleEast-69-20180221", "الأكراد يتعهدون بمواصلة القتال في عفرين",
			`تعهدت وحدات حماية الشعب الكردية مواصلة القتال في عفرين، فيما تواصلت الاشتباكات بين مقاتليها والقوات التركية الأربعاء.`,
			"2018-02-21 12:00", "armed-clash", true},
	})
}
