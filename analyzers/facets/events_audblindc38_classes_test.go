package facets

import "testing"

// Round 38's blind audit (audblindc38), two classes of attacks on civilians
// the rules left untyped:
//   - fire opened on a count of people: "النار على عدد من المدنيين"، "النار
//     على 18 عاملا" (firedOnPeople, events.go);
//   - a child killed in a fire or a burning whose setter its sentence names:
//     "في حريق تسبب به مستوطنون"، "بعد قيام مستوطنين بحرق منزل ... ما أدى
//     إلى مقتل طفل" (setFireDeath, events_civattack.go).
//
// The want rows fail on the rules before. Guards: fire on a count of
// policemen, and children who died in a house fire nobody set.
func TestEventTypesAudblindc38(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Tarmiyah: militants fire on civilians", "SK-middleEast-1379-20180501", "داعش يرتكب مذبحة في الطارمية شمالي بغداد",
			"قال الجيش العراقي إن متشددين فتحوا النار على عدد من المدنيين، الثلاثاء، في بلدة الطارمية الواقعة على بعد 25 كيلومترا إلى الشمال من بغداد.",
			"2018-05-01 10:00", "attack-on-civilians", true},
		{"Boko Haram fire on 18 workers", "SK-internationalNews-1121-20180424", "",
			"قتل 21 شخصا وأصيب 11 آخرين، الاثنين، من جراء عدة اعتداءات شنها مسلحون من جماعة بوكو حرام الإرهابية في شمال شرقي نيجيريا. وفتح المسلحون النار على 18 عاملا كانوا يجمعون الحطب في ولاية برونو قرب بلدة غامبورو على الحدود مع الكاميرون.",
			"2018-04-24 10:00", "attack-on-civilians", true},
		{"Duma: child killed in a fire settlers set", "2015-07-31-1241", "استشهاد طفل فلسطيني في حريق تسبب به مستوطنون",
			"استشهد طفل فلسطيني عمره عام ونصف العام وأصيب والداه وشقيقه بجروح صباح اليوم الجمعة في حريق بمنزلهم تسبب به مستوطنون في الضفة الغربية المحتلة، حسبما أفادت أجهزة الأمن الفلسطينية.",
			"2015-07-31 10:00", "attack-on-civilians", true},
		{"Jordan condemns the Duma killing", "2015-08-01-432", "",
			"دانت الحكومة الاردنية بشدة في بيان امس الجمعة مقتل طفل فلسطيني في حريق اضرمه مستوطنون بمنزل في الضفة الغربية المحتلة، وحملت إسرائيل المسؤولية عن هذه الجريمة البشعة.",
			"2015-08-01 10:00", "attack-on-civilians", true},
		{"Abbas to The Hague after settlers burnt a home", "2015-07-31-1283", "عباس يطلب من وزير خارجيته التوجه إلى لاهاي",
			"طلب الرئيس الفلسطيني محمود عباس من وزير خارجيته رياض المالكي التوجه السبت إلى لاهاي حيث مقر المحكمة الجنائية الدولية لتقديم شكوى ضد إسرائيل بعد قيام مستوطنين بحرق منزل في الضفة الغربية الجمعة ما أدى إلى مقتل طفل فلسطيني وإصابة أفراد عائلته بجروح.",
			"2015-07-31 10:00", "attack-on-civilians", true},
		// Guards.
		{"guard: a gunman fires on policemen", "", "",
			"بعد أن فتح المسلح النار على مجموعة من رجال الشرطة وأصاب أحدهما، ذهب إلى متجر قريب.",
			"2018-03-24 10:00", "attack-on-civilians", false},
		{"guard: children die in a house fire", "", "وفاة طفلين في حريق منزل شعبي بالمدينة المنورة",
			"توفي طفلان وأصيبت امرأة في حريق منزل شعبي بالمدينة المنورة، وباشرت فرق الدفاع المدني إخماد الحريق.",
			"2015-07-25 10:00", "attack-on-civilians", false},
	})
}
