package facets

import "testing"

// TestRussiaDeclaredTruceByName pins Russia as the declarer of a truce told
// in a relative clause after it ("الهدنة التي أمرت بها روسيا"), as the
// subject of a declaring noun ("واكتفت روسيا بالإعلان عن هدنة يومية") or by
// its leader's title before the order ("أمر الرئيس الروسي فلاديمير بوتين
// بإعلان هدنة"); the want rows fail on start36. The guards: a state that
// asks to amend a ceasefire resolution is diplomacy, and a truce another
// state declared names no Russia.
func TestRussiaDeclaredTruceByName(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-139-20180306", title: "قافلة المساعدات تغادر الغوطة الشرقية قبل إنهاء مهمتها وسط القصف",
			text: "لم توفر الهدنة التي أمرت بها روسيا، حليفة الحكومة السورية، ولا قرار مجلس الأمن الدولي بوقف إطلاق النار في كل البلاد، أي مساعدات إنسانية للغوطة الشرقية.",
			want: []string{"russia"}},
		{id: "FR-middleEast-110-20180305", title: "الأمم المتحدة: قافلة المساعدات الإنسانية في الغوطة الشرقية تغادر بسبب القصف",
			text: "إلا أن وقف إطلاق النار لم يطبق حتى الآن، واكتفت روسيا بالإعلان عن هدنة يومية في الغوطة الشرقية تسري منذ أسبوع لخمس ساعات فقط.",
			want: []string{"russia"}},
		{id: "SK-middleEast-82-20180226", title: "بوتن يأمر بفتح \"ممر إنساني\" يومي في الغوطة",
			text: "أمر الرئيس الروسي فلاديمير بوتين بإعلان \"هدنة إنسانية\" يومية اعتبارا من الثلاثاء في الغوطة الشرقية بسوريا، آخر معاقل فصائل المعارضة قرب دمشق، والمستهدفة بغارات يشنها النظام السوري.",
			want: []string{"russia"}},
		// Guard: diplomacy on a Security Council draft.
		{id: "BB-middleEast-83-20180223", title: "مجلس الأمن يؤجل التصويت على الهدنة الإنسانية في سوريا",
			text: "وتطالب روسيا بإدخال تعديلات على نص المشروع الذي يدعو إلى وقف إطلاق النار في سوريا لمدة 30 يوما بهدف إدخال المعونات الغذائية والطبية.",
			not:  []string{"russia"}},
		// Guard: another state's truce.
		{id: "made-up guard", title: "هدنة في اليمن",
			text: "ودخلت الهدنة التي أعلنها التحالف العربي حيز التنفيذ في اليمن، بينما رحبت روسيا بالخطوة.",
			not:  []string{"russia"}},
	})
}

// TestSyrianMilitarySiteStruck pins a Syrian military site named by the
// adjective ("صواريخ إسرائيلية قصفت موقعا عسكريا سوريا"، "هجوم ... على
// منشآت سورية") and the Syrian air force ("سلاح الجو السوري") as the
// regime, the target of a strike or a force, as the pool golds code struck
// airbases (SK-middleEast-893, SK-middleEast-1919); the want rows fail on
// start36. The guard: a Syrian news site is no military one.
func TestSyrianMilitarySiteStruck(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-2914-20180715", title: "دمشق تتحدث عن ضربة إسرائيلية \"يائسة\" جديدة",
			text: "قالت وسائل الإعلام الرسمية السورية، الأحد، إن صواريخ إسرائيلية قصفت موقعا عسكريا سوريا قرب مطار النيرب على مشارف مدينة حلب.",
			want: []string{"syrian-government"}},
		{id: "BB-middleEast-351-20180416", title: "لافروف: العلاقات بين موسكو والغرب أسوأ مما كانت عليه في الحرب الباردة",
			text: "ونفى لافروف أي تلاعب بالأدلة في موقع الهجوم الكيمياوي المزعوم في دوما، والذي كان سببا في هجوم أمريكي بريطاني فرنسي مشترك على منشآت سورية، يوم السبت الماضي.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-148-20180302", title: "روسيا: عملية شاملة بالغوطة الشرقية باتت ضرورية",
			text: "وقالت المتحدثة: \"هذه الاستفزازات من قبل التشكيلات المسلحة جعلت العملية الشاملة على الأرض لمكافحة الإرهاب ضرورية. وهي مدعومة من الجو من قبل سلاح الجو السوري\".",
			want: []string{"syrian-government"}},
		// Guard: a news site.
		{id: "made-up guard", title: "مقتل قيادي في حلب",
			text: "ونقل موقع سوري معارض أن قياديا قتل في ظروف غامضة.",
			not:  []string{"syrian-government"}},
	})
}

// TestRegimeAirbaseStruck pins the regime as the target of a strike on its
// airbase named by its place in the title or the lead ("القصف الإسرائيلي
// لمطار الضبعة"، "إسرائيل قصفت قاعدة التيفور السورية"); the want rows fail
// on start36. The guards: the strike told after "بعد" as a reaction's cause
// (the pool gold AL-internationalNews-931 codes no regime), and a base
// named further down than the lead.
func TestRegimeAirbaseStruck(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-1944-20180526", title: "مقتل 9 إيرانيين في القصف الإسرائيلي لمطار الضبعة",
			text: "قالت مصادر طبية في مشفى حمص المركزي إن 21 عسكريا قتلوا بينهم 9 إيرانيين.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-892-20180410", title: "ارتفاع عدد القتلى الإيرانيين بالغارة الإسرائيلية على سوريا",
			text: "قالت وكالة \"تسنيم\"، الإيرانية، الثلاثاء، أن عدد القتلى الإيرانيين قد ارتفع إلى 7 جراء الغارات الإسرائيلية على مطار تيفور العسكري في سوريا.",
			want: []string{"syrian-government"}},
		// Guard: a reaction's cause.
		{id: "AL-internationalNews-931-20180415", title: "إسرائيل تحذر: سنواصل تحركنا ضد إيران في سوريا",
			text: "وحذر وزيران إسرائيليان الأحد من أن إسرائيل ستواصل التحرك ضد إيران في سوريا، وذلك بعد أسبوع على قصف مطار التيفور، الذي أسفر عن مقتل 7 ايرانيين.",
			not:  []string{"syrian-government"}},
		// Guard: past the lead.
		{id: "made-up guard", title: "إيران تتوعد إسرائيل",
			text: "قال مسؤول إيراني إن بلاده سترد في الوقت المناسب.\nوأضاف أن المنطقة تشهد توترا متصاعدا.\nوأشار إلى أن الغارات الإسرائيلية على مطار التيفور كشفت نوايا إسرائيل.",
			not:  []string{"syrian-government"}},
	})
}
