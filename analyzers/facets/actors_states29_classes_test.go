package facets

import (
	"testing"
	"time"
)

// TestActorAscribedArms pins a strike's or a warplane's state told as a
// guess or a question (ascribedArmsMentions, actors_ascribed.go): a hedge
// after a modified noun, set off by commas or after "من دون طيار", and the
// predicate of a copula after the arms' relative clause, the second of two
// states joined by أو included; the want rows fail on main. The guard: a
// copula's clause with the country as the strike's object names no state.
func TestActorAscribedArms(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-222-20180311", title: "قنابل \"النابالم\" توقع مزيدا من القتلى بالغوطة",
			text: "وقال مدير مركز الدفاع المدني في ريف دمشق لسكاي نيوز عربية، إن طائرة حربية، يعتقد أنها روسية، قصفت مدينة حرستا، ما أدى إلى مقتل 11 مدنياً، بينهم طفل، وإصابة عدد آخر بجراح.",
			want: []string{"russia"}},
		{id: "FR-internationalNews-2536-20180731", title: "المرصد السوري: تنظيم \"الدولة الإسلامية\" خطف 36 سيدة وطفلا خلال هجوم السويداء",
			text: "وأعلن المرصد السوري مساء الاثنين أن ثمانية مدنيين قتلوا الاثنين بينهم خمسة نساء في غارات استهدفت هذه المنطقة، من دون أن يعرف ما إذا كانت الطائرات التي شنت الغارات سورية أو روسية.",
			want: []string{"russia"}},
		{id: "2015-08-01-75", title: "عراقيل تعترض مشاورات ولد الشيخ في القاهرة",
			text: "وخلال الأشهر الأربعة الماضية قتل عدد من قادة التنظيم البارزين، بينهم زعيم التنظيم السابق ناصر الوحيشي (أبو بصير) في غارات جوية لطائرات من دون طيار يعتقد أنها أميركية، واستهدفت تجمعات عناصر التنظيم في حضرموت.",
			want: []string{"usa"}},
		// Guard: the country the strike is against, no adjective.
		{id: "FR-middleEast-266-20180412", title: "ما هي احتمالات ومخاطر الضربات العسكرية المرتقبة؟",
			text: "من المرجح أن تكون الضربة ضد سوريا صاروخية كما كانت الحال العام الماضي.",
			not:  []string{"syrian-government", "russia", "usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorStateSupervision pins a state's supervision named by its
// adjective after "إشراف" (supervisionWords, actors_match.go) in an
// article about Syria: the supervisor of airports or of an evacuation
// deal is a party with no deal word beside it; the want rows fail on main.
// The guard: US supervision of Iraqi troops' training, in an article not
// about Syria, stays out as the broker phrase's entries do.
func TestActorStateSupervision(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1001-20180413", title: "صحيفة إسرائيلية تكشف \"أهداف ترامب\" في سوريا",
			text: "وحسب المصدر، فإن النظام السوري نقل أجزاء كبيرة من عتاده الجوي إلى مطارات تخضع لإشراف روسي، على أمل ألا توجه واشنطن ضربات لهذه المطارات.",
			want: []string{"russia"}},
		{id: "SK-middleEast-1865-20180522", title: "داعش يباغت قوات النظام السوري بهجوم كبير في البادية",
			text: "ويأتي الهجوم بعد ساعات من وصول المئات من عناصر تنظيم داعش على متن حافلات إلى البادية السورية، ممن جرى إجلاؤهم من مخيم اليرموك وحي التضامن في القسم الجنوبي من العاصمة دمشق، \"بعد اتفاق بين تنظيم داعش والنظام بإشراف روسي\"، وفق المرصد.",
			want: []string{"russia"}},
		// Guard: Iraq's troops trained under US supervision.
		{id: "2015-07-25-1426", title: "أقاليم السنة في العراق بعد القضاء على داعش",
			text: "وتعمدت الولايات المتحدة أن يتزامن وصول وزير دفاعها إلى بغداد لتعلن عن نشرها 3 آلاف جندي جرى تدريبهم تحت إشراف أمريكي للمشاركة في معارك الأنبار ضد تنظيم داعش بينهم 500 جندي من أبناء العشائر السنية.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorReconAircraft pins a spy or reconnaissance aircraft named by its
// state (reconModifiers, actors_forces.go): the modifier stands between
// the aircraft, the singular included, and the adjective; the want rows
// fail on main. The guard: a cargo plane's state stays out, the singular
// "طائرة" an airliner's or a freighter's.
func TestActorReconAircraft(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-434-20180331", title: "لبنان: سقوط طائرة في بنت جبيل",
			text: "من جهتها نشرت هيئة البث الإسرائيلي \"مكان\" تقريرا قالت فيه إن \"سلطات جيش الدفاع تحقق في ظروف سقوط طائرة استطلاع إسرائيلية من دون طيار في جنوب لبنان.",
			want: []string{"israel"}},
		{id: "AL-internationalNews-709-20180331", title: "تحطم طائرة تجسس إسرائيلية جنوب لبنان",
			text: "سقطت طائرة تجسس إسرائيلية من دون طيار، صباح السبت، بين بلدتي برعشيت وبيت ياحون في قضاء بنت جبيل جنوب لبنان، وفق الوكالة الوطنية للإعلام.",
			want: []string{"israel"}},
		// Guard: a cargo plane's speed.
		{id: "2015-07-21-402", title: "تصميم تجريبي فائق السرعة",
			text: "يذكر أن أقصى سرعة لطائرة شحن أميركية وهي «سي 5 إم سوبر غالاكسي» 834 كلم / ساعة، وفقا لموقع «بوبيولار ساينس» الإلكتروني في تقرير له.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
