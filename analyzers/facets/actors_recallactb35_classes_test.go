package facets

import (
	"testing"
	"time"
)

// TestActorPersonsShelledByVerb pins persons killed or hurt where a verb
// tells the shelling ("قصفتها"، "قصفوا"), which attackWords lack (round 35's second blind recall audit of actors:
// regime mortars wounding persons in Moadamiya, missed). Persons who are a
// force's men ("من أفراد الحشد") stay no civilians.
func TestActorPersonsShelledByVerb(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-10-1225", title: "",
			text: "وتجدد القتال في محيط داريا، في حين قال ناشطون: إن قوات النظام خرقت الهدنة القائمة بين النظام وبين معضمية الشام القريبة من داريا، حيث قصفتها بمدافع الهاون مما أسفر عن جرح عدد من الأشخاص.\n" +
				"وفي الزبداني شمال غرب دمشق قرب الحدود مع لبنان، استمرت الاشتباكات بين قوات النظام وحزب الله من جهة وبين فصائل معارضة بينها جبهة النصرة وحركة أحرار الشام، في حين ألقى الطيران المروحي عشرين برميلًا متفجرًا على المدينة، بحسب ناشطين.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-2561-20180625", title: "",
			text: "وقال المرصد السوري لحقوق الإنسان ومقره في بريطانيا والناشط المعارض في درعا أسامة الحوراني إن الولايات المتحدة أبلغت الجماعات المعارضة في جنوبي سوريا أن واشنطن لن تتدخل في العمليات للدفاع عنها ضد الهجوم الحكومي الجاري تحت غطاء غارات جوية روسية.\n" +
				"ولفتت سانا إن مقاتلي المعارضة قصفوا مدينة السويداء التي تسيطر عليها الحكومة جنوبي البلاد ما أسفر عن إصابة ثلاثة أشخاص بجروح.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-351-20180317", title: "",
			text: "واصل آلاف المدنيين الفرار من مناطق محاصرة في سوريا الجمعة مع دخول معركتين كبيرتين في الحرب المتعددة الأطراف مراحل حاسمة ووجود مئات الآلاف محصورين في طريق الهجومين.\n" +
				"وعلى جبهة قتال أخرى، أفاد المرصد أن قوات تركية ومقاتلين متحالفين معها من المعارضة السورية قصفوا بكثافة مدينة عفرين الخاضعة لسيطرة الأكراد في الشمال مما أدى إلى مقتل 27 شخصا على الأقل وإجبار 2500 على الفرار.",
			want: []string{"civilians"}},
		// Guards: a force's men hit by shelling, and persons killed in
		// clashes.
		{id: "guard-force-men", title: "",
			text: "وقصفت القوات الأميركية مواقع للحشد ما أسفر عن إصابة 12 شخصا آخرين من أفراد الحشد في بلدة البوكمال.",
			not:  []string{"civilians"}},
		{id: "guard-clash-persons", title: "",
			text: "وقتل خمسة أشخاص في اشتباكات بين مسلحين من العشائر.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorQaedaAsWingOrAlly pins al-Qaeda named only as the parent whose
// wing a named group is ("جبهة النصرة جناح تنظيم القاعدة") or as its ally
// ("تقيم تحالفا وثيقا مع تنظيم القاعدة") as no party, as "ذراع" already
// reads (round 35's second blind recall audit of actors). The guard this
// test once held, a group with no id of its own "المتحالف مع القاعدة" kept
// as al-Qaeda's (SK-internationalNews-109), went with ruling rul45d-2(b)
// and aud65b's correction of that article: an ally is no member
// (TestQaedaAllyClose, m65alq).
func TestActorQaedaAsWingOrAlly(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-02-392", title: "",
			text: "ويحارب الجيش مقاتلي جماعات مثل جبهة النصرة جناح تنظيم القاعدة في سوريا وجماعة أحرار الشام للسيطرة على سهل الغاب الذي يمتد عبر الجبال الساحلية الغربية ويقع قرب مدينة حماة.",
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		{id: "SK-internationalNews-2148-20180615", title: "أفغانستان تعلن مقتل زعيم طالبان الباكستانية",
			text: "وبحسب الخارجية الأميركية، فإن حركة طالبان باكستان تقيم \"تحالفا وثيقا مع تنظيم القاعدة\" وقد دربت أيضا فيصل شهزاد، الذي حاول تفجير سيارة مفخخة في ميدان تايمز سكوير.",
			not:  []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorRussiaAsTheRussianSide pins "الجانب الروسي" as a weak name of
// Russia, which a deal with the rebels makes a party as "روسيا" is (round
// 35's second blind recall audit of actors: the Daraa deal "توصل إليه
// الجانب الروسي مع المعارضة المسلحة", missed). Named in diplomacy with
// no armed group by, it stays no party.
func TestActorRussiaAsTheRussianSide(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1313-20180429", title: "التوصل لاتفاق لخروج مسلحي المعارضة من جنوبي دمشق",
			text: "توصلت فصائل الجيش الحر في مدن وبلدات يلدا وببيلا وبيت سحم جنوبي دمشق لاتفاق مع الجانب الروسي وقوات النظام السوري لخروج الراغبين من الفصائل المقاتلة والمدنيين من المنطقة باتجاه الشمال السوري.",
			want: []string{"russia"}},
		// Guard: the Russian side of a trade talk.
		{id: "guard-trade-talk", title: "",
			text: "وبحث الوزير مع الجانب الروسي سبل تعزيز التعاون الاقتصادي والتبادل التجاري بين البلدين.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
