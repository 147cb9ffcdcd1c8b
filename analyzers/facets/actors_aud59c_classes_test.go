package facets

import "testing"

// TestActorAud59cFrontlessGunmen pins round 59's aud59c class: the bare
// gunmen word of Syria's war (المسلحين، المسلحون، مسلحين) names the
// opposition only tied to a front (rul48b-1), read in its sentence and the
// sentences either side (frontlessGunmen, actors_gunmenfront.go). The want-not
// rows fail on main. Guards: gunmen tied to a front by a governorate in
// their sentence (Idlib), by a compass quarter of Syria ("جنوب سوريا"), or
// by a front the sentence before names (the Ghouta corridor).
func TestActorAud59cFrontlessGunmen(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// FR-internationalNews-2593-20180803 (round59-blindc): a press
		// review; Israel's killing of "gunmen" on the Golan, group unnamed.
		{id: "FR-internationalNews-2593-20180803", title: "النظام السوري وتبادل المصالح مع إسرائيل؟",
			text: "حول سوريا تكتب القدس العربي في مقال تحت عنوان \"عودة الأسد وكلمة السر الإسرائيلية\". وتضيف الصحيفة \"ربّما كان قتل القوات الإسرائيلية لمن سمتهم \"بمسلحين\"، في اليوم نفسه، هو نوع من التوقيع الدمويّ على عودة سياسة تبادل المصالح بين إسرائيل والنظام السوري\".",
			not:  []string{"opposition"}},
		// SK-middleEast-143-20180301 (fresh-pool): the Tanf zone's gunmen
		// in a Russian claim.
		{id: "SK-middleEast-143-20180301", title: "موسكو: أميركا أقامت 20 قاعدة عسكرية في سوريا",
			text: "وبشأن \"المنطقة الأمنية\" للولايات المتحدة في التنف بسوريا، أوضح فينيديكتوف لوكالة \"سبونتيك\" أن \"المسلحين يتنقلون بحرية أمام أعين العسكريين الأميركيين في منطقة التنف بسوريا، علما أن المنطقة مغلقة أمام قافلات مساعدات الأمم المتحدة\".",
			not:  []string{"opposition"}},
		// SK-middleEast-1809-20180519: gas victims, "armed or civilian".
		{id: "SK-middleEast-1809-20180519", title: "عقوبات فرنسية تطال شركات سورية ولبنانية بسبب الكيماوي",
			text: "وقال وزير الخارجية الفرنسي جان إيف لو دريان \"من خلال تجمعنا، نبعث برسالة واضحة مفادها أنه لن يكون هناك إفلات من العقاب لأولئك الذين يقتلون مسلحين أو مدنيين بواسطة الغاز\" في سوريا.",
			not:  []string{"opposition"}},
		// Guards.
		// SK-middleEast-3516-20180903: "معاقل مسلحين في إدلب".
		{id: "SK-middleEast-3516-20180903", title: "ترامب يحذر دمشق وطهران وموسكو من مهاجمة إدلب",
			text: "وتتأهب القوات الحكومية السورية المدعومة من إيران وسوريا لشنّ هجوم على معاقل مسلحين في إدلب، المحافظة التي يقطنها نحو 3 ملايين شخص، نصفهم من النازحين.",
			want: []string{"opposition"}},
		// AL-internationalNews-1808-20180629: "في جنوب سوريا ... ضد المسلحين".
		{id: "AL-internationalNews-1808-20180629", title: "نصرالله يتدخل في عودة لاجئي سوريا من لبنان",
			text: "وأضاف نصر الله الذي يقاتل حزبه المدعوم من إيران إلى جانب دمشق: \"نحن أمام تحول كبير وانتصار كبير جدا في جنوب سوريا\"، حيث يحقق الجيش مكاسب سريعة ضد المسلحين.",
			want: []string{"opposition"}},
		// SK-middleEast-255-20180312: the Ghouta in the sentence before,
		// across a paragraph's end.
		{id: "SK-middleEast-255-20180312", title: "الجيش الروسي: إجلاء 76 شخصا من غوطة دمشق",
			text: "نقلت وكالات أنباء روسية عن الجيش الروسي قوله إن 76 شخصا بينهم 49 طفلا غادروا الغوطة الشرقية في سوريا عبر ممر إنساني الاثنين.\nوذكرت الوكالات أن المركز الروسي لمراقبة وقف إطلاق النار في سوريا وهو تابع للجيش قال إن مسلحين هاجموا المدنيين خلال توجههم صوب الممر الإنساني وقتلوا خمسة أشخاص.",
			want: []string{"opposition"}},
	})
}
