package facets

import "testing"

// TestAleppoAsMilking pins حلب read as the verbal noun "milking"
// (milkingPair, audit c60town): bare or after ب or ل, right before a
// dairy animal or its milk (الإبل، الشياه، الشاة، الأبقار، لبنها، الالبان),
// it is no mention of Aleppo, city or province. Every row but the guards
// fails on main. Guards: Aleppo before a verb, and in a list of cities,
// stays the city.
func TestAleppoAsMilking(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "milking camels", id: "2015-07-22-176", title: "أسواق إبل عشوائية .. بيئة لـ «كورونا»",
			text:     "وأوضح عشقي أن حلب الإبل يجب أن يتم في معامل خاصة لها، تكون خاضعة لأنظمة الاشتراطات الصحية.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		{class: "milking the ewes", id: "2015-07-22-1035", title: "أَقْبَلَ الصُّبْحُ يُغنِّي للحياةِ النَّاعِسَهْ",
			text:     "تعود الشياه الى حظائرها في البيوت، بطونها ملأى من المرعى، وضروعها ملأى من الحليب، وتقوم الزوجات بحلب الشياه، ثم تقوم الزوجة بحلب الشاة، وتقديم وجبة العشاء والحليب.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		{class: "milking cows", id: "2015-07-31-390", title: "رغم نجاح زيارته التاريخية.. مهمة أوباما في أفريقيا لم تنته بعد",
			text:     "ولديها الآن ثلاثة أطفال تعمل على إعالتهم عبر حلب الأبقار كل صباح.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		{class: "a machine to milk her milk", id: "BB-middleEast-584-20180605", title: "أموال قطر وأبقارها تساعدها في مواجهة المقاطعة",
			text:     "في أعماق الصحراء، وفي حظيرة مكيفة الهواء، تخطو بقرة نحو خط ميكانيكي دائري لتحتل مكانها حيث تلتصق بضرعها آلة لحلب لبنها.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		{class: "a milking shed", id: "2015-08-04-736", title: "إدانة مزارع نيوزيلندي بالوحشية في التعامل مع الحيوانات",
			text:     "وقال محقق من الوزارة إنه على الأرجح تعرضت الأبقار لعملية لي ذيولها عمداً لاقتيادها إلى حظيرة حلب الالبان، وأوضح أن الألم الناتج عن ذلك شديد.",
			notTowns: []string{"C1007"}, notGovs: []string{"SY02"}},
		// Guards: the city before a verb, and in a list of cities.
		{class: "near Aleppo", id: "2015-07-31-408", title: "خلافات متوقعة بين أميركا وتركيا في البحث عن شركاء من المعارضة السورية",
			text:  "ويقول مقاتلون سوريون إن طرد تنظيم داعش من المناطق القريبة من حلب سيتيح لهم تركيز جهودهم على محاربة الأسد.",
			towns: []string{"C1007"}},
		{class: "a list of cities", id: "2015-07-24-1447", title: "فاو: الجوع يهدد نحو عشرة ملايين سوري",
			text:  "وباتت العائلات تنفق اكثر من نصف دخلها على الطعام واحيانا اكثر من ذلك في مدن مثل السويداء وحلب وحماة.",
			towns: []string{"C1007"}},
	})
}
