package facets

import (
	"testing"
	"time"
)

// TestActorUSLedIndefiniteCoalition39 pins the US-led alliance named
// without the article ("تحالف تقوده الولايات المتحدة"، "لتحالف تقوده
// الولايات المتحدة"، "تحالف دولي تقوده"): it is the coalition against ISIS,
// and the United States named as its leader is no party of its own, as with
// the definite name (usLedCoalitionMentions, coalitionLeader,
// actors_coalition.go). Round 39's audit aud39g found usa read for the
// coalition that backed Iraq's forces against ISIS (SK-middleEast-1633).
//
// Guards: an alliance that a relative clause names a force's sponsor ("التي
// يدعمها تحالف دولي تقوده واشنطن", holdout-18: the backer is no party);
// another state's alliance ("تحالف بقيادة روسيا"), whose leader stays.
func TestActorUSLedIndefiniteCoalition39(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1633-20180512", title: "العراق يعلن حظر التجول وإعادة فرز الأصوات في كركوك",
			text: "والانتخابات التي جرت اليوم السبت هي أول انتخابات في العراق منذ هزيمة داعش العام الماضي على يد قوات عراقية مدعومة من تحالف تقوده الولايات المتحدة.",
			want: []string{"coalition", "iraqi-forces"}, not: []string{"usa"}},
		{id: "SK-middleEast-1583-20180510", title: "العراق: هاتف مساعد البغدادي أوقع قادة بداعش",
			text: "وقال الهاشمي إن العملية تمت بالتعاون مع أجهزة الاستخبارات، مشيرا إلى تحالف تقوده الولايات المتحدة يقاتل تنظيم داعش على جانبي الحدود السورية العراقية.",
			want: []string{"coalition"}, not: []string{"usa"}},
		{id: "2015-08-01-324", title: "سوريا: غارات جوية على النصرة بعد هجومها على مقاتلين يدعمهم الغرب",
			text: "قال المرصد السوري لحقوق الإنسان إن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة في شمال سوريا امس الجمعة.",
			want: []string{"coalition"}, not: []string{"usa"}},
		{id: "2015-08-09-160", title: "الزعيم الكردي التركي دمرطاش يدعو حزب العمال لوقف إطلاق النار",
			text: "وسمحت أنقرة لتحالف تقوده الولايات المتحدة باستخدام قواعدها الجوية لقصف المتشددين.",
			want: []string{"coalition"}, not: []string{"usa"}},
		// Guards.
		{id: "FR-middleEast-379-20180429", title: "سوريا: معارك دامية بين النظام وقوات سوريا الديموقراطية شرق البلاد",
			text: "وشهدت هذه المحافظة تنافسا بين قوات النظام مدعومة من روسيا وقوات سوريا الديموقراطية التي يدعمها تحالف دولي تقوده واشنطن.",
			want: []string{"sdf"}, not: []string{"coalition"}},
		{id: "guard-russia-led", title: "معارك في ريف حماة",
			text: "وشنت طائرات تحالف بقيادة روسيا غارات على مواقع الفصائل في ريف حماة.",
			want: []string{"russia"}, not: []string{"coalition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
