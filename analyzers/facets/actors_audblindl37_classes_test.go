package facets

import (
	"testing"
	"time"
)

// TestActorSettlerGuard37 pins round 37's blind-sample class of Israel's
// forces named only as the settlers' cover ("تحت حماية قوات الاحتلال
// الإسرائيلي"، "قوات الاحتلال توفر الحماية ... للمستوطنين"): rhetoric, no
// party (settlerGuard, actors_settlerguard.go). The want rows fail on the
// rules before.
//
// Guard: the army that beats and arrests guards in a settler's story is a
// party.
func TestActorSettlerGuard37(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-01-748", title: "التعاون الإسلامي تسعى لعقد قمة طارئة",
			text: "دانت منظمة التعاون الإسلامي الجريمة البشعة التي أدت إلى استشهاد الطفل الفلسطيني علي دوابشه حرقا وإصابة عائلته بجراح بليغة، إثر استهداف المستوطنين المتطرفين منزل العائلة الفلسطينية وإحراقه في نابلس بالضفة الغربية، عادة هذه الجريمة تصعيدا خطيرا في أعمال الإرهاب التي يرتكبها المستوطنون المتطرفون ضد الشعب الفلسطيني وأرضه ومقدساته، تحت حماية قوات الاحتلال الإسرائيلي.",
			want: []string{"civilians"}, not: []string{"israel"}},
		{id: "2015-08-07-773", title: "11 ألف اعتداء للمستوطنين ضد الفلسطينيين ومقدساتهم وممتلكاتهم منذ 2014",
			text: "كما يظهر التقرير كيف أن قوات الاحتلال توفر الحماية والتدريب والسلاح للمستوطنين ليعيثوا في الأراضي المحتلة خراباً ويرتكبوا مختلف أنواع الجرائم، وتقوم بحمايتهم أثناء ارتكابهم هذه الجرائم.",
			not:  []string{"israel"}},
		// Guard.
		{id: "2015-08-06-2553", title: "",
			text: "وفي السياق قام مستوطن يهودي فرنسي برفع العلم الإسرائيلي في صحن قبة الصخرة المشرفة فتصدى له حراس المسجد والمصلين فقامت قوات الاحتلال بالاعتداء عليهم بالضرب فأصيب أربعة من الحراس والمصلين برضوض وجروح وتم اعتقالهم.",
			want: []string{"israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
