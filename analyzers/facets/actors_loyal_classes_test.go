package facets

import (
	"testing"
	"time"
)

// TestActorFightersLoyalToTheRegime pins the regime's militias named by a
// fighters' noun and a loyal word (or "يدعمون") whose object is the regime,
// in wordings the lexicon's fixed phrases miss, as the golds of fresh-10,
// fresh-12 and holdout-11 code them. The guards: the loyalists an
// opposition campaign arrests, and a loyal newspaper, are no militia.
func TestActorFightersLoyalToTheRegime(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-2204-20180709", title: "دمشق تتهم إسرائيل بقصف مطار التيفور العسكري وتعلن تصديها للهجوم",
			text: "قصف الطيران الإسرائيلي مطار التيفور العسكري في محافظة حمص السورية، وفق ما أعلنت دمشق الأحد. وأشار إلى سقوط قتلى بين المقاتلين الإيرانيين وآخرين موالين لقوات النظام من دون أن يتمكن من تحديد العدد.",
			want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-12-20180222", title: "أكراد يسلمون منطقة في حلب للنظام ويتجهون إلى عفرين",
			text: "والثلاثاء الماضي، دخل مقاتلون يدعمون الحكومة السورية منطقة عفرين في شمال غرب سوريا، لمساعدة وحدات حماية الشعب الكردية على التصدي لهجوم تشنه تركيا وجماعات معارضة متحالفة معها.",
			want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-263-20180313", title: "داعش يشن هجوما عنيفا على حي القدم جنوب دمشق",
			text: "وقالت صحف إعلامية موالية لدمشق إن داعش استهدف بعدة قذائف هاون المناطق التي تسيطر عليها فصائل وقوى التحالف الفلسطيني -الموالية لدمشق- في مخيم اليرموك ومنطقة الزاهرة القديمة، مؤكدة أن قوات النظام شنّت غارات جوية على محاور الحجر الأسود وحي القدم.",
			want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-336-20180316", title: "\"المحرقة التركية\" تدمي عفرين.. والمدنيون يستغيثون بالعالم",
			text: "وفر الآلاف إلى بلدتي نبل والزهراء والأراضي الزراعية المحيطة بهما، التي يسيطر عليها مسلحون موالون لقوات النظام السوري.",
			want: []string{"pro-government-militias"}},
		// Guards: the loyalists are the arrests' targets; a loyal paper.
		{id: "CN-middleEast-1344-20180910", title: "حملة اعتقالات تشنها فصائل المعارضة على \"الموالين\" للنظام السوري في إدلب",
			text: "شنت فصائل المعارضة السورية المسلحة حملة اعتقالات في محافظة إدلب.",
			not:  []string{"pro-government-militias"}},
		{id: "SK-middleEast-263-20180313", title: "داعش يشن هجوما عنيفا على حي القدم جنوب دمشق",
			text: "وقالت صحف إعلامية موالية لدمشق إن داعش استهدف بعدة قذائف هاون أحياء في جنوب دمشق.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
