package facets

import (
	"testing"
	"time"
)

// TestActorC56actQaedaIdiom pins round 56's corpus audit c56act class: the
// bare "القاعدة" in an idiom of the common noun "rule, base" (breaking,
// excepting, founding; qaedaRuleIdiom, actors_qaedaidiom.go) is no
// al-Qaeda. Every not row fails on main. Guards: the group after the
// exception word of a truce ("باستثناء القاعدة"), the group whose thorn is
// broken after its name, the group's bare name as a subject that speaks,
// and the group beside a foundation word in another sense.
func TestActorC56actQaedaIdiom(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-31-754", title: "اللوحات التشكيلية الواقعية.. الأب الروحي للمدارس الفنية",
			text: "يقول الكثير من الفنانين التشكيليين إن البيئة هي المدرسة الحقيقية للوحة والحكم الحقيقي على قدرات الفنان في كيفية بناء اللوحة من كل جوانبها وأسسها الأكاديمية التي تُعد القاعدة والمرتكز لأي عمل آخر يتم بأي أسلوب من الأساليب الحديثة.",
			not:  []string{"al-qaeda"}},
		{id: "2015-07-24-639", title: "سعودي يتقن اللهجة السودانية",
			text: "لم يكن الاهتمام الواسع للإعلام السوداني بالشاب السعودي عبدالله الدوسري بالغريب، كونه خالف القاعدة وأتقن اللهجة والعادات السودانية 100%.",
			not:  []string{"al-qaeda"}},
		{id: "2015-08-06-2432", title: "أندية «جميل» تكسر القاعدة وتحتفظ بأجهزتها الفنية..!",
			text: "احتفظت جل الأندية المشاركة في دوري جميل بأجهزتها الفنية للموسم المقبل.",
			not:  []string{"al-qaeda"}},
		{id: "AL-sport-489-20180308", title: "رسالة مؤثرة من مدرب إلى لاعبه الراحل",
			text: "وقال المدرب: «لم أعتد الحديث علنا عن أفكاري تجاه شخص ما، لكن في حالتك، أشعر بالحاجة إلى استثناء من القاعدة».",
			not:  []string{"al-qaeda"}},
		{id: "2015-08-06-1039", title: "الإعلام والمثقفون",
			text: "غير أن بعض الإعلاميين والمثقفين شكَّلوا شذوذاً عن القاعدة، بعد أن أصبحوا ممن يُشار لهم بالبنان لأسباب تفضيلية.",
			not:  []string{"al-qaeda"}},
		{id: "2015-07-21-1434", title: "الوعي الجمعي",
			text: "وهي الفكرة التي تحدث عنها كثيرا الفيلسوف ميشيل فوكو باستخدام القاعدة التي تنص على: \"البحث عن أصول الأشياء\".",
			not:  []string{"al-qaeda"}},
		// Guards.
		{id: "c56act-truce-except", title: "مجلس الأمن يقر هدنة في سوريا",
			text: "وتشمل الهدنة جميع الأراضي السورية باستثناء القاعدة وتنظيم داعش والجماعات المرتبطة بهما.",
			want: []string{"al-qaeda"}},
		{id: "c56act-thorn", title: "القوات اليمنية تتقدم في أبين",
			text: "تمكنت القوات الحكومية من طرد القاعدة وكسر شوكتها في أبين بعد معارك عنيفة أسفرت عن مقتل 10 من مسلحي التنظيم.",
			want: []string{"al-qaeda"}},
		{id: "c56act-says", title: "القاعدة تتبنى الهجوم",
			text: "قالت القاعدة في جزيرة العرب في بيان إنها نفذت الهجوم على معسكر الجيش في حضرموت الذي أسفر عن مقتل 12 جنديا.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
