package facets

import (
	"testing"
	"time"
)

// TestActorRegimeByItsDefencesAndTargets pins the regime named by its air
// defences without "الجوية" ("الدفاعات السورية تتصدى") or as the target of
// another's strikes ("غارات جوية في سوريا على أهداف سورية وإيرانية", as
// "أهداف إيرانية" names Iran's), and its militias by the bare "شبيحة"
// ("«شبيحة» النظام"), as the golds of fresh-6, holdout-19 and holdout-13
// code them. The guards: another country's defences in a football match,
// and Iran's targets in Syria.
func TestActorRegimeByItsDefencesAndTargets(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-internationalNews-8-20180218", title: "نتانياهو: سنتحرك ضد إيران نفسها إذا لزم الأمر",
			text: "وكانت الدفاعات السورية المضادة للطائرات أسقطت مقاتلة إسرائيلية خلال عودتها من غارة على مواقع تدعمها إيران في سوريا في وقت سابق.",
			want: []string{"syrian-government"}},
		{id: "FR-internationalNews-2-20180218", title: "نتانياهو يحذر إيران ملوحا بقطعة معدنية \"لا تختبروا عزم إسرائيل\"",
			text: "وشنت إسرائيل في 10 من شباط/فبراير الماضي سلسلة غارات جوية في سوريا على أهداف سورية وإيرانية ردا على اختراق طائرة إيرانية بدون طيار أطلقت من سوريا مجالها الجوي.",
			want: []string{"syrian-government"}},
		{id: "2015-07-21-222", title: "مؤلف «الدواعش من الداخل» يروي تجاربه في العراق وسوريا",
			text: "ويروي كيف عبر الحدود التركية في الساعة الثانية فجرًا وسط مناورات مع «شبيحة» نظام بشار الأسد.",
			want: []string{"pro-government-militias"}},
		// Guards: Russia's defence in a World Cup match; Iran's targets
		// in Syria are not the regime's.
		{id: "world-cup", title: "",
			text: "وأدرك المنتخب الكرواتي التعادل بعد 8 دقائق فقط عندما اخترق ماندزوكيتش الدفاعات الروسية من الناحية اليسرى ومرر الكرة العرضية لكراماريتش الذي أودعها رأسية في شباك المنتخب الروسي.",
			not:  []string{"syrian-government", "russia"}},
		{id: "BB-middleEast-464-20180507", title: "",
			text: "وكان شتاينتز يشير إلى تقارير تحدثت عن أن إيران تسعى للقيام برد انتقامي على الهجمات الأخيرة على أهداف إيرانية في سوريا، التي تتهم طهران إسرائيل بالمسؤولية عنها.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorMilitiasSpeltMilshiyat pins the militia noun spelt ميلشيات (the
// second ي dropped before ش, as Sky News Arabia writes it) in the
// government side's militia phrases: "قوات النظام والميلشيات المتحالفة
// معها" are the regime's militias, as the gold of holdout-21 codes them.
// The guard: the Houthis' militias in Yemen are no Syrian militia.
func TestActorMilitiasSpeltMilshiyat(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-903-20180410", title: "",
			text: "قالت مصادر سورية، الثلاثاء، إن قوات النظام والميلشيات المتحالفة معها في حالة تأهب قصوى، واتخذوا إجراءات احترازية في قواعد ومواقع عسكرية بجميع أنحاء البلاد، وسط مخاوف من هجوم عسكري أميركي وشيك.",
			want: []string{"syrian-government", "pro-government-militias"}},
		// Guard: the Houthis' militias.
		{id: "SK-middleEast-1934-20180525", title: "خسائر بشرية فادحة للحوثيين في جبهة الساحل الغربي",
			text: "وتقدمت المقاومة اليمنية بإسناد من القوات الإماراتية العاملة ضمن تحالف دعم الشرعية بعمق ١٥ كيلومترا، وسيطرت على عدة مناطق ومزارع كانت تتمركز فيها ميلشيات الحوثي المدعومة من إيران.",
			not:  []string{"pro-government-militias", "syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
