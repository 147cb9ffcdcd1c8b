package facets

import (
	"testing"
	"time"
)

// TestActorM44iranBackedOffensive pins round 44's backer of the regime's
// offensive (backsOffensive, actors_backers.go): Russia or Iran named as
// the backer of the regime's offensive, by a relative verb after the
// offensive, a participle after the regime, or an adverbial of means in
// a sentence where the regime takes ground, is a party to that war, as
// the tunable pool (SK-middleEast-1351, SK-middleEast-392) and the blind
// codings (SK-middleEast-2240) code it. The first four rows fail before
// m44iran (checked with the start binary). Guards: the participle with no act of war in the sentence
// (the regime's denial), a diplomatic process the state backs, and rebels
// Russia backs in Ukraine.
func TestActorM44iranBackedOffensive(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1351-20180430 (first six paragraphs)", title: "مخيم اليرموك بسوريا يئن.. ومصير اللاجئين مجهول",
			text: "ذكرت وسائل إعلام حكومية وشهود وسكان أن قوات النظام السوري ضيقت الخناق على مخيم اليرموك للاجئين الفلسطينيين الذي يسيطر عليه مسلحو تنظيم داعش جنوبي دمشق.\nوذكرت وسائل الإعلام أن الجيش السوري استعاد حي القدم المجاور لمخيم اليرموك، الذي كان في وقت من الأوقات أكبر مخيم للاجئين الفلسطينيين في سوريا.\nجاء ذلك بعد نحو أسبوعين من حملة تستهدف استعادة آخر منطقة قرب العاصمة لا تزال خارج سيطرة النظام، وحولت أجزاء كثيرة من المخيم الذي كان يوما مكتظا بالسكان إلى أنقاض.\nوأفادت مصادر من المعارضة بأن قوات النظام تخوض حاليا معارك ضارية مع المتشددين على مشارف مخيم اليرموك، حيث يوجد ما بين 1500 إلى ألفي متشدد محاصرين الآن.\nوتحدث التلفزيون الرسمي السوري عن أنباء للتوصل لاتفاق بين قوات النظام و\"مجموعات إرهابية\" في المخيم يسمح لها بالخروج الآمن إلى محافظة إدلب شمال غربي سوريا، التي تسيطر عليها المعارضة، مقابل إجلاء المدنيين في قريتين محاصرتين في المحافظة.\nوتعد الحملة العسكرية على اليرموك  جزءا من هجوم أوسع تدعمه روسيا لاستعادة آخر جيب في أيدي المعارضة حول العاصمة بعد انتزاع السيطرة على الغوطة الشرقية هذا الشهر.",
			want: []string{"russia"}},
		{id: "SK-middleEast-392-20180318 (one sentence)", title: "حين دك أردوغان الغوطة.. وقصف الأسد عفرين",
			text: "وهكذا تمكن النظام المدعوم من روسيا وإيران من تقسيم الغوطة إلى ثلاثة جيوب منفصلة وهي دوما التي تخضع لسيطرة جيش الإسلام.",
			want: []string{"russia", "iran"}},
		{id: "SK-middleEast-2240-20180608 (one sentence)", title: "غارات إدلب \"الأكثر دموية\" منذ بداية العام",
			text: "وفر عشرات الآلاف من المقاتلين والمدنيين إلى إدلب، خلال الأعوام الماضية، تاركين مناطق استعادها الجيش السوري بمساعدة روسيا وإيران.",
			want: []string{"russia", "iran"}},
		{id: "BB-middleEast-1102-20181014 (lead and one sentence)", title: "اتفاق أردني سوري على إعادة فتح معبر حدودي مهم بين البلدين",
			text: "أعلنت السلطات الأردنية أنها قررت إعادة فتح معبر حدود مهم مع سوريا، وذلك بعد ثلاث سنوات من سيطرة مسلحي المعارضة السورية عليه.\nواستعادت الحكومة السورية، بعد سبع سنوات من الحرب الأهلية، مساحات شاسعة من الأراضي من قبضة مسلحي المعارضة بدعم من روسيا.",
			want: []string{"russia"}},
		// Guard: the participle describes the regime that denies.
		{id: "BB-middleEast-850-20180805 (one sentence)", title: "مقتل رئيس مركز البحوث العلمية في سوريا بتفجير سيارة مفخخة",
			text: "لكن الحكومة السورية المدعومة من روسيا، نفت استخدام أو إنتاج أية أسلحة كيماوية.",
			not:  []string{"russia"}},
		// Guard: a diplomatic process Russia backs.
		{id: "FR-internationalNews-19-20180219 (one sentence)", title: "اتفاق بين الأكراد ودمشق يقضي بدخول الجيش السوري إلى عفرين",
			text: "ومنذ تشرين الأول/أكتوبر، اضطلعت تركيا بدور في محافظة إدلب الخاضعة لسيطرة المعارضة المسلحة على الحدود مع عفرين في إطار عملية دبلوماسية تدعمها روسيا حليفة الأسد في محادثات أستانة بقازاخستان.",
			not:  []string{"russia"}},
		// Guard: Ukraine's war, no Syria.
		{id: "CN-internationalNews-661-20181009 (one sentence)", title: "أوكرانيا تخلي 10 آلاف شخص بعد انفجار ضخم بمستودع ذخيرة",
			text: "يذكر أن أوكرانيا في حالة حرب مع الانفصاليين المدعومين من روسيا في شرق أوكرانيا منذ عام 2014، وهو الصراع الذي أودى بحياة أكثر من 10 آلاف شخص.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorM44iranDealMaker pins round 44's maker of a deal on the
// fighting (dealMaker, actors_brokerstate.go): Russia named as the state
// the rebels made a deal with, the state that arranged a deal, or the
// subject that reached it, where the sentence says what the deal does to
// the fighters, as the tunable pool (BB-middleEast-182,
// SK-middleEast-3764) and the blind codings (BB-middleEast-254) code it;
// SK-middleEast-1853 is a corpus move the rule makes. The first three rows
// fail before m44iran (checked with the start binary). Guard: a deal with Russia to
// buy missiles names no deal on the fighting.
func TestActorM44iranDealMaker(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-182-20180313 (first five paragraphs)", title: "\"اتفاق لإجلاء المصابين\" من الغوطة الشرقية",
			text: "أعلن تنظيم \"جيش الإسلام\"، أكبر الجماعات المسلحة في الغوطة الشرقية، أنه توصل إلى اتفاق مع روسيا، الداعم الرئيسي للحكومة السورية، على إجلاء المصابين من المنطقة المحاصرة.\nوأوضح التنظيم أن إجلاء المصابين سيحدث على مراحل، لكنه لم يحدد موعد بدء العملية.\nولم تؤكد روسيا التوصل إلى اتفاق، لكن الأمم المتحدة قالت إن ثمة محادثات كانت تجرى بهذا الشأن.\nوقتل أكثر من 1100 شخص وأصيب 4 آلاف منذ كثفت الحكومة عملياتها العسكرية ضد الغوطة الشرقية في 18 فبراير/ شباط.\nواستعاد جنود ومسلحون مساندون للحكومة 60 في المئة من الغوطة الشرقية الواقعة في ضواحي العاصمة دمشق، وقسموها إلى ثلاثة جيوب في الأيام القليلة الماضية.",
			want: []string{"russia"}},
		{id: "SK-middleEast-1853-20180522 (whole article)", title: "وصول قافلة من مخيم اليرموك إلى إدلب شمالي سوريا",
			text: "قال مدير مركز التنسيق في الشمال السوري إن قافلة تقلّ نحو 400 طفل وامرأة، من أهالي مخيم اليرموك، جنوبي العاصمة دمشق وصلت إلى محافظة إدلب شمالي سوريا.\nوقال مصدر من مركز استقبال قلعة المضيق إن القافلة التي تتألف من 13 حافلة، وتقل نحو 400 شخص، جميعهم من الأطفال والنساء وهم مدنيين كانوا محاصرين أثناء المعارك، في مخيم اليرموك، وحيي الحجر الأسود والتضامن.\nوسيطرت قوات النظام في وقت سابق على حي الحجر الأسود ومخيم اليرموك، بعد خروج مقاتلي التنظيم إلى ريف حمص الشرقي، بعد اتفاق مع روسيا.",
			want: []string{"russia"}},
		{id: "SK-middleEast-3764-20181007 (lead and one sentence)", title: "سحب السلاح من إدلب.. فصائل تستجيب وأخرى تترقب",
			text: "قالت \"الجبهة الوطنية للتحرير\" وهي ائتلاف مجموعات تنشط في محافظة إدلب السورية ومحيطها، إن الفصائل المعارضة تستمر في سحب سلاحها الثقيل من المنطقة العازلة المرتقبة شمال غربي البلاد، في عملية ستستمر عدة أيام.\nوتوصلت روسيا وتركيا قبل 3 أسابيع إلى اتفاق جنّب محافظة إدلب ومحيطها هجوما واسعا لوحت به دمشق، وينص على إقامة منطقة منزوعة السلاح بعمق يتراوح بين 15 و20 كيلومترا على خطوط التماس بين قوات النظام والفصائل المعارضة حول إدلب.",
			want: []string{"russia"}},
		// Guard: arms bought, no deal on the fighting.
		{id: "SK-internationalNews-1401-20180506 (one sentence)", title: "قضية السلاح تزعج أنقرة: \"لا نسير بأوامر الغرب\"",
			text: "وكانت تركيا وقعت اتفاقا مع روسيا في ديسمبر لشراء بطاريات صواريخ إس-400 سطح جو، ضمن خطط أنقرة لتعزيز قدراتها الدفاعية، وسط تهديدات من المقاتلين الأكراد والمتشددين في الداخل، وصراعات على حدودها في سوريا والعراق.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
