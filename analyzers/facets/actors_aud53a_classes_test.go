package facets

import "testing"

// TestActorsAud53a pins two glosses that round 53's blind audit of draw
// 5354 part a found read as parties. al-Qaeda named as the allegiance of a
// named Syrian group through a wing or a relative clause between the name
// and al-Qaeda ("هيئة تحرير الشام التي ترتبط بتنظيم القاعدة"، "جبهة النصرة
// الجناح العسكري المرتبط بتنظيم القاعدة"، "هيئة تحرير الشام، الجناح السابق
// لتنظيم القاعدة": qaedaGlossStart, ruling rul45d-1(c)); and a state that
// casts or holds a veto with a day between ("استخدمت روسيا اليوم الثلاثاء
// حق النقض") or by "تملك" ("حيث لا تملك روسيا حق الفيتو": vetoCaster). The
// want-none rows are corpus sentences that fail on main. Guards: a group
// with no id linked to al-Qaeda stays al-Qaeda's affiliate, al-Qaeda's own
// deeds in the same story keep it, and a state whose forces act keeps it.
func TestActorsAud53a(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-middleEast-3947-20181019", title: `"قمة رباعية" بشأن سوريا في تركيا`,
			text: `وسعت تركيا القريبة من مسلحين متشددين، لإقناع هيئة تحرير الشام التي ترتبط بتنظيم القاعدة بالالتزام بالاتفاق الذي أعدته مع روسيا الحليف الرئيسي للحكومة السورية لتجنب شن هجوم تخشى تركيا من أنه ربما يتسبب في موجة جديدة من اللاجئين باتجاه حدودها.`,
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		{id: "AL-internationalNews-1972-20180717", title: `BBC تنشر أدلة أكبر مساعدة قطرية لإرهابيين في التاريخ`,
			text: `وذهبت الأموال إلى جماعات مسلحة في سوريا، وكذلك إضافة لمجموعتين معارضتين سوريتين على الأقل، بما في ذلك جبهة النصرة الجناح العسكري المرتبط بتنظيم القاعدة في سوريا.`,
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		{id: "BB-middleEast-953-20180907", title: `قمة ثلاثية في طهران لـ"تحديد مصير" إدلب السورية`,
			text: `يشكل الجهاديون الجزء الأكبر من المعارضة الموجودة في إدلب، وأغلبهم يتبعون هيئة تحرير الشام، الجناح السابق لتنظيم القاعدة في سوريا.`,
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		{id: "FR-middleEast-254-20180410", title: `روسيا تستخدم حق النقض ضد مشروع واشنطن بشأن الأسلحة الكيميائية في سوريا`,
			text: `استخدمت روسيا اليوم الثلاثاء حق النقض (الفيتو) ضد مشروع قرار أمريكي بمجلس الأمن الدولي يطالب بتشكيل لجنة تحقيق جديدة لتحديد المسؤولية عن هجمات بالأسلحة الكيماوية في سوريا.`,
			not:  []string{"russia"}},
		{id: "SK-middleEast-1221-20180424", title: `هكذا سيلتف الغرب على "الفيتو الروسي" بشأن سوريا`,
			text: `وأوضحت الصحيفة في تقرير نشرته على موقعها الإلكتروني أن الدول الغربية ستحيل مشروع قرار بشأن الهجوم الكيماوي في سوريا إلى الجمعية العامة للأمم المتحدة، حيث لا تملك روسيا حق الفيتو.`,
			not:  []string{"russia"}},
		{id: "probe-aud53a-unnamed-linked-group", title: `مقتل جنود في هجوم بمالي`,
			text: `أعلنت جماعة مرتبطة بتنظيم القاعدة في مالي، مسؤوليتها عن هجوم استهدف قاعدة للجيش المالي وأسفر عن مقتل عشرة جنود.`,
			want: []string{"al-qaeda"}},
		{id: "probe-aud53a-qaeda-own-deed", title: `القاعدة تتبنى هجوما في اليمن`,
			text: `تبنى تنظيم القاعدة في جزيرة العرب هجوما على نقطة للجيش اليمني في محافظة أبين أسفر عن مقتل خمسة جنود.`,
			want: []string{"al-qaeda"}},
		{id: "probe-aud53a-state-strikes", title: `غارات روسية على إدلب`,
			text: `شنت الطائرات الروسية اليوم الثلاثاء غارات على بلدات في ريف إدلب الجنوبي، بعد أيام من استخدام موسكو حق الفيتو في مجلس الأمن.`,
			want: []string{"russia"}},
	})
}
