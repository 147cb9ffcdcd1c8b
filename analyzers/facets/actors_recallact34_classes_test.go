package facets

import "testing"

// TestActorShooterNationality pins a state's forces named by the bullet or
// the fire they shot (shooterMentions, actors_shotby.go) and "الاحتلال"
// after a bullet as Israel's; the want rows fail on main. The guards: the
// war's fire in an essay, with no death or wound, names no force, and an
// occupier given another state's adjective is that state.
func TestActorShooterNationality(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-2576-20180624", title: "مقتل فلسطيني متأثرا بجراحه جنوبي غزة",
			text: "أفادت مصادر طبية فلسطينية في قطاع غزة، الأحد، بمقتل شاب متأثرا بجروحه التي أصيب بها برصاص الاحتلال الإسرائيلي خلال مشاركته في مسيرة العودة، الجمعة، شرقي مدينة خان يونس جنوبي قطاع غزة.",
			want: []string{"israel"}},
		{id: "SK-middleEast-3836-20181012", title: "قتلى وعشرات الجرحى برصاص إسرائيلي في قطاع غزة",
			text: "أكدت مصادر طبية فلسطينية مقتل 6 فلسطينيين، الجمعة، برصاص إسرائيلي خلال مواجهات على الحدود الشرقية لقطاع غزة.",
			want: []string{"israel"}},
		{id: "AL-internationalNews-1443-20180603", title: "الجامعة العربية تطالب بالتحقيق في مقتل رزان النجار",
			text: "وكانت المسعفة الفلسطينية الشابة قد قتلت برصاصة من قناص إسرائيلي الجمعة بينما كانت تسعف المصابين في مخيم شرق خان يونس.",
			want: []string{"israel"}},
		{id: "AL-internationalNews-906-20180413", title: "غزة: مقتل شاب فلسطيني بنيران إسرائيلية خلال التظاهرات",
			text: "قتل شاب فلسطيني بنيران إسرائيلية خلال التظاهرات على حدود قطاع غزة.",
			want: []string{"israel"}},
		// Guard: the war's fire as a menace, no one shot.
		{id: "2015-08-03-88", title: "نساء المهرجانات",
			text: "الرعب من النيران السورية بدأ يتروّض، ضيق ذات اليد لا يبدو أنه بلغ حد فرملة الفرح.",
			not:  []string{"syrian-government"}},
		// Guard: another state's occupation.
		{id: "made-up guard", title: "مقتل مدني في عفرين",
			text: "قتل مدني برصاص الاحتلال التركي في مدينة عفرين.",
			not:  []string{"israel"}},
	})
}

// TestCiviliansMedicShot pins a medic or a nurse shot dead as a civilian
// (shotRoles, actors_civshot.go); the want rows fail on main. The guard:
// a medic named with no death or wound by him is no victim.
func TestCiviliansMedicShot(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-1419-20180601", title: "مقتل مسعفة فلسطينية برصاص الاحتلال جنوب غزة",
			text: "وقال أشرف القدرة \"قتلت المسعفة رازان أشرف النجار (21 عاما) برصاص الاحتلال في شرق خان يونس، حيث أصيبت برصاصة في الصدر أثناء قيامها بدورها الإنساني في إسعاف المصابين\".",
			want: []string{"civilians", "israel"}},
		{id: "SK-middleEast-2088-20180601", title: "رصاصة إسرائيلية تقتل ممرضة متطوعة في غزة",
			text: "توفيت ممرضة متطوعة لإسعاف الجرحى في غزة، إثر إصابتها بالرصاص الإسرائيلي شرقي خان يونس جنوبي قطاع غزة.",
			want: []string{"civilians", "israel"}},
		// Guard: a medic at work, no one shot.
		{id: "made-up guard", title: "دورة للإسعاف",
			text: "وقال المسعف إن الدورة تعلم إطلاق النداء عند الحوادث.",
			not:  []string{"civilians"}},
	})
}

// TestCiviliansCitizensArrested pins citizens an arrest took
// (citizenWords, arrestedPeople) as no victims; the not row fails on main.
// The guard: citizens a militia seizes stay civilians (detainedMentions).
func TestCiviliansCitizensArrested(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-middleEast-671-20180420", title: "الداخلية السعودية: مقتل 3 رجال أمن بـ\"اعتداء\" على نقطة تفتيش في عسير",
			text: "أعلنت وزارة الداخلية السعودية، مساء الخميس، مقتل ثلاثة رجال أمن وذلك بعد اعتداء وتبادل لإطلاق النار على نقطة تفتيش في منطقة عسير، لافتة إلى إلقاء القبض على مواطنين اثنين.",
			not:  []string{"civilians"}},
		// Guard: the Houthis' raids take citizens.
		{id: "2015-07-23-979", title: "قتلى حوثيون بتعز والتحالف يقصف حجة",
			text: "وأفادت مصادر بأن المسلحين الحوثيين شرعوا بمداهمة عدد من المنازل في مدينة الحوطة وتبن بمحافظة لحج، مشيرة إلى أنهم اعتقلوا العشرات من المواطنين في المنطقتين.",
			want: []string{"civilians"}},
	})
}
