package facets

import "testing"

// parklandMarchLead is the lead of pool FR-internationalNews-432 (gold
// none): students march for gun laws; the Florida school shooting of the
// month before is the series' latest, told as the march's cause.
const parklandMarchLead = "تظاهر المئات من طلاب المدارس الأمريكية الأربعاء في أنحاء الولايات المتحدة للمطالبة بتشديد قوانين الأسلحة في البلاد، ومنع سلسة حوادث إطلاق النار التي تسبب آخرها في مقتل 14 شخصا في مدرسة بولاية فلوريدا.\nخرج الطلاب في أنحاء الولايات المتحدة في مسيرات الأربعاء تلبية لدعوة وطنية للمطالبة بتشديد قوانين الأسلحة لمنع تكرار حوادث إطلاق النار كالمجزرة التي وقعت الشهر الماضي في ثانوية في فلوريدا وأودت بحياة 17 شخصا."

// yemenPhotosLead is the text of blind BB-middleEast-942 (gold none): a
// photo feature of a Sanaa festival whose opening recalls the war's
// latest tragedy.
const yemenPhotosLead = "رغم الحرب الدائرة في اليمن منذ سنين، ورغم المآسي التي يمر بها اليمنيون وآخرها مقتل أكثر من ثلاثين تلميذا في غارة جوية لقوات التحالف التي تقودها السعودية، يبدو أن اليمنيين لا يزالون قادرين على الاحتفاء بالحياة.\nالتقطت عدسة مصورين هذه اللقطات من مهرجان ثقافي محلي في مدينة صنعاء يوم 19 آب/أغسطس.\nتظهر الصور ثيابا وحليا تقليدية تشتهر بها اليمن."

// TestTollsM61tollfp pins round 61's m61tollfp rule (latestOfSeries,
// tolls_latest.go): a toll told as the last (آخرها) or newest (أحدثها) of
// a series, under a title of no killing, is the series' latest event
// recalled, no toll of the news. The first two rows fail on main (14 and
// 30). Guards: a title that tells the killing keeps the latest's toll; a
// toll with no series word under the same kind of title keeps it.
func TestTollsM61tollfp(t *testing.T) {
	checkKilled(t, []tollCase{
		// pool FR-internationalNews-432 (gold none).
		{"FR-internationalNews-432-20180314", "طلاب المدارس الأمريكية يتظاهرون للمطالبة بتشديد قوانين حيازة الأسلحة", parklandMarchLead, "2018-03-14 18:52", -1},
		// blind BB-middleEast-942 (gold none).
		{"BB-middleEast-942-20180824", "بالصور: الوجه الآخر لليمن", yemenPhotosLead, "2018-08-24 17:30", -1},
		// Guards.
		{"title-killing", "مقتل صحفي في كابول", "تتواصل الهجمات على الصحفيين في أفغانستان، وآخرها مقتل صحفي الثلاثاء في انفجار بكابول.", "2018-05-01 10:00", 1},
		{"no-series-word", "طلاب يتظاهرون في نيروبي", "تظاهر المئات من الطلاب الأربعاء في نيروبي، وقتل ثلاثة منهم برصاص الشرطة.", "2018-05-02 10:00", 3},
	})
}
