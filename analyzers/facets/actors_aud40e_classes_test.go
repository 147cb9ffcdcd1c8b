package facets

import (
	"testing"
	"time"
)

// TestActorWarTotalPersons40 pins a war's, a conflict's or an
// insurgency's toll over its years, counted in thousands of plain persons,
// as no civilians (warTotalPersons, actors_civwar.go): "تمرد أدى إلى قتل
// 40 ألف شخص منذ عام 1984" beside Turkey's raids on the PKK in round 40's
// aud40e sample (2015-07-27-1043), Ukraine's war "الذي أودى بحياة أكثر من
// 10 آلاف شخص" and the PKK's thirty years "مما أسفر عن مقتل نحو 40 ألف
// شخص" in the blind codings (CN-internationalNews-664,
// SK-internationalNews-2000), all coded with no civilians.
//
// Guards: a bombardment's thousand dead in two weeks with no war word (the
// Ghouta), and a war's children (warVictims).
func TestActorWarTotalPersons40(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-27-1043", title: "أوغلو: لا توجد خطط لإرسال تركيا قوات برية إلى سوريا",
			text: "وقالت مصاد أمنية إن طائرات تركية مقاتلة هاجمت معسكرات حزب العمال الكردستاني في شمال العراق لليلة الثانية يوم الأحد في حملة قد تنهي عملية سلام تهدف إلى إنهاء تمرد أدى إلى قتل 40 ألف شخص منذ عام 1984.",
			want: []string{"turkey"}, not: []string{"civilians"}},
		{id: "CN-internationalNews-664-20181009", title: "أوكرانيا تخلي 10 آلاف شخص بعد انفجار ضخم بمستودع ذخيرة",
			text: "يذكر أن أوكرانيا في حالة حرب مع الانفصاليين المدعومين من روسيا في شرق أوكرانيا منذ عام 2014 ، وهو الصراع الذي أودى بحياة أكثر من 10 آلاف شخص.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-2000-20180606", title: "غارات للجيش التركي شمالي العراق",
			text: "أعلن الجيش التركي أن طائراته قصفت مواقع لحزب العمال الكردستاني في شمال العراق.\nويشن حزب العمال الكردستاني، الذي تعتبره الولايات المتحدة والاتحاد الأوروبي وتركيا منظمة إرهابية، تمردا منذ ثلاثة عقود في جنوب شرق تركيا الذي تقطنه أغلبية كردية، مما أسفر عن مقتل نحو 40 ألف شخص.",
			want: []string{"turkey"}, not: []string{"civilians"}},
		{id: "SK-middleEast-3554-20180907", title: "دي ميستورا يحذر من معركة \"مروعة\" بإدلب ويدعو لممرات إنسانية",
			text: "وقتل أكثر من 350 ألف شخص في الحرب المستمرة منذ أكثر من سبعة أعوام في سوريا، لكن دبلوماسيين من الأمم المتحدة يخشون من أن يؤدي الهجوم على إدلب إلى كارثة إنسانية.",
			not:  []string{"civilians"}},
		// Nagasaki's dead of 1945, once a guard here (one attack's dead,
		// not a war's total), are now history by the old war's name in
		// their sentence (oldWarMention, actors_oldwar.go, round 51's
		// c51act), as the golds code a 1945 anniversary (2015-08-06-710,
		// "on this day" Hiroshima: no actors).
		{id: "2015-08-09-204", title: "اليابان تحيي الذكرى الـ70 لإلقاء القنبلة الذرية على ناجازاكي",
			text: "أحيت اليابان اليوم الأحد الذكرى السبعين لإلقاء القنبلة الذرية على نجازاكي، وسط معارضة متزايدة لتحرك البلاد لتوسيع دورها العسكري في الخارج.\nوأسفر الهجوم النووي الذي كان الثاني من نوعه في الأيام الأخيرة للحرب العالمية الثانية عن مقتل 74 ألف شخص وإصابة ما يقرب من نفس عدد القتلى بمدينة نجازاكي.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "SK-middleEast-205-20180310", title: "قوات النظام السوري تعزل دوما في الغوطة الشرقية",
			text: "وبعد سنوات من حصار المنطقة، قالت منظمة أطباء بلا حدود إن قوات النظام السوري قصفت المنطقة على مدار الساعة تقريبا خلال الأسبوعين الماضيين، مما أسفر عن مقتل ما يربو على ألف شخص.",
			want: []string{"civilians"}},
		{id: "guard-war-children", title: "الأمم المتحدة: مقتل أطفال في اليمن",
			text: "كشفت إحصائية للأمم المتحدة مقتل 365 طفلا في اليمن وجرح أكثر من 480 منذ اندلاع الحرب.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
