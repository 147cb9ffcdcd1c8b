package facets

import "testing"

// TestPlaceRaqqaAsTenderness pins الرقة read as "tenderness" (qualityPair,
// audit c49town): joined by و or ب to another quality (الجمال، اللطف،
// اللطافة، الرحمة، العاطفة، الذكاء، الخشونة) it is no mention of Raqqa, city
// or province. Guards: Raqqa in a list of places, beside Deir ez-Zor or
// the Hasakeh before it, and Raqqa bare after a preposition, stay the
// city.
func TestPlaceRaqqaAsTenderness(t *testing.T) {
	checkPlaces(t, []placeCase{
		{class: "tenderness and beauty", id: "2015-07-21-249", title: "اشتعال الحرب الإعلامية بين موسكو وكييف",
			text:     "ومن بين ضحايا الحرب الإعلامية الصحافية الأوكرانية، شابة في مقتبل العمر، حباها الله قسطا وافرا من الرقة والجمال، لم يشفع لها أمام مواجهة أهوال «مهنة المتاعب».",
			notTowns: []string{"C5710"}, notGovs: []string{"SY11"}},
		{class: "mercy, tenderness and feeling", id: "2015-07-21-2483", title: "سطوة الأزواج والجهل بالأبعاد السياسية وراء تطرف النساء",
			text:     "«فكيف إذا كان بين هؤلاء نساء وهن من وصفن بالرحمة والرقة والعاطفة الإنسانية الجياشة..",
			notTowns: []string{"C5710"}, notGovs: []string{"SY11"}},
		{class: "tenderness and gentleness", id: "2015-07-22-374", title: "هيئة الأمر بالمعروف في مدينة الرس؟!",
			text:     "الورد من معانيه الرقة واللطف والتعامل معه بهذا الشكل المباشر، وبهذا المعنى سينعكس مع المداومة عليه.",
			notTowns: []string{"C5710"}, notGovs: []string{"SY11"}},
		{class: "intelligence and tenderness", id: "FR-culture-63-20180511", title: "مهرجان كان: مرثيات الحب المستحيل",
			text:     "الإخراج تميز بالذكاء والرقة وبكثافة مراجعه الأدبية والسينمائية والموسيقية.",
			notTowns: []string{"C5710"}, notGovs: []string{"SY11"}},
		{class: "tenderness against roughness", id: "2015-07-21-447", title: "«ديوميتر يونيك ترافل تايم».. ساعة سفر",
			text:     "ينتج عنها الحصول على سطح مُبرغَل تتمازج فيه النعومة باللمعان لمعة والرقة بالخشونة.",
			notTowns: []string{"C5710"}, notGovs: []string{"SY11"}},
		// Guards: the city in a list of places, and after a preposition.
		{class: "a list of provinces", id: "2015-07-23-136", title: "التحالف يقصف مواقع داعش في سوريا",
			text:  "استهدفت الغارات تجمعات وتمركزات ومقار التنظيم في مدن حماة وحلب وحمص والحسكة والرقة ودير الزور.",
			towns: []string{"C5710"}},
		{class: "in Raqqa", id: "2015-08-07-1240", title: "دواعش اليهود.. «الخليفة» مائير..!",
			text:  "لإقامة «خلافة يهودية» على غرار خلافة البغدادي في الرقة، في شمال سوريا.",
			towns: []string{"C5710"}},
	})
}
