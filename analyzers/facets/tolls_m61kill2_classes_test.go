package facets

import "testing"

// tunisiaCellLead is the opening of pool 2015-08-06-2710 (gold none): a
// Tunisian cell dismantled, the Sousse attack of June recalled in its
// second sentence ("وقتل مسلح 38 سائحًا"), where the gunman is the verb's
// doer and no one dead.
const tunisiaCellLead = "قالت وزارة الداخلية التونسية إن قوات الامن فككت «خلية ارهابية» كانت تعتزم تنفيذ هجمات بعد ان شددت اجراءاتها الامنية في اعقاب هجوم مسلح على منتجع سياحي قتل فيه عشرات من السياح الاجانب. وقتل مسلح 38 سائحًا أغلبهم بريطانيون عندما اطلق الرصاص بعد ان شق طريقه الى شاطئ فندق في مدينة سوسة الساحلية في اواخر يونيو الماضي. وكان ذلك أسوأ هجوم في البلد الذي يعتمد اقتصاده بشكل كبير على صناعة السياحة. وقالت وزارة الداخلية في بيان يوم الثلاثاء: «تمكنت الوحدة الوطنية للأبحاث في جرائم الإرهاب للمصالح المختصة في عملية أمنية استباقية وبعد تحريات ميدانية معمّقة من إيقاف 6 عناصر بجهة الدهماني (في محافظة) الكاف مرتبطة بالمجموعات الإرهابية المتحصنة بالفرار بالجبال».\nوتلاحق قوات الأمن والجيش التونسي جماعة عقبة بن نافع المسلحة التي تنشط في جبال محافظتي الكاف والقصرين الواقعتين في غرب البلاد على الحدود مع الجزائر."

// mattisLead is the opening of pool SK-middleEast-610 (gold none): a
// confrontation with Russian contractors avoided, likened to February's
// attack and its toll.
const mattisLead = "كشف وزير الدفاع الأميركي جيم ماتيس أن مواجهة جديدة بين التحالف الدولي بقيادة واشنطن ومرتزقة روس، مماثلة لهجوم شباط/فبراير الذي أسفر عن أكثر من مئة قتيل في صفوف المرتزقة، تم تجنبها في سوريا.\nوقال ماتيس لعدد من الصحافيين في البنتاغون إن \"مقاتلين روسا\" انتشروا الاسبوع الفائت شرق الفرات الذي يشكل منطقة خفض التوتر التي تم التوافق في شانها مع روسيا، وتحديدا \"في منطقة كنا توافقنا على أنهم يستطيعون التوجه إليها\" لكنهم اقتربوا \"إلى حد كبير\" من مواقع لجنود أميركيين."

// TestTollsM61kill2 pins round 61's m61kill2 rules. loneKillerLater
// (numbers.go): an indefinite singular right after an active kill verb,
// a figure of people right after it, is the killer, not a toll of one,
// also past the lead, where loneKillerFigure does not read the figure.
// attackMonthBefore (tolls_background.go): a toll whose sentence names
// before it an attack by a bare earlier month ("لهجوم شباط/فبراير") is that
// earlier attack's. The first two rows fail on main (1 and 100). Guards:
// the lead's lone killer keeps his figure (loneKillerFigure); a singular
// victim with no figure after it stays one; a bare month after the toll
// (another act's date) keeps the toll; an attack named by the
// publication's own month keeps its toll.
func TestTollsM61kill2(t *testing.T) {
	checkKilled(t, []tollCase{
		// pool 2015-08-06-2710 (gold none; main 1).
		{"2015-08-06-2710", "الأمن التونسي يفكك «خلية إرهابية»", tunisiaCellLead, "2015-08-06 10:00", -1},
		// pool SK-middleEast-610 (gold none; main 100).
		{"SK-middleEast-610-20180327", "ماتيس: القوات الأميركية تجنبت \"كارثة\" مع الروس جنوبي سوريا", mattisLead, "2018-03-27 22:55", -1},
		// Guards.
		// SK-internationalNews-4: the lead's lone killer, his five victims.
		{"SK-internationalNews-4-20180218", "قتلى بإطلاق نار على كنيسة جنوبي روسيا", "قتل شخص 5 نساء، الأحد، في إطلاق نار وقع أمام كنيسة أرثوذكسية في مدينة كيزليار في شمال جمهورية داغستان.", "2018-02-18 15:22", 5},
		{"singular-victim", "هجوم على حاجز للشرطة", "هاجم مسلحون حاجزا للشرطة في المدينة مساء الأحد.\nوقتل شرطي في الهجوم، بحسب مصدر أمني.", "2018-05-07 10:00", 1},
		// SK-middleEast-3589: the month dates the accused's earlier attack, after the toll.
		{"SK-middleEast-3589-20180909", "إيران تعترف بـ\"ضربة الجمعة\" في العراق", "أعلن الحرس الثوري الإيراني مسؤوليته عن هجوم صاروخي على مقاتلين أكراد في العراق، السبت، وفق ما ذكرت وكالة وكالة فارس الإيرانية، الأحد.\nوقال الحرس الثوري، السبت، إنه قتل ستة أعضاء بجماعة كردية مسلحة اتهمها بالضلوع في هجوم في يوليو على موقع حدودي إيراني.\nوأضاف الحرس الثوري في بيان أن الستة كانوا ضمن مجموعة من المقاتلين الذين ينتمون إلى حزب الحياة الحرة لكردستان، وزعم أنهم هاجموا الموقع على الحدود مع العراق في 20 يوليو، مما أسفر عن مقتل 10 من أفراد الحرس.", "2018-09-09 10:15", 6},
		{"month-of-publication", "هجوم أبريل", "قال مسؤولون إن هجوم أبريل على السوق أسفر عن مقتل خمسة أشخاص.", "2018-04-20 10:00", 5},
	})
}
