package facets

import "testing"

// TestPlaceDaraaAsTheFront pins a bare درعا as the southern front, the
// province, where a campaign's or strike's word leads to it through على
// or في, or where it opens a headline as its label (round 31b: holdout-24's
// "مئات الضربات الجوية على درعا"). The city keeps its cues, and a bare
// mention with no such word stays the city.
func TestPlaceDaraaAsTheFront(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "an air strike on Daraa", id: "FR-internationalNews-2424-20180721", title: "سوريا: مقتل وإصابة العشرات في قصف جوي على درعا وإجلاء المئات من القنيطرة",
			text:     "وطال القصف بلدات وقرى عدة بينها تسيل وحيط وسحم الجولان والشجرة، وفق المرصد.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		{class: "a military operation in Daraa", id: "SK-middleEast-2022-20180529", title: "اجتماع \"ثلاثي\" في الجنوب السوري",
			text:     "وتحدثت تقارير عن حشد جيش النظام السوري لشن عملية عسكرية وشيكة في درعا، جنوبي البلاد، بغرض استعادة المنطقة من أيدي المعارضة.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		{class: "the military escalation in Daraa", id: "FR-internationalNews-2130-20180703", title: "روحاني يحاول إنقاذ الاتفاق النووي في أوروبا",
			text:     "في صحف اليوم: فشل المفاوضات بين الجانب الروسي وفصائل المعارضة والمخاوف من عودة التصعيد العسكري في درعا.",
			notTowns: []string{"C5993"}},
		{class: "a headline's label", id: "SK-middleEast-2834-20180710", title: "درعا.. قتلى من النظام والمعارضة بهجوم \"داعشي\"",
			text:     "تبنى تنظيم داعش هجوما انتحاريا أوقع 14 قتيلا من قوات النظام وفصائل المعارضة على حد سواء، في محافظة درعا جنوبي سوريا.",
			notTowns: []string{"C5993"}, govs: []string{"SY12"}},
		// Guards: the city word after a strike, and a bare mention with no
		// campaign word, stay the city.
		{class: "the city after an attack", id: "2015-07-24-778", title: "اشتداد الهجوم على الزبداني.. ومقتل قيادي من «نخبة» حزب الله",
			text:  "وبدأت «الجبهة الجنوبية» بهجوم واسع على مراكز قوات النظام في مدينة درعا، بإطار معركة «عاصفة الجنوب».",
			towns: []string{"C5993"}},
		{class: "a bare Daraa with no campaign word", id: "SK-middleEast-2073-20180601", title: "درعا على طاولة البحث بين روسيا وإسرائيل",
			text:  "وقال مصدر إن اللقاء سيتناول الوضع في جنوب سوريا.",
			towns: []string{"C5993"}},
	})
}
