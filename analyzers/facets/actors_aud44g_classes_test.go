package facets

import "testing"

// TestActorIranLedMilitias pins Iran's generic militias named with a sect
// word ("ميليشيات شيعية") before "الموالية لإيران" or led by Iran ("بقيادة
// إيرانية"), which the lexicon's "الميليشيات الموالية لإيران" missed because
// the sect word broke the alias (iranLedMilitiaMentions,
// actors_iranledmilitia.go). aud44g's sample FR-internationalNews-1636
// (Netanyahu accuses Tehran of deploying Shiite militias under Iranian
// command in Syria) read no Iran; the corpus sentences of SK-middleEast-3485
// and FR-middleEast-602 read none either. A named militia loyal to Iran
// (the Houthis, the PMF) stays without Iran, as the samples code it.
func TestActorIranLedMilitias(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-1636-20180604 (sentence)", title: "نتانياهو يحذر ألمانيا من موجة لجوء جديدة إذا لم تتحرك لاحتواء النفوذ الإيراني",
			text: "واتهم نتانياهو طهران بنشر ميليشيات شيعية بشكل مكثف في سوريا، خصوصا من أصول أفغانية وباكستانية بقيادة إيرانية لتحقيق \"هدف عسكري وديني\".",
			want: []string{"iran"}},
		{id: "SK-middleEast-3485-20180903 (sentence)", title: "بوادر نزاع روسي إيراني في سوريا",
			text: "وكتب برودسكي عن \"مخططات إعادة التوطين\" التي يتبعها نظام الأسد، وتقضي بتحويل بعض تلك الأراضي إلى أعضاء الميليشيات الشيعية الموالية لإيران، كوسيلة لمساعدتهم على ترسيخ وجودهم في سوريا.",
			want: []string{"iran"}},
		{id: "FR-middleEast-602-20180607 (sentence)", title: "مقتل 17 مقاتلا مواليا للنظام السوري على يد مسلحي تنظيم \"الدولة الإسلامية\"",
			text: "وأوضح أن من بين القتلى 9 مسلحين تابعين لميلشيات شيعية موالية لإيران بالإضافة إلى مقاتلين اثنين لم يتم التعرف على هويتيهما.",
			want: []string{"iran"}},
		// Guards: a named militia loyal to Iran is the Houthis' or the
		// PMF's, whose backer the samples leave out.
		{id: "SK-middleEast-1179-20180422 (sentence)", title: "خسائر الحوثيين تجبرهم على إعادة الانتشار في اليمن",
			text: "سحبت ميليشيات الحوثي الموالية لإيران مسلحيها من جبهة صرواح في مأرب، ودفعت بهم إلى محافظة الحديدة.",
			not:  []string{"iran"}},
		{id: "SK-middleEast-3580-20180908 (sentence)", title: "الحشد في شوارع البصرة بعد ليلة ساخنة.. وحصيلة الضحايا ترتفع",
			text: "بعد ليلة صاخبة شهدت حرق القنصلية الإيرانية في البصرة، جنوبي العراق، نزلت ميليشيات الحشد الشعبي الموالية لطهران إلى شوارع المدينة.",
			not:  []string{"iran"}},
	})
}
