package facets

import "testing"

// Round 45's blind audit (aud45a) found a mine told as the cause of a
// sentence's dead untyped: "هذا العدد من القتلى والجرحى ناجم عن الألغام
// الأرضية التي زرعتها ميليشيات الحوثي" names no blast word, which a bare
// mine needed (mineBlown). mineCaused reads a cause word right before the
// mine (or its عن) with the sentence's dead or wounded. The true rows fail
// on the start. Guard: a mine that slowed an advance and hurt no one.
func TestEventTypesMineCaused(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Aden's dead and wounded caused by the Houthis' mines", "2015-08-06-258",
			"«أطباء بلا حدود» تصف الوضع في اليمن بـ«الصادم»",
			"في غضون ذلك، وقال مصدر طبي في مكتب الصحة بعدن لـ«الشرق الأوسط» إن حصيلة أعمال العنف التي سجلت أول من أمس هي 19 قتيلاً و133 جريحا. " +
				"وأكد المتحدث أن هذا العدد من القتلى والجرحى ناجم عن الألغام الأرضية التي زرعتها ميليشيات الحوثي والرئيس المخلوع علي عبد الله صالح في آخر معاقلهم قبل انسحابها.",
			"2015-08-06 12:00", "remote-explosive-landmine-ied", true},
		{"loyalists killed by mines the rebels planted", "2015-08-08-59",
			"زنجبار محررة.. وقوة سعودية إلى عدن لتطهيرها من الألغام",
			"وتأتي هذه الخطوة بعدما أعلن عن مقتل أكثر من 15 من الموالين للشرعية بسبب ألغام زرعها المتمردون في عدن قبل فرارهم منها.",
			"2015-08-08 12:00", "remote-explosive-landmine-ied", true},
		{"guard: a careful advance because of the mines", "2015-08-10-118",
			"الجيش والمقاومة يعلنان تحرير زنجبار.. ويدخلان مدينة شقرة",
			"وأوضحت أن جبهة المقاومة في الجبهة الجنوبية بمحافظة أبين التحمت صباح أمس بالمقاومة في جبهة زنجبار، بعد تقدم حذر نتيجة الألغام المنتشرة بكثرة.",
			"2015-08-10 12:00", "remote-explosive-landmine-ied", false},
	})
}
