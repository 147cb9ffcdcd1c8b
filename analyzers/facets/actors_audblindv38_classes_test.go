package facets

import (
	"testing"
	"time"
)

// TestActorPKKWar38 pins Turkey's police, gendarmes and soldiers in the
// PKK's war at home (pkkWarMentions, actors_pkkwar.go): the force named by
// Turkey's adjective ("أفراد الشرطة التركية") or, in a story set in Turkey,
// bare ("مقتل 5 من قوات الأمن"، "مقتل جنديين"), in a sentence of a story
// naming the PKK that tells a killing or a clash. The golds code Turkey
// there (2015-07-23-1226, 2015-08-07-187, round 38's blind 2015-08-02-919).
//
// Guards: Turkey's police rounding up suspects (the golds leave Istanbul's
// raids without Turkey), and bare soldiers by Syria's border in a story
// whose title does not set it in Turkey: they may be anyone's.
func TestActorPKKWar38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-02-919", title: "مقتل جنديين وإصابة 24 في هجوم انتحاري لـ «بي كا كا» شرق تركيا",
			text: "نفّذ عناصر من تنظيم “بي كا كا” الإرهابي هجوماً انتحارياً على مخفر للدرك في قضاء “دوغو بيازيد” في ولاية أغري شرق تركيا، ما أدى إلى مقتل جنديين وإصابة 24 آخرين في حصيلة أولية.",
			want: []string{"turkey"}},
		{id: "2015-07-31-2050", title: "مقتل 3 من الشرطة في هجوم للكردستاني",
			text: "قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا تم نسبه إلى المتمردين الأكراد الذين استأنفوا منذ الأسبوع الماضي عملياتهم ضد السلطات ــ وفق ما نقلت وسائل إعلام تركية. وبحسب المعلومات، فإن السلطات نسبت الاعتداء إلى حزب العمال الكردستاني.",
			want: []string{"turkey"}},
		{id: "2015-08-11-1255", title: "هجمات دموية في تركيا عقب وصول المقاتلات الأمريكية",
			text: "شهدت تركيا، أمس، 4 هجمات بأسلحة نارية ومتفجرات أسفرت عن مقتل 5 من قوات الأمن وانتحاري، وإصابة 11، في إسطنبول وشرناق. واتهم البيان عناصر حزب العمال الكردستاني بتنفيذ الهجوم.",
			want: []string{"turkey"}},
		// Guards.
		{id: "2015-07-24-939", title: "توقيف 251 شخصا في حملة المداهمات في اسطنبول",
			text: "اعلن مكتب رئيس الحكومة التركية ان الشرطة اوقفت 251 شخصا في اطار حملة استهدفت افرادا يشتبه في انتمائهم الى تنظيم الدولة الاسلامية و حزب العمال الكردستاني. واضاف ان التوقيفات جرت في اعقاب هجمات عنيفة استهدفت مدنيين وعناصر من قوى الامن مؤخرا.",
			not:  []string{"turkey"}},
		{id: "guard-syrian-border", title: "مقتل جنديين في هجوم قرب الحدود",
			text: "قتل جنديان في هجوم قرب الحدود السورية، واتهمت السلطات حزب العمال الكردستاني بتنفيذه.",
			not:  []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
