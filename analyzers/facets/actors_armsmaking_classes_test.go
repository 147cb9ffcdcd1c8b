package facets

import (
	"testing"
	"time"
)

// TestActorArmsMaking pins a foreign state named in a sentence about
// developing or making arms, with no word of fighting or harm: the army a
// weapon is made for, the state that builds missiles, is no party to a war
// (armsMaking, actors_statediplomacy.go; each want-none row fails on main).
// The guards: a state whose strikes hit a weapons plant, a news
// "development" ("وفي تطور آخر") beside a death by an army's fire, and a
// strike named by the mention itself keep the state.
func TestActorArmsMaking(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-04-199", title: "«إيرباص» تعتزم تصميم طائرة بضعف سرعة «الكونكورد»",
			text: "وكانت القوات الجوية الأميركية قد كشفت الشهر الماضي عن أملها في تصنيع طائرة تفوق سرعتها سرعة الصوت لتكون قادرة على عبور البلاد المختلفة في دقائق بحلول 2023.",
			not:  []string{"usa"}},
		{id: "2015-07-26-585", title: "إسرائيل والنووي الإيراني",
			text: "وإذا كان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد رفض، كما أكدت صحيفة «هآرتس» الإسرائيلية، عروضاً سابقة من الرئيس أوباما لتطوير قدرات الجيش الإسرائيلي الهجومية والدفاعية كنوع من التعويض على الاتفاق النووي، حتى لا تبدو حكومته موافقة مسبقاً على الاتفاق، فإن توقيع الإتفاق بصيغته النهائية، وصعوبة إسقاطه من الكونغرس والحزب الجمهوري بعد تمريره من مجلس الأمن قد يجعل نتنياهو يقبل العروض الأمريكية .",
			not:  []string{"israel"}},
		// Guard: strikes on a weapons plant.
		{id: "CN-middleEast-1151-20180809", title: "",
			text: "وقال المتحدث باسم الجيش الإسرائيلي المقدم جوناثن كونركوس إن إسرائيل \"شنت سلسلة واسعة من الضربات الجوية ضد حماس، ضربت 140 هدفاً في أكثر من 12 موقعاً في غزة\"، موضحاً أن الأهداف تضمنت مقرات مختلفة لحماس، من ضمنها محطات تصنيع ومقرات قيادة ومستودعات للأسلحة.",
			want: []string{"israel"}},
		// Guard: "تطور" is a development of the news, and a man died of
		// the army's fire.
		{id: "SK-middleEast-2950-20180717", title: "",
			text: "وفي تطور آخر، توفي شاب فلسطيني يدعى ساري داهود الشوبكي (20 عاما)، الثلاثاء، متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي في المنطقة الحدودية شرق مدينة غزة قبل شهرين، بحسب ما ذكرت مصادر طبية في قطاع غزة.",
			want: []string{"israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
