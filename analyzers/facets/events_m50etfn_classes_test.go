package facets

import "testing"

// TestEventTypesM50etfn pins the round-50 reader m50etfn's bombing named as
// a deed done (blastNamed, events_blastnamed.go): below the lead a bare
// التفجير weighed 1, under the type's minimum, so the reactions and
// columns that name the Asir emergency-forces mosque bombing of August 2015
// there went untyped. Named as the incident or the crime ("حادث التفجير")
// or judged by its adjective ("التفجير الغاشم"، "التفجير الآثم") it weighs
// as the phrase "التفجير الإرهابي" does; and the wounded of it ("بزيارة
// لمصابي التفجير", woundedOfBlast) tell a bombing done. The true rows fail
// on main. Guards:
// the indefinite construct that names an older bombing by its target
// (Lockerbie's airliner, Kuwait's Imam Sadiq mosque, the World Trade
// Center's towers), and a bombing planned.
func TestEventTypesM50etfn(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a press club condemns the incident of the bombing", "2015-08-07-368", "نادي الصحافة الفضائية يستنكر",
			`د. صالح الشاديفي بيان عاجل صدر عن نادي الصحافة الفضائية أمس الخميس. أدان النادي حادث التفجير الجبان واللا إنساني الذي تعرض له المصلون في طوارئ أبها في المملكة العربية السعودية.
وعبر النادي باسم أعضائه من الإعلاميين والصحافيين العرب عن أسفه الشديد واستنكاره لمثل تلك الممارسات غير الأخلاقية واللادينية.`,
			"2015-08-07 12:00", "remote-explosive-landmine-ied", true},
		{"the martyrs of the bombing judged", "2015-08-11-1366", "الحجري: التفجير من أعمال الخوارج",
			`أوضح رئيس فرع الإفتاء بمنطقة عسير الشيخ الدكتور سعد بن سعيد الحجري، أن الفكر الإرهابي لم يراع حرمة المساجد وحرمة الدماء المعصومة.
وأضاف أن ما حدث دليل واضح أنه عمل من أعمال الخوارج.
جاء ذلك خلال زيارته صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير، حيث قدم تعازيه لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في شهداء التفجير الغاشم لمسجد قيادة قوة الطوارئ الخاصة بعسير.`,
			"2015-08-11 12:00", "remote-explosive-landmine-ied", true},
		{"this sinful bombing", "2015-08-07-1200", "علماء ومفكرون: الجريمة من أعمال خوارج مارقين يستبيحون الدماء فيسفكونها",
			`أكد عدد من العلماء والمفكرين أن الجريمة من أعمال خوارج مارقين.
وأضافوا أنهم يستبيحون الدماء فيسفكونها.
وقال الدكتور الدريس إن هذا التفجير الآثم قاتل للأنفس المعصومة سواء استهدف رجال أمننا أو غيرهم.`,
			"2015-08-07 12:00", "remote-explosive-landmine-ied", true},
		{"the wounded of the bombing visited", "2015-08-10-1284", "مدير الأمن العام يزور مصابي قوات الطوارئ.. وينقل تحيات نائب خادم الحرمين",
			`إنفاذاً لتوجيهات نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف، قام مدير الأمن العام الفريق عثمان المحرج بزيارة لمصابي التفجير الذي حدث في مسجد قوات الطوارئ بمنطقة عسير، وذلك في مستشفى قوى الأمن بالرياض أمس.`,
			"2015-08-10 12:00", "remote-explosive-landmine-ied", true},
		{"guard: an airliner's bombing of 1988 recalled by its target", "BB-culture-188-20180605", "تفجير لوكربي في دراما تلفزيونية",
			`أفاد موقع هوليوود ريبورتر بأن الاستعدادات جارية في القناة الرابعة البريطانية لإنتاج عمل درامي.
ويتولى المخرج كيفن ماكدونالد، الحائز على جائزة الأوسكار، مسؤولية المشروع الفني الذي كُتب في الأصل ليكون فيلما.
ويجسد المسلسل التلفزيوني قصة حادث تفجير الطائرة وما انتشر عنه من نظريات المؤامرة.`,
			"2018-06-05 12:00", "remote-explosive-landmine-ied", false},
		{"guard: Kuwait's mosque bombing recalled", "2015-08-02-146", "بعد 25 عامًا من الغزو العراقي.. هواجس الكويتيين من جارة أخرى",
			`قبل ربع قرن أمر الرئيس العراقي السابق صدام حسين جيشه بغزو الكويت.
واستمر الاحتلال العراقي للكويت فترة 7 أشهر.
وتذكر الكويتيون حين تلاحم المجتمع للوقوف ضد الإرهاب بعد حادثة تفجير مسجد الإمام الصادق.`,
			"2015-08-02 12:00", "remote-explosive-landmine-ied", false},
		{"guard: the twin towers' bombing in a book review", "2015-08-08-1076", "كيف يُغسل دماغ الإرهابي؟.. و«صناعة الإرهابي الداخلي»",
			`تناول الطبيب النفسي في كتابه العوامل التي تؤدي إلى أن يتحول بعض الأفراد إلى إرهابيين.
إنَّ الإرهاب فعل عنيف ضد أشخاص مدنيين.
أجمع شهود عيان في حادث تفجير برجيْ مركز التجارة العالمي على وصفه بعبارات تبين غرابته.`,
			"2015-08-08 12:00", "remote-explosive-landmine-ied", false},
	})
}
