package facets

import (
	"testing"
	"time"
)

// TestActorM57descAfghanMilitias pins round 57's m57desc class
// (actors_afghanmilitia.go, afghanMilitiaMentions): the regime's foreign
// militias described by their men's nationality alone, an Afghan or
// Pakistani adjective right after a militia or fighters' noun, are
// pro-government-militias in a story about Syria, as the guide codes
// "مسلحين من جنسيات ..." and as the golds code all three such articles. The
// want rows fail on main. Guards: Afghan fighters in Afghanistan's own war
// (a NATO base in Kabul) and Pakistani fighters of the Haqqani network.
func TestActorM57descAfghanMilitias(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// An Iranian base south of Hama that houses the militias; the
		// list's Iraqi adjective does not make the sentence Iraq's.
		{id: "SK-middleEast-1346-20180429", title: "عشرات القتلى بقصف جبل البحوث.. قاعدة ضخمة لإيران في سوريا",
			text: "قال ناشطون إن أكثر من 40 قتيلا وحوالي 60 جريحا من عناصر قوات النظام السوري والميليشيات الإيرانية، حصيلة القتلى والجرحى جراء الانفجارات والحرائق الضخمة التي اندلعت في جبل البحوث 47 جنوبي مدينة حماة.\n" +
				"وأضاف الناشطون أن جبل الـ 47 يعرف بجبل «معرين» يبعد عن مركز مدينة حماة 10 كم ويمتد لمسافة كبيرة لجنوب وشرق حماة، ويعتبر قاعدة عسكرية إيرانية تضم ميليشيات أفغانية وباكستانية ولبنانية وعراقية وهو عبارة عن قطعة عسكرية ضخمة ومعسكر تدريب ومستودع للذخائر.",
			want: []string{"pro-government-militias"}},
		// The Washington Post's report on Iran's Afghan fighters.
		{id: "SK-middleEast-3177-20180730", title: "تقرير عن الأفغان بسوريا يعرّي النظام الإيراني",
			text: "زجّت إيران بآلاف المقاتلين الأفغان في أتون الحرب السورية، خلال الأعوام الماضية، حيث قاتل كثيرون إلى جانب ميليشياتها للإبقاء على نظام بشار الأسد، مدفوعين بعاملين أساسين وهما: المال واللعب على العصبية المذهبية.",
			want: []string{"pro-government-militias"}},
		// Guard: Afghan fighters killed at a NATO base in Kabul.
		{id: "2015-08-10-170", title: "22 قتيلاً بانفجار سيارة مفخخة في شمال أفغانستان",
			text: "قال مسؤولون إن 22 شخصا على الأقل معظمهم من رجال ميليشيا محلية قتلوا في إقليم قندز في شمالي أفغانستان مساء أول من أمس عندما فجر انتحاري من طالبان مركبة ملغومة بالمتفجرات.\n" +
				"وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات، التي استهدفت قاعدة للقوات الأجنبية في كابل مساء أول من أمس، وفقا لما ذكره الناتو.",
			not: []string{"pro-government-militias"}},
		// Guard: the Haqqani network's Pakistani fighters.
		{id: "BB-middleEast-971-20180904", title: "رحلة حقاني من \"الجهاد الأفغاني\" ضد الروس إلى ألد أعداء الولايات المتحدة",
			text: "وتعتبر الهجمات التي تشنها الجماعة انطلاقا من وزيرستان ضد القوات الغربية هي الأكثر فعالية وألحقت أفدح الخسائر بهذه القوات بالمقارنة مع باقي الجماعات. والمقاتلون الباكستانيون في الجماعة والذين يعرفون باسم طالبان البنجاب بين أبناء منطقة وزيرستان والعرب والقادمون من أسيا الوسطى هم الأكثر شراسة.",
			not:  []string{"pro-government-militias"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
