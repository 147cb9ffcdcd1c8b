package facets

import "testing"

// kabulWave989Title and kabulWave989 are the Kabul wave of August 2015
// (2015-08-09-989), its title read by two rows: the lead and the police
// academy's bomber, then the truck bomb of the night before, told as
// another attack ("وقبل أقل من 24 ساعة على هذا الهجوم").
const kabulWave989Title = "«طالبان» تنفذ سلسلة تفجيرات قتلت 50 شخصًا"

const kabulWave989 = `قتل 51 شخصًا وجرح مئات آخرون منذ مساء الخميس في كابول في سلسلة من الهجمات هي الاولى في العاصمة الافغانية منذ تعيين الملا اختر منصور على رأس حركة طالبان.
ووقع تفجير انتحاري مساء الجمعة امام مدخل اكاديمية الشرطة في كابول بينما كان افراد الشرطة عائدين من عطلة نهاية الاسبوع، وصرح قائد شرطة كابول عبدالرحمن رحيمي ان انتحاريًا فجر نفسه «في وسط مجموعة من طلاب» اكاديمية الشرطة.
وذكر مصدران امنيان طلبا عدم كشف هوياتهما السبت ان حصيلة الضحايا بلغت 27 قتيلًا. وذلك بعدما كانت تحدثت مصادر عن 20 قتيلًا.
وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار شاحنة مفخخة حيًا سكنيًا في وسط كابول وتسبب بمقتل 15 شخصًا على الاقل وجرح اكثر من 240 آخرين، كما صرح سيد ظفر هاشمي المتحدث باسم الرئيس الافغاني اشرف غني.`

// TestEventTypesM64iedCarBombApart pins round 64's m64ied: a truck bomb is a
// car bomb's phrase (شاحنة مفخخة weighed as the bare مفخخة, below the floor
// in a body), and a car bomb its sentence tells as an attack of its own (a
// time word before "this attack", or "another attack") is not the suicide
// bomber's car: it stays a remote explosive beside the suicide attack the
// title or lead tells (carBombApart). Both true rows fail on main. Guards:
// the lead's truck bomb of an attack the title calls a suicide one
// (2015-08-07-178, the pool gold types the suicide alone: main gave the
// IED too) and the title's car bomb of the lead's suicide attack
// (SK-middleEast-2274) are the bomber's, typed once.
func TestEventTypesM64iedCarBombApart(t *testing.T) {
	const ied = "remote-explosive-landmine-ied"
	checkTypes(t, []typeCase{
		{"the truck bomb the night before the bomber's attack", "2015-08-09-989", kabulWave989Title,
			kabulWave989, "2015-08-09 12:00", ied, true},
		{"the bomber's attack stays", "2015-08-09-989", kabulWave989Title,
			kabulWave989, "2015-08-09 12:00", "suicide-bomb", true},
		{"another attack with a car bomb after Suruç's bomber", "2015-07-21-1148", "30 قتيلا بتفجير انتحاري لـ«داعش» في بلدة تركية على حدود سوريا",
			`شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش القريبة من الحدود السورية، نسبته الحكومة التركية الى تنظيم «داعش» الارهابي.
واشارت وسائل اعلام تركية عدة الى امكانية ان تكون امرأة «انتحارية» تناهز العشرين من العمر هي التي نفذت الهجوم.
وبعيد هذا التفجير الاول في مدينة سوروتش التركية، استهدف هجوم آخر بسيارة مفخخة حاجزا امنيا لمقاتلين اكراد في جنوب مدينة كوباني السورية في الجانب الآخر من الحدود كما افاد المرصد السوري لحقوق الانسان.`,
			"2015-07-21 12:00", ied, true},
		{"guard: the lead's truck bomb is the suicide attack's", "2015-08-07-178", "قتلى وجرحى في تفجير انتحاري في كابل",
			`أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى على الأقل وأكثر من مائة جريح صباح اليوم (الجمعة)، في أول عملية كبيرة في العاصمة الأفغانية منذ تعيين خلف للملا محمد عمر على رأس حركة طالبان.
وقال قائد شرطة كابل عبد الرحمن رحيمي لوكالة الصحافة الفرنسية: «أحصينا ثمانية قتلى و128 جريحا في هذا الهجوم؛ لكن هذه الحصيلة يمكن أن تتغير».
ودان الرئيس الأفغاني أشرف غني الهجوم. وقال: «بتنفيذ اعتداء انتحاري في حي سكني لا يحصد أعداء الشعب الأفغاني سوى العار».`,
			"2015-08-07 12:00", ied, false},
		{"guard: the title's car bomb is the lead's suicide attack's", "SK-middleEast-2274-20180610", "بعد مقتل جندي أميركي.. سيارة ملغومة تستهدف قاعدة في الصومال",
			`أصيب سبعة جنود صوماليين في تفجير انتحاري لسيارة ملغومة عند قاعدة عسكرية في الصومال في ساعة متأخرة من مساء السبت وأعلنت حركة الشباب الإرهابية مسؤوليتها عن الهجوم.
وقال علي" أطلقنا النار على السيارة الملغومة التي كان يقودها انتحاري قبل دخولها القاعدة. انفجرت خارج القاعدة. لم يصب سوى سبعة جنود صوماليين".`,
			"2018-06-10 12:00", ied, false},
	})
}
