package facets

import (
	"testing"
	"time"
)

// TestActorPublicOrder39t pins "النظام" that means order or a system, not
// the Syrian regime (orderBefore and otherOrder, actors_regimeorder.go): the object of
// "حفظ" ("قوات حفظ النظام"، "عمليات حفظ النظام"), the pair "الأمن
// والنظام", a force "لفرض النظام", and "النظام" right before an adjective
// that makes it a system ("النظام العام"، "بالنظام العام"، "النظام
// الدولي"، "النظام الغذائي"). aud39t's sample codes no regime in Iraq's
// Basra deployment (BB-middleEast-724); none of the corpus articles the
// rule moves names the regime as a party.
//
// Guards: the regime as the subject of a deed ("بينما يبسط النظام
// سيطرته العسكرية على شرقها بعد معارك"، "وفرض النظام حصارا على
// المدينة"), and the regime a force protects, with no system adjective
// after it ("لحماية النظام من السقوط").
func TestActorPublicOrder39t(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-724-20180714", title: "احتجاجات العراق: العبادي يضع قوات الجيش والأمن في حالة تأهب قصوى",
			text: "ونقلت وكالة رويترز للأنباء عن مصادر أمنية لم تسمها قولها إن قوات لفرض النظام مكونة من قوات مكافحة الإرهاب والفرقة التاسعة من الجيش العراقي قد نشرت لحماية الحقول والمنشآت النفطية في محافظة البصرة.",
			want: []string{"iraqi-forces"}, not: []string{"syrian-government"}},
		{id: "FR-internationalNews-745-20180415", title: "فرنسا: صدامات بين متظاهرين وقوات الأمن في مدينتي نانت ومونبلييه",
			text: "في سياق آخر، نشبت صدامات بين قوات حفظ النظام ومحتجين جاؤوا من مختلف القطاعات خلال مظاهرة ضد الحكومة في مدينة مونبلييه (جنوب)، شارك فيها بين ألف وألفي شخص يوم السبت.",
			not:  []string{"syrian-government"}},
		{id: "2015-08-06-734", title: "قوات الطوارئ السعودية.. 50 عاماً من مكافحة الإرهاب وخدمة الحجاج",
			text: "وتستخدم قوات الطوارئ الخاصة في عمليات حفظ النظام كتفريق المظاهرات، وإنقاذ الرهائن والمخطوفين ومقاومة الاعتصام.",
			not:  []string{"syrian-government"}},
		{id: "2015-08-08-639", title: "«قوات الطوارئ الخاصة».. درع مكافحة الإرهاب ومظلة أمن الحجاج والمعتمرين",
			text: "وتقوم تلك القوات بأي مهمات أخرى تكلف بها، كإسناد قوات الشرطة في مختلف المناطق عند الضرورة، وتسهم مع غيرها من القوات الأخرى في المحافظة على الأمن والنظام وخصوصًا في مواسم الحج والعمرة.",
			not:  []string{"syrian-government"}},
		{id: "2015-07-25-1536", title: "القوات التركية تقصف أهدافاً لـ\"داعش\" و\"بي كا كا\" في سوريا والعراق",
			text: "وقالت المنسقية إن قوات الأمن أوقفت، منذ أمس الجمعة، 320 شخصاً من المنتمين إلى تنظيمي \"داعش\"، و\"بي كا كا\" الإرهابيين، وتنظيمات موالية لها ومجموعات يسارية متطرفة، تقوم بأنشطة تهدد النظام العام، وتنفذ وتُعد لهجمات مسلحة ضد المواطنين وقوات الأمن.",
			not:  []string{"syrian-government"}},
		{id: "CN-middleEast-70-20180223", title: "هذه تهم النيابة المصرية للمعتقلين بمزرعة أبوالفتوح",
			text: "وأردف التقرير أن من التهم \"اعتناق أفكار تكفير الحاكم وتغيير نظام الحكم بالقوة والاعتداء على أفراد القوات المسلحة والشرطة ومنشآتهما، بهدف الإخلال بالنظام العام وتعريض سلامة المجتمع وأمنه للخطر\".",
			not:  []string{"syrian-government"}},
		{id: "BB-sport-142-20180503", title: "كيف تستعد كييف لاستقبال نهائي دوري أبطال أوروبا؟",
			text: "وقال نائب وزير الداخلية: \"سيكون هناك نحو ثلاثة آلاف جندي من الحرس الوطني لحماية النظام العام، فضلا عن قوات شرطة من كييف ومناطق أخرى\".",
			not:  []string{"syrian-government"}},
		{id: "SK-technology-1468-20180912", title: "أبل تكشف ساعتها الذكية \"ووتش 4\" بمميزات صحية",
			text: "وإلى جانب ذلك تقيس الساعة معدل ضربات القلب، وتوفر معلومات عن النظام الغذائي الخاص بمستخدمها.",
			not:  []string{"syrian-government"}},
		// Guards.
		{id: "guard-regime-extends", title: "اتفاق الجنوب السوري",
			text: "ويقضي الاتفاق بسيطرة فصائل تابعة للجيش السوري الحر على مدن وبلدات غرب الطريق، بينما يبسط النظام سيطرته العسكرية على شرقها بعد معارك.",
			want: []string{"syrian-government"}},
		{id: "guard-regime-imposes", title: "الحصار على المدينة",
			text: "وفرض النظام حصارا على المدينة في 2012 وقصفت قواته أحياءها.",
			want: []string{"syrian-government"}},
		{id: "guard-regime-protected", title: "التدخل الروسي في سوريا",
			text: "وتدخلت القوات الروسية عسكريا في سوريا عام 2015 لحماية النظام من السقوط أمام فصائل المعارضة.",
			want: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
