package facets

import "testing"

// TestEventTypesAudblindf37 pins round 37's blind-sample fixes (part f):
// protesters killed in a protest told as the killing's setting, further
// from the protest word than protestForce's window (protestSettingKill),
// and an arrest a condemnation hopes for or trusts the police to make
// (arrestWished). The want rows are corpus sentences that fail on main.
// Guards: a killing that caused protests, an arrest made and then brought
// to justice ("وتمّ توقيفهم وتقديمهم للعدالة"), an arrest verb.
func TestEventTypesAudblindf37(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a girl killed on the tenth Friday of the return marches", "AL-internationalNews-1423-20180602", `إسرائيل تقتل مسعفة فلسطينية.. وأمها تغمر ثوبها باكية`,
			`وأعلنت وزارة الصحة الفلسطينية في غزة، مساء عن مقتل فتاة وإصابة أكثر من 100 في الجمعة العاشرة لمسيرات العودة وكسر الحصار.`,
			"2018-06-02 12:00", "excessive-force-against-protesters", true},
		{"Palestinians killed during protests at the border", "BB-middleEast-292-20180405", `إسرائيل: لا تغيير في قواعد الاشتباك عند حدود غزة`,
			`وقتلت القوات الإسرائيلية 17 فلسطينيا في غزة الأسبوع الماضي أثناء احتجاجات بالقرب من الحدود مع إسرائيل.`,
			"2018-04-05 12:00", "excessive-force-against-protesters", true},
		{"guard: police killings that caused protests", "BB-internationalNews-815-20180715", `غضب في مدن أمريكية`,
			`وكانت سلسلة من حوادث قتل الشرطة لرجال من ذوي البشرة السوداء، غير المسلحين، قد تسببت في موجة غضب واحتجاجات في مدن أمريكية.`,
			"2018-07-15 12:00", "excessive-force-against-protesters", false},
		{"the Gulf states trust the police to arrest the culprits", "2015-08-06-2404", `دول الخليج تدين تفجير مسجد عسير`,
			`وأعرب عن ثقته في كفاءة وقدرة الأجهزة الأمنية المختصة في المملكة العربية السعودية على كشف ملابسات هذه الجريمة الإرهابية البشعة ، والقبض على الجناة والجهات المحرضة وتقديمهم إلى القضاء العادل.`,
			"2015-08-06 12:00", "arrests", false},
		{"a minister hopes the perpetrators are arrested", "2015-08-07-1406", `إدانة أوروبية`,
			`وأعرب الوزير الألماني عن أمله في إلقاء القبض على مرتكبي هذا العمل الإجرامي وتقديمهم إلى المحاكمة.`,
			"2015-08-07 12:00", "arrests", false},
		{"guard: returnees arrested and brought to justice", "FR-internationalNews-1083-20180505", `المغرب يواجه عودة الجهاديين`,
			`ويوضح الخيام أن "أكثر من 200 بين هؤلاء الجهاديين عادوا إلى المغرب وتمّ توقيفهم وتقديمهم للعدالة".`,
			"2018-05-05 12:00", "arrests", true},
		{"guard: the police arrested the culprits", "guard", `الشرطة تعتقل منفذي الهجوم`,
			`وألقت الشرطة القبض على الجناة وتقديمهم إلى القضاء.`,
			"2018-05-05 12:00", "arrests", true},
	})
}
