package facets

import (
	"testing"
	"time"
)

// Place classes of round 9, each seen in two or more samples (fresh-4,
// fresh-7) and read over the corpora. Real sentences, article ids given;
// none from the untouched gold part.
func TestPlaceRound9Classes(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		towns, govs            []string
		notTowns, notGovs      []string
	}{
		// Open-Syria names the Tell Salhib sub-district "سلحب", its centre
		// تل سلحب without the تل; news writes the short name too.
		{class: "short name of a sub-district centre", id: "SK-middleEast-1345-20180430",
			text:  "نتيجة سقوط صواريخ عدة على المركز الإيراني الواقع بين مدينة سلحب وقرية نهر البارد في ريف حماة الغربي.",
			towns: []string{"C3145"}, govs: []string{"SY05"}},
		{class: "short name of a sub-district centre", id: "SK-middleEast-1357-20180430",
			text:  "ناجمة عن استهداف صاروخي تعرض له مقر اللواء 47 في ريف حماة الجنوبي ومناطق ثانية بالقرب من بلدة سلحب.",
			towns: []string{"C3145"}, govs: []string{"SY05"}},
		// A count per province written as one person joined by و
		// (fresh-5; round 8 read the digits of fresh-2's list).
		{class: "count per province in words", id: "SK-middleEast-1477-20180507",
			text:     "وأشارت المجموعة إلى أن القتلى توزعوا حسب المناطق في سوريا على النحو التالي: 35 شخصًا قضوا في دمشق، و8 آخرين في ريف دمشق، ولاجئ في حلب، وشخص في درعا.",
			govs:     []string{"SY02", "SY03", "SY12"},
			notTowns: []string{"C1007", "C5993"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		name := c.class + " " + c.id
		hasAll(t, name+" towns", f.Towns, c.towns...)
		hasAll(t, name+" governorates", f.Governorates, c.govs...)
		hasNone(t, name+" towns", f.Towns, c.notTowns...)
		hasNone(t, name+" governorates", f.Governorates, c.notGovs...)
	}
}
