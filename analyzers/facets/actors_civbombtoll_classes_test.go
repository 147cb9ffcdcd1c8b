package facets

import (
	"testing"
	"time"
)

// TestActorBombingDeadCounted pins a bombing's dead told by their count
// alone after a toll verb (bombTollMentions): a suicide attack on a
// Baghdad quarter, a suicide bomber at a Kabul registration centre, a car
// bomb in Salahuddin. Guards: a suicide attack whose dead are the regime's
// and the rebels' men, and a toll with no bomb.
func TestActorBombingDeadCounted(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1907-20180524", title: "",
			text: "والهجوم الانتحاري، الذي ضرب حي الشعلة، أبرز معاقل التيار الصدري في شمال بغداد، موقعا 4 قتلى، يطرح بتوقيته ومكانه علامات استفهام.",
			want: []string{"civilians"}},
		{id: "FR-internationalNews-855-20180422", title: "",
			text: "أدى هجوم انتحاري في كابول لسقوط عشرات القتلى والجرحى استهدف مركزا لتسجيل الناخبين على اللوائح الانتخابية في حي ذي غالبية شيعية في العاصمة الأفغانية.\n" +
				"قالت مصادر مسؤولة لوكالة الأنباء الفرنسية إن هجوما انتحاريا استهدف في كابول الأحد مركزا إداريا يمنح بطاقات التسجيل على اللوائح الانتخابية، ما أسفر عن سقوط 31 قتيلا و54 جريحا.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-3659-20180912", title: "",
			text: "انفجرت سيارة مفخخة، الأربعاء، في محافظة صلاح الدين شمالي العاصمة بغداد، الأمر الذي أسفر عن سقوط 5 قتلى على الأقل وإصابة 32 آخرين.\n" +
				"وذكر مركز الإعلام الأمني في بيان، أن الانفجار استهدف مطعما قرب قضاء بيجي في المحافظة، في هجوم لم تعلن أي جهة المسؤولية عنه حتى الآن، لكن تنظيم داعش الإرهابي يشن هجمات مماثلة في العراق.",
			want: []string{"civilians"}},
		// Guards.
		{id: "SK-middleEast-2834-20180710", title: "",
			text: "تبنى تنظيم داعش الإرهابي، الثلاثاء، هجوما انتحاريا أوقع 14 قتيلا من قوات النظام وفصائل المعارضة على حد سواء، في محافظة درعا جنوبي سوريا.",
			not:  []string{"civilians"}},
		{id: "guard-toll-no-bomb", title: "",
			text: "وخلفت الحوادث المرورية 12 قتيلا خلال عطلة العيد.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
