package facets

import "testing"

// TestPlaceMovementAndCompoundNames pins names read for Syrian towns where
// the article means a word or a man (round 35, audtowns35): الحراك "the
// movement" (الحراك السياسي، للحراك في سوريا، الحراك المعارض), which is now a
// common word that needs a place cue or a list of places, and a village
// named like a man (فتح الله، شمس الدين) with his surname right after it
// (compoundName). The corpus sample of rasid's towns held both.
func TestPlaceMovementAndCompoundNames(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "the political movement", id: "2015-08-06-338", title: "اجتماعات سورية ـ إيرانية ـ روسية من أجل «رؤية جديدة للأزمة»",
			text:     "إذ أكد نائب رئيس الائتلاف السوري هشام مروة لـ«الشرق الأوسط» إلى أن الائتلاف «ينظر إلى الحراك السياسي على أنه لا يمكن أن يثمر حلا حقيقيا، من غير ضغط يمارسه المجتمع الدولي على الدول الداعمة للأسد ونظامه».",
			notTowns: []string{"C6116"}, notGovs: []string{"SY12"}},
		{class: "support for the movement in Syria", id: "FR-culture-125-20180810", title: "ريبورتاج: عندما يجسد ممثلون سوريون أدوراهم الحقيقية في مسلسل فرنسي حول اللاجئين",
			text:     "ومن الممثلين الرئيسيين في هذا العمل نجمان مشهوران من الدراما السورية، هما مكسيم خليل وجلال الطويل اللذان عرفا كذلك بمواقفهما المساندة للحراك في سوريا.",
			notTowns: []string{"C6116"}, notGovs: []string{"SY12"}},
		{class: "the opposition movement", id: "2015-07-21-287", title: "الدروز.. معركة البقاء",
			text:     "أما النائب جنبلاط فما يزال مصرا على ضرورة انضمام دروز سوريا إلى الحراك المعارض رغم إدراكه صعوبة مهمته.",
			notTowns: []string{"C6116"}, notGovs: []string{"SY12"}},
		{class: "Fethullah Gülen", id: "AL-internationalNews-92-20131227", title: "أردوغان وعملية الفساد",
			text:     "فبعد عام حافل بالخسائر في السياسة الخارجية، حيث أضاف إلى خسارته في سوريا خروجاً مذلاً من الساحة المصرية. حمّل أردوغان الخارج مسؤولية عملية الفساد قائلاً إنها تهدف إلى القضاء عليه وعلى تركيا عبر جماعة رجل الدين فتح الله غولين الذي له نفوذ في الشرطة والقضاء والمقيم في الولايات المتحدة منذ العام 1999 .",
			notTowns: []string{"C5076"}, notGovs: []string{"SY08"}},
		{class: "a scholar of Samarkand", id: "2015-07-31-1735", title: "يوسف: الأوزبك شعب مشهور بتديّنه",
			text:  "ومن أعلام سمرقند أيضاً: علاء الدين السمرقندي ونجيب الدين السمرقندي وكان طبيباً معاصراً لفخر الدين الرازي، ومنهم شمس الدين السمرقندي العالم والمنطقي والفلكي والأديب. وزار الوفد العاصمة السورية دمشق.",
			towns: []string{"C1001"}, notTowns: []string{"C5988"}, notGovs: []string{"SY11"}},
		// Guards: the Daraa town after مدينة and in a list of Daraa's
		// towns, and a village named like a man after قرية.
		{class: "the town after madina", id: "SK-middleEast-2540-20180622", title: "الجيش السوري يستهدف مناطق المعارضة بالبراميل المتفجرة",
			text:  "وقالت مصادر طبية في محافظة درعا لـ\"سكاي نيوز عربية\" إن ثلاثة مدنيين قتلوا فيما أصيب عدد آخر بإلقاء مروحيات النظام براميل متفجرة على مدينة الحراك، فضلا عن إلقائها عدة براميل على بلدة بصر الحرير في ريف درعا الشرقي.",
			towns: []string{"C6116", "C6105"}, govs: []string{"SY12"}},
		{class: "the town in a list", id: "SK-middleEast-258-20180313", title: "دمشق تغير على الجنوب السوري وواشنطن تدعو لاجتماع طارئ",
			text:  "وقال مسؤولان من المعارضة لرويترز إن الطائرات السورية نفذت ثماني ضربات جوية على الأقل على مناطق ريفية في محافظة درعا هي بصر الحرير والحراك والغارية الغربية والصورة.",
			towns: []string{"C6116"}},
		{class: "a village named like a man", id: "SK-middleEast-1638-20180513", title: "استمرار ترحيل المسلحين وعائلاتهم من ريفي حمص وحماة",
			text:  "وأشارت إلى إخراج \"53\" حافلة تقل المئات وعائلاتهم بعد تجهيزها في قرية عز الدين والقرى المحيطة بها عبر ممر الرميلة حيث تم تسييرها مساء السبت باتجاه ريف إدلب.",
			towns: []string{"C2860"}},
	})
}
