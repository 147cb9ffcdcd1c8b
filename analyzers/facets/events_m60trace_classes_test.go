package facets

import "testing"

// 2015-07-27-233, whole: the Kurds' advance is the title and the lead; the
// army's seizure of a quarter is told once, in the second paragraph.
const (
	m60traceHasakahTitle = `الأكراد يدحرون تنظيم داعش في الحسكة`
	m60traceHasakahBody  = ` حققت القوات الكردية الاحد تقدما في مدينة الحسكة حيث بات تنظيم داعش محاصرا في منطقتين في هذه المدينة الكبيرة في شمال شرق سوريا، وفق المرصد السوري لحقوق الانسان ووكالة الانباء السورية (سانا). ونقلت وكالة "سانا" عن محافظ الحسكة محمد زعلل العلي قوله "ان الجيش والقوات المسلحة والقوى الوطنية المؤازرة في المرحلة الاخيرة من اعلان مدينة الحسكة آمنة بشكل كامل".
وقال المرصد السوري لحقوق الانسان ان الجيش مدعوما بقوات موالية له سيطر على منطقة سكن الشبابي في جنوب الحسكة، وان القوات الحكومية قطعت طرق الامداد بين موقعي تنظيم داعش في المدينة. في هذه الاثناء تقدمت القوات الكردية وسيطرت تماما على حي النشوة الغربية وعزلت مقاتلي التنظيم المتطرف. وقال مدير المرصد السوري رامي عبد الرحمن ان قوات التنظيم لم تعد متواجدة سوى في حيي الشريعة والزهور الصغيرين. `
)

// m60traceLead is a neutral two-sentence lead, so the row's sentence stands
// in the body, past the lead's weight, as in the articles it is taken from.
const m60traceLead = "وصل الوزير الأحد إلى المدينة. وقال المحافظ إن الوضع هادئ.\n"

// TestEventTypesM60traceLoneSeizedRegain pins the round-60 reader
// m60trace's rule (loneSeizedRegain, events_loneseized.go): a government's
// regain told once, in the body, by a finite past verb of seizing (سيطر،
// سيطرت، وسيطرت) reaches the score floor. The true rows fail on main.
// Guards: the verb in a when-, after- or relative clause, or with the place
// taken named before it (عليه، خلالها), stays under the floor, and so does
// a lone masdar of purpose.
func TestEventTypesM60traceLoneSeizedRegain(t *testing.T) {
	const regain = "government-regains-territory"
	checkTypes(t, []typeCase{
		{"the army's seizure of a Hasakah quarter, told once in the body", "2015-07-27-233", m60traceHasakahTitle, m60traceHasakahBody, "2015-07-27 12:00", regain, true},
		{"pro-government forces seized the airport, after a neutral lead", "adapted from 2015-07-21-1629", "حكومة اليمن: قوات الحوثي تقصف عدن",
			m60traceLead + "وكانت تلك القوات وقوات الجيش اليمني الموالية للرئيس عبد ربه منصور هادي سيطرت على مطار عدن وعلى مناطق رئيسية اخرى في تقدم مفاجئ الاسبوع الماضي.", "2015-07-21 12:00", regain, true},
		{"the government forces seized a tunnel network, after a neutral lead", "adapted from SK-middleEast-1315-20180429", "ترقب قبل خروج المعارضة من 3 بلدات جنوبي دمشق",
			m60traceLead + "كما سيطرت القوات الحكومية على شبكة أنفاق كان أفراد التنظيم يستخدمونها للتنقل بين الحجر الأسود وحي القدم.", "2018-04-29 12:00", regain, true},
		{"guard: a when-clause's seizure is the story's past", "adapted from BB-middleEast-309-20180408", "أيتام من تركيا مشردون في العراق بعد مقتل آبائهم",
			m60traceLead + "عندما سيطر الجيش العراقي على مدينة تل عفر من أيدي مسلحي تنظيم الدولة استسلم 1700 من النساء والأطفال الأجانب للسلطات العراقية.", "2018-04-08 12:00", regain, false},
		{"guard: an after-clause's seizure is the background of the push", "adapted from FR-internationalNews-857-20180422", "سوريا: قصف عنيف على مخيم اليرموك وأحياء جنوب دمشق",
			m60traceLead + "وتسعى قوات النظام السوري لاستعادة كامل العاصمة وتأمين محيطها، بعدما سيطرت على الغوطة الشرقية التي بقيت لسنوات المعقل الأبرز للفصائل المعارضة قرب دمشق.", "2018-04-22 12:00", regain, false},
		{"guard: a relative clause's seizure names the group's past holding", "adapted from SK-middleEast-3637-20180911", "أذرع إيران الإرهابية",
			m60traceLead + "وكان الهدف المعلن هو حماية بغداد من تنظيم داعش الذي سيطر على الموصل والرمادي والأنبار والفلوجة.", "2018-09-11 12:00", regain, false},
		{"guard: the place named before the verb, its holder after", "adapted from SK-middleEast-2822-20180710", "بومبيو: روسيا خرقت الاتفاق في جنوب سوريا",
			m60traceLead + "وأعادت السلطات فتح معبر نصيب وهو معبر تجاري حيوي سيطر عليه المعارضون لمدة ثلاث سنوات.", "2018-07-10 12:00", regain, false},
		{"guard: a lone masdar of purpose stays under the floor", "adapted from FR-internationalNews-835-20180420", "سوريا: عملية عسكرية جنوب دمشق",
			m60traceLead + "وتأتي تلك العملية العسكرية في إطار سعي القوات الحكومية لاستعادة كامل العاصمة وتأمين محيطها.", "2018-04-20 12:00", regain, false},
	})
}
