package facets

import (
	"testing"
	"time"
)

// TestActorAudGroups34 pins the victims of a sexual crime told outside any
// war: children abused by priests, a company's staff harassed, a comedian's
// victims, a law against child rapists. "اعتداء" and "اغتصاب" are harm
// words, but no armed party is named in the sentence, the title or the
// lead, so they are no civilians of the gold guide (sexCrimeVictims,
// actors_civsexcrime.go). The not rows fail on main; the guards keep
// civilians where soldiers rape them, or where the title or lead names the
// war the rapes were part of. A title's lightning or heat is a disaster's.
func TestActorAudGroups34(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-internationalNews-975-20180815", title: "\"300 قس تحرشوا جنسيا بآلاف الأطفال\" بولاية بنسلفانيا الأمريكية",
			text: "أصدرت المحكمة العليا في ولاية بنسلفانيا الأمريكية تقريرا يشرح بالتفصيل وقوع انتهاكات جنسية في الكنيسة الكاثوليكية ويكشف أسماء أكثر من 300 من رجال الدين المتهمين بممارسة هذه الانتهاكات.\n" +
				"وقال شابيرو إن مسؤولي الكنيسة دأبوا على وصف ما حدث بأنه \"سلوك غير لائق\"، لكنه أكد على أن ما حدث كان \"اعتداء جنسيا على الأطفال، بما في ذلك الاغتصاب\".",
			not: []string{"civilians"}},
		{id: "BB-economy-237-20180822", title: "أوبر ستدفع 1.9 مليون دولار لتسوية مزاعم بالتحرش الجنسي",
			text: "تقترب شركة أوبر من التوصل إلى تسوية نهائية متعلقة باتهامات بالتحرش الجنسي والتمييز العنصري.\n" +
				"وستدفع أوبر 1.9 مليون دولار إلى 56 موظفا حاليا وسابقا (نحو 34 ألف دولار لكل منهم) زعموا أنهم كانوا ضحايا للتحرش الجنسي أثناء عملهم بالشركة.",
			not: []string{"civilians"}},
		{id: "BB-internationalNews-378-20180422", title: "الهند تقر تطبيق عقوبة إعدام مغتصبي الأطفال",
			text: "أقرت الحكومة الهندية تعديلا قانونيا بتطبيق عقوبة الإعدام على مغتصبي الأطفال، وسط موجة غضب من وقوع حوادث لقت اهتماما واسعا مؤخرا.\n" +
				"وينطبق التعديل في قانون العقوبات الهندي على المدانين باغتصاب الأطفال دون سن الثانية عشرة.",
			not: []string{"civilians"}},
		{id: "SK-internationalNews-141-20180225", title: "الصليب الأحمر الدولي ينضم لـ\"قائمة العار\"",
			text: "انضمت اللجنة الدولية للصليب الأحمر إلى قائمة المؤسسات الخيرية البارزة التي كشفت عن حالات سوء سلوك جنسي بين موظفيها.\n" +
				"وكانت منظمة \"بلان إنترناشيونال يو كيه\" البريطانية كشفت كذلك عن حالات سوء سلوك، موضحة أنها تأكدت من وقوع 6 حالات اعتداء جنسي استهدفت أطفالا من قبل موظفيها أو متطوعين أو منظمات شريكة.",
			not: []string{"civilians"}},
		// Guard: the army that rapes is named in the sentence.
		{id: "FR-internationalNews-2239-20180710", title: "الأمم المتحدة تتهم قوات جنوب السودان وحلفاءها بقتل واغتصاب مئات المدنيين",
			text: "اتهمت الأمم المتحدة الثلاثاء قوات حكومة جنوب السودان وحلفاءها بقتل أكثر من مئتي مدني واغتصاب 120 امرأة على الأقل أثناء هجماتها على قرى تسيطر عليها المعارضة.",
			want: []string{"civilians"}},
		// Guard: the lead names the civil war of the killings and rapes.
		{id: "SK-internationalNews-731-20180402", title: "ريوس مونت.. رحيل هادئ لـ\"ديكتاتور دموي\"",
			text: "توفي الدكتاتور العسكري السابق في غواتيمالا إفراين ريوس مونت، الذي لاحقته اتهامات بالإبادة الجماعية لعشرات السنين، الأحد عن عمر يناهز 91 عاما تاركا وراءه الذكريات المريرة للحقبة الدامية التي حكم فيها البلاد إبان حربها الأهلية.\n" +
				"وسقط الآلاف، معظمهم من أبناء عرقية المايا (السكان الأصليين للبلاد) ، ضحايا لعمليات القتل والاغتصاب والتعذيب التي تمت في إطار سياسة \"الأرض المحروقة\".",
			want: []string{"civilians"}},
		// Lightning in the title kills a family: the weather's dead, no
		// armed party's (disasterTitleWords, actors_civdisaster.go).
		{id: "2015-07-25-346", title: "صاعقة تقتل عائلة في المكسيك",
			text: "قتل اربعة اطفال وثلاث نساء هم جميعا افراد عائلة واحدة في صاعقة ضربت منطقة جبلية في ولاية غواناخواتو بوسط المكسيك الجمعة، كما أفادت السلطات المحلية.\n" +
				"واضاف المتحدث ان الصاعقة ادت ايضا الى اصابة شخصين آخرين بجروح هما طفل في الثامنة وامرأة في ال26 من العمر.",
			not: []string{"civilians"}},
		// Guard: "الصاعقة" is a commando force, and the story tells of
		// bombings. Re-pinned in round 67 (m67pers2): the bombing's 14
		// persons fell at a security directorate, and the article names no
		// civilian anywhere, so rul67f-2.b rules them no civilians
		// (unplacedPersons, actors_civunplaced.go); its full text gives
		// none too. With no civilians either way, this row no longer tells
		// the commando reading from the lightning one.
		{id: "SK-middleEast-3774-20181008", title: "هشام عشماوي.. ضابط الصاعقة الذي تحول إلى \"أخطر إرهابي مصري\"",
			text: "يروي اسم هشام عشماوي قصة غريبة، تحول خلالها من ضابط كفء في سلاح الصاعقة إلى إرهابي خطير وواحد من أكثر المطلوبين أمنيا في مصر.\n" +
				"واتهم عشماوي بالتورط في تفجير مديرية أمن محافظة الدقهلية في مدينة المنصورة حيث قتل 14 شخصا.",
			not: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
