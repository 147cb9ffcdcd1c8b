package facets

import (
	"testing"
	"time"
)

// TestActorRegimeSpokesmanTitle pins round 54's m54regime class
// (actors_regimespokesman.go, regimeSpokesmanMentions): the regime's
// spokesman (الجعفري، المعلم، المقداد), an office of the regime ("مستشارة
// الأسد"، "وزير سوري") or Damascus with a speech verb opens the title as
// its speaker, and the title after the speaker names the war (forces,
// fighting, terrorists): the regime speaking as a state on its war is a
// party (rul45c-2). The want rows fail on main. Guards: the spokesman quoted
// by another speaker (a Kuwaiti MP), met by another (Bahrain's minister),
// or speaking of no war (Douma's security team); Damascus as a place in the
// title.
func TestActorRegimeSpokesmanTitle(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-1315-20180908", title: "الجعفري بمجلس الأمن: اخذنا الاحتياطات إن رفض الإرهابيون بإدلب إلقاء السلاح",
			text: "دبي، الإمارات العربية المتحدة (CNN)— قال بشار الجعفري، مندوب سوريا في مجلس الأمن، إن بلاده عازمة على مكافحة \"الإرهاب\" واجتثاثه وتحرير أراضيها ممن وصفهم بالإرهابيين والمحتلين الأجانب، على حد تعبيره.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-30-20180219", title: "مستشارة الأسد: تركيا أدخلت الإرهابيين لسوريا والآن ينتهكون القوانين الدولية",
			text: "دبي، الإمارات العربية المتحدة (CNN)— قالت بثينة شعبان، المستشارة السياسية والإعلامية للرئيس السوري بشار الأسد، إن تركيا هي من قامت بإدخال الإرهابيين إلى سوريا، على حد تعبيرها، لافتة إلى أنهم دخلوا البلاد منتهكين القوانين الدولية.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-569-20180411", title: "وزير سوري بارز لـCNN: لا نخاف من عمل عسكري أمريكي",
			text: "(CNN)-- أجرى مراسل CNN فريد بلايتين مقابلة مع حسين مخلوف، وزير إعادة الإعمار والإدارة المحلية، تحدث فيها عن الضربة الأمريكية المحتملة والرئيس دونالد ترامب. وقال مخلوف في المقابلة إنهم ليسوا خائفين من العمل العسكري، ولكنهم سعداء بأن ترامب سيسحب القوات الأمريكية خارج سوريا.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-73-20180223", title: "الجعفري: تعريض حياة 8 ملايين سوري للخطر لحماية إرهابيين بالغوطة غير مقبول",
			text: "دبي، الإمارات العربية المتحدة (CNN)— قال بشار الجعفري، مندوب سوريا إلى الأمم المتحدة، إن تعريض حياة ثمانية ملايين سوري يسكنون العاصمة، دمشق، للخطر من أجل حماية من وصفهم بـ\"إرهابيين\" في الغوطة الشرقية، يعتبر أمرا غير مقبول على حد تعبيره.",
			want: []string{"syrian-government"}},
		{id: "FR-internationalNews-524-20180319", title: "دمشق تدين \"احتلال\" عفرين وتطالب \"القوات الغازية\" بالانسحاب",
			text: "طالبت الخارجية السورية الاثنين القوات التركية بالانسحاب من عفرين واعتبرتها قوة \"احتلال\"، ويأتي ذلك غداة تمكن أنقرة من السيطرة على المدينة ذات الأغلبية الكردية إثر عملية عسكرية استمرت لنحو شهرين.",
			want: []string{"syrian-government"}},
		// Guard: the spokesman quoted by a Kuwaiti MP, who speaks.
		{id: "CN-middleEast-1314-20180908", title: "نائب كويتي: الجعفري زعلان من موقفنا بمجلس الأمن",
			text: "دبي، الإمارات العربية المتحدة (CNN)— قال النائب الكويتي، وليد الطبطبائي، إن بشار الجعفري، مندوب سوريا في مجلس الأمن \"زعلان\" من موقف الكويت الذي مثل في جلسة، الجمعة، حول الوضع في إدلب.",
			not:  []string{"syrian-government"}},
		// Guard: the spokesman met by Bahrain's minister, who speaks.
		{id: "CN-middleEast-1387-20180930", title: "وزير خارجية البحرين عن لقائه بالمعلم: نتعامل مع الدول لا مع من يسقطها",
			text: "دبي، الإمارات العربية المتحدة (CNN) – أكد وزير الخارجية البحريني، الشيخ خالد بن أحمد آل خليفة، أن الحكومة السورية هي \"حكومة سوريا\" ولفت إلى أن بلاده تتعامل مع الدول لا مع من يحاول إسقاطها.",
			not:  []string{"syrian-government"}},
		// Guard: the spokesman on the inspectors' visit, no war word in
		// the title.
		{id: "SK-middleEast-1101-20180417", title: "الجعفري يؤكد لمجلس الأمن: فريق أمني دولي زار دوما",
			text: "قال بشار الجعفري سفير سوريا لدى الأمم المتحدة، إن فريقا أمنيا من المنظمة الدولية زار مدينة دوما السورية الثلاثاء قبل زيارة مزمعة لخبراء الأسلحة الكيماوية الدوليين غدا الأربعاء للتحقيق في هجوم كيماوي مزعوم.",
			not:  []string{"syrian-government"}},
		// Guard: a speaking Damascus on no war (Iran's sanctions).
		{id: "guard-damascus-sanctions", title: "دمشق تدين العقوبات الأمريكية على إيران",
			text: "أدانت وزارة الخارجية السورية العقوبات الأمريكية الجديدة على إيران ووصفتها بأنها غير شرعية.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
