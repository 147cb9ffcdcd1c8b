package facets

import (
	"testing"
	"time"
)

// TestActorOwnMilitias39 pins militias named by a possessive pronoun joined
// to their owner (regimeMilitiaMentions, actors_match.go): the feminine
// pronoun that agrees with the regime's forces ("قوات النظام السوري
// وميليشياتها"، audit 39e's own sample SK-middleEast-2944), the adjective
// "السوري" between the lexicon's "قوات النظام" and the pronoun (the
// masculine form, SK-middleEast-2540), and Iran named with its own
// militias ("وتدخلت إيران وميليشياتها لإنقاذ النظام", SK-middleEast-1735),
// a party where its bare name is none.
//
// Guards: another owner's militias (the Houthis', Hezbollah's) give
// neither; Iran's bare name in diplomacy stays out; a comma between the
// owner and its militias breaks the phrase.
func TestActorOwnMilitias39(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2944-20180717", title: "إسرائيل تصد عشرات النازحين السوريين قرب الجولان",
			text: "وتواصل قوات النظام السوري وميليشياتها، التقدم باتجاه الشريط الحدودي مع الجولان بعد السيطرة على مدينة الحارة وعدة قرى محيطة.",
			want: []string{"syrian-government", "pro-government-militias"}},
		{id: "SK-middleEast-2540-20180622", title: "نزوح الآلاف من ريف درعا",
			text: "وكان عدد من قوات النظام السوري وميليشياته قد قتلوا وأصيب آخرون، الجمعة، بقصف لفصائل المعارضة السورية استهدف مواقع عسكرية.",
			want: []string{"syrian-government", "pro-government-militias"}},
		{id: "SK-middleEast-2953-20180717", title: "قصف على ريف القنيطرة",
			text: "وتسيطر قوات النظام وميليشياتها الإيرانية على كامل محافظة درعا، ما عدا مدينة نوى وبلدة الشيخ سعد.",
			want: []string{"syrian-government", "pro-government-militias"}},
		{id: "SK-middleEast-1735-20180516", title: "الأسد يعيد تشكيل جيشه",
			text: "دمرت الحرب معظم الجيش السوري.\nوتدخلت إيران وميليشياتها، لإنقاذ النظام من الانهيار، وكذلك موسكو تدخلت بالنيابة عن الأسد.",
			want: []string{"iran"}},
		{id: "2015-08-06-339", title: "أحرار الشام تطالب بإشعال الجبهات",
			text: "كما طالبت الحركة جميع الفصائل بإشعال الجبهات وخاصة في دمشق ومحيطها من أجل فرض واقع جديد على إيران وميليشياتها.",
			want: []string{"iran"}},
		// Guards.
		{id: "guard-houthi-militias", title: "اليمن",
			text: "وجاءت الضربة صفعة قوية للحوثي وميليشياته من قبل قوات الشرعية.",
			not:  []string{"iran", "pro-government-militias"}},
		{id: "guard-hezbollah-militias", title: "لبنان",
			text: "وتابع متابعة حزب الله وميليشياته مسارهما الدموي في المنطقة.",
			not:  []string{"iran", "pro-government-militias"}},
		{id: "guard-iran-diplomacy", title: "الاتفاق النووي",
			text: "وقالت طهران إنها ستواصل المحادثات مع الدول الأوروبية بشأن الاتفاق النووي مع إيران.",
			not:  []string{"iran"}},
		{id: "guard-comma", title: "مقال",
			text: "رغم كل جرائم الأسد المختبئ في دمشق تحت حماية إيران، وميليشياتها الشيعية، ورغم تشريد ملايين السوريين.",
			not:  []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
