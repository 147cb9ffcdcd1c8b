package facets

import (
	"testing"
	"time"
)

// TestActorAfrinOperation pins Turkey read from its Afrin offensive named
// by the place alone (afrinOperationMentions, actors_turkey.go): the
// operation, the intervention or the offensive "في" or "على" Afrin, with
// a tag or an adjective between; the want rows fail on main. The guards:
// the verb "تدخل" (forces that enter Afrin) and Afrin named with no
// operation noun stay as they were.
func TestActorAfrinOperation(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-287-20180317", title: "نصر الحريري: ممرات الغوطة الإنسانية هي \"ممرات للموت\"",
			text: "كما اتهم الحريري حزب الاتحاد الكردي بارتكاب جرائم في منطقة عفرين السورية، وطالب الحزب بالخروج من المنطقة ومطالباً بإجراءات لحماية المدنيين خلال العملية العسكرية في عفرين.",
			want: []string{"turkey"}},
		{id: "AL-internationalNews-587-20180323", title: "ماكرون: خطر الإرهاب لا يزال مرتفعا في فرنسا",
			text: "وفيما يخص الشأن السوري، رفض الرئيس الفرنسي التدخل التركي في #عفرين شمال سوريا.",
			want: []string{"turkey"}},
		{id: "FR-internationalNews-389-20180312", title: "فرانسوا هولاند \"إذا انتهجت روسيا سياسة التهديد فيجب أن تهدد بدورها\"",
			text: "فتركت يذلك موسكو لأنقرة مهمة التدخل في عفرين في حين سحبت الثانية القوات الموالية لها في الغوطة.",
			want: []string{"turkey"}},
		{id: "SK-internationalNews-599-20180326", title: "صحيفة موالية لأردوغان تنشر صورة مسيئة لميركل",
			text: "وبحسب السلطات، تنسب هذه الهجمات إلى جماعات عنصرية أو منظمات كردية ترد على العمليات العسكرية التركية في عفرين ضد المقاتلين الأكراد في سوريا.",
			want: []string{"turkey"}},
		// Guards: forces that enter Afrin (the verb), and Afrin's
		// situation with no operation.
		{id: "FR-internationalNews-19-20180219", title: "وقال مستشار في إدارة الحكم الذاتي للأكراد في شمال سوريا، إن القوات السورية سوف تنتشر في عدد من النقاط الحدودية وقد تدخل عفرين خلال يومين.",
			text: "وقال مستشار في إدارة الحكم الذاتي للأكراد في شمال سوريا، إن القوات السورية سوف تنتشر في عدد من النقاط الحدودية وقد تدخل عفرين خلال يومين.",
			not:  []string{"turkey"}},
		{id: "FR-internationalNews-389-20180312", title: "فرانسوا هولاند \"إذا انتهجت روسيا سياسة التهديد فيجب أن تهدد بدورها\"",
			text: "في حوار مع صحيفة \"لوموند\" الفرنسية، تطرق الرئيس الفرنسي السابق فرانسوا هولاند (2012-2017) إلى الملف السوري بالأساس، لا سيما وضع المدنيين المحاصرين في الغوطة الشرقية والوضع في عفرين.",
			not:  []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorStateTruce pins a state read from a truce of its own
// (truceStateMentions, actors_statetruce.go): the truce named by its
// adjective, a plan of truces, and a truce the state orders; the want rows
// fail on main. The guards: a state that calls for a truce, and a truce
// the Security Council called for, name no party.
func TestActorStateTruce(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-148-20180301", title: "هجوم بري على الغوطة الشرقية رغم الهدنة الروسية",
			text: "هجوم بري على الغوطة الشرقية رغم الهدنة الروسية.",
			want: []string{"russia"}},
		{id: "CN-middleEast-143-20180301", title: "شاهد.. معارك عند أطراف الغوطة الشرقية",
			text: "شهدت أطراف الغوطة الشرقية قرب دمشق اشتباكات بين قوات النظام وفصائل المعارضة السورية رغم بدء سريان الهدنة الروسية القصيرة صباح الأربعاء.",
			want: []string{"russia"}},
		{id: "FR-internationalNews-233-20180303", title: "قوات النظام السوري تتقدم في الغوطة الشرقية وتخسر 36 مقاتلا على الأقل في عفرين",
			text: "وقتل صباح السبت مدنيين اثنين قبل بدء تطبيق الهدنة الروسية، بعد غارات عنيفة استهدفت ليلا مناطق عدة، في وقت بلغت آخر حصيلة للقتلى الجمعة 19 مدنيا بحسب المرصد.",
			want: []string{"russia"}},
		{id: "CN-middleEast-120-20180227", title: "حتى بعد أمر بوتين.. القصف يستمر على الغوطة الشرقية",
			text: "وأمرت روسيا بوقف إطلاق النار والقصف يومياً من الساعة التاسعة صباحاً ولغاية الساعة الثانية ظهراً، لفتح \"ممر إنساني\" لإخراج الجرحى المدنيين من المنطقة.",
			want: []string{"russia"}},
		// Guards: a state calling for a truce; the Security Council's.
		{id: "BB-middleEast-979-20180908", title: "وأظهرت القمة تباينا في مواقف تركيا وإيران ورسيا إزاء مصير إدلب، إذ دعت أنقرة إلى هدنة، وحذرت من كارثة إنسانية في حال نفذ الهجوم الواسع المرتقب.",
			text: "وأظهرت القمة تباينا في مواقف تركيا وإيران ورسيا إزاء مصير إدلب، إذ دعت أنقرة إلى هدنة، وحذرت من كارثة إنسانية في حال نفذ الهجوم الواسع المرتقب.",
			not:  []string{"turkey"}},
		{id: "BB-middleEast-168-20180310", title: "الحرب في سوريا: مقاتلون من جيش الإسلام يغادرون الغوطة الشرقية",
			text: "ولم تشمل الهدنة التي دعا إليها مجلس الأمن الدولي أخيرا جيش الإسلام وغيره ممن توصف بالجماعات الإسلامية المتشددة.",
			not:  []string{"russia", "usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
