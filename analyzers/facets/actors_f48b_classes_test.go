package facets

import (
	"testing"
	"time"
)

// TestActorIraqWarBackdrop pins round 48's rul48b-2 for helper f48b
// (actors_iraqbackdrop.go): in an Iraqi political, economic or social
// story published from 2018 that tells no event of its own, ISIS, the
// Iraqi forces, the PMF (and the coalition beside them) named only in the
// finished war's background are no parties: the war's defeat as a time
// marker, ISIS's 2014 sweep as a cause, a list's fighting record, a
// recapture dated to last year describing a place. The not rows fail on
// main.
//
// Guards (want rows): a campaign under way ("تسريع الحملة لهزيمة فلول"),
// ISIS's threat of attacks now, ISIS's Yazidi victims as the subject (Nadia
// Murad's Nobel), a story of the Pentagon's contractors in Syria, the
// same background line in a story published while the war was under way,
// and ISIS in the title with the PMF recruiting its former men now.
func TestActorIraqWarBackdrop(t *testing.T) {
	may2018 := time.Date(2018, 5, 12, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		id, title, text string
		published       time.Time
		want, not       []string
	}{
		{id: "SK-economy-172-20180319 (shortened)", title: "العراق يدفع رواتب موظفي الإقيلم لأول مرة منذ 2014",
			text: "قالت الحكومة العراقية إنها أرسلت أموالا لدفع رواتب موظفي الحكومة في المنطقة الكردية الاثنين.\n" +
				"وبموجب الدستور العراقي، يملك إقليم كردستان العراق حصة في ميزانية الدولة، لكن هذا الاتفاق انهار في 2014 عندما فر الجيش العراقي من الشمال أمام تقدم متشددي تنظيم داعش.",
			published: time.Date(2018, 3, 19, 12, 0, 0, 0, time.UTC),
			not:       []string{"isis", "iraqi-forces"}},
		{id: "SK-middleEast-332-20180316 (shortened)", title: "واشنطن: أدلة مثيرة لتدخل إيران بالمال في الانتخابات العراقية",
			text:      "اتهم وزير الدفاع الأميركي جيم ماتيس إيران الخميس \"بالتدخل\" في الانتخابات البرلمانية العراقية التي تجرى في مايو، ويسعى رئيس الوزراء حيدر العبادي من خلالها إلى الفوز بولاية جديدة بعد حرب ناجحة ضد تنظيم داعش بدعم من الولايات المتحدة.",
			published: time.Date(2018, 3, 16, 12, 0, 0, 0, time.UTC),
			not:       []string{"isis"}},
		{id: "SK-middleEast-1663-20180514 (shortened)", title: "مقتدى الصدر يعود ويتصدر المشهد السياسي في العراق",
			text: "يتجه الزعيم الديني مقتدى الصدر على ما يبدو للعودة إلى الساحة السياسية في العراق بعد أداء قوي في الانتخابات البرلمانية.\n" +
				"أما تحالف \"الفتح\" الذي يضم فصائل الحشد الشعبي التي لعبت دورا حاسما في دعم القوات الأمنية لدحر تنظيم داعش، فحل أولا في أربع محافظات، وثانيا في ثمان أخرى.",
			published: time.Date(2018, 5, 14, 12, 0, 0, 0, time.UTC),
			not:       []string{"pmf", "iraqi-forces", "isis"}},
		{id: "SK-middleEast-1633-20180512 (shortened)", title: "العراق يعلن حظر التجول وإعادة فرز الأصوات في كركوك",
			text: "أعلن محافظ كركوك العراقية حظر التجول وأمر بإعادة فرز الأصوات يدويا هناك في الانتخابات العامة.\n" +
				"والانتخابات التي جرت اليوم السبت هي أول انتخابات في العراق منذ هزيمة داعش العام الماضي على يد قوات عراقية مدعومة من تحالف تقوده الولايات المتحدة.",
			published: may2018,
			not:       []string{"isis", "iraqi-forces", "coalition"}},
		// The one event a recapture dated to last year (dated).
		{id: "FR-internationalNews-1883-20180618 (shortened)", title: "أنجلينا جولي تتفقد مخيمات اللاجئين السوريين في الموصل وكردستان العراق",
			text: "تفقدت أنجلينا جولي المبعوثة الخاصة لمفوضية الأمم المتحدة السامية لشؤون اللاجئين، السبت والأحد، مخيمات اللاجئين السوريين في الموصل وإقليم كردستان العراق.\n" +
				"والسبت، تجولت جولي في الموصل، المدينة الرئيسية في شمال العراق التي استعادت القوات النظامية السيطرة عليها العام الماضي من قبضة تنظيم \"الدولة الإسلامية\".",
			published: time.Date(2018, 6, 18, 12, 0, 0, 0, time.UTC),
			not:       []string{"isis", "iraqi-forces"}},
		// ISIS's 2014 sweep as the cause of the Kurds' hold on the areas
		// Baghdad took back (the airports story, four corpus copies).
		{id: "FR-internationalNews-407-20180313 (shortened)", title: "العبادي يقرر إعادة فتح مطاري إقليم كردستان العراق وإخضاعهما للسلطة الاتحادية",
			text: "قرر رئيس الوزراء العراقي حيدر العبادي اليوم الثلاثاء إعادة فتح مطاري أربيل والسليمانية في كردستان العراق أمام الرحلات الدولية، بعد ستة أشهر من الحظر، وذلك بعد موافقة حكومة الإقليم على إخضاعهما لسلطة الحكومة الاتحادية.\n" +
				"وكانت بغداد قررت بعد الاستفتاء على استقلال الإقليم حظر الطيران الخارجي من وإلى مطاري الإقليم إضافة إلى غلق المنافذ الحدودية البرية في الإقليم، وأرسلت قواتها لاستعادة السيطرة على المناطق التي سيطرت عليها قوات البشمركة الكردية على مدى أعوام خصوصا خلال الفوضى التي أعقبت هجوم تنظيم \"الدولة الإسلامية\" في حزيران/يونيو 2014.",
			published: time.Date(2018, 3, 13, 15, 0, 0, 0, time.UTC),
			not:       []string{"isis"}},
		// Guard: ISIS in the title, and the PMF recruiting its former
		// men now (SK-middleEast-3894, rul48b-2's example of a party
		// acting now), beside a line of the PMF's past record.
		{id: "SK-middleEast-3894-20181016 (shortened)", title: "العراق.. الدواعش يعودون \"بطريقة جهنمية\"",
			text: "بعد نحو عام من إعلان الحكومة العراقية أن البلد بات خاليا من \"داعش\"، حذر تقرير أميركي من عودة مسلحي التنظيم الإرهابي، لكن بطريقة غير متوقعة على الإطلاق.\n" +
				"فقد نجحت ميليشيات الحشد الشعبي في استقطاب عدد من مسلحي التنظيم السابقين وضمهم إلى صفوفها، بعد أن ظل الطرفان يتحاربان لسنوات، في ظاهرة مستغربة رصدها موقع \"فورين بوليسي\".\n" +
				"ومنذ عام 2014، كانت ميليشيات الحشد الشعبي المدعومة من إيران رأس الحربة في حرب العراق ضد \"داعش\"، علما أنها متهمة بارتكاب العديد من الانتهاكات بحق المدنيين في المناطق التي اقتحموها.",
			published: time.Date(2018, 10, 16, 3, 0, 0, 0, time.UTC),
			want:      []string{"isis", "pmf"}},
		// Guard: a campaign under way (AL-internationalNews-844).
		{id: "AL-internationalNews-844-20180408 (shortened)", title: "اتصال هاتفي بين ترمب والعبادي",
			text: "وأضاف البيت الأبيض أن الرئيس ترمب ورئيس وزراء العراق بحثا تسريع الحملة لهزيمة فلول تنظيم \"داعش\" الإرهابي.\n" +
				"وجاء في نص قدمه البيت الأبيض للاتصال: \"بحث الزعيمان أيضاً تسريع الحملة لهزيمة فلول تنظيم داعش والحاجة للعمل معاً لمواجهة التهديدات في المنطقة\".",
			published: time.Date(2018, 4, 8, 12, 0, 0, 0, time.UTC),
			want:      []string{"isis"}},
		// Guard: ISIS's threat now (FR-internationalNews-1203).
		{id: "FR-internationalNews-1203-20180512 (shortened)", title: "السلطات العراقية تعاود فتح الأجواء والمطارات أمام حركة الطيران",
			text:      "وهدد تنظيم \"الدولة الإسلامية\"، الذي سيطر على ثلث أنحاء العراق عام 2014، بشن هجمات قبل الانتخابات التي تعد الأولى في العراق منذ هزيمة التنظيم المتشدد.",
			published: may2018,
			want:      []string{"isis"}},
		// Guard: ISIS's victims the subject (SK-internationalNews-3310).
		{id: "SK-internationalNews-3310-20181005 (shortened)", title: "عراقية إيزيدية وطبيب كونغولي يفوزان بنوبل للسلام",
			text:      "ونادية مراد (25 عاما) ناشطة حقوقية نجت من الاستعباد الجنسي على يد تنظيم داعش في العراق، حيث كانت من بين نحو ثلاثة آلاف فتاة وامرأة أيزيدية تعرضن للأسر والاغتصاب على يد مسلحي داعش في الموصل عام 2014.",
			published: time.Date(2018, 10, 5, 12, 0, 0, 0, time.UTC),
			want:      []string{"isis"}},
		// Guard: the war's campaign in a story of US contractors
		// (SK-middleEast-1015).
		{id: "SK-middleEast-1015-20180414 (shortened)", title: "للمرة الأولى.. البنتاغون يعترف بوجود متعاقدين أمنيين بسوريا",
			text:      "كشفت وزارة الدفاع الأميركية عن (استعانة) الجيش الأميركي بنحو خمسة الآف وخمسمائة متعاقد أمني في الحملة التي تستهدف دحر تنظيم داعش في كل من سوريا والعراق.",
			published: time.Date(2018, 4, 14, 12, 0, 0, 0, time.UTC),
			want:      []string{"isis"}},
		// Guard: published while the war was under way (SK-economy-172's
		// line, dated 2017).
		{id: "SK-economy-172 line, 2017", title: "العراق يدفع رواتب موظفي الإقيلم",
			text:      "وبموجب الدستور العراقي، يملك إقليم كردستان العراق حصة في ميزانية الدولة، لكن هذا الاتفاق انهار في 2014 عندما فر الجيش العراقي من الشمال أمام تقدم متشددي تنظيم داعش.",
			published: time.Date(2017, 3, 19, 12, 0, 0, 0, time.UTC),
			want:      []string{"isis"}},
	} {
		f := Extract(c.title, c.text, c.published)
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
