package facets

import "testing"

// TestActorM67statesIdlibZone pins round 67's m67states class
// (actors_idlibzone.go, idlibZoneMentions): the Idlib demilitarised zone
// named in the title or lead gives turkey, the maker of the deal under
// ruling rul45b-2 (6 gold articles coded turkey, 0 not). The want rows
// fail on main: the zone with Turkey only as "ضمانات تركيا" and as its
// ministry speaking. Guard: the same sentence as CN-middleEast-1466's lead
// standing as a trailing CNN item under a Khashoggi story, which the gold
// leaves uncoded (rul66c): not in the lead, no Turkey.
func TestActorM67statesIdlibZone(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "CN-middleEast-1559-20181016", title: "حصريا من سوريا.. داخل المنطقة منزوعة السلاح في إدلب",
			text: "حصلت شبكة CNN على وصول حصري إلى المنطقة منزوعة السلاح التي تم التفاوض عليها بين سوريا وروسيا، والتي تهدف إلى حماية المدنيين في محافظة إدلب، آخر معاقل المعارضة المتبقية. تقول المعارضة إن ضمانات تركيا تمنح هذه الاتفاقية فرصة أفضل من سابقاتها، لكنها تقول أيضاً إنها ما زالت مستعدة لخوض الحرب.",
			want: []string{"turkey", "opposition"}},
		{id: "CN-middleEast-1466-20181010", title: "تركيا تعلن إخلاء المنطقة \"منزوعة السلاح\" من الأسلحة الثقيلة بإدلب",
			text: "دبي، الإمارات العربية المتحدة (CNN) – أعلنت وزارة الدفاع التركية، الأربعاء، عن الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب السورية من الأسلحة الثقيلة بموجب اتفاق سوتشي الذي وقعته أنقرة مع روسيا، وفقا لما نقلته وكالة الأناضول الرسمية.\n" +
				"وأكدت الأناضول أن الدفاع التركية أعلنت عن إنهاء علمية إخلاء المنطقة التي تم الاتفاق عليها بين تركيا وروسيا خلال اجتماع سوتشي الأخير، من جميع الأسلحة الثقيلة.",
			want: []string{"turkey"}},
		// Guard: the trailing item of CN-middleEast-1467.
		{id: "CN-middleEast-1467-20181010", title: "مسؤول سعودي لـCNN: المملكة لم تتورط في اختفاء خاشقجي.. ومتعاطفون مع عائلته",
			text: "(CNN)-- في رد على سلسلة من الأسئلة التي طرحتها CNN، نفى مسؤول سعودي رفيع المستوى \"بشكل قاطع\" تورط بلاده في اختفاء الكاتب والإعلامي السعودي جمال خاشقجي.\n" +
				"وقال المسؤول السعودي في بيان ورد إلى CNN: \"ننفي بشكل قاطع أي تورط في اختفاء جمال.\n" +
				"أعلنت مصر، الأربعاء، انطلاق فعاليات التدريب العسكري المشترك \"تبوك – 4\" بمشاركة من القوات المسلحة للبلاد ونظيرتها في السعودية، حسبما أفاد المتحدث العسكري المصري، عقيد أركان حرب تامر الرفاعي.\n" +
				"أعلنت وزارة الدفاع التركية، الأربعاء، عن الانتهاء من إخلاء المنطقة منزوعة السلاح في محافظة إدلب السورية من الأسلحة الثقيلة بموجب اتفاق سوتشي الذي وقعته أنقرة مع روسيا، وفقا لما نقلته وكالة الأناضول الرسمية.",
			not: []string{"turkey"}},
	})
}
