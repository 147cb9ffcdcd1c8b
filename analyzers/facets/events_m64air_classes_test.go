package facets

import "testing"

// TestEventTypesM64airStrikeMeans pins the round-64 reader m64air's
// strikeMeans: an air raid noun after على with a verb of relying on or
// being limited to up to three words before it, or waged right after "بما
// في ذلك شن", is a means named, no strike told. Over the pool and blind
// gold articles the construction stands in five articles (two pairs of
// copies among them: pool 4, blind 1), none coded air-drone-strike. The
// false rows fail on main (each sentence after m62air's neutral lead and
// title, so it alone could type the strike); the guards keep a campaign
// told by its means with عبر (CN-middleEast-1335, coded), a counted strike
// after بما في ذلك with no waging verb, and an aircraft, not a raid, after
// the limiting verb (CN-middleEast-144's clause, coded).
func TestEventTypesM64airStrikeMeans(t *testing.T) {
	const air = "air-drone-strike"
	checkTypes(t, []typeCase{
		{"a policy relying on air strikes", "2015-08-11-217", m62airNeutralTitle,
			m62airLead + "وسيقول إن سياسة الرئيس باراك أوباما التي تعتمد بشكل كبير على الضربات الجوية ضد أهداف الدولة الإسلامية في سوريا والعراق فشلت في تحويل دفة الأمور.",
			"2015-08-11 12:00", air, false},
		{"a war limited to air strikes, a scenario", "SK-internationalNews-1438-20180508", m62airNeutralTitle,
			m62airLead + "وإن اقتصرت الحرب على الضربات الجوية الصاروخية، ستكون مشاركة حزب الله فيها مرتفعة.",
			"2018-05-08 12:00", air, false},
		{"raids waged as one way among others a state helped", "CN-middleEast-1247-20180818", m62airNeutralTitle,
			m62airLead + "ساهمت المملكة مذاك الحين بطرق عديدة، بما في ذلك شن غارات جوية في سوريا والمشاركة في قيادة مجموعة العمل لمكافحة تمويل داعش.",
			"2018-08-18 12:00", air, false},
		{"guard: a campaign told by its means with عبر", "CN-middleEast-1335-20180909", m62airNeutralTitle,
			m62airLead + "وقالت المنظمة إن هناك تصعيدا مكثفا من قبل روسيا والنظام السوري عبر شن ضربات جوية على المناطق الجنوبية في إدلب والشمالية في حماة.",
			"2018-09-09 12:00", air, true},
		{"guard: a dated strike after بما في ذلك with no waging verb", "", m62airNeutralTitle,
			m62airLead + "وشن الجيش الأمريكي غارات على مقاتلين من فرع داعش في أفغانستان، بما في ذلك غارة يوم 22 مارس أودت بحياة أربعة من مقاتلي التنظيم.",
			"2018-03-28 12:00", air, true},
		{"guard: an aircraft, not a raid, after the limiting verb", "", m62airNeutralTitle,
			m62airLead + "وقالت الوزارة إن القصف يقتصر على الطيران السوري في الغوطة الشرقية.",
			"2018-03-02 12:00", air, true},
	})
}
