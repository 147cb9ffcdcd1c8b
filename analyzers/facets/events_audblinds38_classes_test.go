package facets

import "testing"

// TestEventTypesAudblinds38 pins a round-38 blind audit's missed bombing:
// a terrorist incident the title or lead names by its deed alone ("الحادث
// الإرهابي"، "العمل الإرهابي") in an article that names the blast only
// further down (incidentType), and a bomber told blowing himself up with
// the verbal noun ("قام بتفجير نفسه", selfBlastTold). The want rows are
// corpus sentences that fail on main. Guards: a bank robbery called "حادثة
// إرهابية" over an older bus bombing, and a terrorist incident named only
// past the lead.
func TestEventTypesAudblinds38(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a terrorist incident in the lead, its blast further down", "2015-08-08-608", `الشهيد عمر أبو شوشة.. كان يحلم بالمستقبل.. فاغتاله الغادرون وهو يصلي`,
			`أدى الحادث الإرهابي الغادر الذي وقع في مسجد داخل مقر قوات الطوارئ الخاصة بعسير إلى استشهاد 12 من رجال الأمن بقوات الطوارئ الخاصة.
وكان وقت التفجير بالمسجد حيث كان من المنتظر أن يغادر المعسكر متجها إلى قريته بعد صلاة الظهر.`,
			"2015-08-08 12:00", "remote-explosive-landmine-ied", true},
		{"a terrorist act condemned in the title", "2015-08-07-1177", `مدير تعليم الأفلاج يُدين العمل الإرهابي الآثم`,
			`أدان مدير التعليم بمحافظة الأفلاج ما حدث من تفجير بمسجد قوات الطوارئ الخاصة في أبها.`,
			"2015-08-07 12:00", "remote-explosive-landmine-ied", true},
		{"a bomber who blew himself up, told with the verbal noun", "2015-08-10-616", `أبناء عسير: مصطفون خلف القيادة في مواجهة الجبناء`,
			`استنكر أبناء منطقة عسير الحادث الإرهابي الجبان الذي وقع في مسجد قوات الطوارئ الخاصة بمدينة أبها يوم أمس الأول، أثناء أداء عدد من ضباط وأفراد قوات الطوارئ الخاصة لصلاة الظهر، حيث تسلل بينهم احد الإرهابيين وأثناء الصلاة قام بتفجير نفسه في بيت من بيوت الله.`,
			"2015-08-10 12:00", "suicide-bomb", true},
		{"a robbery called a terrorist incident over an older bombing", "SK-middleEast-3223-20180801", `"سطو إرهابي" على بنك تونسي.. والأمن يروي التفاصيل`,
			`ذكرت مصادر أمنية أن عملية السطو المسلح على بنك في محافظة القصرين التونسية الواقعة على الحدود مع الجزائر، اتضح أنها "عمل إرهابي".
ونقلت الوكالة عن المصادر قولها إن عملية السطو على فرع أحد البنوك الواقعة بمدينة القصرين هي حادثة إرهابية نفذها 11 عنصرا إرهابيا.
وفي هجوم آخر وقع في نهاية 2015، قُتل 14 من الحرس الرئاسي عندما فجر مهاجم حافلتهم.`,
			"2018-08-01 12:00", "remote-explosive-landmine-ied", false},
		{"a terrorist incident named only past the lead", "probe-s38", `جامعة تنظم ملتقى عن الأمن الفكري`,
			`نظمت الجامعة ملتقى عن الأمن الفكري بمشاركة عدد من الأكاديميين.
وناقش المشاركون أثر وسائل التواصل الاجتماعي في تجنيد الشباب.
وتطرق أحد المتحدثين إلى الحادث الإرهابي في مسجد القديح وإلى خطر التفجير في دور العبادة.`,
			"2015-08-10 12:00", "remote-explosive-landmine-ied", false},
	})
}
