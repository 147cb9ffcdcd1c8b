package facets

import (
	"testing"
	"time"
)

// TestActorTakeoverTime pins ISIS named only as the date of its takeover
// (takeoverTime, actors_takeover.go): "بعد سيطرة تنظيم داعش"، "قبل ظهور
// تنظيم داعش" count a story's time from the group's rise and tell no deed
// of it; the rows with not fail on main. The guards: land "تحت سيطرة
// داعش" struck or freed now, where no time word opens the clause.
func TestActorTakeoverTime(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-609-20180609", title: "اجتماع عربي رباعي في السعودية لبحث سبل دعم الأردن في مواجهة الأزمة الاقتصادية",
			text: "ويعاني الأردن أزمة اقتصادية فاقمها في السنوات الأخيرة تدفق اللاجئين من جارته سوريا بعد اندلاع النزاع عام 2011 وانقطاع إمدادات الغاز المصري وإغلاق حدوده مع سوريا والعراق بعد سيطرة تنظيم \"الدولة الإسلامية\" على مناطق واسعة فيهما.",
			not:  []string{"isis"}},
		{id: "AL-economy-788-20180610", title: "الاتحاد الأوروبي يقدم 20 مليون يورو إضافية للأردن",
			text: "ويعاني الأردن أزمة اقتصادية فاقمها في السنوات الأخيرة تدفق اللاجئين من جارته سوريا إثر اندلاع النزاع في عام 2011، وانقطاع امدادات الغاز المصري وإغلاق حدوده مع سوريا والعراق بعد سيطرة تنظيم #داعش على مناطق واسعة فيهما.",
			not:  []string{"isis"}},
		{id: "SK-middleEast-713-20180401", title: "مفاوضات لإحياء العمليات المشتركة بين التحالف والبشمركة",
			text: "وكانت العمليات المشتركة قائمة بين البشمركة والجيش العراقي وقوات التحالف الدولي منذ عام 2011 حتى عام 2014، قبل ظهور تنظيم داعش.",
			not:  []string{"isis"}},
		{id: "2015-07-21-464", title: "المياه تدخل قناة السويس الجديدة",
			text: "وبعد أحداث فرنسا وبعد العمليات الإرهابية في عدة بلدان وبعد ظهور داعش، بدأ العالم كله يشعر بمخاطر الإرهاب، وهذا ما سبق وحذر منه الرئيس السيسي».",
			not:  []string{"isis"}},
		// Guard: a village under the group's hold, struck now.
		{id: "SK-middleEast-1373-20180501", title: "قتلى بغارات على قرية تحت سيطرة داعش بسوريا",
			text: "أفاد المرصد السوري لحقوق الإنسان بمقتل 23 مدنيا على الأقل بينهم 10 أطفال، الثلاثاء، بغارات استهدفت قرية تحت سيطرة تنظيم داعش في شمال شرق سوريا قرب الحدود مع العراق.",
			want: []string{"isis"}},
		// Guard: land the coalition freed from the group's hold.
		{id: "CN-internationalNews-730-20181018", title: "البنتاغون ترد على بوتين بشأن ما قاله عن \"رهائن\" أمريكيين لدى داعش في سوريا",
			text: "وقال القائد روبرتسون \"على العكس، حرر التحالف أكثر من 99 في المائة من الأراضي التي كانت تحت سيطرة داعش\".",
			want: []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
