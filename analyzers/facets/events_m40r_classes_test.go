package facets

import "testing"

// TestEventTypesM40r pins round 40's halted things past a long doer
// (haltedFar): a finite verb of the وقف root whose object, after a doer of
// several words and a day, is an activity halted ("أوقفت الخطوط الجوية
// اليمنية اليوم الاثنين رحلاتها"، "أوقفت القوات الخاصة في الجيش الكندي
// تقديم المساعدة") or a procedure ("أوقفت السلطات التركية إجراءات
// تسجيل"), or whose object is a man stopped "from work" (a suspension),
// arrests nobody. The first three rows are the blind codings' errors, the
// next two corpus moves. Guards: a count, a man taken before the activity
// (the charge), a car further on, and the verbal noun.
func TestEventTypesM40r(t *testing.T) {
	checkTypes(t, []typeCase{
		{"an airline's flights halted", "2015-08-03-254", `تحويل رحلات الخطوط الجوية اليمنية من صنعاء إلى عدن`,
			`أوقفت الخطوط الجوية اليمنية اليوم الاثنين رحلاتها من وإلى مطار صنعاء الدولي.
وقالت نادية السقاف رئيسة لجنة الإغاثة الدولية المقيمة في الرياض عبر حسابها على موقع التواصل الاجتماعي "تويتر"، إن رحلات اليمنية توقفت إلى صنعاء بشكل مؤقت كون الحوثيين أعلنوا الاستيلاء على أي طائرة تهبط في صنعاء.`,
			"2015-08-03 21:19", "arrests", false},
		{"aid to a force halted", "SK-middleEast-2254-20180609", `كندا توقف مساعدة القوات الكردية في العراق`,
			`أوقفت القوات الخاصة في الجيش الكندي تقديم المساعدة أو التدريب لمقاتلي البشمركة الأكراد، بحسب ما أفادت وزارة الدفاع الكندية الجمعة.`,
			"2018-06-09 01:40", "arrests", false},
		{"a registration procedure halted", "SK-middleEast-2926-20180716", `تركيا "تغلق أبوابها" بوجه اللاجئين السوريين`,
			`أوقفت السلطات التركية إجراءات تسجيل اللاجئين السوريين الجدد "كليا باستثناء قلة"، الأمر الذي يعرضهم للترحيل من البلاد، ويحرمهم من خدمات ضرورية.`,
			"2018-07-16 13:34", "arrests", false},
		{"a driver suspended from work", "BB-technology-334-20180723", `إيقاف سائق في "أوبر" عن العمل بث تصويرا حيا للركاب على الإنترنت`,
			`أوقفت شركتا "أوبر" و "ليفت" سائقا عن العمل بهما بعد أن تبين أنه يبث مقاطع فيديو مصورة لركابه على موقع "تويتش" لتبادل الملفات المصورة على الإنترنت.`,
			"2018-07-23 23:07", "arrests", false},
		{"an exchange company's work halted", "BB-economy-143-20180524", `البنك المركزي التركي يتحدى أردوغان`,
			`أعلن البنك المركزي التركي في اجتماع طارئ الأربعاء، عن رفع معدل فائدة الإقراض.
وفي غضون ذلك، أوقفت إحدى اكبر شركات الصرافة التركية العمل في مكاتبها.`,
			"2018-05-24 16:03", "arrests", false},
		// Guards.
		{"a count taken", "2015-08-07-186", `الشرطة الإيطالية توقف مهربي مهاجرين في باليرمو`,
			`أوقفت الشرطة الإيطالية في باليرمو، خمسة أشخاص بتهمة تهريب المهاجرين هم جزائريان وليبيان وتونسي، نجوا من غرق مركب أودى بحياة أكثر من 200 شخص الأربعاء قبالة ليبيا.`,
			// Turned by round 46's rul46d-2 (fol46g's policeCrime): the
			// title's migrant smugglers make the count's arrest police
			// work on an ordinary crime, no arrests.
			"2015-08-07 23:22", "arrests", false},
		// Probe rows (written for the rule, not corpus text).
		{"a man taken, the activity his charge", "probe-m40r-1", `خبر`,
			`أوقفت الشرطة التركية الأحد رجلا بتهمة تمويل الإرهاب في إسطنبول.`,
			"2018-07-21 12:00", "arrests", true},
		{"a car further on is the man's", "probe-m40r-2", `خبر`,
			`أوقفت الشرطة الفرنسية مساء الجمعة شابا كان يقود سيارة مستأجرة.`,
			"2018-07-21 12:00", "arrests", true},
		{"the verbal noun reads its object close", "probe-m40r-3", `خبر`,
			`أعلنت الشرطة توقيف رئيس الحزب السابق للاشتباه بفساد في تمويل حملته الانتخابية.`,
			"2018-07-21 12:00", "arrests", true},
	})
}
