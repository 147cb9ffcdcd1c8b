package facets

import "testing"

// TestKilledTitlePart pins a round-38 blind audit's toll class: the title
// counts one group of the lead's toll, which the lead names as a part of
// its total ("القصف التركي يقتل 5 أطفال" over "مقتل 18 مدنيا، بينهم 5
// أطفال", titlePartOf; "مقتل 9 إيرانيين" over "21 عسكرياً من بينهم 9
// إيرانيين قتلوا", wholeOfPart): the guide's toll is the total. Rows from
// corpus leads that read the title's group on the baseline. Guards: a lead
// whose part is another figure than the title's, and a part told alone.
func TestKilledTitlePart(t *testing.T) {
	checkKilled(t, []tollCase{
		{"SK-middleEast-327-20180316", "القصف التركي يقتل 5 أطفال في عفرين", "أعلن المرصد السوري لحقوق الإنسان، الجمعة، أن قصفا مدفعيا للقوات التركية على مدينة عفرين في شمال غرب سوريا أسفر عن مقتل 18 مدنيا، بينهم 5 أطفال، مؤكدا أن \"معارك تدور على حدود المدينة الشمالية\".", "2018-03-16 07:46", 18},
		{"SK-middleEast-1944-20180526", "مقتل 9 إيرانيين في القصف الإسرائيلي لمطار الضبعة", "قالت مصادر طبية في مشفى حمص المركزي لسكاي نيوز عربية، إن 21 عسكرياً من بينهم 9 إيرانيين قتلوا خلال القصف الجوي على مطار الضبعة.", "2018-05-26 10:00", 21},
		// Guards.
		{"guard-other-part", "القصف التركي يقتل 5 أطفال في عفرين", "أسفر قصف مدفعي للقوات التركية على مدينة عفرين عن مقتل 18 مدنيا، بينهم 7 نساء.", "2018-03-16 10:00", 5},
		{"guard-part-alone", "مقتل 9 إيرانيين في قصف إسرائيلي", "قالت مصادر إن من بينهم 9 إيرانيين قتلوا خلال القصف.", "2018-05-26 10:00", 9},
	})
}
