package facets

import "testing"

// TestEventTypesM49etfn pins the round-49 audit m49etfn's arrests told by
// ضبط with no count (seizedPeople, events_seized.go): a terror cell or
// network seized, past the subject of the verb ("ضبطت الأجهزة الأمنية
// الكويتية شبكة إرهابية"، "كشف وضبط عناصر شبكة إرهابية"), the men seized
// told by their deed right after ضبط ("في ضبط الإرهابيين"), and the men
// counted as أفراد ("ضبط 3 أفراد مطلوبين"). The blind codings of rounds
// 37-48 type all four as arrests; the true rows fail on main. Guards: a
// movement told to restrain its men ("بوجوب ضبط عناصرها"), a network of no
// terror ("ضبط شبكة لتهريب")، and persons seized in a murder case ("ضبط 3
// أشخاص"), police work the coders leave untyped. And conscripts (مجندين)
// killed by an attack are soldiers killed so (soldiersAttacked): "مقتل 6
// مجندين أتراك بهجوم" is the clash the pool codes; guard: an officer and a
// conscript killed by a blast stay the bombing's.
func TestEventTypesM49etfn(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Kuwait seizes an ISIS network", "2015-07-31-955", "الكويت: ضبط شبكة إرهابية تنتمي إلى «داعش»",
			`ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي إلى تنظيم (داعش) الإرهابي وتضم خمسة متهمين كويتيي الجنسية.`,
			"2015-07-31 12:00", "arrests", true},
		{"the subject between the verb and the network", "2015-07-31-1544", "الداخلية الكويتية تعلن نتائج خطوتها",
			`ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي إلى تنظيم (داعش) الإرهابي وتضم خمسة متهمين كويتيي الجنسية.`,
			"2015-07-31 12:00", "arrests", true},
		{"the members of a terror network seized", "2015-07-31-1056", "الكويت: كشف وضبط عناصر شبكة إرهابية تنتمي لداعش",
			`أعلنت وزارة الداخلية الكويتية اليوم الخميس، عن قيام أجهزة الأمن المختصة في خطوة أمنية استباقية بكشف وضبط عناصر شبكة إرهابية تنتمي لما يسمى تنظيم (داعش) الإرهابي وتضم خمسة متهمين كويتيي الجنسية.`,
			"2015-07-30 12:00", "arrests", true},
		{"the terrorists seized", "2015-07-21-818", "مختصون: إجراءات الأمن في ضبط الإرهابيين رسالة بأن المملكة واجهة الأمن في العالم",
			`أكد لـ "الاقتصادية" مختصون وأعضاء شورى أهمية الدور الذي تقدمه وزارة الداخلية السعودية في مكافحة الإرهاب والإرهابيين، مشيدين بدورها في حماية الوطن من خلال الضربة الأمنية الأخيرة التي كشفت عديدا من الخلايا الإرهابية التي كانت تستهدف الوطن وأبناءه.`,
			"2015-07-21 12:00", "arrests", true},
		{"three wanted men seized", "SK-middleEast-1427-20180505", "حملات أمنية في سيناء",
			`وأضافت أن قوات الشرطة والجيش تمكنت من ضبط 3 أفراد مطلوبين لجهات التحقيق.`,
			"2018-05-05 12:00", "arrests", true},
		{"guard: a movement told to restrain its men", "FR-internationalNews-1527-20180530", "اجتماع مجلس الأمن الأربعاء لبحث الهجمات الفلسطينية على إسرائيل",
			`وطالبت الولايات المتحدة حركة حماس التي خاض معها ثلاثة حروب منذ العام 2008 بوجوب ضبط عناصرها.`,
			"2018-05-30 12:00", "arrests", false},
		{"guard: a smuggling network", "", "ضبط شبكة لتهريب السجائر",
			`تمكنت الجمارك من ضبط شبكة لتهريب السجائر عبر الميناء.`,
			"2015-08-01 12:00", "arrests", false},
		{"conscripts killed in an attack", "SK-internationalNews-689-20180330", "مقتل 6 مجندين أتراك بهجوم جنوبي البلاد",
			`قتل 6 من "حراس القرى" جنوب شرقي تركيا حيث غالبية السكان من الأكراد، الجمعة، في هجوم اتهمت أنقرة حزب العمال الكردستاني بتنفيذه.`,
			"2018-03-30 12:00", "armed-clash", true},
		{"guard: an officer and a conscript killed by a blast", "2015-08-10-770", "مصر: مقتل ضابط ومجند في انفجار مدرعة بالعريش",
			`أعلنت وزارة الداخلية المصرية مقتل ضابط ومجند في انفجار عبوة ناسفة استهدفت مدرعة للشرطة بمدينة العريش.`,
			"2015-08-10 12:00", "armed-clash", false},
		{"guard: persons seized in a murder case", "2015-08-01-1183", "ضبط 3 أشخاص للاشتباه بتورطهم في مقتل حدث",
			`وبين المتحدث الأمني بشرطة المنطقة الشرقية أن وافدا عربيا أبلغ الجهات الأمنية عن تعرض ابنه البالغ من العمر ١٧ عاما لعدة طعنات.`,
			"2015-08-01 12:00", "arrests", false},
	})
}
