package facets

import (
	"testing"
	"time"
)

// TestActorAudGroups33 pins ISIS named only as the date of a story: its
// defeat or its era ("أول انتخابات منذ إعلان هزيمة تنظيم الدولة"، "في حقبة
// تنظيم داعش") makes no party of it (defeatEra, actors_match.go). The want
// rows fail on main; the guard keeps ISIS where its defeat is dated but it
// kills in the story. A military build-up ("الحشد العسكري") is no PMF.
func TestActorAudGroups33(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-495-20180512", title: "إغلاق مراكز الاقتراع في الانتخابات البرلمانية العراقية",
			text: "أغلقت مراكز الاقتراع في العراق أبوابها بعد إدلاء الناخبين بأصواتهم في أول انتخابات برلمانية منذ إعلان هزيمة تنظيم \"الدولة الإسلامية\".\n" +
				"وهذه هي الانتخابات التشريعية الرابعة منذ الإطاحة بصدام حسين من سدة الحكم عام 2003.",
			not: []string{"isis"}},
		{id: "2015-07-31-381", title: "رئيس بلدية روما يحذر من أعمال إرهابية تهدد العاصمة",
			text: "حذر انياسيو مارينو رئيس بلدية روما، اليوم (الخميس)، من «المخاطر الملموسة لوقوع أعمال ارهابية» في العاصمة الايطالية خلال اليوبيل.\n" +
				"وقال مارينو في مقابلة مع صحيفة \"كورييرا ديلا سييرا\" «إنه اليوبيل الاول الذي يجرى منذ 11 سبتمبر (أيلول) 2001 وفي حقبة تنظيم داعش».",
			not: []string{"isis"}},
		{id: "FR-internationalNews-1526-20180530", title: "العراق: سكان الموصل يستعيدون عاداتهم في أول رمضان بعد هزيمة تنظيم \"الدولة الإسلامية\"",
			text: "يستعيد سكان الموصل عاداتهم الرمضانية في أول شهر رمضان بعد هزيمة تنظيم \"الدولة الإسلامية\".",
			not:  []string{"isis"}},
		// The defeat's theatre after the name changes nothing.
		{id: "FR-internationalNews-1179-20180510", title: "فيديو: اللاجئون العراقيون في تركيا يصوتون للانتخابات التشريعية",
			text: "صوت اللاجئون العراقيون في تركيا الخميس في الانتخابات التشريعية التي تجريها بلادهم لأول مرة منذ إعلان هزيمة تنظيم \"الدولة الإسلامية\" في العراق. وفتحت تركيا 15 مكتبا انتخابيا لاستقبال الناخبين الذين يقدر عددهم بأكثر من مئة وأربعين ألف ناخب معظمهم لاجئون.",
			not:  []string{"isis"}},
		// "الحشد العسكري" is a build-up, not Iraq's PMF (nonactors.txt).
		{id: "FR-internationalNews-824-20180420", title: "التوتر في المنطقة.. يحرم إسرائيل من فرحة الاحتفال!!",
			text: "وتقول الصحيفة إنه \"أمام الحشد العسكري لقوات النظام وحلفائه ورفض تنظيم الدولة الاسلامية لإبرام اتفاق يجنب المدنيين العالقين في المنطقة القصف، تتزايد المخاوف حول مصير آلاف المدنيين من السوريين واللاجئين الفلسطينيين في مخيم اليرموك.",
			want: []string{"syrian-government"}, not: []string{"pmf"}},
		// Guard: the defeat dates the story, but ISIS kills in it.
		{id: "SK-middleEast-1639-20180513", title: "بعد أخطاء إلكترونية.. فرز الأصوات يدويا في كركوك",
			text: "وهذه أول انتخابات منذ هزيمة تنظيم داعش في البلاد. وجرت عملية التصويت في أجواء أمنية مستقرة نسبيا، خرقها انفجار تبناه داعش في كركوك، وأودى بحياة شخص.",
			want: []string{"isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
