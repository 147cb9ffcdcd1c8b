package facets

import "testing"

// TestHomsAsChickpeas pins حمص read as the food, not Homs (chickpeaWord,
// audit c65town): after falafel or a tin, before a dish's word (باللحم، حب،
// التوست) or "في الفرن" (roast it in the oven), and in the proverb "خرج من
// المولد بلا حمص" (a form of مولد a few words before بلا، دون or بدون). Every
// row but the guards fails on main. Guards: the city before an adjective of
// its own (حمص القديمة), in a pair of cities, and before "في" and a date
// (only "في الفرن" is the oven) keeps Homs.
func TestHomsAsChickpeas(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "falafel and hummus", id: "CN-sport-57-20180228", title: "مطعم في ليفربول يقدم وجبات مجانية مع كل هدف يسجله محمد صلاح",
			text:     "أعلن مطعم عربي في مدينة ليفربول يدعى \"بخشيش\" عن تقديم وجبة فلافل وحمص مجانية في كل مرة يسجل فيها النجم المصري محمد صلاح هدفا مع الفريق الإنجليزي.",
			notTowns: []string{"C2528"}, notGovs: []string{"SY04"}},
		{class: "a Gaza recipe", id: "2015-07-21-429", title: "نكهات رمضانية.. من غزة إلى تايلند",
			text:     "* وصفة غزاوية فوقاعية - حمص باللحم (امبينات) (6 أشخاص). - علبة حمص حب.",
			notTowns: []string{"C2528"}, notGovs: []string{"SY04"}},
		{class: "roast the toast", id: "2015-07-21-433", title: "أفكار وأطباق سهلة تناسب الشهر الفضيل",
			text:     "* طريقة التحضير: حمص التوست ثم أضف إليه ملعقة من زيت الزيتون قبل أن يبرد. - افرد النخالة على قطعة معدنية وحمص في الفرن لمدة 8 دقائق.",
			notTowns: []string{"C2528"}, notGovs: []string{"SY04"}},
		{class: "the proverb", id: "2015-07-23-909", title: "الاتفاق النووي.. خطة أم ورطة؟",
			text:     "ولن ينعكس رفع العقوبات ووصول الأموال المجمدة إلى الخزينة الإيرانية على حياة المواطنين، وبالتالي قد يجد المواطن البسيط أنه كما يقول المثل الشامي \"خرج من المولد بلا حمص\".",
			notTowns: []string{"C2528"}, notGovs: []string{"SY04"}},
		{class: "the proverb, with quotes", id: "2015-07-23-212", title: "الحمد.. من دقائق ريجي إلى صدمة دونيس",
			text:     "وحتى لا تخرج إدارة الاتفاق من مولد تسجيله \"دون حمص\"، خصوصا وهو في أعتاب الأشهر الستة الأخيرة من عقده، قررت التنازل عنه للعرض الأفضل.",
			notTowns: []string{"C2528"}, notGovs: []string{"SY04"}},
		{class: "the proverb in a Syria story", id: "2015-07-25-118", title: "الأكراد قلقون من دخول تركيا الحرب في سوريا لكنهم يستبعدون «مجازفة» ضدهم",
			text:     "والثاني أن تحصل من التحالف الدولي على مكاسب في سوريا، حتى لا تخرج من المولد بلا حمص، من هنا بدأت تركيا تدخل بالتدرج ضمن خطة التحالف الدولي.",
			notTowns: []string{"C2528"}, notGovs: []string{"SY04"}},
		// Guards: the city before its own adjective, and in a pair of cities.
		{class: "old Homs", id: "2015-07-25-107", title: "صفقة لإخراج مقاتلي المعارضة السورية من الزبداني.. «دون أسلحتهم»",
			text:  "وقال إن حزب الله «يدفع باتجاه تسوية، تعني استسلامًا للمقاتلين المعارضين، وتختلف عن اتفاقات حمص القديمة (مايو/ أيار 2014) لجهة عدم السماح للمقاتلين بالاحتفاظ بأسلحتهم الفردية».",
			towns: []string{"C2528"}},
		{class: "between Hama and Homs", id: "SK-middleEast-1748-20180516", title: "المعارضة تنسحب من آخر منطقة محاصرة وسط سوريا",
			text:  "وتعد المنطقة التي يتم إخلاؤها بالكامل، الأربعاء، أخر منطقة معارضة محاصرة، وهي الجيب الكبير الذي يقع بين مدينتي حماة وحمص، حول مدن الرستن وتلبيسة والحولة.",
			towns: []string{"C2528"}},
		// Guard: the city before في and a date, where only "في الفرن" is
		// the recipe's roast (fails if "في" alone made the food).
		{class: "near Homs on a date", id: "CN-middleEast-765-20180430", title: "مصادر لـCNN: أمريكا والتحالف لم يقصفا مواقع عسكرية بحلب وحماة",
			text:  "كما اتهم النظام السوري إسرائيل بقصف قاعدة \"التيفور\" الجوية العسكرية قرب حمص في 9 أبريل/ نيسان الجاري.",
			towns: []string{"C2528"}},
	})
}

// TestDumaAsAlways pins a bare دوما read as "always" (dumaAlways, audit
// c65town): no place word, preposition or strike word before it, in an
// article that names Syria but neither the Ghouta nor Damascus. Every row but
// the guards fails on main. Guard: the same bare position in a story
// that names the Ghouta keeps Duma.
func TestDumaAsAlways(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "as it always is", id: "2015-08-06-387", title: "العلاقات السعودية المصرية في عهد الملك سلمان.. الطريق إلى الوحدة",
			text:     "وتجددت التصريحات السعودية شديدة اللهجة دوما على أن أمن مصر من أمن السعودية، وأكدت حينها–كما هي دوما–وقوف الرياض مع القاهرة. وأشار الجبير إلى أن التنسيق بين السعودية ومصر مستمر بخصوص اليمن وسوريا.",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		{class: "always before a verb, and before a comma", id: "2015-08-02-153", title: "السعودية.. ملك يوقف الاحتلال بالقوة.. وشعب يفتح أبوابه للكويتيين",
			text:     "يقول الباحث السعودي إن الكويت دوما كانت تقف بكل قوتها وحضورها السياسي لدعم العراق قبل الغزو. وكان الجيش السوري ببعض كتائبه موجودًا على الجبهتين الشمالية والشرقية. السعودية تنشد الحلول الدبلوماسية في حل الخلافات دوما، ولكنها تجعل القوة خيارًا أخيرًا.",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		{class: "always before a closing quote", id: "2015-08-04-136", title: "قراءت الصيف.. روايات وكتب فكرية وتاريخية.. والشعر في آخر القائمة",
			text:     "عاش غولدتسيهر ما بين مصر وسوريا حيث تعلم العربية على يد شيوخ سوريا. ويقول: «وهو مرجع الحضارات المصرية القديمة، فأنا حريص على الرجوع إليه دوما».",
			notTowns: []string{"C2338"}, notGovs: []string{"SY03"}},
		// Guard: the town bare before a list, in a story that names the Ghouta.
		{class: "Duma and Zamalka", id: "SK-middleEast-26-20180223", title: "الغوطة الشرقية تحت القصف",
			text:  "وذكر المرصد أن طائرات النظام السوري ومدفعيته استهدفت دوما وزملكا وبلدات أخرى في الجيب في الساعات الأولى من صباح الجمعة. ويعيش قرابة 400 ألف شخص في الغوطة الشرقية.",
			towns: []string{"C2338"}},
	})
}
