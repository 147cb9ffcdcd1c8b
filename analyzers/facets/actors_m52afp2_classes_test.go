package facets

import (
	"testing"
	"time"
)

// TestTheatrelessUSNoActor pins round 52's m52afp2 class: the United
// States' army, navy, Pentagon or troops in a story that names no theatre
// of war (no Syrian or Iraqi word, no word of theatreWords, no actor but
// foreign states and civilians) and tells no attack in its title or first
// paragraph take part in no armed conflict, and round 45's ruling rul45a-1
// codes no usa there; the pool and the blind codings code none in such
// articles (13 values, 0 coded); theatrelessUS, actors_theatreless.go. The
// not rows fail on main, where a word of war or harm anywhere in the text
// (warlessState's vetoes: "القتال"، "عمليات"، "هجوم") kept the state.
// Guards: soldiers shot at home in the lead, troops in Iraq, operations
// against ISIS.
func TestTheatrelessUSNoActor(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// Trump's memo barring some transgender people from service: the army's service rules, no war.
		{id: "SK-internationalNews-560-20180324", title: "أميركا.. حظر جزئي على \"المتحولين\" من الخدمة العسكرية",
			text: "وقع الرئيس الأمريكي دونالد ترامب مذكرة تحظر على بعض المتحولين جنسيا الخدمة في جيش الولايات المتحدة لكنها تعطي للقوات المسلحة حرية التصرف في تنفيذ السياسات.\nوأضاف:\"ستمكن هذه السياسة الجديدة الجيش من تطبيق معايير عقلية ونفسية راسخة... بنفس القدر على كل الأفراد الذين يودون الانضمام والقتال في صفوف القوة العسكرية الأفضل على مستوى العالم\".",
			not:  []string{"usa"}},
		// the first F-35B squadron declared ready: no war.
		{id: "2015-08-01-10", title: "البحرية الأمريكية تعلن أن أول سرب من المقاتلة إف-35 جاهز للقتال",
			text: "قالت وزارة الدفاع الأمريكية (البنتاجون) اليوم الجمعة أن قائد قوات مشاة البحرية الأمريكية الجنرال جوزيف دنفورد أعلن أن أول سرب يتكون من عشر مقاتلات من طراز إف-35 بي من إنتاج شركة لوكهيد مارتن جاهز للقتال.\nوقال دنفورد في بيان \"قدرة إف-35 بي على القيام بعمليات من مدارج طائرات في الخارج او من على حاملات طائرات متمركزة في البحر توفر لبلدنا أولى مقاتلاتها من الجيل الخامس\".",
			not:  []string{"usa"}},
		// the army leaves its Seoul headquarters; the alliance deters an attack that never came (rul45a-1: the Korean war ended decades ago).
		{id: "SK-internationalNews-2386-20180629", title: "الجيش الأميركي ينهي 70 عاما من الوجود في سول",
			text: "أغلق الجيش الأميركي رسميا، الجمعة، مقره الموجود في عاصمة كوريا الجنوبية، سول، منذ 70 عاما وسط انفراجة في شبه الجزيرة الكورية.\nومثلت حامية \"يونغسان\" رمزا للتحالف بين واشنطن وكوريا الجنوبية لردع أي هجوم من كوريا الشمالية، لكن وجودها في منطقة عقارية مميزة في سول أثار مشاعر معادية لأميركا.",
			not:  []string{"usa"}},
		// Guard: soldiers shot at home in the lead are an attack's targets (leadAttack).
		{id: "guard-tennessee", title: "منفذ هجوم تينيسي أردني ولد في الكويت",
			text: "أكدت المعلومات الأولية أن منفذ عملية إطلاق النار على مركزين عسكريين للجيش الأميركي في ولاية تينيسي، أول من أمس، أردني ومن مواليد الكويت، وقد قتل في الحادث 4 جنود من المارينز.",
			want: []string{"usa"}},
		// Guard: troops in Iraq are in a war (iraqWords).
		{id: "guard-iraq", title: "البنتاغون يعلن خفض عدد قواته",
			text: "أعلنت وزارة الدفاع الأميركية أنها ستخفض عدد جنودها المنتشرين في العراق خلال الأشهر المقبلة، بعد انتهاء العمليات القتالية الكبرى.",
			want: []string{"usa"}},
		// Guard: operations against ISIS name a party of the war.
		{id: "guard-isis", title: "الجيش الأميركي يرسل سفنا إلى الخليج",
			text: "أعلنت وزارة الدفاع الأميركية أنها أرسلت حاملة طائرات إلى الخليج.\nوقال مسؤول إن القوات الأميركية ستواصل عملياتها ضد تنظيم داعش.",
			want: []string{"usa", "isis"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
