package facets

import (
	"testing"
	"time"
)

// TestActorC53actClasses pins round 53's corpus audit c53act classes: a
// state named in a sentence that tells a hack or election meddling, under a
// title that is no cyber one (stateHack, actors_statehack.go; ruling
// rul45a-2); and a force a former colonel once served in, "كولونيل سابق في
// الاستخبارات العسكرية الروسية" (formerPost, actors_formerpost.go). Every
// not row fails on main. Guards: a military intervention and an airspace
// breach (an intrusion word with no election or electronic word after it),
// and a serving lieutenant colonel who speaks for his army. Two guards rest on whole articles and are pinned by the pool,
// not here: the cyber-titled story whose cyber command the gold keeps
// (SK-technology-575), and armed infiltrators, "المتسللين الحوثيين"
// (2015-08-11-89), which stateHack leaves out of its hacking words.
func TestActorC53actClasses(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-internationalNews-825-20180717", title: "ترامب يتراجع عن تصريحاته السابقة بشأن التدخل الروسي في الانتخابات الأمريكية",
			text: "وقد وجهت الاستخبارات الأمريكية أصابع الاتهام الجمعة لـ 12 من ضباط المخابرات الروسية بالتدخل في الانتخابات الرئاسية التي جرت عام 2016.",
			not:  []string{"russia"}},
		{id: "BB-internationalNews-820-20180716", title: "ترامب: لا يوجد ما يدعو روسيا للتدخل في الانتخابات الأمريكية",
			text: "ودعا بعض الساسة الأمريكيين إلى إلغاء القمة بعد توجيه الاتهام لـ 12 من عملاء المخابرات العسكرية الروسية الجمعة باختراق حملة هيلاري كلينتون، مرشحة الحزب الديمقراطي.",
			not:  []string{"russia"}},
		{id: "SK-technology-992-20180627", title: "شرطة الإنترنت تحذر من هجوم كبير على \"الأبواب الخلفية\"",
			text: "واتهمت كييف موسكو بتدبير هجمات إلكترونية واسعة النطاق في إطار \"حرب هجينة\" على أوكرانيا، وهو ما نفته روسيا مرارا.",
			not:  []string{"russia"}},
		{id: "SK-internationalNews-373-20180315", title: "عقوبات أميركية على روسيا.. وموسكو تجهز إجراءات انتقامية",
			text: "وقالت وزارة الخزانة الأميركية إن \"جي آر يو\" والجيش الروسي تدخلا في الانتخابات الأميركية، و\"مسؤولان بشكل مباشر\" عن هجوم إلكتروني طال شركات بأرجاء أوروبا في يونيو 2017.",
			not:  []string{"russia"}},
		{id: "FR-internationalNews-277-20180306", title: "عميل روسي سابق للاستخبارات البريطانية يتعرض لعملية تسميم في جنوب إنكلترا",
			text: "أعلنت وسائل إعلام بريطانية أن رجلا يدعى سيرغي سكريبال وهو كولونيل سابق في الاستخبارات العسكرية الروسية قد تعرض لعملية تسميم في جنوب إنكلترا وحالته \"حرجة\".",
			not:  []string{"russia"}},
		{id: "SK-internationalNews-2949-20180810", title: "البيت الأبيض يؤكد على معاقبة روسيا بسببب تسميم الجاسوس",
			text: "وسكريبال كولونيل سابق في المخابرات العسكرية الروسية وعثر عليه فاقد الوعي هو وابنته يوليا (33 عاما) على مقعد يوم الرابع من مارس في مدينة سالزبري بجنوب إنجلترا بعد إصابتهما بغاز الأعصاب نوفيتشوك.",
			not:  []string{"russia"}},
		// Guards.
		{id: "BB-middleEast-721-20180711", title: "الدفاع الجوي السوري \"يتصدى لغارات صاروخية إسرائيلية \"",
			text: "ومنذ التدخل لصالح الأسد عام 2015، غضت روسيا الطرف عن عشرات الغارات الإسرائيلية ضد القوات الإيرانية وقوات حزب الله، مع إيضاح أنها تود الإبقاء على الأسد.",
			want: []string{"israel", "iran"}},
		{id: "FR-internationalNews-2-20180218", title: "نتانياهو يحذر إيران ملوحا بقطعة معدنية \"لا تختبروا عزم إسرائيل\"",
			text: "وشنت إسرائيل في 10 من شباط/فبراير الماضي سلسلة غارات جوية في سوريا على أهداف سورية وإيرانية ردا على اختراق طائرة إيرانية بدون طيار أطلقت من سوريا المجال الجوي الإسرائيلي.",
			want: []string{"israel"}},
		{id: "SK-middleEast-1560-20180509", title: "إسرائيل: قوات إيرانية تستهدف قواعد عسكرية بالجولان",
			text: "قال المتحدث باسم الجيش الإسرائيلي اللفتنانت كولونيل جوناثان كونريكوس إن قوات إيرانية على الجانب السوري من مرتفعات الجولان أطلقت نحو 20 قذيفة أو صاروخا على أهداف إسرائيلية هناك.",
			want: []string{"israel", "iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
