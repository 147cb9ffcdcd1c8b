package facets

import (
	"testing"
	"time"
)

// TestActorWarWithItsTheatre pins ISIS named as the enemy of a war that the
// sentence places in Syria or Iraq ("في الحرب ضد تنظيم داعش في سوريا"):
// the conflict itself, whose enemy the adjudicated samples code as a party
// (fresh-6, holdout-13, -14 and -15 each lost it to the campaign and fight
// readings). The guards are the campaign's enemy with no theatre: a cause
// that a state uses, the aim of funding, and a fight noun before a comma.
func TestActorWarWithItsTheatre(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-244-20180312", title: "الحرس الجمهوري السوري يدخل جنوبي عفرين",
			text: "وتدعم الولايات المتحدة وحدات حماية الشعب في الحرب ضد تنظيم داعش في سوريا، مما أضر بالعلاقات بين واشنطن وأنقرة، وكلتاهما عضو بحلف شمال الأطلسي.",
			want: []string{"isis"}},
		{id: "SK-middleEast-991-20180412", title: "إنفوغرافيك.. مواقع القوات الأجنبية في سوريا وقواعد النظام",
			text: "كما يبين مواقع القوات الأميركية والفرنسية، التي تعمل في سوريا كجزء من قوات التحالف الدولي، في الحرب على تنظيم داعش في سوريا.",
			want: []string{"isis"}},
		{id: "BB-middleEast-422-20180429", title: "مسؤولون أمريكيون يطالبون بعقوبات جديدة على إيران بسبب برنامجها للصواريخ",
			text: "وتنظر إدارة ترامب حاليا في دور الولايات المتحدة في قتال تنظيم الدولة الإسلامية في سوريا.",
			want: []string{"isis"}},
		{id: "SK-middleEast-656-20180329", title: "ماكرون يلتقي وفدا من قوات سوريا الديموقراطية",
			text: "وشكلت قوات سوريا الديموقراطية رأس حربة في مكافحة تنظيم داعش في سوريا.",
			want: []string{"isis"}},
		{id: "CN-middleEast-634-20180416", title: "كامليا انتخابي فرد تكتب لـCNN: الإيرانيون والأتراك جرّوا القوى العظمى إلى صراعات إقليمية",
			text: "يبدو أن الحرب ضد داعش في سوريا قاربت على نهايتها.",
			want: []string{"isis"}},
		// Guards: no theatre after the name.
		{id: "SK-middleEast-472-20180322", title: "العراق يتصدى لأردوغان: سيناريو عفرين لن يتكرر",
			text: "وأبلغ وفدا تركيا، بطريقة غير مباشرة، أن الحرب على داعش، التي كانت أنقرة تستخدمها مبررا لتواجد قواتها على الأراضي العراقية، انتهت.",
			not:  []string{"isis"}},
		{id: "CN-middleEast-507-20180407", title: "مصادر لـCNN: ترامب يريد مزيدا من أموال الخليج في سوريا",
			text: "هذا الشعور أكده ترامب بشكل خاص، إذ يلاحق دول خليجية مثل السعودية والإمارات لعدم تقديم الموارد الكافية لمحاربة داعش.",
			not:  []string{"isis"}},
		{id: "FR-internationalNews-494-20180318", title: "القوات التركية والفصائل الموالية لها تتوغل في مدينة عفرين السورية",
			text: "وخاض المقاتلون الأكراد الذين أثبتوا عن فعالية في قتال تنظيم الدولة الإسلامية، معارك عنيفة مع القوات التركية والفصائل الموالية لها.",
			not:  []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
