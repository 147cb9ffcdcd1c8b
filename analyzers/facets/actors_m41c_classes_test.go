package facets

import "testing"

// TestActorUSSoil pins the United States as a place (onUSSoil,
// actors_ussoil.go): a weak usa name right after "في" or "داخل", or joined
// by "و" to a one-word place after "في", is where something is, not United
// States forces. The not rows hold usa before m41c (round 41's miner of
// false foreign-state actors: SK-3718 of the tunable pool; SK-960 and
// 2015-07-31-284 are the other corpus articles the rule moves).
// The guards: a "ب" proclitic is not read as a place ("قوى غربية متمثلة
// بالولايات المتحدة ... شنت عملية عسكرية"), and forces named by their
// nationality stay usa wherever they are.
func TestActorUSSoil(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-3718-20181003 (shortened)", title: "تداعيات ضرب الطائرة بسوريا.. موسكو تنشر فيديو التصعيد الخطير",
			text: "نشرت وزارة الدفاع الروسية، مساء الثلاثاء، اللقطات الأولى لوصول نظام الدفاع الجوي الصاروخي \"إس-300\" إلى سوريا، في تحد لمخاوف إسرائيلية وأميركية من أن بيع هذه الأسلحة سيشجع إيران ويصعد الحرب السورية.\n" +
				"وأعاد حساب \"روسيا في الولايات المتحدة\"، التابع لسفارة موسكو في واشنطن، نشر الفيديو الذي يظهر عملية إنزال المنظومة الدفاعية من طائرات نقل عسكرية ضخمة، مشيرا إلى أن صواريخ \"إس-300\" ستساهم في إبقاء الأجواء السورية آمنة.",
			want: []string{"russia"}, not: []string{"usa"}},
		{id: "SK-middleEast-960-20180412", title: "أميركا.. اتهام بلغاري بتصدير قطع غيار محظورة لسوريا",
			text: "قالت وزارة العدل الأميركية، إنه تم توجيه الاتهام إلى بلغاري في الولايات المتحدة بتصدير قطع غيار طائرات إلى سوريا فيما يمثل انتهاكا لحظر أميركي.\n" +
				"وأضافت في بيان أن جيلياز أندريف (29 عاما) عمل في مكتب شركة (إيه.دابليو ترونيكس)، ومقرها ميامي والتي شحنت وصدرت قطع غيار طائرات ومعدات إلى الخطوط الجوية السورية التي أدرجتها واشنطن على قائمة للحظر.",
			not: []string{"usa"}},
		{id: "2015-07-31-284 (shortened)", title: "المعارضة السورية تختلف حول مقترحات دي ميستورا الأخيرة.. والنظام يلتزم الصمت",
			text: "وأشار ممثل الائتلاف الوطني السوري في الولايات المتحدة نجيب الغضبان، إلى أنه «ومنذ انطلاق دي ميستورا بمهمته كانت كل المؤشرات توحي بأنّه لن يستطيع أن يحقق أكثر مما حققه المبعوثون السابقون إلى سوريا».\n" +
				"وأضاف: «أما الآن وبعد دخول تركيا مباشرة على الخط والتوجه لإنشاء منطقة آمنة فإن الحل العسكري بات أقرب».",
			not: []string{"usa"}},
		// Guard: a "ب" proclitic governed by a participle, the strike's author.
		{id: "FR-middleEast-294-20180414 (shortened)", title: "المرصد السوري: انفجار يهز جنوب ريف حلب حيث يتمركز مقاتلون مدعومون من إيران",
			text: "ويذكر أن قوى غربية متمثلة بالولايات المتحدة وبريطانيا وفرنسا شنت فجر السبت عملية عسكرية على نظام الأسد.",
			want: []string{"usa"}},
		// Guard: forces by their nationality, wherever they stand.
		{id: "BB-middleEast-1006-20181001 (shortened)", title: "إيران تقصف البوكمال في سوريا \"رداً\" على هجوم الأهواز",
			text: "ويقدر الجيش الأمريكي أنه يوجد ما بين 1500 و2000 مسلح في المنطقة.",
			want: []string{"usa"}},
	})
}
