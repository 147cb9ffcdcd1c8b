package facets

import (
	"testing"
	"time"
)

// The party rules of actors_match.go, one class per group, each row a real title and
// sentence from the corpora (article id given; the untouched gold part is
// never quoted), with the actors that must and must not be read.
func TestActorPartyRules(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// A country named by its capital or leader in the lead of a story
		// about Syria whose lead speaks of a strike or a military answer
		// is a party to it.
		{class: "war lead", id: "SK-middleEast-988-20180412", title: "ضربة سوريا.. ترامب لم يتخذ قرارا نهائيا بشأن طبيعة الرد",
			text: "أعلن البيت الأبيض، الخميس، عقب اجتماع عقده الرئيس الأميركي مع كبار مستشاريه للأمن القومي، أن دونالد ترامب، لم يتخ بعد \"قراره النهائي\" في شأن طريقة الرد على الهجوم الكيمياوي الذي شنه النظام السوري في دوما.",
			want: []string{"usa", "syrian-government"}},
		// ... not in a lead that names no fighting, nor where Syria is not
		// named (دوما here is "always").
		{class: "war lead", id: "SK-middleEast-1692-20180521", title: "قائمة مطالب واشنطن الـ 12 من إيران",
			text: "أعلن وزير الخارجية الأميركي مايك بومبيو، الاثنين، قائمة من 12 مطلبا لإيران مقابل أي اتفاق جديد.", not: []string{"usa"}},
		{class: "war lead", id: "2015-07-21-2250", title: "متنزه سنترال بارك يتحول لثكنة بزيارة أوباما وابنتيه",
			text: "بدا متنزه سنترال بارك في مدينة نيويورك الأمريكية يوم السبت أشبه بثكنة عسكرية إذ اكتظ بعدد كبير من رجال الشرطة. هذا ما كان الوضع عليه عندما رغب رئيس الولايات المتحدة باراك أوباما في القيام بجولة على الأقدام في سنترال بارك. ونزل الرئيس الأمريكي باراك أوباما الذي استاء دوما من تقييد حركته.",
			not:  []string{"usa"}},

		// The anonymous "gunmen" and "terrorists" are the armed group the
		// article names, not Syria's opposition ...
		{class: "anonymous gunmen", id: "BB-middleEast-309-20180408", title: "أيتام من تركيا مشردون في العراق بعد مقتل آبائهم",
			text: "وقاتل الآلاف من الأجانب في صفوف تنظيم الدولة في سوريا والعراق منذ 2014 على الأقل، كما انضمت الكثيرات من النساء الأجنبيات إلى المسلحين.",
			want: []string{"isis"}, not: []string{"opposition"}},
		// ... while "الثوار" (the rebels) is the opposition whoever else
		// is named.
		{class: "anonymous gunmen", id: "2015-07-31-1364", title: "المعارضة السورية محذرة الأسد: لاتمد مجازرك لنازحي الزبداني",
			text: "إلى ذلك خطفت جبهة النصرة ثمانية من فرقة سورية مقاتلة. وتقصف قوات النظام الزبداني في محاولة يائسة لإرغام الثوار على التراجع.",
			want: []string{"opposition", "hts"}},

		// Who holds ground: "مناطق المعارضة", "التي تسيطر عليها المعارضة".
		{class: "held by", id: "BB-internationalNews-1024-20180830", title: "روسيا تحذر من \"عدوان غير شرعي على سوريا\"",
			text: "وأضاف المصدر إن الهجوم سوف يستهدف في البداية الأجزاء الجنوبية والغربية من الأراضي التي تسيطر عليها المعارضة، وليس مدينة إدلب نفسها.",
			want: []string{"opposition"}},
		{class: "held by", id: "BB-internationalNews-1024-20180830",
			text: "وقالت الأمم المتحدة إن عمليات الإجلاء من الغوطة الشرقية ودرعا وغيرهما من مناطق المعارضة ساهمت في نزوح ما يربو على نصف مليون شخص إلى إدلب.",
			want: []string{"opposition"}},

		// Civilians counted in a toll: a number right before the noun.
		{class: "civilians in a toll", id: "SK-middleEast-3091-20180725",
			text: "وأضاف عبد الرحمن إن الحصيلة الدموية هي الأكبر في محافظة السويداء، مشيراً إلى أن من بين القتلى 62 مدنيا، إضافة إلى عدد من السكان.",
			want: []string{"civilians"}},
		// A country as someone's patron or ally is no party.
		{class: "patron or ally", id: "2015-08-04-384", title: "مقتل أربعة جنود أوكرانيين قبل محادثات سلام",
			text: "قال الجيش الأوكراني إن أربعة جنود قتلوا وأصيب 15 في قتال مع متمردين موالين لروسيا في شرق البلاد.", not: []string{"russia"}},
		{class: "patron or ally", id: "SK-economy-358-20180416",
			text: "وكان الرئيس الروسي، فلاديمير بوتن، قد حذر الأحد، من أن شن هجمات أخرى على سوريا، حليفة روسيا، سيؤدي إلى فوضى في الشؤون العالمية.",
			not:  []string{"russia"}},
		{class: "patron or ally", id: "BB-middleEast-541-20180527", title: "مصرع 4 مقاتلين روس شرقي سوريا",
			text: "وتنقسم المحافظة بين مناطق تخضع لسيطرة القوات الحكومية وأخرى تحت سيطرة القوات الكردية المتحالفة مع الجيش الأمريكي.",
			want: []string{"ypg", "syrian-government"}, not: []string{"usa"}},

		// Nationality adjectives joined to a force name each its force.
		{class: "joined adjectives", id: "BB-internationalNews-1024-20180830",
			text: "وأشار إلى ضرورة التخلص من \"الجرح المتقيح\" في إدلب السورية، مؤكدا أن عسكريين روس وأتراك يتشاورون بشأن إطلاق عملية عسكرية ضد الإرهاب هناك.",
			want: []string{"russia", "turkey"}},
		{class: "joined adjectives", id: "FR-middleEast-826-20180725",
			text: "ويسيطر فصيل موال لتنظيم \"الدولة الإسلامية\" على جيب صغير في جنوب غرب محافظة درعا، ويتعرض منذ أيام لقصف عنيف من الطائرات الحربية الروسية والسورية.",
			want: []string{"russia", "syrian-government"}},

		// A CNN dateline says where the story was filed.
		{class: "dateline", id: "CN-middleEast-530-20180409", title: "خامنئي: المرحلة الراهنة هي \"مرحلة عزة\" لإيران",
			text: "أتلانتا، الولايات المتحدة الأمريكية (CNN)--  اعتبر المرشد الإيراني علي خامنئي بأن السبب من وراء \"تزايد هجمات الأعداء\" يكمن بشعورهم \"بالخطر من قدرة إيران المتزايدة\".",
			not:  []string{"usa"}},

		// Turkey's operations and the Kurdish groups named together.
		{class: "turkey and the kurds", id: "CN-middleEast-43-20180220", title: "قوات موالية للنظام السوري تصل عفرين لـ\"لمواجهة عدوان تركيا\"",
			text: "وأضاف التقرير أن \"القوات الشعبية ستنخرط في مقاومة العدوان التركي\". وحذر المتحدث من \"كوارث في المنطقة\" بحال تحرك دمشق لحماية المجموعات الكردية.",
			want: []string{"turkey", "ypg"}},

		// Round 6, classes found on fresh articles coded blind
		// (testdata/fresh-gold.jsonl). The Houthis, whom news calls
		// Iranian or Iran-backed, are no Iranian force ...
		{class: "houthis", id: "SK-middleEast-111-20180226", title: "التحالف يكبّد الحوثيين خسائر كبيرة في جبهة الساحل الغربي",
			text: "وتخوض القوات الشرعية منذ أسابيع، بإسناد من التحالف العربي، معارك على جبهة الساحل الغربي، حيث حققت انتصارات عدة، مكبدة الميليشيات الإيرانية مئات القتلى.",
			not:  []string{"iran"}},
		{class: "houthis", id: "SK-middleEast-2793-20180709",
			text: "وأوضح الوزير دماج أن عدداً من المواقع والمباني التاريخية تعرضت للنبش والتدمير من قبل المليشيا الحوثية الانقلابية المدعومة من إيران.",
			not:  []string{"iran"}},
		{class: "houthis", id: "FR-middleEast-290-20180415",
			text: "وفي خضم تصعيد في الحرب في اليمن حيث تقود السعودية تحالفا عسكريا في مواجهة المتمردين الحوثيين المتهمين بتلقي الدعم من طهران. لكن طهران تنفي دعم الحوثيين عسكريا.",
			not:  []string{"iran", "opposition"}},
		// ... while Iran's militias in Syria are.
		{class: "houthis", id: "SK-middleEast-2259-20180609", title: "إيران في سوريا.. انسحاب مزيف وتنكر في زي الجيش",
			// The article's earlier sentence names Hezbollah too: named once
			// in a story of no event, it would be politics
			// (actors_politics.go).
			text: "ونقلت الصحيفة عن مصادر في المعارضة السورية المسلحة، قولها إنه \"بعد الانسحاب الشكلي للميليشيات الإيرانية وحزب الله من جنوب سوريا، أبقت قوات الجيش السوري عليها، حيث تنكر المقاتلون بثياب القوات الحكومية السورية\". ويعد التقرير الإعلامي الأميركي الجديد، مؤشرا على نية الميليشيات الإيرانية ومعها مسلحي ميليشيات حزب الله اللبناني على البقاء في سوريا.",
			want: []string{"iran", "hezbollah"}},

		// A force named without saying it is Syria's is the force of the
		// country the article is about ...
		{class: "local force names", id: "2015-08-04-1230", title: "قاعدة «العند» في قبضة المقاومة",
			text: "وكانت القوات الموالية للحكومة اليمنية الشرعية شنت أمس هجوما واسعا لاستعادة القاعدة الجوية من مليشيات الحوثي وحلفائهم.",
			not:  []string{"pro-government-militias", "syrian-government", "al-qaeda"}},
		// ... and Syria's where the article speaks of Syria, though it
		// names no place.
		{class: "local force names", id: "SK-middleEast-512-20180324", title: "فيديو.. معارضون يردون على سخرية أسماء الأسد من اللاجئين",
			text: "وكانت صفحة \"رئاسة الجمهورية العربية السورية\" نشرت الخميس وثائقيا دعائيا عن فتيات سوريات يقاتلن مع القوات الحكومية أو ميليشيات موالية لدمشق تحت عنوان \"ضفائر على خط النار\".",
			want: []string{"syrian-government"}},

		// A bare "القاعدة" is a rule or a foundation after a demonstrative
		// or before a feminine adjective ...
		{class: "qaeda the word", id: "2015-07-22-1101", title: "لمواجهة السكري.. غذاؤك علاجك",
			text: "ومن النصائح الرئيسية والمهمة التي شدد عليها المشرفون على هذا التقرير أن النظام الغذائي هو القاعدة الأساسية في الوقاية من احتمال المعاناة من داء السكري بشكل عام.",
			not:  []string{"al-qaeda"}},
		{class: "qaeda the word", id: "AL-internationalNews-1625-20180614",
			text: "الاستثناء الوحيد المعروف لهذه القاعدة هو تعيين الرئيس بيل كلنتون في العام 1997 لمارتن انديك في منصب مساعد وزير الخارجية.",
			not:  []string{"al-qaeda"}},
		// ... not where it is the group. (The article's own sentence has
		// "تنظيما القاعدة وداعش", the dual pair that names jihadism at
		// large, no party: aud39w, actors_aud39w_classes_test.go. Without
		// the dual the names are the groups.)
		{class: "qaeda the word", id: "BB-middleEast-188-20180313", title: "عفرين: تفاقم الأزمة الإنسانية وسط غياب منظمات الاغاثة",
			text: "وأننا نحن قوات سورية تحمي أرضاً سورية، ولا يمكن أن نخرج منها ليحل محلنا القاعدة وداعش الإرهابيين.",
			want: []string{"al-qaeda", "isis"}},

		// Victims of a volcano or a fire are no civilians of an armed event.
		{class: "disasters", id: "AL-internationalNews-1465-20180604", title: "\"فويغو\" يقتل 25.. والنار تحاصر القرويين في غواتيمالا",
			text: "وكافح رجال الإنقاذ للوصول إلى سكان ريفيين تقطعت بهم السبل بسبب ثوران البركان، الذي أدى أيضاً لإصابة 20 شخصاً على الأقل.",
			not:  []string{"civilians"}},
		// A seismic-analysis department is no earthquake: the kidnapped
		// employee is a civilian.
		{class: "disasters", id: "2015-08-08-752", title: "والد رهينة كرواتي يناشد تنظيم داعش إطلاق سراحه",
			text: "واكدت الشركة خطف موظف كرواتي يعمل لديها في قسم تحليل الزلازل بينما كان \"يمر في القاهرة\".",
			want: []string{"civilians"}},

		// Syrian factions loyal to Turkey in its operations are the SNA.
		{class: "turkish operations", id: "SK-middleEast-535-20180324", title: "شوارع أوروبا تنتفض دعما لعفرين.. ورفضا \"للتطهير الإثني\"",
			text: "وتمكن الجيش التركي بالتعاون مع فصائل سورية مسلحة موالية له من السيطرة على كامل منطقة عفرين، وذلك بعد قصف عنيف خلف عشرات القتلى بصفوف المدنيين.",
			want: []string{"turkey", "sna", "civilians"}},
		{class: "turkish operations", id: "FR-middleEast-23-20180218",
			text: "وبدأت القوات التركية مع فصائل سورية موالية لها منذ 20 كانون الثاني/يناير هجوما في منطقة عفرين، يستهدف مقاتلي الوحدات الكردية الذين تصنفهم أنقرة \"إرهابيين\".",
			want: []string{"turkey", "sna", "ypg"}},

		// Force nouns written with ئ (طائرات) meet the normalized text;
		// "روسية الصنع" says where the aircraft were made.
		{class: "force adjectives", id: "SK-middleEast-2240-20180608", title: "غارات إدلب \"الأكثر دموية\" منذ بداية العام",
			text: "وقال رامي عبد الرحمن مدير المرصد \"طائرات حربية يرجح أنها روسية استهدفت قرية زردانا في ريف إدلب الشمالي، ومن بين الضحايا 11 امرأة و6 أطفال\".",
			want: []string{"russia"}},
		{class: "force adjectives", id: "FR-internationalNews-2424-20180721", title: "سوريا: مقتل وإصابة العشرات في قصف جوي على درعا وإجلاء المئات من القنيطرة",
			text: "قصفت طائرات حربية سورية وروسية الجمعة منطقة \"حوض اليرموك\" في ريف درعا الجنوبي الغربي ، ما أسفر عن مقتل 26 مدنيا ، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
			want: []string{"russia", "syrian-government", "civilians"}},
		{class: "force adjectives", id: "SK-middleEast-3710-20181003", title: "بالفيديو.. لحظة اصطدام الطائرتين في مطار الخرطوم",
			text: "ويتكون معظم الأسطول الجوي السوداني من طائرات روسية الصنع، وتعرض خلال السنوات الماضية لحوادث عدة.",
			not:  []string{"russia"}},
		{class: "turkish operations", id: "SK-middleEast-3663-20180912", title: "تركيا تكثف تسليح المعارضة من أجل \"معركة استنزاف\" في إدلب",
			text: "وعن طريق الدعم التركي المكثف، بدأت مساع لتنظيم جماعات الجيش السوري الحر شمالي حلب تحت قوة موحدة تعرف باسم \"الجيش الوطني\" قوامها نحو 30 ألف مقاتل.",
			want: []string{"sna", "fsa"}},
		// ... but a national army elsewhere is some other country's.
		{class: "turkish operations", id: "2015-08-04-1230", title: "قاعدة «العند» في قبضة المقاومة",
			text: "استعادت قوات الجيش الوطني اليمني وعناصر المقاومة الشعبية المدعومة بطيران قوات التحالف قاعدة العند العسكرية أمس، وهي أكبر قاعدة عسكرية في البلاد.",
			not:  []string{"sna"}},

		// Forces loyal to "him"/"her" are the regime's militias when the
		// regime or an ally of it was named just before ...
		{class: "loyal to whom", id: "SK-middleEast-1580-20180510", title: "واشنطن: الهجوم الإيراني على إسرائيل \"مستفز\"",
			text: "وأوضح المرصد السوري لحقوق الإنسان أن الضربات الإسرائيلية أسفرت عن مقتل \"23 مقاتلا\" على الأقل، بينهم 5 من قوات النظام السوري، و 18 عنصرا من القوات الموالية له.",
			want: []string{"pro-government-militias", "israel"}},
		{class: "loyal to whom", id: "2015-07-24-778", title: "اشتداد الهجوم على الزبداني.. ومقتل قيادي من «نخبة» حزب الله",
			text: "وسط استمرار الاشتباكات العنيفة بين مقاتلي فصائل المعارضة ومقاتلين محليين من طرف، وقوات النظام وحزب الله والمسلحين الموالين لها من طرف آخر في المدينة ومحيطها.",
			want: []string{"pro-government-militias", "hezbollah"}},
		// ... not when America or Turkey was.
		{class: "loyal to whom", id: "SK-middleEast-3941-20181018", title: "بوتن: داعش يحتجز مئات الرهائن بمناطق سورية",
			text: "كشف الرئيس الروسي فلاديمير بوتن، الخميس، أن تنظيم داعش مدد وجوده في جزء من سوريا خاضع لسيطرة قوات أميركية وقوات موالية لها، مشيرا إلى أن الإرهابيين يحتجزون مئات الأشخاص.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+": "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+": "+c.id+" actors", f.Actors, c.not...)
	}
}
