package facets

import "testing"

// TestEventTypesAud57dConvoyBlast pins the round-57 blind audit aud57d's
// rule convoyBlast: a bombing noun whose object is a motorcade ("تفجير موكب
// الحمد الله") is a bombing done, a remote explosive, with no word of its
// occurrence or toll beside it, which blastType asked for. The pool and
// blind golds code a remote explosive in 4 of the 5 articles holding "تفجير
// موكب" (the fifth, SK-middleEast-1314, an account of the bombing six weeks
// on, is left untyped and the rule types it by its body: arguable). The
// true rows fail on main. Guards: an attempt in a history list (محاولة
// before the noun) and an account about it (حول before the noun).
func TestEventTypesAud57dConvoyBlast(t *testing.T) {
	checkTypes(t, []typeCase{
		{"pool: Abbas holds Hamas responsible for the motorcade bombing (مسؤولية تفجير موكب)", "AL-internationalNews-538-20180319",
			`عباس يحمل حماس مسؤولية تفجير موكب الحمد الله`,
			`أكد الرئيس الفلسطيني، #محمود_عباس، الاثنين، أنه يحمّل حركة حماس مسؤولية تفجير موكب رئيس الحكومة الفلسطينية، #رامي_الحمد الله.
واتهم عباس، في كلمة أمام القيادة الفلسطينية، مقر الرئاسة الفلسطينية، حماس بالتورط في محاولة اغتيال رئيس الحكومة الفلسطينية.`,
			"2018-03-19 17:17", "remote-explosive-landmine-ied", true},
		{"blind: the wanted man of the motorcade bombing killed (في تفجير موكب)", "CN-middleEast-333-20180322",
			`حماس: مقتل "المطلوب الرئيسي" في تفجير موكب رئيس الوزراء.. وعباس يطالبها بتسليم غزة`,
			`دبي، الإمارات العربية المتحدة (CNN)-- أعلنت حركة حماس الفلسطينية، الخميس، عن مقتل أنس أبوخوصة الذي وصفته بـ"المطلوب الرئيسي" في قضية تفجير موكب رئيس الوزراء الفلسطيني رامي الحمد الله، بالإضافة إلى مقتل أحد مساعدي أبوخوصة واعتقال شخص ثالث مصاب، ومقتل 2 آخرين من العناصر الأمنية بحماس.`,
			"2018-03-22 16:53", "remote-explosive-landmine-ied", true},
		{"guard: an attempt on a motorcade in a history list (محاولة تفجير موكب)", "SK-middleEast-2752-20180704",
			`من بيروت إلى باريس.. مسلسل عمليات إيران الإرهابية`,
			`وفي التالي أبرز العمليات الإرهابية الإيرانية في الخارج:
- عام 1985، محاولة تفجير موكب سمو الشيخ جابر الأحمد الصباح أمير الكويت.`,
			"2018-07-04 15:05", "remote-explosive-landmine-ied", false},
		{"guard: an account about the motorcade bombing (حول تفجير موكب)", "SK-middleEast-1314-20180429",
			`"السلطة" تدحض رواية حماس حول تفجير موكب الحمد الله`,
			`وتابع "ما قدمته حماس من أكاذيب لا يكفي ليغطي جزءا بسيطا من الحقيقة الواضحة التي تدل دون ريب على تحمل حماس المسؤولية".`,
			"2018-04-29 00:23", "remote-explosive-landmine-ied", false},
	})
}
