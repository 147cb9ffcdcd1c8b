package facets

import "testing"

// TestEventTypesShrapnelSuffered pins the shell told as where the shrapnel a
// victim underwent came from (shrapnelOf, events_struck.go): "إثر تعرضه
// لشظايا قذيفة هاون" is a strike suffered with its dead, as "إثر تعرضه
// لقذيفة هاون" already was — the ل of تعرض stands on the shrapnel noun, not
// on the weapon, so suffered missed it and the Saudi border reports of
// soldier Yahya al-Shajiri's death (the round-42 blind audit aud42h coded one
// as shelling) typed nothing. The true rows fail on main. Guards: shrapnel
// with no weapon noun after it is no strike, and tear-gas grenades are no
// shelling weapon.
func TestEventTypesShrapnelSuffered(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a soldier martyred by a mortar shell's shrapnel from Yemen (the sample's report)", "2015-08-06-3031", "تشييع الشهيد الجندي أول الشاجري",
			`شيعت جموع غفيرة عصر أمس الأربعاء بمركز مسلية بمحافظة بيش شهيد الوطن الجندي أول يحيى متعب الشاجري، بعد أن أديت الصلاة عليه في جامع مسلية. وكان الجندي أول يحيى متعب شاجري، من منسوبي القوات المسلحة المرابطين بالحد الجنوبي، استشهد صباح أمس الأربعاء بالشريط الحدودي بمحافظة الطوال جنوب منطقة جازان إثر تعرضه لشظايا قذيفة هاون من داخل الأراضي اليمنية.`,
			"2015-08-06 12:00", "shelling-artillery-missile-attack", true},
		{"condolences: the same death told in a relative clause", "2015-08-06-1785", "جموع غفيرة تعزي في وفاة الشهيد شاجري",
			`توافدت جموع كبيرة إلى منزل الشهيد جندي أول، يحيى متعب الشاجري، في قرية مسلية، شرق محافظة بيش والذي استشهد يوم الأربعاء إثر تعرضه لشظايا قذيفة هاون بشعب الذيب بالطوال من أجل تقديم واجب المواساة والعزاء إلى أسرة الشهيد.`,
			"2015-08-06 12:00", "shelling-artillery-missile-attack", true},
		{"a Yemeni boy wounded by the shrapnel of Houthi shells", "2015-07-22-2030", "طفل الضالع فقد عينه بشظايا الحوثي وعلاجه لم يتوافر بمستشفيات جازان",
			`حيث إنه يقطن مع أسرته في إحدى الشقق في مدينة جازان، ويعاني من عدة جروح متفرقة جراء تعرضه لشظايا قذائف الميليشيات الحوثية.`,
			"2015-07-22 12:00", "shelling-artillery-missile-attack", true},
		// Guards: no weapon after the shrapnel; tear-gas grenades.
		{"guard: shrapnel that blinded him, no weapon named", "2015-07-22-2030", "طفل الضالع يحتاج إلى علاج",
			`تمكنت أسرته من إدخاله للمملكة بطريقة نظامية؛ حيث تعرض لشظايا أفقدته النظر بإحدى عينيه وأصابت عينه الأخرى بجروح.`,
			"2015-07-22 12:00", "shelling-artillery-missile-attack", false},
		{"guard: worshippers hit by tear-gas grenade shrapnel", "SK-middleEast-3113-20180727", "اعتصام مفتوح أمام الأقصى بعد الإغلاق الإسرائيلي",
			`وذكرت مصادر طبية فلسطينية أن 40 إصابة سجلت داخل المسجد الأقصى تعرض خلالها المصلون لشظايا قنابل الغاز والصوت الحارقة التي أطلقتها قوات الاحتلال الإسرائيلي صوب المصلين.`,
			"2018-07-27 12:31", "shelling-artillery-missile-attack", false},
	})
}
