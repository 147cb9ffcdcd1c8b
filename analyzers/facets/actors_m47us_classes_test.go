package facets

import (
	"testing"
	"time"
)

// TestActorUSWeighedStrike pins round 47's m47us class: the United States
// weighing a military act against Syria, told by the adjective of a
// possible or imminent US strike or by a US official who does not rule one
// out, which round 43's ruling 4(a) codes as usa (usWeighedMentions,
// actors_usweighed.go). The want rows fail on main.
//
// Guards: a US attack named as imminent with no Syria or regime in the
// sentence (North Korea reading a tweet, Woodward's book) and a possible Russian
// "intervention" in an election are no act in the war; "لا يستبعد" whose
// object is no military act, or with no US in the sentence, is not read.
func TestActorUSWeighedStrike(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-economy-336-20180412", title: "الذهب ينخفض من أعلى مستوى في 11 أسبوعا",
			text: "تراجعت أسعار الذهب، الخميس، بعد أن بلغت أعلى مستوى في 11 أسبوعا في الجلسة السابقة بفعل عمليات بيع لأسباب فنية وجني أرباح على الرغم من أن المخاوف بشأن تحرك عسكري أميركي محتمل ضد سوريا دعمت المعدن النفيس.",
			want: []string{"usa"}},
		{id: "SK-economy-335-20180411", title: "",
			text: "وقال محلل إن هناك أمورا كثيرة تحدث في نفس الوقت - الحرب التجارية (الأميركية الصينية)، هجوم أميركي محتمل على سوريا قد يتطور إلى مواجهة بين الولايات المتحدة وروسيا.",
			want: []string{"usa"}},
		{id: "SK-middleEast-882-20180409", title: "",
			text: "أكد وزير الدفاع الأميركي، جيمس ماتيس، الاثنين، أنه لا يستبعد استخدام القوة العسكرية ضد سوريا بعد تقارير عن هجوم بالأسلحة الكيماوية في بلدة دوما بغوطة دمشق الشرقية.",
			want: []string{"usa"}},
		{id: "CN-middleEast-539-20180409", title: "",
			text: "لم يستبعد وزير الدفاع الأمريكي، جيمس ماتيس، الإثنين، خيار قصف مواقع عسكرية تابعة للنظام السوري، كرد على الهجوم الكيماوي على مدينة دوما.",
			want: []string{"usa"}},
		// Guards.
		{id: "SK-internationalNews-3195-20180910", title: "",
			text: "وأضاف أن بيونغ يانغ ستفهم ذلك على أنه علامة على هجوم أميركي وشيك.",
			not:  []string{"usa"}},
		{id: "SK-technology-348-20180406", title: "",
			text: "وهو ما يأتي ضمن التحقيق في تدخل روسي محتمل خلال حملة انتخابات الرئاسة الأميركية في 2016.",
			not:  []string{"usa", "russia"}},
		{id: "corpus: an expert not ruling out", title: "",
			text: "ولم يستبعد الخبير العسكري حرب عصابات من قبل المتمردين داخل أحياء المدينة السورية.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
