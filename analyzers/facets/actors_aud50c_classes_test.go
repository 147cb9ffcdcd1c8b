package facets

import "testing"

// TestActorsAud50c pins a security force's standing duties, which round 50's
// blind audit of draw 5056 part c found read as parties in the Saudi
// emergency force's portraits: keeping order by the bare word
// ("بالمحافظة على النظام": orderBefore, not the Syrian regime) and the
// hostages it is there to rescue ("وإنقاذ الرهائن والمخطوفين"،
// "وتخليص الرهائن": rescuedCaptives, no civilians held). The want-none rows
// are corpus sentences that fail on main. Guards: the regime kept by its
// adjective, hostages taken by a gunman and then rescued, and a rescue
// operation still under way.
func TestActorsAud50c(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-10-1281", title: `قوات الطوارئ الخاصة.. حماية ودفاع وفخر للوطن`,
			text: `وتستخدم قوات الطوارئ الخاصة في عمليات حفظ النظام كتفريق المظاهرات وإنقاذ الرهائن والمخطوفين ومقاومة الاعتصام ومكافحة شتى أنواع الإرهاب والتخريب اللذين يعرضان السلامة العامة للخطر. كذلك تقوم قوات الطوارئ الخاصة بأي مهمات أخرى تكلف بها كإسناد قوات الشرطة في مختلف مناطق المملكة عند الضرورة. وتساهم قوات الطوارئ الخاصة مع غيرها من القوات الأخرى بالمحافظة على النظام، خاصة في موسم الحج.`,
			not:  []string{"civilians", "syrian-government"}},
		{id: "2015-08-09-1066", title: `قوات الطوارئ.. 20 عاماً مواجهات للقضاء على الإرهاب`,
			text: `وتشمل التدريبات المهارات الميدانية القتالية لأفراد قوات أمن الطوارئ وقدراتهم على الرماية والقنص والتحمل في أصعب الظروف إضافة لعمليات الاقتحام وتخليص الرهائن. ومن هذه المهمات إنقاذ المخطوفين ومكافحة عمليات الإرهاب والتخريب، كما تقوم قوات الطوارئ الخاصة بأي مهمات أخرى تكلف بها كإسناد قوات الشرطة في مختلف مناطق المملكة عند الضرورة، وتساهم مع غيرها من القوات الأخرى في سبيل المحافظة على النظام.`,
			not:  []string{"civilians", "syrian-government"}},
		{id: "2015-08-07-1199", title: `«تغريدات تويتر» تستنكر العملية الإرهابية ومواطنون يتفاعلون`,
			text: `وقوات الطوارئ منذ تأسيسها تحظى بحب المواطن والمقيم على أرض المملكة كون مهمتها الأساسية حماية الوطن وإنقاذ الرهائن والمخطوفين ومكافحة شتى أنواع الإرهاب والتخريب.`,
			not:  []string{"civilians"}},
		{id: "probe-aud50c-regime-kept", title: `روسيا تعزز وجودها العسكري في سوريا`,
			text: `وقال المرصد السوري إن القوات الروسية كثفت غاراتها على ريف إدلب للحفاظ على النظام السوري بعد أن تقدمت فصائل المعارضة نحو مدينة حماة.`,
			want: []string{"syrian-government"}},
		{id: "probe-aud50c-hostages-taken", title: `مسلح يحتجز رهائن في متجر جنوب فرنسا`,
			text: `احتجز مسلح ينتمي إلى تنظيم داعش رهائن داخل متجر في بلدة تريب صباح الجمعة، قبل أن تتمكن قوات الدرك من إنقاذ الرهائن وقتل المهاجم.`,
			want: []string{"civilians"}},
		{id: "probe-aud50c-rescue-under-way", title: `مسلحون يختطفون رهائن في مالي`,
			text: `اختطف مسلحون عشرة رهائن من فندق في مدينة سيفاري، وقال مصدر عسكري إن عملية إنقاذ الرهائن لا تزال متواصلة.`,
			want: []string{"civilians"}},
	})
}

// TestEventTypesAud50c pins the same duties for the abduction type: hostages
// named only as what a force's task rescues take no one. Guards: a
// hostage-taking told by its verb beside the rescue keeps its type, and so
// does a kidnapping beside a rescue operation still under way.
func TestEventTypesAud50c(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a force's task of rescuing hostages", "2015-08-10-1281", `قوات الطوارئ الخاصة.. حماية ودفاع وفخر للوطن`,
			`وتستخدم قوات الطوارئ الخاصة في عمليات حفظ النظام كتفريق المظاهرات وإنقاذ الرهائن والمخطوفين ومقاومة الاعتصام ومكافحة شتى أنواع الإرهاب والتخريب اللذين يعرضان السلامة العامة للخطر.`,
			"2015-08-10 12:00", "abduction-forced-disappearance", false},
		{"a drill of storming and freeing hostages", "2015-08-09-1066", `قوات الطوارئ.. 20 عاماً مواجهات للقضاء على الإرهاب`,
			`وتشمل التدريبات قدراتهم على الرماية والقنص والتحمل في أصعب الظروف إضافة لعمليات الاقتحام وتخليص الرهائن. ومن هذه المهمات إنقاذ المخطوفين ومكافحة عمليات الإرهاب والتخريب.`,
			"2015-08-09 12:00", "abduction-forced-disappearance", false},
		{"hostages taken by a gunman, then rescued", "probe-aud50c-1", `مسلح يحتجز رهائن في متجر جنوب فرنسا`,
			`احتجز مسلح ينتمي إلى تنظيم داعش رهائن داخل متجر في بلدة تريب صباح الجمعة، قبل أن تتمكن قوات الدرك من إنقاذ الرهائن وقتل المهاجم.`,
			"2018-03-23 12:00", "attack-on-civilians", true},
		{"a kidnapping beside a rescue under way", "probe-aud50c-2", `مسلحون يختطفون رهائن في مالي`,
			`اختطف مسلحون عشرة رهائن من فندق في مدينة سيفاري، وقال مصدر عسكري إن عملية إنقاذ الرهائن لا تزال متواصلة.`,
			"2015-08-07 20:00", "abduction-forced-disappearance", true},
	})
}
