package facets

import "testing"

// The sentences of 2015-07-25-186 (a blind gold article, coded no town) that
// name al-Qaeda's Yemeni branch and Syria; 2015-07-25-1227 holds the first
// word for word.
const aqapSentences = "ووصف البيت الأبيض مقتل الوحيشي آنذاك بأنه «ضربة قوية لتنظيم (قاعدة الجهاد في جزيرة العرب)، أخطر فروع (القاعدة)، ولتنظيم القاعدة بشكل أوسع». " +
	"وفي الثامن من يوليو، أعلنت وزارة الدفاع الأميركية أن غارة جوية لقوات التحالف الدولي فوق سوريا أدت في مطلع يوليو إلى مقتل محسن الفضلي زعيم مجموعة خراسان الموالية لتنظيم القاعدة في سوريا."

// TestQuarterAfterOtherPlaceWord pins a name that only a city's quarter
// bears, after a settlement, facility or outskirts word, in an article that
// does not name that city, as no quarter (round 60, m60base:
// quarterOtherCue). Over ant-all and SaudiNewsNet such a name gave a town
// alone seven times, each wrong: al-Qaeda's "قاعدة الجهاد" as Sweida's quarter
// الجهاد (three articles), Aqaba's town and port as Aleppo's quarter العقبة, an
// Iraqi village النصر as Hama's, Libya's Jufra base as Deir ez-Zor's الجفرة.
// Eight pool and blind gold articles hold the construction with the city
// unnamed, none coding that city. Guards: a quarter word or an area word
// still names the quarter, and a name a community bears too (مطار النيرب,
// Aleppo's airport or an Idlib village) is weighed as before.
func TestQuarterAfterOtherPlaceWord(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "قاعدة الجهاد, al-Qaeda's name", id: "2015-07-25-186", title: "مقتل القيادي البارز أبو خليل السوداني جراء غارة أميركية في أفغانستان",
			text:     aqapSentences,
			notTowns: []string{"C6147"}, notGovs: []string{"SY13"}},
		{class: "«قاعدة الجهاد» in quotes", id: "2015-07-25-175", title: "«داعش» ومعركة الاسم",
			text:     "حتى اسمه «القاعدة» قرره له الإعلام الدولي منقولاً عن مصطلحاته مثل «قاعدة الجهاد»، ولم يروج لرايته. أو هم الثوار ضد نظام الأسد في سوريا.",
			notTowns: []string{"C6147"}, notGovs: []string{"SY13"}},
		{class: "مدينة العقبة, Jordan's town", id: "2015-08-02-1107", title: "الأردن يطوي ملف تسليح عشائر  سوريا والعراق",
			text:     "وعبر الملك عبدالله الثاني في تصريحات أطلقها من مدينة العقبة الساحلية عن قناعته بأن مشروع المساهمة في تسليح أبناء عشائر غرب العراق جزء من التضامن الأردني مع الإخوة العراقيين.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		{class: "ميناء العقبة, Jordan's port", id: "2015-07-31-450", title: "مشروع خط سكة حديد إسرائيلي.. يقسم الضفة",
			text:     "والعاهل الأردني، الملك عبد الله لا يتحمس له، ويحبذ الاستيراد عن طريق ميناء العقبة (على البحر الأحمر)، باعتبار أنه ميناء أردني. ويتحول إلى معبر تجاري ما بين أوروبا ودول الشرق العربي، سوريا والأردن.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		{class: "قرية النصر, an Iraqi village", id: "2015-07-24-994", title: "وزير الدفاع الأميركي يصل إلى بغداد لبحث مواجهة تنظيم داعش",
			text:     "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية النصر غربي قضاء مخمور. وتقود واشنطن منذ آب/أغسطس، ائتلافاً دولياً شن آلاف الغارات الجوية ضد مواقع التنظيم في العراق وسوريا.",
			notTowns: []string{"C2987"}, notGovs: []string{"SY05"}},
		{class: "قاعدة الجفرة, a Libyan base", id: "2015-07-21-227", title: "3 هجمات إرهابية.. و3 محاور لأخطار «داعش» المتنامية",
			text:     "كما تفيد مصادر محلية بأن التنظيم المتطرّف بات موجودا أيضا في قاعدة الجفرة بجنوب وسط البلاد. وهي: أولا سيطرته على مناطق جغرافية واسعة في العراق وسوريا - وليبيا أخيرا.",
			notTowns: []string{"C5086"}, notGovs: []string{"SY09"}},
		// Guards.
		{class: "a quarter word names the quarter", id: "guard", title: "قصف على حلب",
			text:  "قتل ثلاثة مدنيين بقذائف سقطت على حي الشيخ مقصود في سوريا.",
			towns: []string{"C1007"}},
		{class: "an area word names the quarter", id: "AL-culture-81-20180221", title: "كتب عربية.. كتب من العالم",
			text:  "يتجول الكاتب في الشام العريقة ومعالمها الفريدة، فنقرأ عن تاريخ جبل قاسيون وتاريخ سوق الحميدية، وأصل تسمية منطقة أبو رمانة في سوريا.",
			towns: []string{"C1001"}},
		{class: "a name a community bears too", id: "FR-internationalNews-2327-20180716", title: "النظام السوري يتهم إسرائيل باستهداف موقع عسكري له في ريف حلب الشرقي",
			text:     "اتهم النظام السوري اسرائيل بأنها استهدفت موقعا عسكريا تابعا له شمال مطار النيرب في ريف حلب الشرقي الأحد وسببت أضرارا مادية.",
			towns:    []string{"C1007"},
			notTowns: []string{"C3867"}},
		{class: "the city named in the article", id: "guard", title: "السويداء",
			text:  "وقالت مصادر في مدينة السويداء إن قذيفة سقطت في حي الجهاد. وتحدث البيان عن قاعدة الجهاد في المدينة.",
			towns: []string{"C6147"}},
	})
}
