package facets

import (
	"testing"
	"time"
)

// TestActorStateArrestsTheWarsFighters pins a state's security organ,
// named by its nationality, that arrests an armed group's members or a
// bombing's authors: the three sample sentences (fresh-8, holdout-18,
// holdout-20; each fails on main) and two corpus ones. The guards are the
// arrests the golds and the corpus reads leave out: a request to another
// state to arrest, a warrant, a purge of the coup's suspects, a charge a
// court weighs years after the arrest, and a school shooter's arrest.
func TestActorStateArrestsTheWarsFighters(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-22-893", title: "وزير الداخلية العراقي: اعتقال المتورطين بتفجير ديالي",
			text: "أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد بمحافظة ديالى أمس الأول الجمعة.",
			want: []string{"iraqi-forces"}},
		{id: "AL-internationalNews-1167-20180514", title: "والد الكساسبة للعربية.نت: أتمنى لقاتل ابني أشد من الحرق",
			text: "تابع أبو معاذ في أول لقاء له مع وسيلة إعلامية - بعد إعلان السلطات العراقية إلقاء القبض على 5 من كبار مسؤولي تنظيم داعش في عملية استخباراتية معقدة، بينهم قيادي يدعى صدام عمر الجمل أحد المتورطين في إعدام الكساسبة - أنه توقع نهاية داعش، لكنه لم يتوقع أن يلتقي بقتلة ابنه معاذ.",
			want: []string{"iraqi-forces"}},
		{id: "SK-middleEast-3654-20180912", title: "عملية \"غير مسبوقة\" للمخابرات التركية في معقل الأسد",
			text: "أوقفت أجهزة المخابرات التركية في سوريا أحد أبرز المشتبه بهم في الاعتداء الذي استهدف مدينة الريحانية الحدودية في عام 2013، حسبما أفادت وكالة أنباء الأناضول، الأربعاء.",
			want: []string{"turkey"}},
		{id: "SK-internationalNews-2269-20180622", title: "الشرطة التركية تعتقل خلية داعشية خططت لهجمات قبل الانتخابات",
			text: "ألقت الشرطة التركية القبض على 14 شخصا يشتبه بأنهم من تنظيم داعش الإرهابي، كانوا يجهزون لهجوم في أنقرة قبل الانتخابات المقررة يوم الأحد.",
			// Round 48's rul48a-2(b): a domestic plot with no tie to the
			// war makes no party of the arresting state (homePlot).
			want: []string{"isis"}, not: []string{"turkey"}},
		{id: "2015-08-07-1162", title: "اعتقال 17 شخصا",
			text: "ألقت قوات الأمن التركية، فجر اليوم الجمعة، القبض على 17 شخصاً، يشتبه في إنتمائهم لتنظيم داعش، في عمليات دهم، بمدينة مانيسا، غربي البلاد.",
			want: []string{"turkey"}},
		// Guards: a request, a warrant, a purge, a charge, a shooter.
		{id: "AL-internationalNews-259-20180228", title: "صالح مسلم يفجر أزمة بين تركيا والتشيك",
			text: "وطلبت السلطات التركية حينها من #الحكومة_التشيكية قبل أيام، اعتقال القائد السابق لحزب الاتحاد الديمقراطي السوري الكردي الذي تعتبره أنقره فرعا لحزب العمال الكردستاني الذي تصنفه \"منظمة إرهابية\".",
			not:  []string{"turkey"}},
		{id: "FR-internationalNews-271-20180305", title: "صالح مسلم",
			text: "وأصدرت السلطات التركية في تشرين الثاني/نوفمبر 2016 مذكرة توقيف بحق مسلم لاتهامه بكونه على صلة باعتداء آخر وقع في أنقرة في شباط/فبراير 2016 ونفى تورطه فيه.",
			not:  []string{"turkey"}},
		{id: "AL-internationalNews-1860-20180706", title: "اعتقال أكثر من 200 جندي على علاقة بغولن",
			text: "أمرت السلطات التركية باعتقال 271 جندياً في عملية استهدفت أنصار الداعية فتح الله #غولن، الذي تتهمه أنقرة بتدبير محاولة انقلاب قبل عامين، وفق وسائل إعلام رسمية.",
			not:  []string{"turkey"}},
		{id: "SK-internationalNews-3064-20180817", title: "محكمة ترفض التماسا للإفراج عن القس برانسون",
			text: "واعتقل الأمن التركي برانسون في ديسمبر 2016، ويواجه عقوبة بالسجن لمدة تصل إلى 15 عاما بتهمة \"ارتكاب جرائم نيابة عن جماعات إرهابية\"، في إشارة إلى المقاتلين الأكراد المحظورين، والداعية فتح الله غولن، الذي يعيش في الولايات المتحدة.",
			not:  []string{"turkey"}},
		{id: "BB-internationalNews-1-20180218", title: "مسيرة ضد فوضى السلاح",
			text: "ألقت الشرطة الأمريكية القبض على نيكولاس كروز، 19 عاما، طالب سابق في المدرسة التي وقع فيها الهجوم.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
