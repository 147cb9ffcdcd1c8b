package facets

import (
	"testing"
	"time"
)

// TestActorBareGovernment pins round 47's blind audit a class: Syria's
// government named by the bare "الحكومة" as a warring side in a sentence
// set in Syria (actors_baregov.go): the receiver of a town an evacuation
// deal hands over (Harasta, round 47's sample and the round 37–46 blind
// codings), its forces in a deal between them and the opposition, and its
// sites struck. The want rows fail on main.
//
// Guards: the holder of territory alone ("مناطق سيطرة قوات الحكومة",
// rul45c-3), a law that lets the government act (Law 10, rul45c-2),
// another state's government after a handover ("للحكومة المعترف بها
// دوليا" in Yemen), and Iraq's government forces by their adjective.
func TestActorBareGovernment(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-474-20180322", title: "بدء خروج المسلحين من حرستا في الغوطة الشرقية",
			text: "بدأ مسلحو حركة \"أحرار الشام\" الخروج من بلدة حرستا المحاصرة في الغوطة الشرقية، قرب العاصمة السورية دمشق، الخميس، بموجب اتفاق إجلاء يسلم البلدة إلى الحكومة بعد سنوات من الحصار والقصف.",
			want: []string{"syrian-government", "ahrar-al-sham"}},
		{id: "SK-middleEast-2751-20180704 (shortened)", title: "فشل المفاوضات بين الروس وفصائل الجنوب السوري",
			text: "وكان مصدر رسمي أردني قال، الجمعة، إنه جرى التوصل إلى وقف لإطلاق نار في جنوب سوريا مما يمهد إلى \"مصالحة\" بين المعارضة وقوات الحكومة.",
			want: []string{"syrian-government"}},
		{id: "BB-internationalNews-398-20180424 (shortened)", title: "ترامب يستقبل ماكرون",
			text: "وشكر ترامب فرنسا على انضمامها إلى الولايات المتحدة وبريطانيا، في وقت سابق من هذا الشهر، في شن غارات جوية على مواقع للحكومة في سوريا بعد اتهاما بشن هجوم كيمياوي على مدينة دوما.",
			want: []string{"syrian-government"}},
		// Guard: the holder of territory (BB-middleEast-288).
		{id: "BB-middleEast-288-20180404 (shortened)", title: "",
			text: "تعمل قوات الجيش الروسي على بسط سيطرتها في معرة النعمان وجسر الشغور القريبتين من مناطق سيطرة قوات الحكومة على الساحل السوري.",
			not:  []string{"syrian-government"}},
		// Guard: Law 10 (SK-middleEast-2106).
		{id: "SK-middleEast-2106-20180602 (shortened)", title: "",
			text: "ويسمح القانون رقم 10 الذي أثار انتقادات بعد أن وقعه الرئيس السوري بشار الأسد في أبريل، يسمح للحكومة بـ \"إحداث منطقة تنظيمية أو أكثر\".",
			not:  []string{"syrian-government"}},
		// Guard: Yemen's government after a handover (FR-middleEast-658).
		{id: "FR-middleEast-658-20180621 (shortened)", title: "",
			text: "ويدعو التحالف إلى تسليم إدارة الميناء إلى الأمم المتحدة أو للحكومة المعترف بها دوليا لوقف الهجوم، وهو ما يرفضه الحوثيون.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
