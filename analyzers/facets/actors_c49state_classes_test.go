package facets

import (
	"testing"
	"time"
)

// TestActorTradeWarWaged pins round 49's corpus audit c49state classes,
// states named in a sense with no force (actors_match.go): a foreign state
// whose only military word beside it is the verb that wages a trade war
// ("شن ترامب أيضًا حربًا تجارية ضد الصين", tradeWaged), which the golds
// code with no state, and a country's airlines ("شركات الطيران
// الأميركية", airlineNamed). The not rows fail on main. Guards: the
// aircraft alias of an air force, and a waging verb whose object is air
// strikes.
func TestActorTradeWarWaged(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-economy-248-20181001", title: "الولايات المتحدة وكندا تتوصلان إلى اتفاق بديل لـ\"نافتا\"",
			text: "وكجزء من هذه السياسة، شن ترامب أيضًا حربًا تجارية ضد الصين، وهو ما ألحق ضررا بالفعل ببعض الشركات ويمكن أن يحد من النمو الاقتصادي العالمي.",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-3206-20180911", title: "تحذير من استخدام المجال الجوي الإيراني",
			text: "وتحظر أحدث الإرشادات بشأن العراق، والتي صدرت في ديسمبر  2017 على شركات الطيران الأميركية، في معظم الحالات، التحليق على ارتفاع أقل من 26 ألف قدم بسبب احتمال نشوب قتال.",
			not:  []string{"usa"}},
		// Guard: the aircraft alias with no civil-aviation word before
		// it is the air force (FR-internationalNews-2197-20180706).
		{id: "FR-internationalNews-2197-20180706", title: "روسيا تحرق درعا؟",
			text: "كما نقلت الصحفية خبر اختراق الطيران الحربي الروسي للأجواء الأردنية أثناء تنفيذه للغارات على معبر وبلدة نصيب على الحدود السورية الأردنية.",
			want: []string{"russia"}},
		// Guard: the waging verb's object is air strikes (2015-07-23-954).
		{id: "2015-07-23-954", title: "كارتر في بغداد لبحث محاربة داعش",
			text: "وتقود واشنطن منذ أغسطس/آب، ائتلافا دوليا شن آلاف الغارات الجوية على مواقع التنظيم في العراق وسوريا، كما تقوم دول من الائتلاف بتدريب القوات الأمنية العراقية.",
			want: []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
