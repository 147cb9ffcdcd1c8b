package facets

import (
	"testing"
	"time"
)

// TestActorChemicalProgramme pins round 47's m47state class: the regime
// named by its chemical programme or arsenal ("البرنامج الكيماوي السوري"،
// "برنامج الأسلحة الكيماوية السوري"، "كيماوي سوريا"), which every pool and
// blind line whose text holds the phrase codes as syrian-government
// (chemicalProgrammeMentions, actors_chemprogramme.go). The want rows fail
// on main.
//
// Guards: the definite chemical word before Syria's name is the OPCW's own
// name and the country its inspectors visit ("منظمة حظر الأسلحة الكيميائية
// سوريا"); a chemical attack "بسورية" is told where it fell, not whose arms
// it used.
func TestActorChemicalProgramme(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-606-20180414", title: "",
			text: "قال مسؤولان بالإدارة الأمريكية، السبت، إن الضربات التي تم توجيهها ضد أهداف للبرنامج الكيماوي السوري لن تكون نهاية الرد الأمريكي على حد تعبيره.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-614-20180414", title: "ماتيس: استهدفنا ما سيؤذي الكيماوي السوري بضعف أسلحة العام الماضي",
			text: "قال وزير الدفاع الأمريكي، جيمس ماتيس، إن بلاده استهدفت مواقع يعتقد أنها ستؤذي برنامج الأسلحة الكيماوية السوري.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-3092-20180725", title: "واشنطن تعاقب مرتبطين بـ\"الكيماوي السوري\"",
			text: "أعلنت وزارة الخزانة الأميركية، الأربعاء، فرض عقوبات على كيانات وأفراد.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-889-20180410", title: "كيماوي سوريا.. واشنطن تدرس \"ردا عسكريا جماعيا\" وأهداف محتملة",
			text: "قال مسؤولون أميركيون إن أي خطط لهجوم محتمل قد تركز على أهداف مرتبطة ببرنامج الأسلحة الكيماوية السوري.",
			want: []string{"syrian-government"}},
		// Guards.
		{id: "BB-middleEast-328-20180411", title: "",
			text: "ومن المقرر أن يزور فريق من منظمة حظر الأسلحة الكيميائية سوريا \"قريبا\" لتحديد ما إذا كانت أسلحة كيميائية قد استخدمت.",
			not:  []string{"syrian-government"}},
		{id: "corpus: an attack in Syria", title: "",
			text: "وطالبت الدول الغربية بتحقيق مستقل في هجوم كيماوي بسورية الشهر الماضي.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorTurkeyOpensBases pins round 47's m47state class: Turkey opening
// its airbases (Incirlik) to the coalition's or the US's aircraft against
// ISIS, which the golds code as turkey (turkeyBasesMentions,
// actors_turkeybases.go). The want rows fail on main.
//
// Guards: a base only used by others ("أن تستعمل الطائرات الأميركية قاعدة
// إنجيرليك", coded without turkey; "يستخدم الناتو قاعدة إنجرليك") is not
// opened by Turkey; an opening with no Turkey or Incirlik in the sentence
// is another state's.
func TestActorTurkeyOpensBases(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-24-1357", title: "تركيا تفتح قاعدة انجرليك أمام طائرات التحالف الدولي ضد داعش",
			text: "أفادت تقارير إخبارية بأنه من المتوقع أن تكون القاعدة جاهزة مطلع الشهر المقبل.",
			want: []string{"turkey"}},
		{id: "2015-08-06-445", title: "وزير الخارجية التركي : سنبدأ محاربة شاملة ضد \"داعش\"",
			text: "ونقلت وكالة أنباء \"الأناضول\" التركية عنه القول إن \"فتح قاعدة إنجيرليك في ولاية أضنة (جنوب) ، قطع شوطا من الناحية الفنية ، بموجب الاتفاق المبرم مع الولايات المتحدة.",
			want: []string{"turkey"}},
		// Guards.
		{id: "2015-08-03-178", title: "",
			text: "وافق الجانب التركي (بعد جدل سنوات) على أن تستعمل الطائرات الأميركية قاعدة إنجيرليك التركية لضرب تنظيم «داعش» في سوريا والعراق.",
			not:  []string{"turkey"}},
		{id: "corpus: another state's bases", title: "",
			text: "وقال الوزير إن بلاده مستعدة لفتح قواعدها أمام طائرات التحالف الدولي ضد داعش.",
			not:  []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorIranianElements pins round 47's m47state class: Iran's
// "elements" and the militias the regime fields for it, named by Iran's
// adjective ("العناصر الإيرانية"، "قوات النظام وميليشياتها الإيرانية"),
// stated as fact in Syria, which the golds code as iran (round 45 ruling
// rul45b-1(b)); forcePhraseMentions read neither noun as a force's head
// (iranMenNouns, actors_forces.go). The want rows fail on main.
//
// Guard: the nouns head Iran's phrase alone; "عناصر تركية تابعة لجهاز
// الاستخبارات" returning Gülen's followers from Kosovo are spies, no force.
func TestActorIranianElements(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1082-20180417", title: "",
			text: "وكان التلفزيون السوري أعلن في وقت سابق عن ضربات صاروخية استهدفت مطار الشعيرات قرب شرق محافظة حمص، حيث أكبر القواعد التي تستخدمها العناصر الإيرانية، وحزب الله في سوريا.",
			want: []string{"iran"}},
		{id: "SK-middleEast-2953-20180717", title: "قوات النظام تقصف نوى السورية وخروج المستشفى الوحيد عن الخدمة",
			text: "وتسيطر قوات النظام وميليشياتها الإيرانية على كامل محافظة درعا، ما عدا مدينة نوى وبلدة الشيخ سعد ومحيطها.",
			want: []string{"iran"}},
		// Guard.
		{id: "SK-internationalNews-685-20180330", title: "\"ترحيل الأتراك\" يطيح وزير داخلية كوسوفو",
			text: "وكانت وسائل إعلام تركية ذكرت أن عناصر تركية تابعة لجهاز الاستخبارات قامت، الخميس، بإعادة 6 أشخاص يشتبه بأنهم يؤيدون الداعية فتح الله غولن إلى تركيا.",
			not:  []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
