package facets

import (
	"testing"
	"time"
)

// TestActorThreatSource pins an actor named as the source of a threat or a
// danger (threatSource, actors_threatsource.go): the group or the state
// whose threat a strategy, a speech or a deal's context names takes no
// part in what the article tells; the rows with not fail on main. The
// guards: a state's own threats by the construct ("تهديدات أنقرة"), left
// to threatensForce; a threat in a named Syrian place; a threat crushed.
func TestActorThreatSource(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-25-111", title: "ساركوزي يزرع ألغامًا بين تونس والجزائر وليبيا.. بعد لقائه السبسي وأعضاء حكومته",
			text: "ثانيا: إصداره تقييمات أمنية وسياسية وصفها البعض بـ«الارتجالية» عندما تحدث عن وجود خطر «داعش» على بعد 100 كلم عن تونس.",
			not:  []string{"isis"}},
		{id: "FR-internationalNews-2574-20180802", title: "إسرائيل تهدد إيران!!",
			text: "أما صحيفة \"حورييت ديلي نيوز\" التركية فسلطت الضوء على تصريحات الرئيس التركي رجب طيب أردوغان الذي أكد أن بلاده لا تخضع للتهديدات الأمريكية وذلك على خلفية تهديدات من واشنطن بإيقاف عملية تسليم أنقرة مقاتلات من نوع أف-35.",
			not:  []string{"usa"}},
		{id: "BB-internationalNews-473-20180506", title: "تركيا تهدد بالرد إذا أوقفت الولايات المتحدة مبيعات الأسلحة",
			text: "وكانت تركيا قد وقعت اتفاقا مع روسيا في ديسمبر/ كانون الأول الماضي لشراء بطاريات صواريخ أرض جو إس-400، كجزء من خطط أنقرة لتعزيز قدرتها الدفاعية في ظل تهديدات المسلحين الأكراد والإسلاميين داخليا، والصراع الدائر على حدودها مع سوريا والعراق.",
			not:  []string{"ypg"}},
		// Guard: Ankara's own threats of an operation.
		{id: "FR-internationalNews-2325-20180716", title: "قوات سوريا الديمقراطية تعلن انسحاب وحدات حماية الشعب من منبج",
			text: "أعلن \"مجلس منبج العسكري\"، التابع لقوات سوريا الديمقراطية الأحد، انسحاب آخر دفعة من وحدات حماية الشعب الكردية من مدينة منبج شمال سوريا، وذلك بموجب اتفاق بين الولايات المتحدة وتركيا في حزيران/يونيو الماضي حول \"خارطة طريق\" بشأن منبج القريبة من الحدود التركية، بعد تهديدات أنقرة المستمرة بشن عملية عسكرية لطرد المقاتلين الأكراد من المنطقة.",
			want: []string{"turkey"}},
		// Guard: the threat in Afrin, a named Syrian place.
		{id: "SK-middleEast-401-20180319", title: "عفرين.. 200 ألف نازح بلا مأوى وبحاجة ماسة للمساعدات",
			text: "وقالت هيفي مصطفى إن المدنيين الباقين في عفرين يواجهون تهديدات من الجماعات المدعومة من تركيا.",
			want: []string{"sna"}},
		// Guard: a threat crushed is a war on its source.
		{id: "SK-internationalNews-934-20180416", title: "روسيا تكشف عن أهداف أخرى ضربت بسوريا.. وتؤكد تدمير صواريخ",
			text: "وساعد الجيشان الروسي والإيراني على مدى السنوات الثلاث الماضية الأسد على سحق التهديد الذي تشكله المعارضة للإطاحة به.",
			want: []string{"opposition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
