package facets

import "testing"

// TestEventTypesAud63a pins the plural abduction verbs (اختطفوا، خطفوا),
// added to the abduction triggers with a guard (captorlessPlural): the verb
// types an abduction when a captor stands within five words before it
// ("أن الانقلابيين اختطفوا شاباً") or when it is the verb of a clause a
// source reports, an أن or إن within eight words before it ("ان اربعة
// ايطاليين ... خطفوا في ليبيا"). Round 63's blind audit of draw 6364 part a
// found the Nusra abduction of the US-trained fighters untyped: "أعلن أن
// ثمانية من العناصر ال54 خطفوا مساء الأربعاء على أيدي جبهة النصرة". The
// want-true rows fail on main. Guards: the verb in a relative clause on
// people met for something else (a ransom deal, bodies found) and a theft
// stay untyped.
func TestEventTypesAud63a(t *testing.T) {
	checkTypes(t, []typeCase{
		// 2015-08-04-615 (round63-blinda), its sixth paragraph as a lead.
		{"a monitor reports fighters abducted", "probe-aud63a-1", `واشنطن نفذت أول غارة «دفاعاً» عن مقاتلين معارضين دربتهم`,
			`أعلن المرصد السوري لحقوق الإنسان أن ثمانية من العناصر ال54 خطفوا مساء الأربعاء على أيدي جبهة النصرة التي عادت وتبنت عملية الخطف.`,
			"2015-08-04 12:00", "abduction-forced-disappearance", true},
		// 2015-07-21-4 (pool, fresh gold codes the abduction).
		{"a ministry reports its citizens abducted", "2015-07-21-4", `الخارجية الإيطالية: أربعة من مواطنينا مخطوفون في ليبيا`,
			`أعلنت وزارة الخارجية الايطالية، اليوم (الاثنين)، ان اربعة ايطاليين يعملون في مجال البناء خطفوا في ليبيا.`,
			"2015-07-21 12:00", "abduction-forced-disappearance", true},
		// AL-internationalNews-1744-20180623 (corpus): the captor before the verb.
		{"the Houthis abduct a young man", "AL-internationalNews-1744-20180623", `أجبره الحوثيون على القتال معهم فاحتال عليهم`,
			`وذكرت مواقع إخبارية يمنية أن الانقلابيين اختطفوا شاباً من محافظة إب وسط البلاد، وأجبروه بالقوة على التوجه للقتال في صفوفهم، بمعركة الحديدة.`,
			"2018-06-23 12:00", "abduction-forced-disappearance", true},
		// SK-middleEast-1305-20180428 (corpus): the 2015 hostages of a ransom story.
		{"hostages of a ransom deal in a relative clause", "SK-middleEast-1305-20180428", `الإرهابيون الذين حصلوا على المال القطري في "صفقة المليار"`,
			`رغم التنصل القطري من الصلات بالإرهاب ومحاولات الدوحة للظهور بدور المكافح له، تثبت الوقائع على الأرض أن النظام القطري قدم أكثر من مليار دولار لإرهابيين، في صفقة للإفراج عن قطريين اختطفوا في العراق.`,
			"2018-04-28 12:00", "abduction-forced-disappearance", false},
		// SK-middleEast-2601-20180627 (pool, adjudicated: no abduction).
		{"bodies found of people abducted earlier", "SK-middleEast-2601-20180627", `مجزرة داعشية "تفسخ" أجساد 8 عراقيين`,
			`عثرت قوات الأمن العراقية، الأربعاء، على 8 جثث قرب طريق بغداد كركوك، بينهم 6 أشخاص خطفوا على يد "داعش"، ظهروا في فيديو للتنظيم الأسبوع الماضي.`,
			"2018-06-27 12:00", "abduction-forced-disappearance", false},
		// BB-internationalNews-661-20180617 (corpus): a phone snatched.
		{"thieves snatch a phone", "BB-internationalNews-661-20180617", `وزير داخلية بريطانيا يعترف: لصوص الدراجات النارية سرقوا هاتفي`,
			`وقال الوزير في مقابلة مع صحيفة "ذا صن أون صنداى" البريطانية، إنه كان يتصل بسيارة أجرة خارج محطة يوستن، عندما لحقه اللصوص على الرصيف وخطفوا هاتفه وهربوا بسرعة.`,
			"2018-06-17 12:00", "abduction-forced-disappearance", false},
	})
}
