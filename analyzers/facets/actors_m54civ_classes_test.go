package facets

import (
	"testing"
	"time"
)

// TestActorDwellingCount pins round 54's m54civ class (actors_population.go,
// dwellingCount in populationCount): a figure a dwelling clause opens
// ("وفيها 8 ملايين مدني"، "يسكنها 3,5 ملايين شخص"، "يعيش فيها نحو 400 ألف
// مدني") counts a place's people, not people harmed, even when an attack
// on the place shares the sentence. The blind coding of
// AL-internationalNews-637 (intercepted Houthi missiles, the coalition's
// press conference) codes no civilians; its not row fails on main. Guards:
// the dead counted in the same sentence keep civilians, and a figure a
// killing verb opens ("وقتل فيها 27 شخصا") is no dwelling.
func TestActorDwellingCount(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-637", title: "التحالف العربي يعرض أدلة تزويد إيران الحوثيين بالصواريخ",
			text: "عرض المتحدث باسم التحالف بقايا صواريخ أطلقها الحوثيون. وقال إن إيران استهدفت العاصمة الرياض، وفيها 8 ملايين مدني.",
			not:  []string{"civilians"}},
		{id: "residents-counted", title: "الحوثيون يطلقون صواريخ على جازان",
			text: "وسقطت الصواريخ قرب المدينة التي يسكنها 3,5 ملايين شخص دون أن تسفر عن إصابات.",
			not:  []string{"civilians"}},
		// Guard: the dead of the shelling are counted beside the population.
		{id: "guard-dead-beside", title: "قصف على الغوطة الشرقية",
			text: "وقصفت القوات الحكومية المنطقة التي يعيش فيها نحو 400 ألف مدني، ما أدى إلى مقتل 20 مدنيا.",
			want: []string{"civilians"}},
		// Guard: a killing verb, not a dwelling, opens the figure.
		{id: "BB-middleEast-300", title: "قوات الحرس الجمهوري تتقدم في دوما",
			text: "وتقدمت قوات الحرس الجمهوري عقب سلسلة من الغارات الجوية على دوما، قتل فيها 27 شخصا من بينهم خمسة أطفال، وذلك حسبما قال المرصد السوري لحقوق الإنسان.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorHomesShelled pins round 54's second m54civ class (actors_match.go,
// homesOfBefore in attackedCivilians, and "قصفا" in attackOnWords): people
// whose homes an attack fell on ("قصفا عشوائيا على منازل وممتلكات
// المواطنين") are its targets, with a second thing of theirs joined by و
// between. The blind coding of SK-middleEast-2831 codes civilians (Houthi
// shelling of citizens' homes in al-Bayda); its want row fails on main.
// Guards: a right that an assault is on ("الاعتداء على الحرية الشخصية
// للمواطنين") is no home, and homes named with no attack word before على
// ("تتوزع على منازل المواطنين") are no target.
func TestActorHomesShelled(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2831", title: "خسائر جديدة للحوثيين في مواجهات البيضاء",
			text: "قتل 8 من مسلحي ميليشيات الحوثي وأصيب آخرون، الثلاثاء، في مواجهات مع المقاومة الشعبية في محافظة البيضاء. وشنت الميلشيات الإيرانية قصفا عشوائيا على منازل وممتلكات المواطنين في مناطق المحصن كساد والأجردي بالمديرية ذاتها.",
			want: []string{"civilians"}},
		{id: "homes-accusative", title: "قصف حوثي على قرى تعز",
			text: "وشنت ميليشيات الحوثي قصفا على منازل المواطنين في قرية الشقب.",
			want: []string{"civilians"}},
		// Guard: no attack word before على.
		{id: "guard-aid-homes", title: "توزيع مساعدات في تعز",
			text: "وقالت الميليشيات إن المساعدات تتوزع على منازل المواطنين في المدينة.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorSpyAttempt pins round 54's third m54civ class
// (actors_civpoisoned.go, attemptOnPerson in poisonedMentions): the person
// poisoned told as the object of an assassination attempt in a lead
// sentence ("محاولة اغتيال الجاسوس السابق سيرغي سكريبال وابنته") is a
// civilian targeted, as rul46a-4 codes the Skripals where the attack, its
// inquiry, the charge or the finding of who did it is the news; the text may
// name no poisoning word. Pool BB-internationalNews-1049 codes civilians;
// its want row fails on main. Guards: a title of retaliation
// ("الانتقام"، poisonedTitleVetoes) leaves the attempt background, and a
// plot's purpose ("لاغتيال") is no attempt.
func TestActorSpyAttempt(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-internationalNews-1049", title: "ما هي الاستخبارات العسكرية الروسية \"المتهمة\" بمحاولة اغتيال الجاسوس السابق سكريبال؟",
			text: "أعلنت السلطات البريطانية اسمي رجلين يحملان الجنسية الروسية، مشتبه بضلوعهما في محاولة اغتيال الجاسوس السابق سيرغي سكريبال وابنته يوليا.",
			want: []string{"civilians"}},
		// Guard: retaliation in the title.
		{id: "BB-economy-68", title: "قضية الجاسوس الروسي: الانتقام قد يكون موجعا للاقتصاد البريطاني",
			text: "ستؤدي الحملة على علاقات الأعمال الروسية مع بريطانيا في أعقاب قضية محاولة اغتيال الجاسوس الروسي السابق في بالغاز إلى أضرار معقدة للمصالح الاقتصادية البريطانية.",
			not:  []string{"civilians"}},
		// Guard: a plot's purpose, no attempt made.
		{id: "guard-plot-purpose", title: "كشف خطة لاغتيال جاسوس روسي سابق",
			text: "قالت الشرطة إن الخلية خططت لاغتيال الجاسوس الروسي السابق في لندن.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
