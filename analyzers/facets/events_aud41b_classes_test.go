package facets

import "testing"

// TestEventTypesCellDismantled pins the cell-dismantling phrases (تفكيك
// خلية، فككت خلية، يفكك خلية) as arrests: the Maghreb's and the Gulf's
// security services announce a cell's members arrested so, often with no
// arrest verb in the title or lead ("إيقاف 6 عناصر" is the Tunisian word
// further down). The round-41 blind audit aud41b coded the Tunisian cell of
// August 2015 as arrests, as an earlier blind coding of another report of it
// (2015-08-06-1810) and of the Moroccan ISIS cell (SK-middleEast-2855) did;
// the true rows fail on main. Guards: the phrases weigh as one word
// (cellDismantled), so one mention in a body, a security service's record
// praised ("نجحت المنظومة الأمنية ... في تفكيك خلايا إرهابية قاتلة") or a
// habit ("تعلن أجهزة الأمن الروسية بانتظام عن تفكيك خلايا إرهابية"), types
// nothing.
func TestEventTypesCellDismantled(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Tunisia dismantles a cell (title and lead)", "2015-08-06-2926", "تونس تفكك خلية خططت لأعمال إرهابية",
			`أعلنت وزارة الداخلية التونسية عن تفكيك خلية إرهابية كانت تخطط لتنفيذ هجمات إرهابية على منشآت أمنية حساسة. وقالت وزارة الداخلية في بيان أمس «تمكنت الوحدة الوطنية للأبحاث في جرائم الإرهاب للمصالح المختصة في عملية أمنية استباقية وبعد تحريات ميدانية معمقة من إيقاف 6 عناصر بجهة الدهماني من ولاية الكاف مرتبطة بالمجموعات الإرهابية الأخرى المتحصنة بالجبال».`,
			"2015-08-06 08:19", "arrests", true},
		{"Tunisia's security forces dismantled a cell (the sample's report)", "2015-08-06-1355", "تونس تعلن تفكيك «خلية إرهابية» خططت لتنفيذ هجمات",
			`قالت أمس الاربعاء وزارة الداخلية التونسية : إن قوات الامن فككت «خلية إرهابية» كانت تعتزم تنفيذ هجمات بعد أن شددت إجراءاتها الأمنية في اعقاب هجوم مسلح على منتجع سياحي قتل فيه عشرات من السياح الاجانب.`,
			"2015-08-06 12:00", "arrests", true},
		{"Morocco dismantles an ISIS cell", "SK-middleEast-2855-20180712", "المغرب.. تفكيك خلية إرهابية خطيرة تابعة لداعش",
			`قامت أجهزة الأمن المغربية بتفكيك خلية إرهابية خطيرة في الساعات الأولى من صباح الخميس، وفقا لبيان صادر عن وزارة الداخلية.`,
			"2018-07-12 09:38", "arrests", true},
		// Guard: a security service's record praised, once in a body.
		{"guard: a column praises the security services' record", "2015-08-02-372", "هل نعاني من ازدواجية في محاربة الإرهاب..؟",
			`.. وسنكرر سؤالاً طالما أعدنا طرحه، وسنعيده بلا ملل، منذ أحداث الحادي عشر من سبتمبر، بل ومنذ بزوغ نجم القاعدة قبل ذلك، وضربها لمدننا ومنشآتنا الحيوية.
هل نحن جادون فعلا في محاربة عدونا الأول.. الإرهاب؟، هل حربنا شاملة معه، وهل وصلت أو اقتربت من عمق عقيدة الإرهاب؟.
كل ما تحقق في مواجهة الإرهاب المتطرف الإجرامي، من جهيمان مروراً بالقاعدة، ووصولاً لداعش يبقى الأمن وسامنا الوطني الثابت. فقد نجحت المنظومة الأمنية بتفوق، مرة بعد مرة، في تفكيك خلايا إرهابية قاتلة ولاتزال.`,
			"2015-08-02 23:45", "arrests", false},
		// Guard: a habit of a security service, told once in a body.
		{"guard: Russia's services regularly announce cells dismantled", "AL-internationalNews-430-20180311", "روسيا تعلن إحباط اعتداء وقتل \"إرهابيين\"",
			`أعلنت أجهزة الأمن الروسية، الأحد، أنها أحبطت اعتداء قرب ساراتوف في جنوب غرب روسيا وقتلت "إرهابيين" من دون أن تحدد عددهم.
وفي شريط فيديو بثته أجهزة الأمن ظهرت جثتا رجلين قرب سيارة هشم زجاجها في طريق غطته الثلوج.
وتعلن أجهزة الأمن الروسية بانتظام عن تفكيك خلايا إرهابية تضم في الغالب عناصر من مواطني الجمهوريات السوفياتية السابقة في وسط آسيا.`,
			"2018-03-11 22:07", "arrests", false},
	})
}

// TestEventTypesShowDomains pins four more words of a تظاهرة that is a show,
// not a protest (showDomains, weaponSense): a show of the mind, of music, of
// the Mediterranean, of the Koran. The aud41b sample's Saudi tweets
// condemning the Asir mosque bombing "شكلت تظاهرة فكرية" and were typed a
// peaceful protest; that row fails on main (the festival, told once in a
// body, weighed too little already). Guard: a protest named
// تظاهرة with no such word keeps its type.
func TestEventTypesShowDomains(t *testing.T) {
	checkTypes(t, []typeCase{
		{"tweets of outrage form a show of the mind", "2015-08-07-1028", "الشعب يندد من الوزير إلى الغفير",
			`غص موقع التواصل الاجتماعي "تويتر"، بسلسلة واسعة من التغريدات الغاضبة والشاجبة للتفجير الإرهابي الذي استهدف جامع قوات الطوارئ الخاصة في منطقة عسير، حيث انهالت عبارات الاستنكار، راسمة لوحة وطنية عفوية، شكلت تظاهرة فكرية للملمة جراح الحادث المأساوي، والتأكيد على وحدة الصف ووقوف الجميع ضد الإرهاب.`,
			"2015-08-07 12:00", "peaceful-protest", false},
		{"a music festival in Tunisia", "2015-07-31-507", "أوركسترا فيينا تعتذر عن غيابها عن مهرجان موسيقي في تونس",
			`انطلقت فعاليات مهرجان إلجم الدولي للموسيقى السيمفونية بتونس في دورته الثلاثين بعرض لأوركسترا شبان البحر الأبيض المتوسط من فرنسا.
ويجمع أوركسترا البحر الأبيض المتوسط الذي يفتح هذه التظاهرة الموسيقية الفريدة من نوعها في تونس، عازفين من فرنسا وإيطاليا.`,
			"2015-07-31 04:37", "peaceful-protest", false},
		// Guard: a protest.
		{"guard: a mass rally for Scottish independence", "SK-internationalNews-3325-20181006", "تظاهرة حاشدة للمطالبة باستقلال أسكتلندا",
			`تظاهر نحو 20 ألف شخص، السبت، في العاصمة الأسكتلندية انبره، مطالبين بالاستقلال عن المملكة المحتدة. حسب ما أفادت السلطات المحلية.`,
			"2018-10-06 23:31", "peaceful-protest", true},
	})
}
