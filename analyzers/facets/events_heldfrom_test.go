package facets

import "testing"

// The bare noun سيطرة right after من (or after عن with a word of leaving)
// names who held a place, not who took it (heldFrom): "تحرير مدينة الرمادي
// ... من سيطرة مسلحي تنظيم داعش" is no takeover by ISIS, "المناطق الخارجة
// عن سيطرة النظام" no regain. A capture timed from its taking ("بعد يومين
// من سيطرة القوات التركية ... على عفرين") or told as a result ("أسفرت عن
// سيطرة قوات الأسد على القريتين") stays one.
func TestEventTypesHeldFrom(t *testing.T) {
	const (
		regain   = "government-regains-territory"
		takeover = "non-state-actor-overtakes-territory"
	)
	const (
		ramadi = "على صعيد العمليات العسكرية في محافظة الأنبار بدأت القوات الأمنية بمشاركة متطوعي العشائر في تنفيذ المرحلة الثانية من عملية تحرير مدينة الرمادي مركز المحافظة من سيطرة مسلحي تنظيم داعش."
		lira   = "فوجئ الموظفون والعاملون في الدولة مطلع الشهر الحالي عندما قبضوا رواتبهم من الصرافات الآلية، بغياب الورقة النقدية الجديدة من فئة الألف ليرة سوريا، وبقاء الورقة القديمة فئة الألف ليرة البالية والمهترئة جدا، هذا في الوقت الذي بدأت فيه بعض المناطق الخارجة عن سيطرة النظام في اعتماد الليرة التركية في دفع رواتب موظفيها."
		afrin  = "وفي شمال سوريا، وبعد يومين من سيطرة القوات التركية وفصائل موالية لها على عفرين ذات الغالبية الكردية في شمال سوريا، انتشر عناصر من الشرطة العسكرية التركية في المدينة، على خلفية قيام مقاتلين بعمليات نهب كبيرة لمحالها ومتاجرها."
		idlib  = "اندلعت اشتباكات بين قوات المعارضة السورية وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب الغربي، أسفرت عن سيطرة قوات الأسد على القريتين، بعد مقتل 30 عنصراً، منها بحسب وكالة مسار برس."
	)
	checkTypes(t, []typeCase{
		{"Ramadi freed from ISIS's hold", "2015-08-07-1105",
			"تنفيذ المرحلة الثانية لتحرير الرمادي", ramadi, "2015-08-07 06:37", takeover, false},
		{"areas out of the regime's hold", "2015-08-11-115",
			"تعطل أجهزة الصرف الآلي بسبب «ورقة الألف ليرة» المطبوعة في روسيا.. وخوف من التضخم", lira, "2015-08-11 13:53", regain, false},
		// Guards: the capture itself, timed from its taking or told as a
		// result.
		{"two days after Turkey's forces took Afrin", "FR-internationalNews-542-20180320",
			"سوريا: عشرات القتلى في قذيفة صاروخية للمعارضة", afrin, "2018-03-20 12:00", takeover, true},
		{"clashes ending in the regime's capture of two villages", "2015-08-03-1112",
			"المعارضة السورية تنسحب من مناطق بريف إدلب", idlib, "2015-08-03 20:32", regain, true},
	})
}
