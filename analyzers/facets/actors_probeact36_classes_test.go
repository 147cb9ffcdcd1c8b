package facets

import (
	"testing"
	"time"
)

// TestActorAirForceByName pins a state's air force named "سلاح الجو"
// plus its nationality as that state's forces where its sentence tells of
// strikes or fighting (round 36's actor probes: the adjective of the
// construct "سلاح الجو الروسي" is definite by its annexed "الجو", and the
// lexicon built "سلاح الجو روسي", which no text writes). An air force in a
// story of its crashes or its planes' upkeep is no party, and no mention
// for the actor model to weigh either.
func TestActorAirForceByName(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-819-20180506", title: "العراق يشن غارات ضد داعش داخل سوريا",
			text: "شن سلاح الجو العراقي، غارات جوية ضد هدف قال إنه لـ\"قيادات\" تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ\"داعش،\" داخل الأراضي السورية.",
			want: []string{"iraqi-forces", "isis"}},
		{id: "2015-07-25-875", title: "الشرطة التركية تداهم مواقع متمردين أكراد ومتطرفين من داعش",
			text: "وصرح داود اوغلو للصحافة ان \"العمليات التي بدات الجمعة ليست انية بل ستتواصل\"، وذلك في اعقاب غارات شنها سلاح الجو التركي على مواقع للمتطرفين في سوريا.",
			want: []string{"turkey"}},
		{id: "probe-q19", title: "سلاح الجو الإسرائيلي يقصف أهدافا في سوريا",
			text: "قصف سلاح الجو الإسرائيلي أهدافا إيرانية في سوريا.",
			want: []string{"israel"}},
		{id: "probe-q20", title: "سلاح الجو الروسي يقصف إدلب",
			text: "شن سلاح الجو الروسي غارات مكثفة على ريف إدلب.",
			want: []string{"russia"}},
		// Guards: the air force's upkeep and crashes.
		{id: "SK-internationalNews-2036-20180609", title: "سلاح الجو الأميركي يوقف العمل بقاذفات بي-1",
			text: "أعلن مسؤولون أميركيون الجمعة، أن سلاح الجو سيوقف العمل بالقاذفات الثقيلة بي-1 لمراجعة إجراءات السلامة. وقال سلاح الجو الأميركي في بيان، إنه خلال التحقيق في الحادث \"تم الكشف عن مشكلة في مكونات مقعد طرد استدعت (قرار) توقيف العمل.",
			not:  []string{"usa"}},
		{id: "SK-internationalNews-1142-20180424", title: "حوادث كارثية لـ\"الشبح\".. وسلاح الجو الأميركي يحقق",
			text: "يحقق سلاح الجو الأميركي في أعطال كادت أن تؤدي لسقوط طائرتين من طراز أف- 22 رابتور الشبح في القاعدة المشتركة في إلميندورف -ريتشاردسون بولاية ألاسكا.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
