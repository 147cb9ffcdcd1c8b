package facets

import "testing"

// TestC49recHadiSide pins Yemen's government side named by its president,
// by its loyalty to a government told without the article, or as the joint
// forces (hadiSide, read by govCue, events.go): their capture is a
// government's regain, as the golds type the pro-Hadi side's captures
// (round49-blind 2015-08-10-644, holdout39 SK-middleEast-2034). Round 49's
// c49rec recall audit (draw 4951) found "قوات الرئيس هادي تسيطر على
// زنجبار" untyped; the corpus held the same takers in about twenty
// articles. The true rows fail on main. Guards: the Kurdish joint forces
// in a story with no Houthis (Sarrin, 2015), and forces of the deposed
// president Saleh, the Houthis' ally, whose capture is no regain.
func TestC49recHadiSide(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Hadi's forces (قوات هادي)", "2015-08-10-1002", "قوات هادي تسيطر على زنجبار",
			"ويأتي ذلك فيما تستمر قوات هادي المدعومة جوا وبرا من جيوش التحالف العربي الذي تقوده السعودية بالتقدم في جنوب اليمن الذي بات بغالبيته تحت سيطرتها.",
			"2015-08-10 19:38", "government-regains-territory", true},
		{"forces loyal to the government, no article (الموالية لحكومة)", "2015-08-10-1002", "",
			"سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي على زنجبار، عاصمة محافظة أبين في جنوب البلاد والتي كانت في أيدي المتمردين الحوثيين، إضافة إلى مدينة شقرة الساحلية في المحافظة نفسها، وفق ما أفادت مصادر عسكرية أمس.",
			"2015-08-10 19:38", "government-regains-territory", true},
		{"the joint forces in a Houthi story (القوات المشتركة)", "SK-middleEast-2422-20180616", "القوات المشتركة تسيطر على مدخلين لمطار الحديدة",
			"وأفاد مراسل \"سكاي نيوز عربية\"، أن مسلحي ميليشيات الحوثي فروا من أماكن تحصنهم عند أسوار المطار وتحركوا إلى داخله، تحت ضربات القوات اليمنية المشتركة.",
			"2018-06-16 12:00", "government-regains-territory", true},
		{"the joint forces with a Yemeni adjective between", "SK-middleEast-3505-20180903", "الشرعية تستعيد مناطق مهمة بمعقل الحوثيين",
			"ووفقا لمراسل \"سكاي نيوز عربية\"، فإن القوات المشتركة  اليمنية وبإسناد من التحالف سيطرت على الطريق الدولي باتجاه أم الرياح في محور كتاف في صعدة، ونقل عن مصادر ميدانية قولها إن العملية لا تزال مستمرة حتى هذه اللحظة.",
			"2018-09-03 12:00", "government-regains-territory", true},
		{"guard: the Kurdish joint forces, no Houthis in the text", "2015-07-26-156", "النظام السوري يشدد حصاره على الزبداني ويرفع وتيرة القصف الجوي في الجنوب والشمال",
			"وقالت الوكالة «إن القوات المشتركة سيطرت بالكامل على قرية مغربتين والتلال المحيطة بها جنوب بلدة صرين، ودخلت صباح السبت قرية ملحة، لتستكمل بذلك حصارها من جديد على البلدة من ثلاث جهات، حيث بقي لتنظيم داعش منفذ الفرات فقط من جهة الغرب».",
			"2015-07-26 17:07", "government-regains-territory", false},
		{"guard: the deposed president's forces (قوات الرئيس صالح)", "2015-08-03-110", "الحكومة اليمنية توجه سفن الإغاثة وناقلات النفط للرسو بميناء عدن",
			"وكانت ميليشيات الحوثي وقوات الرئيس صالح قد سيطرت على المديرية عقب اندلاع الحرب، لكنها لم تمكث طويلا، إذ بعد شهر واحد تم إجبارها على الانسحاب إثر معارك ضارية خاضتها المقاومة مع هذه الميليشيات والقوات التي تكبدت خسائر كبيرة.",
			"2015-08-03 20:43", "government-regains-territory", false},
	})
}
