package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansM47civ pins round 46's rulings rul46a-4 and rul46a-2
// (adjudication README) as rules: the named victims of a poisoning told as
// the news (poisonedMentions, actors_civpoisoned.go) and a civilian figure
// a title names as the target of an assassination attempt
// (attemptedAssassinationMentions, actors_civattempt.go) are civilians.
// The want rows fail on the start of round 47. The guards: the poisoning as
// the background of diplomacy or of the accused side's denial, a hospital
// bulletin, an older case, and an attempt on a chief of staff or told as
// a memory.
func TestActorCiviliansM47civ(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// Poisoning told as the news: the attack, its inquiry, its
		// evidence, the charge.
		{id: "FR-internationalNews-277-20180306", title: "عميل روسي سابق للاستخبارات البريطانية يتعرض لعملية تسميم في جنوب إنكلترا",
			text: "أعلنت وسائل إعلام بريطانية أن رجلا يدعى سيرغي سكريبال وهو كولونيل سابق في الاستخبارات العسكرية الروسية قد تعرض لعملية تسميم في جنوب إنكلترا وحالته \"حرجة\". واعتقل سكريبال عام 2006 في روسيا بعد أن اكتشف أمر تجسسه لحساب المملكة المتحدة. تعرض عميل سابق للاستخبارات البريطانية، اعتقلته موسكو في 2006 قبل أن تفرج عنه بعد أربع سنوات في إطار اتفاق مع لندن لتبادل الجواسيس، لعملية تسميم في جنوب بريطانيا.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-258-20180310", title: "مئات الأدلة والشهود في قضية \"الجاسوس المزدوج\"",
			text: "أعلنت وزيرة الداخلية البريطانية، أمبر راد، السبت، أن الشرطة حددت أكثر من 200 شاهد وتفحص أكثر من 240 عنصرا من الأدلة في تحقيقاتها الجارية في هجوم بغاز الأعصاب على جاسوس روسي سابق وابنته.",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-2237-20180710", title: "بريطانيا تتهم روسيا بالضلوع في هجوم بغاز الأعصاب ماتت بسببه مواطنة بريطانية",
			text: "حملت بريطانيا الاثنين روسيا مسؤولية الهجوم بغاز الأعصاب نوفيتشوك الذي تسبب في وفاة سيدة في بريطانيا.",
			want: []string{"civilians"}},
		{id: "BB-internationalNews-159-20180315", title: "برلين وباريس وواشنطن: حادثة سكريبال اعتداء على سيادة بريطانيا",
			text: "أدان قادة كل من فرنسا وألمانيا والولايات المتحدة الهجوم على عميل المخابرات الروسية في بريطانيا باستخدام مادة كيماوية محظورة دوليا.",
			want: []string{"civilians"}},
		// Guards: diplomacy, the accused side's voice, a bulletin, an
		// older case, a title that names other news.
		{id: "SK-internationalNews-606-20180327", title: "أستراليا تطرد دبلوماسيين روس على خلفية قضية الجاسوس",
			text: "انضمت أستراليا إلى الولايات المتحدة وحلفاء آخرين لبريطانيا، وقررت طرد دبلوماسيَين روسيَن اثنين ردا على هجوم بغاز الأعصاب استهدف جاسوسا سابقا على الأراضي البريطانية.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-590-20180326", title: "أوروبا تضيق الخناق على موسكو في قضية الجاسوس",
			text: "أجرت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني الأحد مباحثات مع سفير الاتحاد في موسكو ماركوس إيديرير الذي استدعته بروكسل للتشاور احتجاجا على تسميم العميل الروسي السابق سيرغي سكريبال في لندن.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-763-20180403", title: "مسؤول روسي: ربما سممت لندن الجاسوس لتبرير ميزانية الجيش",
			text: "ذكر دبلوماسي روسي بارز أن تسميم الجاسوس الروسي السابق سيرغي سكريبال بغاز أعصاب ربما تم بترتيب من بريطانيا \"لتبرير إنفاقها العسكري\".",
			not:  []string{"civilians"}},
		{id: "BB-internationalNews-250-20180329", title: "تحسن الحالة الصحية لابنة الجاسوس الروسي السابق في بريطانيا",
			text: "أعلن مستشفى في بريطانيا أن الحالة الصحية ليوليا، ابنة الجاسوس الروسي السابق سيرغي سكريبال، \"تتحسن سريعا\" وأنها لم تعد في حالة حرجة، وذلك بعد مرور أربعة أسابيع على تعرضها مع والدها لهجوم بغاز الأعصاب في مدينة سالزبري.",
			not:  []string{"civilians"}},
		{id: "FR-internationalNews-439-20180315", title: "نيوزيلندا تحقق في محاولة تسميم عميل روسي مزدوج سابق في 2006",
			text: "أعلنت نيوزيلندا الخميس أنها تحقق في محاولة تسميم تعرض لها جاسوس روسي مزدوج سابق في أوكلاند في 2006.",
			not:  []string{"civilians"}},
		{id: "FR-internationalNews-478-20180317", title: "ماكرون يقاطع الجناح الروسي أثناء  افتتاحه لمعرض باريس للكتاب",
			text: "قاطع الرئيس الفرنسي إيمانويل ماكرون الخميس الماضي، الجناح الروسي في معرض باريس للكتاب، وذلك تضامنا مع بريطانيا في قضية تسميم العميل الروسي المزدوج سيرغي سكريبال.",
			not:  []string{"civilians"}},
		// Assassination attempts on a civilian figure.
		{id: "CN-middleEast-257-20180313", title: "شاهد.. آثار محاولة اغتيال رئيس الوزراء الفلسطيني رامي الحمد الله",
			text: "نشر التلفزيون الفلسطيني مقطع فيديو يظهر آثار التفجير الذي استهدف موكب رئيس الوزراء الفلسطيني لدى دخوله قطاع غزة.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1410-20180507", title: "عضو في \"لبيك\" متورط بمحاولة اغتيال وزير داخلية باكستان",
			text: "قالت الشرطة الباكستانية إن الرجل الذي أطلق النار على وزير الداخلية أحسن إقبال ينتمي إلى حركة لبيك.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-3400-20180814", title: "نجاة محافظ تعز من محاولة اغتيال ومقتل عدد من مرافقيه",
			text: "نجا محافظ تعز من محاولة اغتيال استهدفت موكبه.",
			want: []string{"civilians"}},
		// Guards: a memory, a plot's purpose.
		{id: "CN-internationalNews-196-20180329", title: "ملالا تعود لباكستان لأول مرة منذ محاولة اغتيالها قبل 6 سنوات",
			text: "عادت الناشطة ملالا يوسفزاي إلى باكستان للمرة الأولى منذ أن أطلق عليها مسلحو طالبان النار.",
			not:  []string{"civilians"}},
		{id: "CN-internationalNews-56-20180302", title: "وثائق استخباراتية تكشف محاولة لاغتيال ملكة بريطانيا",
			text: "كشفت وثائق استخباراتية عن محاولة لاغتيال الملكة إليزابيث الثانية خلال زيارتها لنيوزيلندا عام 1981.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
