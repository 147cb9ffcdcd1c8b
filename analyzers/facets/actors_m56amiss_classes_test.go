package facets

import (
	"testing"
	"time"
)

// TestActorM56amissIsraeliVictims pins round 56's m56amiss class
// (actors_civisraeli.go, israeliVictimMentions): Israelis counted by their
// nationality alone (the plural, the dual, the accusative singular) whom a
// harm word governs — right before the count with only a figure between,
// or a passive harm verb right after it — are civilians, as the golds code
// them. The want rows fail on main. Guards: soldiers named as soldiers
// (the nationality is their adjective), an attack of a year written in the
// sentence, a killing purposed ("لمحاولة ... وقتل إسرائيليين"), and the
// other foreign forces' nationals counted killed or hurt (the strikes'
// Iranians, the Americans wounded in Kandahar).
func TestActorM56amissIsraeliVictims(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// The Barkan shooting: the title's "يقتل إسرائيليين".
		{id: "BB-middleEast-1067-20181007", title: "مسلح فلسطيني يقتل إسرائيليين ويجرح ثالثا",
			text: "أطلق فلسطيني النار على ثلاثة إسرائيليين بالقرب من مستوطنة يهودية في الضفة الغربية، فقتل اثنين وجرح ثالثا.",
			want: []string{"civilians"}},
		// Israelis a rocket from Gaza hurt, beside an air strike's dead
		// Palestinians (struckNationals would set a strike's count aside).
		{id: "SK-middleEast-2899-20180714", title: "إسرائيل تتوعد بـ\"إجراء قوي\".. وسقوط قتيلين بغزة",
			text: "وقصف الجيش الإسرائيلي عشرات الأهداف لمسلحين في قطاع غزة، بينما أطلق مسلحون فلسطينيون عشرات الصواريخ عبر الحدود.\n" +
				"وقتل فلسطينيان على الأقل في غارة جوية إسرائيلية، في حين أصيب 3 إسرائيليين على الأقل من جراء إطلاق صواريخ من غزة.",
			want: []string{"civilians"}},
		// The passive after the count: "3 إسرائيليين أصيبوا".
		{id: "SK-middleEast-3919-20181017", title: "قصف إسرائيلي على غزة بعد سقوط صاروخ في بئر السبع",
			text: "قال الجيش الإسرائيلي إن طائراته قصفت أهدافا في قطاع غزة، الأربعاء، بعد سقوط صاروخ انطلق من القطاع على منزل في مدينة بئر السبع داخل إسرائيل.\n" +
				"وذكرت وسائل إعلام إسرائيلية أن 3 إسرائيليين أصيبوا من جراء الصاروخ ونقلوا إلى المستشفى.",
			want: []string{"civilians"}},
		// Guard: soldiers named as soldiers.
		{id: "2015-08-07-1100", title: "إصابة ثلاثة جنود إسرائيليين في هجوم قرب الحدود",
			text: "أصيب ثلاثة جنود إسرائيليين اثنان منهم إصابتهما خطيرة في هجوم على دورية قرب الحدود.",
			not:  []string{"civilians"}},
		// Guard: an old attack recalled with its year.
		{id: "AL-internationalNews-578-20180322", title: "الأرجنتين تدرج حزب الله على قائمة الإرهاب",
			text: "وأشار البيان إلى تفجير حافلة في بلغاريا عام 2012 والذي قتل فيه خمسة إسرائيليين ومواطن بلغاري.",
			not:  []string{"civilians"}},
		// Guard: a killing purposed, under an attempt.
		{id: "FR-internationalNews-1675-20180606", title: "ليبرمان: حماس تدفع المتظاهرين نحو السياج",
			text: "وقال ليبرمان إن المتظاهرين تضغط عليهم حماس لمحاولة اختراق الحدود وقتل إسرائيليين.",
			not:  []string{"civilians"}},
		// Guard: Iranians a strike killed are its soldiers.
		{id: "SK-middleEast-1345-20180430", title: "صواريخ مجهولة تقتل إيرانيين بسوريا",
			text: "قالت مصادر إن صواريخ مجهولة استهدفت قاعدة عسكرية في ريف حماة ما أدى إلى مقتل 11 إيرانيا على الأقل.",
			not:  []string{"civilians"}},
		// Guard: Americans wounded at a security meeting in Kandahar.
		{id: "SK-internationalNews-3541-20181018", title: "نجاة قائد عسكري أميركي بارز من هجوم مسلح في أفغانستان",
			text: "أصيب مواطنان أميركيان على الأقل بجروح في إطلاق نار داخل مقر حاكم ولاية قندهار، الخميس، أثناء انعقاد اجتماع أمني على مستوى رفيع حضره قائد القوات الأميركية الجنرال سكوت ميلر.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorM56amissBodyAssassinated pins round 56's m56amiss class
// (actors_civassassinated.go, bodyAssassinatedMentions): a person the body
// reports assassinated by the passive verb (or the active with the victim
// as its object pronoun), in a sentence dated to the news's days (a
// weekday, yesterday, "قبل يومين"), is a civilian targeted, as the golds
// code all four such articles. The want rows fail on main. Guards: the
// relative clause that names who a person is, a year in the sentence, no
// day in it (a figure of speech, an old killing retold), an officer as the
// victim, and a title marking an anniversary.
func TestActorM56amissBodyAssassinated(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-3693-20180930", title: "المخابرات العراقية تتدخل لحل لغز الاغتيالات",
			text: "قال بيان رسمي، الأحد، إن مجلس الأمن الوطني العراقي برئاسة حيدر العبادي ناقش تقريرا من الأجهزة الاستخباراتية بشأن جرائم الاغتيال والاختطاف في بغداد والبصرة ومحافظات أخرى.\n" +
				"والخميس الماضي، اغتيلت عارضة الأزياء والمدونة تارة فارس في سيارتها الفارهة وسط بغداد، وقبلها بيومين اغتيلت سعاد العلي، إحدى الناشطات في المجتمع المدني، بإطلاق نار أيضا في البصرة.",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-2563-20180801", title: "الغموض يلف مقتل ثلاثة صحافيين روس في جمهورية أفريقيا الوسطى",
			text: "قالت وزارة الخارجية الروسية إن ثلاثة مواطنين روس يحملون بطاقات صحفية اغتالهم ليل الاثنين الثلاثاء قرب سيبوت وسط أفريقيا الوسطى، مسلحون مجهولون يرجح أنهم كانوا يقيمون حاجزا على إحدى الطرق.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-84-20131229", title: "في الدلالات السورية للحدث اللبناني",
			text: "اغتيل في بيروت قبل يومين الوزير السابق محمد شطح أحد أبرز شخصيات تيار المستقبل اللبناني في عملية تفجير سيارة مفخخة.",
			want: []string{"civilians"}},
		// Guard: the relative clause names who the person is.
		{id: "BB-internationalNews-590-20180530", title: "الصحفي الروسي بابشينكو الذي اغتيل في أوكرانيا يظهر حيا",
			text: "ظهر الصحفي الروسي المعارض أركادي بابشينكو حيا وبصحة جيدة في مؤتمر صحفي في كييف الأربعاء.",
			not:  []string{"civilians"}},
		// Guard: an old killing dated by its year.
		{id: "AL-internationalNews-554-20180321", title: "بريطانيا تعرض أدلتها أمام مجلس الأمن",
			text: "وفي العام 2006، اغتيل العميل الروسي السابق ألكسندر ليتفيننكو مسموما بالبولونيوم الأحد في لندن.",
			not:  []string{"civilians"}},
		// Guard: no day of the news in the sentence (a figure of speech).
		{id: "2015-08-10-459", title: "«شبح الطفولة».. أو «اغتيلت براءتهم»",
			text: "هكذا اغتيلت براءتهم في بيوت لا تعرف الرحمة.",
			not:  []string{"civilians"}},
		// Guard: an officer as the victim.
		{id: "guard-officer", title: "اغتيال في القاهرة",
			text: "أمس اغتيل اللواء محمد السعيد، رئيس المكتب الفني بوزارة الداخلية، برصاص مسلحين على دراجة نارية.",
			not:  []string{"civilians"}},
		// Guard: an anniversary in the title retells an old killing.
		{id: "SK-middleEast-3942-20181018", title: "من قتل القذافي وكيف؟.. شهادات \"خاصة\" في ذكرى مصرع العقيد",
			text: "قال الشاهد إن الزعيم الليبي اغتيل يوم الخميس وهو في عربة الإسعاف التي نقلته من سرت إلى مصراتة.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
