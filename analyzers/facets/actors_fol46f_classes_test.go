package facets

import "testing"

// TestActorSkripalVictims pins round 46's rul46a-4 (skripalMentions,
// actors_civskripal.go): the Skripals are civilians where the title tells
// the nerve-agent attack or its inquiry and the text names the victim;
// the want rows fail before fol46f. The not rows: the attack only as the
// ground of expulsions, and Russia's denial, stay uncoded.
func TestActorSkripalVictims(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-internationalNews-122-20180309", title: "بريطانيا تستدعي الجيش للمساعدة في التحقيق بمحاولة قتل الجاسوس الروسي",
			text: "أرسلت الحكومة البريطانية 100 من قواتها المسلحة إلى منطقة ساليسبيري للتحقيق في محاولة قتل جاسوس روسي وابنته. وكان الجاسوس الروسي السابق سيرغي سكريبل وابنته يوليا سقطا مغشيا عليهما مساء الأحد بعد تعرضهما لعنصر يستهدف الأعصاب.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-554-20180321", title: "كم يستغرق تحليل عينات تسميم الجاسوس الروسي؟",
			text: "أعلن مدير منظمة حظر الأسلحة الكيميائية الثلاثاء أن الأمر سيستغرق ما بين أسبوعين إلى ثلاثة أسابيع للانتهاء من تحليل العيّنات التي جمعتها المنظمة من الموقع الذي تم فيه تسميم الجاسوس الروسي المزدوج السابق سيرغي سكريبال في بريطانيا.",
			want: []string{"civilians"}},
		// Not: the attack as the ground of expulsions.
		{id: "CN-internationalNews-122-20180314", title: "بريطانيا تطرد 23 دبلوماسيا روسيا بسبب \"تسميم سكريبال\".. وموسكو: عمل عدائي",
			text: "قررت الحكومة البريطانية، الأربعاء، طرد 23 دبلوماسيا روسيا من الأراضي البريطانية، إثر اتهامها للحكومة الروسية بمحاولة اغتيال الجاسوس الروسي سيرغي سكريبال وابنته في بريطانيا بغاز الأعصاب.",
			not:  []string{"civilians"}},
		// Not: Russia's denial is the news.
		{id: "SK-internationalNews-2680-20180717", title: "بوتن ينفي مجددا اتهامات بريطانيا بـ\"التسميم\" بغاز الأعصاب",
			text: "ندد الرئيس الروسي فلاديمير بوتن بـ\"اتهامات لا أساس لها\" وجهتها السلطات البريطانية الى روسيا في ما يتعلق بحالتي تسمم جديدتين بغاز الأعصاب نوفيتشوك في بريطانيا، بعد أن تسمم في وقت سابق العميل الروسي المزدوج سيرغي سكريبال بالغاز نفسه.",
			not:  []string{"civilians"}},
		// Not: the attack only as the time after which talks came.
		{id: "AL-internationalNews-1366-20180528", title: "الناتو وروسيا يجريان أول محادثات منذ تسميم سكريبال",
			text: "أجرى حلف شمال الأطلسي وروسيا أول محادثات بينهما منذ تسميم الجاسوس الروسي السابق سيرغي سكريبال وابنته في بريطانيا.",
			not:  []string{"civilians"}},
	})
}
