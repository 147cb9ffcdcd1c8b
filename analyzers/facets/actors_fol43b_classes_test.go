package facets

import "testing"

// TestActorThreatForceFol43b pins the round-43 ruling on the United States
// threatening force (class 4a; threatensForce, actors_threat.go): a state
// that threatens the use of force ("باستخدام القوة") is discussed in its
// military role. The want row fails before fol43b. Guard: a charge of
// excessive force is no threat.
func TestActorThreatForceFol43b(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-887-20180410 (shortened)", title: "تصويت مرتقب لمجلس الأمن على مشروع القرار الأميركي بشأن سوريا",
			text: "ويأتي الدفع الأميركي نحو تصويت متوقع الساعة الثالثة بعد ظهر الثلاثاء بتوقيت غرينتش، بعد تهديد الرئيس الأميركي، دونالد ترامب، باستخدام القوة ردا على الهجوم على دوما في الغوطة الشرقية، معقل للفصائل المعارضة السورية قرب دمشق.",
			want: []string{"usa"}},
		// Guard: excessive force charged, not threatened.
		{id: "probe-fol43b-2 (written for the rule)", title: "منظمة حقوقية تنتقد واشنطن",
			text: "هددت منظمة حقوقية بمقاضاة الولايات المتحدة بعد أن اتهمتها باستخدام القوة المفرطة ضد المهاجرين على الحدود.",
			not:  []string{"usa"}},
	})
}
