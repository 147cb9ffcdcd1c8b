package facets

import "testing"

// TestCiviliansPassersbyFiredOn pins passers-by as the target of a fire
// told by a verb of firing ("وأطلقوا النار على مارة") as civilians, even
// where the gunmen's car stands in the sentence (accidentWords); the want
// rows fail on main. The guards: passers-by a car hit and passers-by who
// only looked on are none.
func TestCiviliansPassersbyFiredOn(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-299-20180302", title: "هجوم قرب السفارة الفرنسية في عاصمة بوركينا فاسو",
			text: "وفي وقت سابق، ذكر شهود عيان أن 5 مسلحين ترجلوا من سيارة وأطلقوا النار على مارة قبل التوجه إلى السفارة.",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-227-20180303", title: "عودة الهدوء إلى واغادوغو غداة هجوم إرهابي",
			text: "وعلى بعد خمس كلم من المكان خرج مسلحون من سيارة وأطلقوا النار على مارة قبل التوجه إلى السفارة الفرنسية، بحسب شهود.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1698-20180521", title: "ملثمون يطلقون النار على المارة في مرسيليا",
			text: "قالت تقارير صحفية فرنسية إن مسلحين ملثمين أطلقوا النار على المارة، قرب المركز الثقافي في مدينة مرسيليا، جنوبي البلاد، يوم الاثنين.",
			want: []string{"civilians"}},
		// Guard: passers-by a car hit.
		{id: "made-up guard", title: "حادث في وسط المدينة",
			text: "انحرفت سيارة عن الطريق وصدمت عددا من المارة.",
			not:  []string{"civilians"}},
		// Guard: passers-by who looked on.
		{id: "made-up guard 2", title: "احتفالات في المدينة",
			text: "وأطلق المحتفلون الألعاب النارية وتجمع المارة لمشاهدتها.",
			not:  []string{"civilians"}},
	})
}

// TestCiviliansAttackToll pins an attack's dead told by a toll noun in the
// lead ("الهجوم الذي خلف ثلاثة قتلى") as civilians (attackTollMentions);
// the want rows fail on main. The guards: an attack recalled after
// another story ("وبعد يومين على الهجوم الذي أوقع 32 قتيلا"), an attack
// on a police post, and a toll of a force's men are none.
func TestCiviliansAttackToll(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-internationalNews-1531-20180530", title: "بلجيكا: النيابة العامة تعتبر هجوم لييج \"جريمة قتل إرهابية\"",
			text: "وصف القضاء البلجيكي الهجوم الذي خلف ثلاثة قتلى الثلاثاء في مدينة لييج بأنه \"جريمة قتل إرهابية ومحاولة قتل إرهابية\".\n" +
				"وأوضحت روغن أنه يشتبه بارتكاب الرجل البالغ من العمر 31 عاما \"جريمة قتل\" في الليلة السابقة لهجوم لييج في منطقة أون قرب مارش-آن-فامين\"، مشيرة إلى أن \"ظروف هذه الوقائع هي موضع تحقيق منفرد\".",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-2387-20180629", title: "عدد جديد من \"كابيتال غازيت\" بعد \"مذبحة الصحفيين\"",
			text: "حرصت صحيفة \"كابيتال غازيت\"، التي تصدر في أنابوليس، بولاية ماريلاند الأميركية، وتعرضت لهجوم أسفر عن خمسة قتلى الخميس، على صدورها الجمعة.",
			want: []string{"civilians"}},
		{id: "2015-07-21-1426", title: "إردوغان: التفجير في سوروتش عمل إرهابي",
			text: "ندد الرئيس التركي رجب طيب إردوغان بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا على الأقل و100 جريح في مدينة سوروتش التركية قرب الحدود السورية.\n" +
				"وقال اردوغان خلال زيارة إلى الشطر الشمالي من قبرص الذي تحتله تركيا منذ 1974: نحن في حداد بسبب عمل إرهابي أوقع 30 قتيلا والعديد من الجرحى.\n" +
				"أنا أندد وألعن باسم شعبي، مرتكبي هذه الوحشية.\n" +
				"ووقع الانفجار في مركز ثقافي في سوروتش، الواقعة قبالة مدينة كوباني السورية حيث فجر انتحاري نفسه بسيارة مفخخة بعد دقائق على التفجير في تركيا.",
			want: []string{"civilians"}},
		// Guard: an attack recalled beside another story.
		{id: "2015-07-23-1226", title: "«الكردستاني» يتبنى قتل شرطيين تركيين",
			text: "وبعد يومين على الهجوم الذي أوقع 32 قتيلا ومئة جريح في سروج (جنوب) تبنت الحركة الكردية قتل شرطيين تركيين.",
			not:  []string{"civilians"}},
		// Guard: an attack on a police post.
		{id: "2015-08-10-812", title: "اسطنبول تتهم مجموعة متطرفة بالهجوم على القنصلية الاميركية",
			text: "أعلن مسؤول تركي الإثنين أن أنقرة تتهم المتمردين الأكراد بالهجوم على مركز للشرطة والذي خلف أربعة قتلى.",
			not:  []string{"civilians"}},
		// Guard: a toll of a force's men.
		{id: "SK-middleEast-2834-20180710", title: "درعا.. هجوم في الريف الشرقي",
			text: "تبنى تنظيم داعش الإرهابي، الثلاثاء، هجوما انتحاريا أوقع 14 قتيلا من قوات النظام وفصائل المعارضة على حد سواء.",
			not:  []string{"civilians"}},
	})
}
