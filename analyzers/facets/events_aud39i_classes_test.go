package facets

import "testing"

// TestEventTypesSlainLeader pins the slain commander (events_slainleader.go):
// a state's force or its raid that kills a commander of an armed group,
// told in the title or lead with no weapon, ended a fight, an armed clash as
// killedFighters types fighters slain. The true rows fail on main (the
// killing word names a leader, not the fighters slainFighters counts, and
// the group stands past في or ب). Guards: a commander killed in an air
// strike is the strike's, and a commander of a militia no force is told
// killing is no clash.
func TestEventTypesSlainLeader(t *testing.T) {
	checkTypes(t, []typeCase{
		{"counter-terror forces kill an ISIS commander and foil an infiltration", "SK-middleEast-701-20180401", "تونس.. مقتل قائد بداعش وإحباط عملية تسلل",
			`قالت وزارة الداخلية التونسية في بيان، ليلة الأحد، إن قوات مكافحة الإرهاب في الحرس الوطني قتلت قائدا في تنظيم داعش المتشدد وأحبطت عملية تسلل لمسلحين شمال غربي البلاد.
وذكر بيان الوزارة أن "قوات مكافحة الإرهاب في الحرس الوطني أحبطت محاولة تسلل مجموعة من الإرهابيين باتجاه أحد التجمعات السكنية القريبة من سفح جبل السلوم من معتمدية حاسي الفريد وتحديدا بدوار الرُقبة".`,
			"2018-04-01 08:04", "armed-clash", true},
		{"a joint operation's raid kills an ISIS commander", "CN-internationalNews-194-20180329", "بكاميرا جندي.. عملية أمريكية مشتركة قتلت قائدا بداعش في أفغانستان",
			`(CNN) -- نشر الجيش الأمريكي فيديو درامي جديد، الثلاثاء، يُظهر مقطعاً نادراً لأفراد من العمليات الخاصة الأمريكية وقوات الأمن الخاصة الأفغانية أثناء إجرائهم مداهمة ليلية استهدفت مقاتلين تابعين إلى “داعش” في أفغانستان. وقال البنتاغون عن المقطع بأنه يوثق آخر عملية من سلسلة عمليات ضد "تنظيم داعش في ولاية خراسان"`,
			"2018-03-29 10:00", "armed-clash", true},
		{"guard: a commander killed in an air strike", "SK-middleEast-627-20180328", "الجيش الأميركي يكشف هوية الإرهابي القتيل بغارة جنوب ليبيا",
			`أعلن الجيش الأميركي، الأربعاء، مقتل القيادي في القاعدة موسى أبو داود، في الغارة الجوية التي شنتها طائرة أميركية على موقع للمتشددين جنوب ليبيا، السبت الماضي.`,
			"2018-03-28 12:00", "armed-clash", false},
		{"guard: a militia's commander reported killed, no force told", "SK-middleEast-375-20180319", "مقتل قائد ميداني بارز من ميليشيات حزب الله",
			`تحدثت وسائل إعلام لبنانية عن مقتل قيادي في ميليشيا حزب الله في سوريا يُدعى علي حسن ترحيني.
ويعتبر ترحيني أحد ابرز  قيادات حزب الله الميدانيين في سوريا وتحديدا في فوج الهندسة في ميليشيات الحزب.`,
			"2018-03-19 05:57", "armed-clash", false},
	})
}
