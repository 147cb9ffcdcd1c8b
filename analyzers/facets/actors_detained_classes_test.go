package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansDetainedByArmed pins people named by a civilian role
// (a journalist, an activist, citizens, persons counted with children) whom
// a militia, ISIS or Syria's regime abducts or detains as civilians, as the
// golds of tune, fresh-10, fresh-12 and holdout-11 code them with no attack
// word near, where the group is the detention's agent. The guards: arrests
// by police, courts, a state's authorities or government, suspects tied to
// an armed group, and a group named beside an arrest that is not its
// agent, are no victims of it.
func TestActorCiviliansDetainedByArmed(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-07-1035", title: "تسريح 350 صحفيا بسبب الحوثيين",
			text: "متهما الميليشيات الحوثية باختطاف 12 صحفيا منذ أكثر من شهر، وعدم السماح لأحدهم بالتواصــل مــــع النقابــة ولا مــع أهله.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-2537-20180622", title: "الحديدة.. الحوثيون يواصلون سياسة \"كمّ الأفواه\"",
			text: "نفذت ميليشيات الحوثي الإيرانية حملة خطف استهدفت صحفيين وناشطين داخل مدينة الحديدة، بسبب عدم اتخاذهم لموقف يؤيد مشروعهم الطائفي.",
			want: []string{"civilians"}},
		{id: "2015-07-21-19", title: "توقف معارك الأنبار بعد نصيحة أميركية",
			text: "من ناحية أخرى، اعتقل تنظيم داعش 38 مواطنا في مناطق مختلفة بمدينة الموصل أمس، إثر أدائهم صلاة العيد التي منعها التنظيم قبل أيام.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-1447-20180505", title: "تقرير: 687 حالة اعتقال تعسفي في سوريا في أبريل",
			text: "وأوضح التقرير اعتقال النظام السوري 476 شخصًا خلال نيسان 2018، بينهم 45 طفلًا و42 امرأة، بينما اعتقلت قوات الإدارة الذاتية الكردية 41 شخصًا، بينهم طفل وثلاث نساء.",
			want: []string{"civilians"}},
		// The armed group is the agent before the detention word through
		// a chain of verbs, or a passive's agent after the noun.
		{id: "SK-middleEast-2904-20180715", title: "مليشيات الحوثي تروّع المدنيين في زبيد",
			text: "في غضون ذلك، فرضت ميليشيات الحوثي الموالية لإيران حظرا للتجول الليلي في مدينة زبيد بمحافظة الحديدة، وكثفت من الاعتقالات في أوساط المدنيين، وقامت بتنظيم حملة اقتحامات للمنازل.",
			want: []string{"civilians"}},
		{id: "2015-08-08-108", title: "",
			text: "وبينما تتم ملاحقة واعتقال الصحافيين في اليمن من قبل المسلحين الحوثيين، لا يزال عدد من الصحافيين اليمنيون يقبعون في المعتقلات الحوثيين.",
			want: []string{"civilians"}},
		// States arresting: a government nearer the detention than the
		// armed group, a group named only after the detained (their tie),
		// a group that a state supports, a title naming no agent.
		{id: "2015-07-22-17", title: "",
			text: "في المقابل، هدد «داعش» الحكومة التركية بالرد بعد أن «قبضت على إخواننا المهاجرين واعتقلت إخواننا من المواطنين الأتراك، وسعت أخيرًا لفرض قيود علينا في حرية الإعلام».",
			not:  []string{"civilians"}},
		{id: "2015-07-31-1552", title: "",
			text: "كما يستمر اعتقال ناشطين أكراد أو يساريين متطرفين أو مؤيدين لتنظيم داعش بالعشرات يومياً، بحسب الصحف.",
			not:  []string{"civilians"}},
		{id: "FR-middleEast-938-20180817", title: "",
			text: "وقد نشرت لائحة طويلة من النشاطات التي تطلب من طهران التخلي عنها وخصوصا دعمها للنظام السوري وحزب الله الإيراني وبرنامجيها النووي ولتطوير الصواريخ واعتقال مواطنين أمريكيين.",
			not:  []string{"civilians"}},
		{id: "2015-07-23-1227", title: "ثورة معلمين في إيران والسلطات تقطع الاتصالات",
			text: "اعتصم عدد من المعلمين الإيرانيين أمس أمام مبنى البرلمان الإيراني احتجاجا على اعتقال عدد من المعلمين، وكذلك احتجاجا على انخفاض مستوى الدخل في ظل الدعم الإيراني المتواصل للعديد من الجماعات المسلحة في المنطقة.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-545-20180325", title: "اعتقال طلاب بجامعة اسطنبول وصفهم أردوغان بـ\"الإرهابيين\"",
			text: "اعتقلت الشرطة التركية سبعة طلاب من جامعة اسطنبول، اليوم الأحد، وذلك لاعتراضهم على التدخل العسكري التركي في سوريا.",
			not:  []string{"civilians"}},
		// Guards: a state's authorities, a court, the police (beside a
		// crowd, "الحشد", which is no militia here), suspects tied to ISIS.
		{id: "2015-07-25-1152", title: "تركيا تعتقل «590» شخصا على ارتباط بـداعش والمتمردين الأكراد",
			text: "اعتقلت السلطات التركية 590 شخصا لهم ارتباط بتنظيم”داعش ” أو حزب العمال الكردستاني، وفق ما أعلنه رئيس الحكومة أحمد داود أوغلو في مؤتمر صحفي.",
			not:  []string{"civilians"}},
		{id: "2015-07-22-389", title: "",
			text: "أعلنت السلطات المغربية اعتقال ثمانية اشخاص امس الثلاثاء يشتبه في انهم كانوا يخططون لارتكاب اعتداءات في المغرب باسم تنظيم داعش من خلال استهداف «مسؤولين امنيين».",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-2351-20180627", title: "اعتقال ومحاكمة 12 شخصا لـ\"إهانة رئيس الدولة\"",
			text: "أمرت محكمة تركية باعتقال 12 شخصا متهمين بإهانة الرئيس رجب طيب أردوغان خلال تجمع لمرشح المعارضة محرم إينجه قبل الانتخابات الرئاسية التي جرت الأحد، بحسب ما أفادت وسائل الإعلام الرسمية الأربعاء.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-618-20180325", title: "",
			text: "واتسمت المظاهرة بالسلمية، لكن الشرطة قالت إنها اعتقلت 21 شخصا أرادوا إثارة الفوضى وسط الحشد وصادرت أقنعة واقية من الغاز وسكاكين.",
			not:  []string{"civilians"}},
		{id: "2015-07-21-104", title: "",
			text: "وذكر ماكول بأن السلطات الأميركية اعتقلت 60 شخصًا مرتبطين بتنظيم داعش العام الماضي؛ «أي ما معدله أكثر من شخص واحد كل أسبوع»، كما أحبطت «أكثر من 50 مؤامرة ضد مصالح غربية».",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
