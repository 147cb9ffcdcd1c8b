package facets

import "testing"

// TestTargetedRuler pins round 67's m67sgov class (rul67e-1 (a), (d1)): a
// killing, a punishment or a threat word right before Syria's president's
// name in the title or the lead codes the regime (targetedRuler,
// actors_targetedruler.go). The want rows are pool articles main left
// without the regime, each a title with its lead from the corpus; they fail
// with the rule off. Guards: the lion Cecil ("قتل الأسد سيسيل": "قتل" is left
// out) stays without the regime, and so does a punishment told only deep in
// the body of another story (fails without the title-or-lead test).
func TestTargetedRuler(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool holdout58 CN-internationalNews-578-20180905 (gold usa,
		// syrian-government): Trump denies Woodward's account that he
		// weighed killing Assad.
		{id: "CN-internationalNews-578-20180905", title: "هل فكر ترامب في اغتيال الأسد؟.. الرئيس الأمريكي يرد على كتاب \"الخوف\"",
			text: "(CNN)-- نفى الرئيس الأمريكي، دونالد ترامب، أن يكون قد أمر أو فكر في اغتيال الرئيس السوري، بشار الأسد، وذلك عندما تم الضغط عليه، الأربعاء، للرد على ما نُشر بالكتاب الجديد \"الخوف\" الذي جاء بقلم الكاتب المخضرم بوب وودوارد.",
			want: []string{"syrian-government"}},
		// pool SK-middleEast-2067-20180531 (gold sdf, syrian-government,
		// usa): the SDF answers Assad's threat to retake its ground.
		{id: "SK-middleEast-2067-20180531", title: "قوات سوريا الديمقراطية ترد على \"تهديدات\" الأسد",
			text: "اعتبر متحدث باسم قوات سوريا الديمقراطية، الخميس، أن الخيار العسكري في سوريا ليس حلا للأزمة السورية.\nوطالب كينو غابرييل المتحدث باسم \"سوريا الديمقراطية\" بنظام ديمقراطي يكفل الحقوق العرقية والدينية.",
			want: []string{"syrian-government"}},
		// pool 2015-08-09-1195 (gold syrian-government, isis): an op-ed
		// against Assad whose title names those who punish him.
		{id: "2015-08-09-1195", title: "هؤلاء يعاقبون الأسد",
			text: "لا مفر.. امض واهرب بالقتل واسبح في بحور الدماء كيفما شئت.",
			want: []string{"syrian-government"}},
		// Guard: blind 2015-07-31-331 (gold no actors), a column on the
		// lion Cecil.
		{id: "2015-07-31-331", title: "الأسد سيسيل وكلب الهرم",
			text: "ثارت ضجة عقب نشر خبر قتل الأسد سيسيل، وهو من نجوم حديقة سفاري في زمبابوي، على يد طبيب أسنان أميركي له هواية الصيد البري، وليس أي صيد؛ فهو من هواة المغامره وصيد الحيوانات البرية الضخمة.",
			not:  []string{"syrian-government"}},
		// Guard: corpus SK-economy-329-20180411 (no gold), an oil-price
		// story whose fifth paragraph tells the punishment weighed
		// ("لمعاقبة الرئيس السوري بشار الأسد"): a body line of another
		// story (rul67e-1 a2), whole; fails without the lead test.
		{id: "SK-economy-329-20180411", title: "تراجع أسعار النفط من أعلى مستوى لها منذ 2014",
			text: "تراجعت أسعار النفط، الأربعاء، بعدما بلغت يوم أمس أعلى مستوى لها منذ 2014 بسبب تحذيرات من ضربات جوية ضد سوريا خلال 72 ساعة.\nوبلغت العقود الآجلة لخام برنت 70.78 دولار للبرميل في الساعة 01:54 بتوقيت غرينتش، بانخفاض 26 سنتا أو 0.4 في المئة عن آخر إغلاق لها.\nوارتفع خام برنت بأكثر من 3 في المئة، الثلاثاء، ليصل إلى أعلى مستوى له منذ أواخر عام 2014، عند 71.34 دولاراً للبرميل.\nكما سجلت العقود الآجلة لخام غرب تكساس الوسيط، الأربعاء، 65.38 دولارا للبرميل، بانخفاض 13 سنتا أو 0.2 في المئة.\nوتدرس الولايات المتحدة وقوى غربية أخرى القيام بعمل عسكري لمعاقبة الرئيس السوري بشار الأسد على ما يعتقد بأنه هجوم بغاز سام يوم السبت على مدينة دوما في الغوطة الشرقية لدمشق.",
			not:  []string{"syrian-government"}},
	})
}
