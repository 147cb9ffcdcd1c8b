package facets

import "testing"

// TestTypesManagedArrest pins an arrest told as managed past the lead
// (enabledArrest): "وتمكنت الشرطة الصينية من اعتقال المشتبه به"، "تمكنت
// السلطات من إلقاء القبض على المشتبه فيه". Round 38's blind sample and
// round 37's blind codings type such arrests (a Libyan army unit "تمكنت
// ... من القبض على" an al-Qaeda official, Tunisian guards "من إلقاء القبض
// على" a supplier of the hill fighters); rasid read the lone arrest word
// as too weak past the lead. The guard row: a present of managing is a
// habit or a purpose, no arrest made ("نادرا ما تتمكن الشرطة من القبض
// عليهم"); round 40's rows, a crime's lone suspect managed, are police
// work (suspectArrest).
func TestTypesManagedArrest(t *testing.T) {
	checkTypes(t, []typeCase{
		{"managed", "2015-08-04-667", "تونس: تفكيك شبكة إرهابية وإيقاف أهم داعمي المسلحين بجبال الكاف", "أكد مصدر أمني تونسي أن جهات رسميّة ليبية سلمت السبت الماضي السلطات الأمنية التونسية 8 مطلوبين لدى العدالة وذلك بمعبر رأس جدير الحدودي.\nمن جهة أخرى، تمكنت فرقة الأبحاث والتفتيش التابعة للحرس التونسي بالكاف من إلقاء القبض على عنصر إرهابي خطير يقوم بتموين المجموعات الإرهابية المتحصنة بجبال ورغة بالمواد الغذائية.", "2015-08-04 18:16", "arrests", true},
		// Round 40 (suspectArrest, events_m40i_classes_test.go): the
		// lone suspect of a crime — a school knife attack in China, a
		// rape in Tunisia — is police work, no arrests, in an article
		// naming no armed party; the blind coder of the same China attack
		// (SK-internationalNews-1217-20180427) typed none. These two rows,
		// managed arrests of such suspects, so moved to want false.
		{"managed", "BB-internationalNews-425-20180427", "مقتل 7 تلاميذ وإصابة 12 طعنا في الصين", "قُتل سبعة تلاميذ على الأقل طعنا وجُرح 12 آخرون في هجوم بسكين خارج مدرسة شمالي الصين، بحسب مسؤولين.\nوهاجم رجل مسلح بسكين التلاميذ أثناء عودتهم إلى منازلهم من مدرسة متوسطة في منطقة منجي بمقاطعة شانجي.\nوتمكنت الشرطة الصينية من اعتقال المشتبه به.\nوقالت إن المشتبة به يدعى جاو وعمره 28 عاما وكان طالبا في هذه المدرسة.", "2018-04-27 22:46", "arrests", false},
		{"managed", "SK-middleEast-3773-20181008", "\"اغتصاب\" ليبية في تونس.. وسفارة طرابلس تتدخل", "ذكرت صحيفة \"الوسط\" الليبية أن سفارة طرابلس في العاصمة التونسية تتابع عن كثب قضية مواطنة ليبية تعرضت للاغتصاب وتقدمت بشكوى لدى الشرطة في منطقة جبل الجلود، شمال شرقي تونس.\nونقلت الصحيفة، الأحد، أن الهيئة الدبلوماسية للقنصلية الليبية كلفت محاميين وموظفا آخر لمساندة المواطنة المقيمة في تونس.\nوأضافت التقارير أن الشابة الليبية جرى نقلها على الفور إلى المستشفى، وبعد وقت قصير تمكنت السلطات من إلقاء القبض على المشتبه فيه.", "2018-10-08 11:29", "arrests", false},
		// Guard.
		{"habit", "AL-economy-979-20180702", "سرقة الأعمال الفنية أسهل من بيعها.. كيف؟", "قد تبدو عملية سرقة لوحة أو تحفة من معرض أو متحف عملية صعبة ومعقدة وخطرة للصوص، إلا أن الأخطر والأصعب من ذلك هو التخلص من \"الكنز\" المسروق.\nوكشف تحقيق لوكالة بلومبرغ أنه ليس من الصعب كثيرا على للصوص القيام بعملية سرقة متقنة.\nلكن الخبر السار للصوص هو أنه نادرا ما تتمكن الشرطة من القبض عليهم، فبحسب تحقيق بلومبرغ، في 1.5% فقط من حالات سرقة اللوحات والتحف الفنية يتم إلقاء القبض على العصابة.", "2018-07-02 17:25", "arrests", false},
	})
}

// TestTypesRaidedByAir pins an air strike told by a verb of destroying or
// raiding whose subject is an aircraft (evRaided, raidedByAir): "ودمر
// طيران التحالف العربي، دبابتين"، "دمرت مقاتلات التحالف العربي ... 12
// مركبة عسكرية"، "أغارت المقاتلات الإسرائيلية على أهداف". Guard: the verb
// with a ground force as its subject is no air strike.
func TestTypesRaidedByAir(t *testing.T) {
	checkTypes(t, []typeCase{
		{"raided", "2015-08-04-65", "اشتباكات بمعسكر العند وقتلى في تعز", "ذكرت مصادر أمنية يمنية، ليل الاثنين الثلاثاء، أن اشتباكات عنيفة تدور بين الجيش الموالي للشرعية والمقاومة الشعبية من جهة، والحوثيين والقوات الموالية للرئيس السابق علي عبدالله صالح في معسكر العند المجاور لقاعدة العند الجوية بمحافظة لحج، ودمر طيران التحالف العربي، دبابتين و4 مركبات عسكرية للحوثيين، في الجهة الجنوبية لقاعدة العند.", "2015-08-04 09:00", "air-drone-strike", true},
		{"raided", "SK-middleEast-1925-20180524", "تدمير مركبات عسكرية لمليشيات الحوثي ومقتل قيادي بارز", "دمرت مقاتلات التحالف العربي في اليمن، ١٢ مركبة عسكرية مع أسلحتها تابعة لمليشيات الحوثي في مديرتي التحيتا وزبيد بالساحل الغربي، بحسب ما أفاد مراسلنا.", "2018-05-24 10:00", "air-drone-strike", true},
		// Guard.
		{"ground", "guard", "معارك في الساحل الغربي", "دمرت قوات الجيش اليمني دبابتين للحوثيين في مديرية التحيتا خلال مواجهات عنيفة.", "2018-05-24 10:00", "air-drone-strike", false},
	})
}
