package facets

import (
	"testing"
	"time"
)

// TestTitleIranSupplyAfterName pins round 53's blind audit (aud53c): a
// title that names the Houthis and tells Iran supplying, smuggling or
// arming them codes iran (ruling 8 of round 43, rul45b-1(a)) whether the
// act comes before Iran's name, as titleIranSupply read ("تهريب إيران
// الأسلحة للحوثي"), or after it ("هكذا تقوم إيران بتهريب الأسلحة إلى
// الحوثيين"، "ربط إيران بتسليح الحوثيين"، "الحرس الثوري الإيراني ينفي
// تزويد الحوثي"، "تدين طهران بسبب تسليحها الحوثيين"), and when Iran is
// the adjective of the arms that flow ("تدفق الأسلحة الإيرانية إلى
// الحوثيين") or the Iranians who supplied them ("عقوبات على إيرانيين
// زودوا الحوثيين"). The golds code iran for each (round53-blindc
// CN-middleEast-408, round50-blinda CN-middleEast-116, round42-blindd
// CN-middleEast-396, round39-blinda 2015-07-23-70, holdout46
// CN-middleEast-1002); the want rows fail on main. Guards: an Iranian plan
// to smuggle a Houthi leader out, the Houthis' missiles called Iranian, a
// supply charged only in the body, and Iran as the Houthis' backer stay
// without iran.
func TestTitleIranSupplyAfterName(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-408-20180328", title: "المالكي لـCNN: هكذا تقوم إيران بتهريب الأسلحة إلى الحوثيين",
			text: "جزء من مقابلة مع العقيد الركن تركي المالكي المتحدث باسم التحالف العربي الذي تقوده المملكة العربية السعودية في اليمن، ويتحدث فيه عن طريقة تهريب الأسلحة من إيران إلى الحوثيين في اليمن، قائلا إن العملية تبدأ من لبنان مرورا بسوريا.",
			want: []string{"iran"}},
		{id: "CN-middleEast-116-20180227", title: "روسيا تُفشل بالفيتو ربط إيران بتسليح الحوثيين: نخشى توترا سنيا شيعيا",
			text: "أفشلت روسيا مشروع قرار قدمته بريطانيا يربط بين إيران وعمليات تهريب الأسلحة إلى المسلحين الحوثيين باليمن، وذلك باستخدام حق النقض \"الفيتو\" لوقفه حماية لحليفتها طهران.",
			want: []string{"iran"}},
		{id: "CN-middleEast-396-20180327", title: "الحرس الثوري الإيراني ينفي تزويد الحوثي بالصواريخ",
			text: "نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين في اليمن بصواريخ ومعدات عسكرية، وذلك بعد الاتهامات التي وجهتها المملكة العربية السعودية لطهران بأنها زودت الحوثي بصواريخ قايم وزلزال.",
			want: []string{"iran"}},
		{id: "SK-middleEast-129-20180228", title: "واشنطن ولندن وباريس وبرلين تدين طهران بسبب تسليحها الحوثيين",
			text: "أعربت الولايات المتحدة وبريطانيا وفرنسا وألمانيا عن \"إدانتها\" لإيران بسبب انتهاكها حظر السلاح المفروض من الأمم المتحدة على اليمن.",
			want: []string{"iran"}},
		{id: "2015-07-23-70", title: "مسؤول يمني لا يستبعد استمرار تدفق الأسلحة الإيرانية إلى الحوثيين",
			text: "قال اللواء علي الأحمدي، رئيس جهاز الأمن القومي في اليمن، لـ«الشرق الأوسط»، إنه «لا يمكن الجزم بعدم وصول أسلحة لميليشيات الحوثيين من إيران أو غيرها عبر البحر».",
			want: []string{"iran"}},
		{id: "CN-middleEast-1002-20180522", title: "الخزانة الأمريكية تفرض عقوبات على إيرانيين زودوا الحوثيين بخبراتهم",
			text: "فرضت وزارة الخزانة الأمريكية عقوبات اقتصادية على خمسة مسؤولين إيرانيين زودوا الحوثيين في اليمن بخبرات تقنية مرتبطة بالصواريخ الباليستية، وفقا لبيان أصدره وزير الخزانة الأمريكية، ستيفن مونشن، الثلاثاء.",
			want: []string{"iran"}},
		// Guard: the supply before the name, as main read it.
		{id: "SK-middleEast-636-20180329", title: "تركي المالكي يكشف طريقة تهريب إيران الأسلحة للحوثي",
			text: "كشف المتحدث باسم التحالف العربي العقيد الركن تركي المالكي طريقة تهريب الأسلحة إلى اليمن.",
			want: []string{"iran"}},
		// Guard: a plan to smuggle a Houthi leader out is no arms supply.
		{id: "AL-internationalNews-1347-20180527", title: "أنباء عن خطة إيرانية لتهريب الحوثي وقيادات تستعد للفرار",
			text: "أكدت مصادر يمنية متطابقة، أن كبار قيادات ميليشيا الحوثي في معقلهم الرئيس بمحافظة صعدة أقصى شمال اليمن، بدأت بترتيب أوضاعها للهروب.",
			not:  []string{"iran"}},
		// Guard: the Houthis' missiles called Iranian, no supply word.
		{id: "SK-middleEast-647-20180329", title: "إنفوغرافيك.. تفاصيل صواريخ الحوثيين الإيرانية",
			text: "كشف موقع \"لونغ وار جورنال\" معلومات مفصلة عن الصواريخ الإيرانية التي تستخدمها ميليشيات الحوثي المرتبطة بطهران، في محاولة لاستهداف مناطق في السعودية.",
			not:  []string{"iran"}},
		// Guard: the supply charged only in the body (ruling 8's
		// FR-middleEast-368), Iran a modifier in the title.
		{id: "guard-body-charge", title: "الحوثيون المدعومون من إيران يطلقون صاروخا على جازان",
			text: "أطلق الحوثيون صاروخا باليستيا على جازان. وتتهم الرياض طهران بتزويدهم بالصواريخ.",
			not:  []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
