package facets

import "testing"

// Article texts of TestGatheringSite (from the corpus, each used once).
const (
	// pool AL-internationalNews-1747-20180623 (gold civilians: "rally-goers killed/hurt"): a bomb "في
	// تجمع" in the title; the lead counts "بضعة أفراد" dead. Title and lead.
	rallyBlastTitle = "إثيوبيا.. قتلى وجرحى بانفجار في تجمع بحضور رئيس الوزراء"
	rallyBlastBody  = "قال رئيس الوزراء الإثيوبي، أبي أحمد، إن \"بضعة أفراد\" قتلوا، وأصيب آخرون في انفجار أثناء تجمع سياسي في العاصمة أديس أبابا، اليوم السبت."
	// pool SK-internationalNews-2283-20180623 (gold civilians: "PM targeted + crowd hit"): a blast "يستهدف
	// مسيرة" in the title, "عدد من القتلى والجرحى" in the lead. Title and the first two
	// paragraphs (the second: "أصيب عدد قليل").
	rallyTargetedTitle = "انفجار يستهدف مسيرة مؤيدة لرئيس الوزراء الإثيوبي"
	rallyTargetedBody  = "أسفر انفجار وقع خلال مسيرة مؤيدة لرئيس الوزراء الإثيوبي الجديد أبي أحمد، السبت، عن سقوط عدد من القتلى والجرحى.\nوقال أبي أحمد في كلمة تلفزيونية عقب الانفجار الذي وقع بعد دقائق من انتهائه من إلقاء خطاب في ميدان ميسكل بالعاصمة الإثيوبية أديس أبابا: \"أصيب عدد قليل من الإثيوبيين، وهناك عدد قليل فقدوا أرواحهم\"، وفق ما نقلت \"رويترز\"."
	// pool SK-internationalNews-3574-20181020 (gold civilians: "voters targeted"): blasts that "تهز مراكز
	// اقتراع", "وسقوط ضحايا". Title and the first two paragraphs
	// (the second: "أوقعت قتلى وجرحى").
	pollBlastsTitle = "انفجارات تهز مراكز اقتراع في أفغانستان.. وسقوط ضحايا"
	pollBlastsBody  = "هزت عدة انفجارات، السبت، مراكز تصويت في كابول موقعة ضحايا لم يتضح عددهم بعد، في أول أيام الانتخابات التشريعية.\nونقلت \"فرانس برس\" عن شاهد أن ناخبين فروا بعد وقوع انفجار في مركز تصويت بشمال العاصمة، فيما أفاد آخرون عن حدوث انفجارات في مواقع أخرى أوقعت \"قتلى وجرحى\"."
	// pool CN-internationalNews-391-20180525 (gold civilians, rul67f-2.a): "تفجير في مطعم" in the title,
	// "جرح أكثر من 15 شخصا" in the lead. Title and lead.
	restaurantBlastTitle = "كندا: تفجير في مطعم والشرطة تتعرف إلى مشبوهين اثنين"
	restaurantBlastBody  = "دبي، الإمارات العربية المتحدة (CNN) --  جرح أكثر من 15 شخصا مساء الخميس بعد انفجار وقع في مطعم بمنطقة ماساساغا، في مقاطعة أونتاريو، وفقا للشرطة المحلية، فيما وردت أنباء عن التعرف إلى مشتبهين اثنين."
	// pool 2015-07-26-811 (gold: no civilians; Garissa is history behind a visit, rul67f-2.c): "الهجوم على
	// جامعة غاريسا ... في ابريل" in the fifth paragraph. Title and the first five paragraphs.
	garissaRecalledTitle = "أوباما من كينيا: «أفريقيا تسير قدماً»"
	garissaRecalledBody  = "أكد الرئيس الاميركي باراك اوباما في اليوم الاول من زيارة غير مسبوقة إلى كينيا السبت ان \"افريقيا تسير قدما\".\nوقال اوباما في افتتاح قمة عالمية حول ريادة الاعمال \"اردت ان اكون هنا لان افريقيا تسير قدما. افريقيا واحدة من المناطق التي يسجل فيها اكبر نمو في العالم\".\nواضاف \"الناس يخرجون من الفقر والدخل في ارتفاع والطبقة الوسطى تتسع وشبان مثلكم يستفيدون من التكنولوجيا لتغيير الطريقة التي تدير بها افريقيا اعمالها\".\nوتعقد القمة وسط اجراءات امنية مشددة ادت الى اغلاق مناطق فيها واغلاق المجال الجوي فوقها عند هبوط طائرة الرئيس الاميركي السبت واقلاعها الاحد الى اثيوبيا المجاورة.\nواكثر ما يقلق الاجهزة الامنية في كينيا حركة الشباب الصومالية المتطرفة التي شنت عددا كبيرا من الهجمات الانتحارية والمجازر على الاراضي الكينية ولا سيما الهجوم على جامعة غاريسا الذي ادى الى مقتل 147 طالبا في ابريل."
	// corpus SK-middleEast-2155-20180605 (no gold): an air strike that "استهدفت تجمعا لهم", the
	// Houthis' own gathering ("لهم", gatheringNotAfter). Title and lead.
	houthiGatheringTitle = "التحالف يدك \"معسكر الجبانة\" الحوثي في الحديدة"
	houthiGatheringBody  = "أفاد مراسل سكاي نيوز عربية بسقوط قتلى من ميليشيا الحوثي في غارة جوية استهدفت تجمعا لهم في معسكر الجبانة التابع للدفاع الساحلي في الحديدة."
)

// TestGatheringSite pins round 67's m67civr class (rul67f-2.a): an attack's
// dead or hurt told only by a count, where the place a blast struck is a
// gathering or public place, a rally, a polling station, a restaurant, told
// "في" the place or as shaking it (gatheringSiteMentions,
// actors_civgathering.go). The want rows fail before their rule. Guards: a
// university attack recalled past the lead (fails without the lead test),
// and a strike on the Houthis' own gathering ("استهدفت تجمعا لهم"; fails
// without gatheringNotPlaceAt), stay without civilians.
func TestGatheringSite(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-1747-20180623", title: rallyBlastTitle, text: rallyBlastBody, want: []string{"civilians"}},
		{id: "SK-internationalNews-2283-20180623", title: rallyTargetedTitle, text: rallyTargetedBody, want: []string{"civilians"}},
		{id: "SK-internationalNews-3574-20181020", title: pollBlastsTitle, text: pollBlastsBody, want: []string{"civilians"}},
		{id: "CN-internationalNews-391-20180525", title: restaurantBlastTitle, text: restaurantBlastBody, want: []string{"civilians"}},
		{id: "2015-07-26-811", title: garissaRecalledTitle, text: garissaRecalledBody, not: []string{"civilians"}},
		{id: "SK-middleEast-2155-20180605", title: houthiGatheringTitle, text: houthiGatheringBody, not: []string{"civilians"}},
	})
}
