package facets

import (
	"testing"
	"time"
)

// The round-9 party rules of actors_round9.go and actors_match.go, each
// written for a class of errors seen in at least two of the samples (the
// tune part and testdata/fresh*-gold.jsonl, fresh-6 among them). One class
// per group; each row a real title and sentence of the corpora (article id
// given; the untouched gold part is never quoted), with the actors that
// must and must not be read.
func TestActorRound9Rules(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// A force noun whose nationality comes after a modifier, in a
		// list joined by و, or in the dual, names that state's force ...
		{class: "force phrases", id: "CN-middleEast-845-20180508", title: "مصدر عسكري سوري: الدفاعات الجوية تتصدى لصاروخين إسرائيليين",
			want: []string{"israel"}},
		{class: "force phrases", id: "BB-middleEast-606-20180610", title: "الأسد: الوجود الروسي في سوريا \"شرعي\" والوجود الأمريكي والبريطاني \"غزو\"",
			text: "وهاجم الأسد مشاركة قوات عسكرية أمريكية وبريطانية في سوريا واصفا إياها بـ \"الاستعمارية\"، وامتدح بالمقابل دور القوات الروسية مشددا على انها \"شرعية\" لأنها جاءت بطلب من حكومته.",
			want: []string{"usa", "russia"}},
		{class: "force phrases", id: "CN-middleEast-655-20180417", title: "ماكرون تدخلنا بسوريا حفاظاً على شرف المجتمع الدولي",
			text: "دافع الرئيس الفرنسي إيمانويل ماكرون أمام البرلمان الأوروبي الثلاثاء عن الضربات العسكرية الأميركية والفرنسية والبريطانية على مواقع تابعة للنظام السوري الأسبوع الماضي.",
			want: []string{"usa"}},
		{class: "force phrases", id: "2015-07-26-163", title: "ارتفاع عدد موقوفي الحملة الأمنية التركية إلى 590 شخصًا من «داعش» و«الكردستاني»",
			text: "ارتفع عدد الموقوفين في الحرب الأمنية التي تشنها الشرطة التركية على خلايا تنظيم داعش وتنظيم حزب العمال الكردستاني المحظور إلى نحو 590 شخصا في يومين، فيما تزايدات الاضطرابات في المناطق ذات الغالبية الكردية التي شهدت أعمال عنف عديدة وهجمات على وحدات الشرطة والجيش التركيين.",
			want: []string{"turkey"}},
		{class: "force phrases", id: "FR-internationalNews-1020-20180501", title: "إسرائيل تمر إلى السرعة القصوى ضد إيران",
			text: "صحيفة الشرق الأوسط قالت إنه يأتي بعد أربع وعشرين ساعة من سقوط صواريخ على قواعد عسكرية إيرانية في حلب وحماه في سوريا.",
			want: []string{"iran"}},
		{class: "force phrases", id: "2015-07-31-319", title: "هل ترفع واشنطن حظر «جبهة النصرة»؟",
			text: "ومن أهم التطورات على الأرض التحرك التركي العسكري، وإن كان منصبًا أكثر على ملاحقة المتشددين الأكراد بدلاً من «داعش»، رغم الإعلان عن مناطق آمنة على الحدود التركية - السورية.",
			want: []string{"turkey"}},
		{class: "force phrases", id: "SK-internationalNews-3051-20180816", title: "روسيا تحذر أميركا بسبب \"عقوبات كوريا الشمالية\"",
			text: "وقالت وزارة الخارجية الروسية أمس الخميس إن التحرك الأميركي يمكن أن يقوض التقدم الذي أحرز مؤخرا نحو تسوية\" المواجهة بشأن برنامج صواريخ كوريا الشمالية وأسلحتها النووية.",
			not:  []string{"usa"}},
		// ... not sites under inspection, arms bought, airliners, a state's
		// police at home, nor its armed forces at a ceremony.
		{class: "force phrases", id: "2015-07-21-562", title: "أفضل الصفقات السيئة مع إيران",
			text: "يمكن لمتفشي الوكالة الدولية للطاقة الذرية طلب الدخول للتفتيش على المواقع العسكرية الإيرانية، ولكن يتعين عليهم تقديم إخطار مسبق بذلك قبل ميعاد التفتيش الفعلي بـ14 يومًا، ومع فترة للتحكيم تبلغ 10 أيام أخرى.",
			not:  []string{"iran"}},
		{class: "force phrases", id: "BB-economy-176-20180629", title: "تركيا \"ترفض الانصياع\" لطلب واشنطن بقطع علاقاتها التجارية مع طهران",
			text: "وأكد جاويش أوغلو أنه \"حتى الآن لا توجد أي عقبات في طريق صفقة المقاتلات الجوية الأمريكية من طراز إف 35\" التي تعتزم تركيا شراءها من الولايات المتحدة، مستبعدا أن تكون هناك أي مشكلة في إتمام الصفقة في المستقبل.",
			not:  []string{"usa"}},
		{class: "force phrases", id: "SK-internationalNews-633-20180328", title: "اصطدام على الأرض بين طائرتين إسرائيلية وألمانية",
			not: []string{"israel"}},
		{class: "force phrases", id: "AL-internationalNews-298-20180302", title: "تركيا.. اعتقال 5 أشخاص يشتبه بانتمائهم لجبهة النصرة",
			text: "أوقفت قوات الأمن التركية، الجمعة، 5 أشخاص في عمليات متزامنة بالعاصمة أنقرة وولاية قونية (وسط)، للاشتباه بانتمائهم لجبهة #النصرة.",
			not:  []string{"turkey"}},
		{class: "force phrases", id: "CN-middleEast-530-20180409", title: "خامنئي: المرحلة الراهنة هي \"مرحلة عزة\" لإيران",
			text: "وأتت تصريحات خامنئي، الأحد، خلال اجتماعه بعدد من المسؤولين العسكريين في القوات المسلحة الإيرانية، أضاف فيها بأن \"نتيجة الأنشطة والإجراءات التي أنجزت في القوات المسلحة يجب أن تتماشى مع توفير الأهداف التي تم تحديدها.",
			not:  []string{"iran"}},

		// A state accused of a chemical attack, or named right before
		// the use of chemical weapons, is a party ...
		{class: "chemical", id: "SK-middleEast-1152-20180420", title: "فرنسا تتهم روسيا بمحاولة إخفاء أدلة الكيماوي في دوما",
			want: []string{"russia"}},
		{class: "chemical", id: "SK-middleEast-2021-20180529", title: "واشنطن خارج مؤتمر نزع السلاح بعد \"المهزلة السورية\"",
			text: "واحتجت دول عدة، الاثنين، على ترؤس سوريا مؤتمر نزع السلاح، في الوقت الذي توجه فيه أصابع الاتهام إلى نظام الرئيس بشار الأسد باستخدام السلاح الكيماوي ضد شعبه.",
			want: []string{"syrian-government"}},
		// ... not one that speaks of such an attack or denies it.
		{class: "chemical", id: "CN-middleEast-551-20180410", title: "شاهد.. روسيا تنفي استخدام سلاح كيماوي على دوما",
			not: []string{"russia"}},
		{class: "chemical", id: "SK-internationalNews-363-20180315", title: "موسكو ترد على لندن بطرد دبلوماسيين بريطانيين",
			text: "وأضافت أن المزاعم بتورط روسيا في الهجوم \"جنون\" وتابعت أن موسكو قلقة بشأن استخدام الأسلحة الكيماوية في بريطانيا.",
			not:  []string{"russia"}},
		{class: "chemical", id: "CN-middleEast-525-20180408", title: "إيران: اتهام دمشق باستخدام الأسلحة الكيماوية \"مكيدة\" من قبل أمريكا والغرب",
			not: []string{"iran"}},

		// A CNN dateline names where the story was filed, the city
		// before its country too.
		{class: "dateline", id: "CN-middleEast-742-20180427", title: "مسؤولون أمريكيون لـCNN: أقمار صناعية وطائرات وسفن تراقب تحركات إيران",
			text: "واشنطن، الولايات المتحدة الأمريكية (CNN)— أكد مسؤولون أمريكيون على أن هناك تكثيفا لعمليات مراقبة ما وصفوه بـ\"تحركات إيرانية مشبوهة\" في سوريا، وذلك بعد تأكيد وزير الدفاع الأمريكي، جيمس ماتيس، الخميس، على محاولات إيرانية لإدخال أسلحة متطورة إلى سوريا.",
			not:  []string{"usa"}},

		// A country that launched the strikes a clause describes is
		// their author ...
		{class: "strike clauses", id: "AL-internationalNews-1292-20180523", title: "الحكومة الإسرائيلية تنعقد في ملجأ \"يوم القيامة\"",
			text: "وسبق أن عقد في الملجأ بضع جلسات فقط منذ إنشائه، منها جلسة عقدت في السادس من مايو/أيار الجاري، بعد الغارات التي شنتها إسرائيل على أهداف إيرانية داخل #سوريا.",
			want: []string{"israel"}},
		// ... not of a campaign of arrests or an "economic war".
		{class: "strike clauses", id: "BB-internationalNews-1105-20180929", title: "أردوغان يفتتح واحدا من أكبر المساجد الأوروبية في ألمانيا",
			text: "ولكن الخلافات لا تزال قائمة بين البلدين بسبب حملة الاعتقالات التي شنتها أنقرة عقب إفشالها محاولة انقلاب عسكري في عام 2016.",
			not:  []string{"turkey"}},
		{class: "strike clauses", id: "BB-economy-2-20180217", title: "شركة فنزويلية تغري الموظفين الجدد بعلاوة تحفيزية 144 بيضة شهريا",
			text: "ويلقي الرئيس الفنزويلي نيكولاس مادورو باللوم في الأزمة الاقتصادية على \"حرب اقتصادية تشنها الولايات المتحدة على بلاده\" ولكن منتقديه يرون أن سياسات حكومته الاشتراكية دمرت الاقتصاد بسبب الفساد.",
			not:  []string{"usa"}},

		// "العدو" + nationality names that force in a sentence about
		// fighting in an article about Syria ...
		{class: "the enemy", id: "CN-middleEast-1177-20180811", title: "وكالة الأنباء السورية: الدفاعات الجوية تتصدى لهدف معاد اخترق أجواء ريف دمشق",
			text: "وذكر تقرير الوكالة أن هذه الحادثة ليست جديدة إذ \"دمرت الدفاعات الجوية في الثاني من الشهر الجاري هدفا معاديا غرب دمشق كما تصدت خلال الأسابيع القليلة الماضية لاعتداءات نفذها العدو الإسرائيلي على مواقع عسكرية في محاولات فاشلة لرفع معنويات مرتزقته من الإرهابيين الذين انهاروا أمام ضربات الجيش العربي السوري في المنطقة الجنوبية.",
			want: []string{"israel"}},
		// ... not the enemy's "ambitions" in a Lebanese press review.
		{class: "the enemy", id: "2015-08-11-1571", title: "عام / اهتمامات الصحف اللبنانية",
			text: "وأشارت إلى ترحيب وزيرة المهجرين اللبنانية أليس شبطيني بقرار نائب رئيس مجلس الوزراء وزير الدفاع اللبناني سمير مقبل بتمديد ولاية القادة الأمنيين الثلاثة من بينهم قائد الجيش العماد جان قهوجي لمدة عام تلافياً للفراغ في المؤسسة العسكرية في ظل الشغور الرئاسي وقيام الجيش في المرحلة الراهنة بمواجهة المجموعات الإرهابية على حدود شمال شرق لبنان مع سوريا وأطماع العدو الإسرائيلي في جنوب لبنان .",
			not:  []string{"israel"}},

		// Victims named by their work, killed or hurt in an attack, are
		// civilians ...
		{class: "victims by role", id: "FR-middleEast-891-20180805", title: "سوريا: اغتيال مدير مركز البحوث العلمية في انفجار استهدف سيارته",
			text: "من جهتها، نشرت صحيفة \"الوطن\" القريبة من النظام السوري على موقعها الإلكتروني خبر \"استشهاد الدكتور عزيز إسبر، مدير البحوث العلمية في مصياف مع سائقه إثر تفجير استهدف سيارته بريف حماة\".",
			want: []string{"civilians"}},
		{class: "victims by role", id: "SK-middleEast-422-20180320", title: "جريمة حوثية بحق طاقم إسعاف باليمن",
			text: "قتل مسعف وأصيب 3 آخرون، الثلاثاء، من جراء استهداف ميليشيات الحوثي الإيرانية سيارة إسعاف خلال تأدية مهمتها الإنسانية في جبهة الساحل الغربي لليمن، وفق ما أورد مراسلنا.",
			want: []string{"civilians"}, not: []string{"iran"}},
		// ... not the press in "بيان صحفي" nor a filmed video.
		{class: "victims by role", id: "2015-07-31-233", title: "مقتل 15 من عناصر داعش الإرهابي شرق الرمادي",
			text: "وأفاد رئيس اللجنة الأمنية في المجلس المحلي في محافظة الأنبار إبراهيم الفهداوي في تصريح صحفي أن القوات الأمنية شنت عملية عسكرية في مناطق حصيبة الشرقية والجزيرة ومنطقة المخازن في القاطع الشرقي شرقي الرمادي وتمكنت من قتل 15 عنصرًا من تنظيم داعش الإرهابي.",
			not:  []string{"civilians"}},

		// Russia's police in an article about Syria are its military
		// police (an alias that counts only there).
		{class: "russian police", id: "CN-middleEast-560-20180410", title: "شاهد.. شرطة روسية في دوما بعد هجوم كيماوي مزعوم",
			text: "نشر ناشطون سوريون مقطع فيديو يظهر ماقالوا إنه دخول عدد من أفراد الشرطة الروسية مدينة دوما، في ريف دمشق، لمعاينة موقع الهجوم الكيميائي المزعوم الذي أودى بحياة أكثر من 40 شخصاً.",
			want: []string{"russia"}},
		{class: "russian police", id: "AL-internationalNews-991-20180505", title: "الشرطة الروسية تعتقل أكثر من 1000 محتج ضد بوتين",
			not: []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+": "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+": "+c.id+" actors", f.Actors, c.not...)
	}
}
