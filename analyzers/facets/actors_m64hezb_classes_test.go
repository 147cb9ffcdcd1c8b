package facets

import "testing"

// TestSanctionedMilitiaM64 pins round 64's m64hezb class: a story of
// sanctions on an armed group, or of its leaders put on a terror list,
// that tells no event codes the group only where some sentence tells its
// war in Syria (sanctionsTitle, warTold; actors_sanctioned.go), as the golds
// sort rul45d-3's designation kind: the charge "يطيلون أمد المعاناة
// الإنسانية في سوريا" alone is no role. The want rows fail on main. Guards:
// the article's own "يقاتل حزب الله إلى جانب قوات النظام السوري" and a
// killing told in the Syrian war keep it; an election story's sanctions are
// the election reader's (allPolitical), whose Syrian sentence keeps it.
func TestSanctionedMilitiaM64(t *testing.T) {
	const gulfCharge = "وجاء في البيان الصادر من السعودية إن حزب الله وإيران الراعية له يطيلون أمد المعاناة الإنسانية في سوريا، ويأججون العنف في العراق واليمن، يعرضون لبنان واللبنانيين للخطر."
	checkStateClass(t, []stateClassCase{
		// pool holdout-52 SK-middleEast-1754-20180516 (gold no actors).
		{id: "SK-middleEast-1754-20180516", title: "السعودية وحلفاؤها تدرج 10 من قادة حزب الله على قائمة الإرهاب",
			text: "أدرجت المملكة العربية السعودية وحلفاؤها في مركز استهداف تمويل الإرهاب، الأربعاء، 10 قيادات من ميليشيات حزب الله على قائمة الإرهاب. " + gulfCharge,
			not:  []string{"hezbollah"}},
		// pool holdout-35 CN-middleEast-950-20180516 (gold no actors).
		{id: "CN-middleEast-950-20180516", title: "السعودية تعلن فرض عقوبات جديدة تستهدف قادة حزب الله",
			text: "أعلنت المملكة العربية السعودية، الأربعاء، عن فرض عقوبات جديدة ضد جماعة \"حزب الله\" اللبنانية، وتصنيف قادة الجماعة كـ\"إرهابيين\". " + gulfCharge,
			not:  []string{"hezbollah"}},
		// Guard: pool holdout-30 FR-internationalNews-1285-20180517 (gold hezbollah):
		// the war told in the article's own voice.
		{id: "FR-internationalNews-1285-20180517", title: fr1285Title,
			text: gulfCharge + " " + fr1285War,
			want: []string{"hezbollah"}},
		// Guard: corpus AL-internationalNews-578-20180322 (a killing told
		// in the Syrian war; left coded).
		{id: "AL-internationalNews-578-20180322", title: "تفاصيل خلاف أميركي ألماني حول تصنيف \"حزب الله\" إرهابياً",
			text: "ويعتبر حزب الله الذراع الاستراتيجي لإيران في الشرق الأوسط والذي لعب دوراً حاسماً في قتل أكثر من 500 ألف مدني في الحرب السورية.",
			want: []string{"hezbollah"}},
		// Guard: pool holdout-18 AL-internationalNews-954-20180503 (gold hezbollah):
		// an election story whose title names sanctions.
		{id: "AL-internationalNews-954-20180503", title: "مقاعد نيابية أكثر لحزب الله.. تعني عقوبات أميركية إضافية",
			text: "اهتمت الإدارة الأميركية بفهم النتيجة الممكنة للانتخابات، الأولى تشير إلى أن حزب الله سيحافظ على كتلته النيابية كما هي، أي 13 مقعداً في مجلس النواب. " +
				"بل ينظر إليه الأميركيون من باب الأزمة السورية ودعم حزب الله لنظام الأسد، فميليشيات حزب الله موجودة في سوريا والعراق واليمن.",
			want: []string{"hezbollah"}},
	})
}
