package facets

import (
	"testing"
	"time"
)

// TestActorMobilizedToFronts pins round 48's corpus audit c48act class: a
// bare "الحشد" that is the verbal noun, men rallied to the fronts or sent
// on with reinforcements ("يحضهم على الحشد والتدافع نحو الجبهات"،
// "تحفيزهم على الحشد لجبهات القتال"، "عمليات الحشد وإرسال تعزيزات
// عسكرية"), is the Houthis' mobilization in Yemen, not Iraq's Popular
// Mobilization Forces (mobilizedToFronts, actors_match.go). The not rows
// fail on main. Guards: the bare word named as Iraq's force, by a force
// noun before it even with fronts after it, and beside Iraq's security
// forces.
func TestActorMobilizedToFronts(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-1381-20180530", title: "اليمن.. قوات الشرعية على بعد 15 كلم من الحديدة",
			text: "وتسبب التقدم المباغت للقوات المشتركة نحو الحديدة في إثارة حالة واسعة من الهلع في صفوف الميليشيات، ما أجبر زعيمها عبد الملك الحوثي على استشعار هزيمته الوشيكة، وقيامه بتوجيه خطاب، يتوسل فيه إلى القبائل للدفاع عن الحديدة، ويحذر أنصاره من التهاون والتقصير ويحضهم على الحشد والتدافع نحو الجبهات للقتال.",
			not:  []string{"pmf"}},
		{id: "SK-middleEast-2551-20180623", title: "ميليشيات الحوثي تسرق معدات شركة صينية من ميناء الحديدة",
			text: "ووزع المتمردون تلك السيارات على أنصارهم في المجالس المحلية والمديريات بهدف تحفيزهم على الحشد لجبهات القتال.",
			not:  []string{"pmf"}},
		{id: "AL-internationalNews-1462-20180604", title: "الحوثي يعتقل الرافضين للقتال.. ويسيّس خطب المساجد",
			text: "وتواصل ميليشيا الحوثي عمليات الحشد وإرسال تعزيزات عسكرية إلى مدينة الحديدة وبعض المديريات الأخرى المجاورة بهدف الاستعداد لمعركة محتملة لاستعادة سيطرة الشرعية على مدينة وميناء الحديدة.",
			not:  []string{"pmf"}},
		// Guard: a force noun before the bare word names Iraq's force,
		// fronts after it or not.
		{id: "guard-force-noun", title: "معارك في الأنبار",
			text: "ودفعت مليشيات الحشد بتعزيزات إلى جبهات الفلوجة في محافظة الأنبار العراقية.",
			want: []string{"pmf"}},
		// Guard: the bare word beside Iraq's security forces, no fronts
		// after it (2015-08-04-157).
		{id: "guard-beside-forces", title: "داعش يستعيد أحياء في سنجار العراقية",
			text: "وقال المصدر إن داعش تمكن من استعادة السيطرة على الحي العصري وسط المدينة، فيما تراجعت القوات الأمنية والحشد إلى مواقع جديدة بالقرب منه.",
			want: []string{"pmf"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
