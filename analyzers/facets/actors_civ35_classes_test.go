package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansAssaultedCounted pins civilians told in words the victim
// rules did not read (round 35's civilians class of the pool): worshippers
// a force assaulted ("اعتدت على المصلين", assaultedVerbs in
// attackedCivilians), Muslims counted by their faith as a mob's victims
// (nationalVictimWords), and people counted by a dual nationality with
// "اثنين" after it (twoWords). Guards: Muslims of a force's ranks
// (ofForceMen), a present assault verb of a charge, and two nationals
// arrested.
func TestActorCiviliansAssaultedCounted(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-26-699", title: "",
			text: "وجرت الصدامات ليل السبت الأحد وصباح الأحد في الحرم القدسي الذي يضم المسجد الأقصى وقبة الصخرة، بعد أن حولت قوات الاحتلال المسجد الى ثكنة عسكرية واعتدت على المصلين.",
			want: []string{"civilians"}},
		{id: "2015-07-21-2050", title: "",
			text: "أعلن مسؤول إندونيسي اليوم الثلاثاء أن قوات الجيش والشرطة تحمى ما لايقل عن 153 مسلما، بعدما تعرضوا لهجوم من جانب مسيحيين صباح اليوم في إقليم بابوا بأقصى شرق إندونيسيا.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1160-20180425", title: "",
			text: "قتل 11 مسلما ينتمون الى قبيلة هاوسا، بيد حشد غاضب في ماكوردي عاصمة ولاية بينو في وسط نيجيريا، وذلك ردا على هجوم استهدف كنيسة وأسفر عن 18 قتيلا، وفق ما أفاد مصدر رسمي الأربعاء.",
			want: []string{"civilians"}},
		// Round 43's ruling (class 2) reversed this row: return-march dead are no civilians (fol43a).
		{id: "SK-middleEast-3467-20180819", title: "",
			text: "وخرجت الجمعة تظاهرات عند الحدود بين إسرائيل وقطاع غزة حيث اندلعت مواجهات أسفرت عن مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي.",
			not:  []string{"civilians"}},
		{id: "CN-middleEast-381-20180326", title: "",
			text: "أعلن التحالف أن قوات الدفاع الجوي السعودي اعترضت 7 صواريخ باليستية جرى إطلاقها من الأراضي اليمنية، واستهدف 3 منها الرياض، فيما أسفر سقوط إحدى شظايا الصواريخ عن مقتل مقيم مصري وإصابة مصريين اثنين بالعاصمة السعودية.",
			want: []string{"civilians"}},
		// Guards.
		{id: "2015-08-06-136", title: "",
			text: "وقال الدكتور أحمد الباتلي: أهل الضلال يفجرون مسجدًا ويقتلون 17 مسلمًا من رجال الأمن في عسير.",
			not:  []string{"civilians"}},
		{id: "guard-assault-present", title: "",
			text: "وقال الوزير إن من يعتدي على المصلين سيحاسب وفق القانون.",
			not:  []string{"civilians"}},
		{id: "2015-08-01-531", title: "",
			text: "وأفاد مصدر أمني مصري مسؤول بمديرية أمن مطروح بأن المضبوطين من بينهم 128 شخصًا من 12 محافظة مصرية، إضافة إلى سودانيين اثنين.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
