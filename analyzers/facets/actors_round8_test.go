package facets

import (
	"testing"
	"time"
)

// The round-8 party rules of actors_match.go, each written for a class of
// errors seen in at least two of the samples (the tune part and the three
// fresh samples, testdata/fresh*-gold.jsonl). One class per group; each
// row a real title and sentence of the corpora (article id given; the
// untouched gold part is never quoted), with the actors that must and must
// not be read.
func TestActorRound8Rules(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// A group a state backs, shelters or funds, in a speech or a list
		// of demands where nobody fights, is no party ...
		{class: "backed groups", id: "SK-middleEast-23-20180222", title: "الجبير: إيران تتدخل في شؤون الدول بالطائفية",
			text: "وأضاف الجبير، خلال كلمة أمام البرلمان الأوروبي: \"لا نتسامح أبدا مع الإرهاب ومع تمويله ومع دعم التطرف\"، لافتا إلى أن \"إيران دعمت تنظيم القاعدة واحتضنت قيادة التنظيم\". كما أشار وزير الخارجية السعودي إلى أن إيران تدعم جماعة حزب الله اللبنانية الإرهابية، مشددا على ضرورة محاسبة طهران.",
			not:  []string{"al-qaeda", "hezbollah"}},
		{class: "backed groups", id: "SK-internationalNews-1692-20180521", title: "قائمة مطالب واشنطن الـ 12 من إيران",
			text: "- إيقاف دعم إيران لمجموعات إرهابية في الشرق الأوسط مثل حزب الله وحركة حماس والجهاد الإسلامي.",
			not:  []string{"hezbollah"}},
		{class: "backed groups", id: "SK-middleEast-1290-20180428", title: "شهادة بالكونغرس الأميركي حول تمويل قطر للإرهاب",
			text: "كما ركز على توصية منع تقديم الدول فدية للجماعات الإرهابية، مشير إلى الملايين التي حصل عليها الإرهابيون في سوريا واليمن وكذلك حزب الله (فدية العراق) من قطر في الآونة الأخيرة.",
			not:  []string{"hezbollah"}},
		// ... but "بدعم من" names the backer, and a group backed in a
		// sentence about fighting is a party.
		{class: "backed groups", id: "BB-middleEast-247-20180325", title: "أردوغان يتعهد بالسيطرة على تل رفعت في سوريا قريبا",
			text: "يأتي هذا بعد نحو أسبوع من إعلان تركيا السيطرة على مركز مدينة عفرين بشمال غرب سوريا، بدعم من مسلحي \"الجيش السوري الحر\" السوريين.",
			want: []string{"fsa"}},
		{class: "backed groups", id: "SK-middleEast-1334-20180429", title: "قوات مدعومة أميركيا تطرد النظام السوري من قرى في دير الزور",
			text: "وتسيطر قوات سوريا الديمقراطية، التي تغلب عليها وحدات حماية الشعب الكردية، على معظم أنحاء المنطقة الواقعة شرقي نهر الفرات في محافظة دير الزور منذ العام الماضي، بعد نجاحها في دحر داعش هناك.",
			want: []string{"sdf", "ypg"}},

		// The enemies of a campaign joined by و are named by the
		// campaign too: "مكافحة القاعدة وداعش".
		{class: "campaigns", id: "SK-middleEast-1290-20180428", title: "شهادة بالكونغرس الأميركي حول تمويل قطر للإرهاب",
			text: "ونوه الباحث بالجهود التي تبذلها السعودية والإمارات في مكافحة تمويل الإرهاب، مشيرا إلى أن قدرا من جهود التحالف في اليمن أدت إلى تقليل خطر الإرهاب ومكافحة القاعدة وداعش، في البلد المضطرب نتيجة التدخل الإيراني عبر الحوثيين.",
			not:  []string{"al-qaeda", "isis"}},

		// People counted by their nationality, killed, hurt or executed,
		// are civilians ...
		{class: "nationals", id: "AL-internationalNews-2009-20180721", title: "بعد هدوء لساعات.. إسرائيل تقصف غزة",
			text: "ويواصل الفلسطينيون احتجاجاتهم قرب الحدود منذ آذار/مارس حيث قتل نحو 149 فلسطينياً.",
			want: []string{"civilians"}},
		{class: "nationals", id: "AL-internationalNews-1676-20180618", title: "إسرائيل تقتل شاباً فلسطينياً على حدود غزة",
			text: "قتلت قوات الاحتلال الإسرائيلي شاباً فلسطينياً على حدود غزة وأصابت آخر.",
			want: []string{"civilians", "israel"}},
		{class: "nationals", id: "2015-07-24-369", title: "شاهد.. “داعش” يُعدم 16 عراقياً بـ3 طرق وحشيّة جديدة",
			want: []string{"civilians", "isis"}},
		{class: "nationals", id: "SK-middleEast-1668-20180514", title: "ليبيا تعيد جثث 20 قبطيا مصريا ذبحهم داعش",
			want: []string{"civilians", "isis"}},
		// ... not soldiers ("عسكريين مصريين"), nor the nationals of a
		// foreign force of the taxonomy (Iranians killed in strikes on
		// Iranian positions).
		{class: "nationals", id: "2015-07-27-771", title: "استهداف حافلة للشرطة شمال سيناء ومحلب يمدد حالة الطوارئ",
			text: "والخميس الماضي، قتل اربعة عسكريين مصريين بينهم ضابط في انفجار قنبلة عند مرور دوريتهم في قطاع رفح على الحدود مع قطاع غزة.",
			not:  []string{"civilians"}},
		{class: "nationals", id: "FR-internationalNews-1199-20180512", title: "المرصد السوري: 11 إيرانيا قضوا في الضربات التي نفذتها إسرائيل في سوريا الخميس",
			text: "صرح مدير المرصد السوري لحقوق الإنسان السبت أن الضربات الإسرائيلية على سوريا التي وقعت فجر الخميس واستهدفت مواقع إيرانية، أسفرت عن مقتل 11 إيرانيا مما يرفع حصيلة القتلى إلى 27 على الأقل.",
			not:  []string{"civilians"}},

		// Illness, poisoning and fireworks hurt no one by arms; mourners
		// and suspects are no victims.
		{class: "not victims", id: "BB-internationalNews-799-20180714", title: "\"عشبة القنب المخدرة\" علاج مصرح به للمرة الأولى في بريطانيا",
			text: "وشُكلت اللجنة بقرار من وزارة الداخلية البريطانية بعد إصابة عدد من الأطفال في بريطانيا بالصرع وحاجتهم إلى العلاج بزيت القنب للتخفيف من حدة النوبات.",
			not:  []string{"civilians"}},
		{class: "not victims", id: "2015-07-23-971", title: "تسمم أكثر من ٥٠ زائراً بينهم سعوديون في مشهد",
			text: "أصيب أكثر من 50 زائرا خليجياً منهم 22 مواطناً سعودياً، صباح أول أمس الثلاثاء، بتسمم غذائي نتيجة تناول وجبة الإفطار في أحد الفنادق بمدينة مشهد الإيرانية.",
			not:  []string{"civilians"}},
		{class: "not victims", id: "2015-08-08-1007", title: "الصلاة على جثمان الشهيد ماجد السبيعي",
			text: "شيعت جموع المصلين، ظهر اليوم، جثمان الشهيد الرقيب ماجد فهد السبيعي، شهيد الحرس الوطني، الذي استشهد أمس الجمعة، على الحد الجنوبي بنجران.",
			not:  []string{"civilians"}},
		{class: "not victims", id: "2015-07-23-77", title: "محكمة نمساوية تقضي بسجن شيشاني لانضمامه إلى متطرفين في سوريا",
			text: "وذكرت الوزارة أن ستين من هؤلاء المتشددين عادوا إلى النمسا وقتل 30 في المعارك، وتجري السلطات تحقيقات حول نحو مائة شخص للاشتباه بمشاركتهم في مخطط وصفته بالإرهابي.",
			not:  []string{"civilians"}},
		// A bombing's victims stay victims beside such words.
		{class: "not victims", id: "SK-middleEast-1445-20180505", title: "انفجار \"مجهول\" يضرب منزلا بغزة.. وسقوط قتلى",
			text: "كما أصيب أيضا 3 أشخاص بجروح في الانفجار، الذي كان، وفق شهود، قويا، وقد شوهدت النيران تندلع في المنزل الواقع في منطقة الزوايدة.",
			want: []string{"civilians"}},

		// "The militias allied with it" are the regime's militias where
		// the regime or an ally was named last ...
		{class: "allied militias", id: "SK-middleEast-1334-20180429", title: "قوات مدعومة أميركيا تطرد النظام السوري من قرى في دير الزور",
			text: "وكانت مواجهات قد اندلعت في وقت سابق، تمكنت خلالها قوات النظام السوري والميليشيات المتحالفة معها من السيطرة على قرى شقرا والحصان والجيعة والجنينة، الواقعة شرقي نهر الفرات قرب الحدود مع العراق.",
			want: []string{"pro-government-militias", "syrian-government"}},
		{class: "allied militias", id: "SK-middleEast-3320-20180810", title: "مليون طفل سوري \"في خطر\"",
			text: "وأشارت اليونيسيف إلى وجود نقص كبير في إمدادات الطعام والمياه والأدوية في إدلب، المحافظة الزراعية بشكل كبير، والتي تضم الآن تضم مليون سوري نزحوا من منازلهم جراء هجمات الجيش السوري والميليشيات الداعمة له في أنحاء البلاد.",
			want: []string{"pro-government-militias"}},
		// ... not those of another force.
		{class: "allied militias", id: "SK-middleEast-412-20180319", title: "غداة التهديد الكردي لتركيا.. هجوم نوعي لوحدات حماية المرأة",
			text: "ونشر الفيديو الذي لم يتسن لـ\"سكاي نيوز عربية\" التأكد من صحته من مصادر مستقلة يأتي غداة إعلان الإدارة المحلية في مدينة عفرين أن الحرب على القوات التركية والفصائل المتحالفة معها دخلت مرحلة جديدة، مضيفة أن قواتها ستشكل \"كابوسا دائما لتركيا\".",
			not:  []string{"pro-government-militias"}},

		// A leader ordering his forces is his state's party ...
		{class: "leaders", id: "SK-middleEast-608-20180328", title: "ترامب يتقرب من تركيا حول الأزمة في سوريا",
			text: "في كانون الثاني/يناير أمر الرئيس التركي رجب طيب أردوغان بشن هجوم على منطقة عفرين شمال سوريا لإخراج وحدات حماية الشعب الكردية منها.",
			want: []string{"turkey", "ypg"}},
		// ... not one who "launches an attack" in words or takes a
		// political blow.
		{class: "leaders", id: "AL-internationalNews-1193-20180516", title: "بعد السفير.. تركيا تطلب من قنصل إسرائيل المغادرة مؤقتاً",
			text: "وشن الرئيس التركي، رجب طيب #أردوغان، هجوماً لاذعاً الثلاثاء على رئيس الوزراء الإسرائيلي، بنيامين #نتنياهو، قائلاً إنه يقود \"دولة عنصرية\" ويداه ملطختان بالدم الفلسطيني.",
			not:  []string{"turkey", "israel"}},
		{class: "leaders", id: "FR-middleEast-109-20180305", title: "صفعة جديدة لنتانياهو بعد اتفاق مستشاره الخاص مع الشرطة للشهادة ضده في قضايا فساد",
			text: "في تطور جديد الاثنين بقضايا الفساد والاحتيال المتهم بها رئيس الوزراء الإسرائيلي تلقى بنيامين نتانياهو ضربة جديدة بعد إبرام نير حيفيتز المتحدث السابق باسمه ومستشاره وكاتم أسراره، اتفاقا مع الشرطة للإدلاء بشهادته ضده.",
			not:  []string{"israel"}},

		// One or two servicemen named with their nationality, killed, hurt
		// or fighting, are their state's forces ...
		{class: "soldiers", id: "2015-07-22-1339", title: "حزب العمال الكردستاني يتبنى قتل ضابطين تركيين",
			want: []string{"turkey"}},
		// ... not one a film star married, nor a colonel named Turki.
		{class: "soldiers", id: "2015-07-25-974", title: "في تاريخ الريادة قصة حسيبة.!",
			text: "رغم استقرارها كنجمة في القاهرة الا انها سرعان ماتركت مصر بعد ان تزوجت ضابطا أمريكيا واستقرت لفترة في نيويورك، لم تنجح في دخول هوليود لتجذبها السينما العربية من جديد.!.",
			not:  []string{"usa"}},
		{class: "soldiers", id: "FR-internationalNews-1502-20180528", title: "قوات التحالف العربي تؤكد أن القوات اليمنية على بعد 20 كلم من \"الحديدة\"",
			text: "وقال المتحدث باسم التحالف العقيد الركن طيار تركي المالكي في مؤتمر صحافي في الرياض \"لم يتبق إلى الحديدة إلا ما يقرب من 20 كلم ولا تزال العلميات مستمرة\" ضد الحوثيين الذين يسيطرون على المدينة الساحلية منذ 2014.",
			not:  []string{"turkey"}},

		// An Iraqi force named without saying Iraq is Iraq's only where
		// the article speaks of Iraq.
		{class: "iraqi aliases", id: "SK-middleEast-935-20180411", title: "الجيش اليمني يعلن تحرير ميدي بالكامل",
			text: "واحتفلت قيادة المنطقة الأربعاء، بتحرير وتطهير جميع أحياء مدينة ميدي من الميليشيا، بمشاركة السلطة المحلية ممثلة، وقيادة العمليات المشتركة التابعة للتحالف العربي، حسب ما ذكرت وكالة الأنباء اليمينة.",
			not:  []string{"iraqi-forces"}},
		{class: "iraqi aliases", id: "FR-internationalNews-2470-20180726", title: "إثيوبيا: العثور على مدير مشروع سد النهضة مقتولا بالرصاص",
			text: "قالت الشرطة الاتحادية الإثيوبية إنها عثرت على مدير مشروع سد النهضة سيمينيو بيكيلي ميتا في سيارته بميكيل سكوير في أديس أبابا الخميس، بعد إصابته بأعيرة نارية.",
			not:  []string{"iraqi-forces"}},
		{class: "iraqi aliases", id: "SK-middleEast-3972-20181020", title: "اشتباك مسلح ومقتل \"انتحاريين دواعش\" في كركوك",
			text: "أعلنت قيادة قوات الشرطة الاتحادية مقتل 3 من مسلحي داعش بعد اشتباك مسلح، في محافظة كركوك.",
			want: []string{"iraqi-forces", "isis"}},

		// A state or leader blamed for an attack is its author, as the
		// gold codes the Skripal poisoning ...
		{class: "blamed", id: "BB-internationalNews-141-20180312", title: "تيريزا ماي: من المرجح أن روسيا مسؤولة عن الاعتداء على الجاسوس السابق سكريبل",
			want: []string{"russia"}},
		{class: "blamed", id: "CN-internationalNews-573-20180906", title: "وزير الأمن البريطاني: بوتين مسؤول بنهاية المطاف عن هجوم نوفيتشوك",
			want: []string{"russia"}},
		// ... not one that blames another, nor for "any attack" to come;
		// "النظام الإيراني" is Iran's regime, not Syria's.
		{class: "blamed", id: "BB-middleEast-996-20180912", title: "الولايات المتحدة تحمل إيران مسؤولية أي هجوم على مصالحها بالعراق وتتوعد برد \"حاسم\"",
			text: "وأضاف :\"ستعتبر الولايات المتحدة النظام في طهران مسؤولا عن أي هجوم ينتج عنه وقوع إصابات بين أفرادنا أو أضرار بمرافق حكومية أمريكية\".",
			not:  []string{"usa", "syrian-government"}},
		{class: "blamed", id: "SK-middleEast-2719-20180702", title: "المعارضة الإيرانية تتهم إرهابيي الملالي بتفجير باريس الفاشل",
			text: "اتهم \"المجلس الوطني للمقاومة الإيرانية\" المعارض في المنفى النظام الإيراني بالوقوف وراء محاولة تفجير تجمع له أقامه في فرنسا السبت.",
			not:  []string{"syrian-government"}},

		// Homes shelled or struck are civilians targeted ...
		{class: "homes", id: "SK-middleEast-3597-20180909", title: "النظام السوري يمطر قلعة المضيق بالصواريخ",
			text: "وقالت مصادر ميدانية لـ\"سكاي نيوز عربية\" إن القصف استهدف الأحياء السكنية، وتسبب بنزوح عشرات العائلات نحو الأراضي الزراعية.",
			want: []string{"civilians"}},
		// ... not a residential area where police arrest a couple, nor
		// one a law "targets".
		{class: "homes", id: "SK-internationalNews-2455-20180703", title: "النمسا تطالب إيران بتجريد \"الدبلوماسي الإرهابي\" من الحصانة",
			text: "وكان الزوجان يحملان 500 غرام من مادة \"تي إيه تي بي\" المتفجرة مع جهاز تفجير، عندما أوقفتهما الشرطة الخاصة في منطقة سكنية في بروكسل.",
			not:  []string{"civilians"}},
		{class: "homes", id: "SK-middleEast-1939-20180525", title: "قانون \"تطوير المناطق\" يرعب ملايين السوريين",
			text: "ويستهدف القانون أيضا التجمعات السكنية التي بنيت دون موافقة رسمية أو وثائق قانونية.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+": "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+": "+c.id+" actors", f.Actors, c.not...)
	}
}
