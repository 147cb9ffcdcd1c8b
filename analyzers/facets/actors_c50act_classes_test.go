package facets

import (
	"testing"
	"time"
)

// TestActorOtherWarNames pins round 50's corpus audit c50act classes: a
// name of this war's force that the words beside it make another country's
// war. "العدوان الثلاثي", the lexicon's alias for the 2018 strike on
// Syria, told of the Suez war of 1956 ("على مصر"، "على بورسعيد", or in a
// story that names no Syria: actors_suez.go); and a regime force alias
// ("قوات النظام") followed by a fallen regime or another state's
// ("المخلوع"، "السابق"، "التركي": otherRegimeForce, actors_regimeorder.go).
// Every not row fails on main. Guards: Damascus's own name for the 2018
// strike, and the Syrian regime's forces by their nationality.
func TestActorOtherWarNames(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-culture-2-20180218", title: "مصر تكرم المناضلة الجزائرية جميلة بوحيرد",
			text: "وأقيمت احتفالية، اليوم الأحد، في المجلس القومي لتكريم المناضلة الجزائرية، وكذلك الفدائية المصرية زينب الكفراوي، إحدى فدائيات بورسعيد خلال فترة العدوان الثلاثي على مصر في حرب عام 56.",
			not:  []string{"usa"}},
		{id: "2015-07-27-72", title: "أحياء يرزقون ويسخرون",
			text: "وهو ما فعلته أيضا سوريا وكانوا يقولون بسبب كثرة الانقلابات العسكرية هناك أن الضابط السوري الذي يصحو مبكرا ويحتل إذاعة دمشق يستطيع إقامة الثورة، وفي أثناء العدوان الثلاثي على بورسعيد عام 56 كان الهدف الاستراتيجي لإسكات صوت مصر هو ضرب الإذاعة.",
			not:  []string{"usa"}},
		{id: "SK-middleEast-543-20180325", title: "بورسعيد ... المدينة الباسلة تغني للمستقبل",
			text: "وتقول زينب \"كنت فتاة صغيرة ووالدي كان شرطيا، وحين اقتحم العدوان الثلاثي المدينة تشكلت على الفور كتائب المقاومة الشعبية والتحقت بهم عن طريق والدي رحمه الله.",
			not:  []string{"usa"}},
		{id: "2015-07-24-1664", title: "تدمير رتل عسكري حوثي قرب الحدود",
			text: "استمر أمس قصف المدفعية السعودية العنيف والمتواصل لتجمعات ميليشيات الحوثي المتمردة وقوات النظام المخلوع، بشمال محافظتي حجة وصعدة اليمنيتين ومديرية حرض المتاخمة للحدود السعودية، وتم تدمير رتل عسكري وعدد من الآليات كانت متجهة لتعزيز فلول الحوثيين بالقرب من الحدود السعودية.",
			not:  []string{"syrian-government"}},
		{id: "2015-07-24-1611", title: "طائرة إغاثية ثانية تصل عدن",
			text: "وقال المسؤول الأمني في المطار عبدالله قائد، إن ثلاثة صواريخ سقطت قرب المدرج أثناء وجود الطائرة على مدرج الهبوط، فيما سقطت سبعة أخرى بعد إقلاعها، متهما المتمردين الحوثيين وحلفاءهم من قوات النظام المخلوع بشن الهجوم، موضحا أن الصورايخ لم تحدث أضرارا في المدرج.",
			not:  []string{"syrian-government"}},
		{id: "2015-08-02-146", title: "بعد 25 عامًا من الغزو العراقي.. هواجس الكويتيين من جارة أخرى",
			text: "ولا يقف الأمر عند هذا الحد، إذ إن المضف من الذين بقوا في الكويت خلال احتلال قوات النظام السابق لصدام حسين لفترة طويلة قاربت 3 أشهر قبل أن ينتقل مع أسرته إلى خارجها.",
			not:  []string{"syrian-government"}},
		{id: "CN-middleEast-22-20180219", title: "التلفزيون السوري: وصول القوات الشعبية لعفرين خلال ساعات",
			text: "ونشر التلفزيون السوري خبراً عاجلاً أفاد به بوصول \"القوات الشعبية\" لمدينة عفرين بمحافظة حلب \"خلال الساعات القليلة القادمة\"، \"لدعم صمود أهلها في مواجهة العدوان الذي تشنه قوات النظام التركي على المدينة وسكانها منذ الـ 20 من الشهر الماضي.",
			not:  []string{"syrian-government"}},
		// Guard: Damascus names the 2018 strike on Syria.
		{id: "SK-middleEast-1033-20180414", title: "دمشق: تصدينا \"للعدوان\" وأسقطنا 13 صاروخا",
			text: "وأضافت أن \"العدوان الثلاثي ضد سوريا انتهاك فاضح للقانون الدولي وكسر لإرادة المجتمع الدولي وسيكون مآله الفشل\".",
			want: []string{"usa"}},
		// Guard: the regime's forces by their own nationality.
		{id: "c50act-guard-regime", title: "قصف على ريف إدلب",
			text: "وقصفت قوات النظام السوري بلدة خان شيخون في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين.",
			want: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
