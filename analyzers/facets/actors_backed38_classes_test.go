package facets

import (
	"testing"
	"time"
)

// TestActorRegimeBacked38 pins round 38's backer of the regime's campaign
// (regimeBackedMentions, actors_backers.go): Russia or Iran named by
// "بدعم روسي"، "بدعم من روسيا" or "المدعوم من روسيا" after the Syrian
// government in its sentence is a party to the government's war.
//
// Guards: a backer with no regime before it (Saudi oil policy, the
// Houthis), Iranian fighters beside the regime (the guide's militias), and
// a backed regime that denies.
func TestActorRegimeBacked38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-2122-20180703", title: "",
			text: "أشارت الأمم المتحدة إلى أن التصعيد العسكري في جنوب سوريا خلال الأسبوعين الماضيين دفع أكثر من 270 ألف مدني إلى النزوح، في وقت تواصل قوات النظام بدعم روسي تضييق الخناق على الفصائل المعارضة لدفعها إلى الاستسلام.",
			want: []string{"russia"}},
		{id: "CN-middleEast-52-20180221", title: "",
			text: "ويحاول الأسد إحكام سيطرته على المناطق المجاورة للعاصمة بدعم من روسيا وتنظيمات إقليمية متحالفة معه.",
			want: []string{"russia"}},
		{id: "CN-middleEast-1534-20181015", title: "",
			text: "يأتي ذلك في أعقاب استعادة الجيش السوري المدعوم من روسيا السيطرة على أراضيه الجنوبية في وقت سابق من هذا العام.",
			want: []string{"russia"}},
		{id: "SK-middleEast-1185-20180422", title: "",
			text: "ويسعى النظام السوري المدعوم من إيران وروسيا إلى سحق آخر جيوب للمعارضة، بعد السيطرة على الغوطة الشرقية.",
			want: []string{"iran"}},
		// Guards.
		{id: "FR-internationalNews-2096-20180630", title: "",
			text: "ودافعت السعودية بدعم من روسيا بشدة عن زيادة الانتاج نظرا لتزايد الشكاوى من دول مستهلكة.",
			not:  []string{"russia"}},
		{id: "SK-middleEast-464-20180321", title: "",
			text: "واتفقا على وجود تهديد حوثي بدعم إيراني على المنطقة.",
			not:  []string{"iran"}},
		{id: "2015-08-06-430", title: "",
			text: "وتتخذ قوات النظام مدعومة بمقاتلين ايرانيين ومن حزب الله اللبناني من القرية مركزا لقيادة العمليات العسكرية.",
			not:  []string{"iran"}},
		{id: "BB-middleEast-850-20180805", title: "",
			text: "لكن الحكومة السورية المدعومة من روسيا، نفت استخدام أو إنتاج أية أسلحة كيماوية.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
