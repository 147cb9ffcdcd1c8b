package facets

import (
	"testing"
	"time"
)

// Turkey by its bare name as the author of a campaign, and the Syrian
// fighters named as its allies (actors_turkey.go). Every "want" row fails
// where the name is read as the Raqqa village alone; the "not" rows guard
// the readings kept out.
func TestActorTurkeyAsAuthorOfACampaign(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// The name before or after a waging verb, with the campaign
		// after the verb or held by its pronoun.
		{class: "waging", id: "SK-middleEast-12-20180222", title: "أكراد يسلمون منطقة في حلب للنظام ويتجهون إلى عفرين",
			text: "والثلاثاء الماضي، دخل مقاتلون يدعمون الحكومة السورية منطقة عفرين في شمال غرب سوريا، لمساعدة وحدات حماية الشعب الكردية على التصدي لهجوم تشنه تركيا وجماعات معارضة متحالفة معها.",
			want: []string{"turkey", "sna"}},
		{class: "waging", id: "SK-middleEast-339-20180316", title: "دي ميستورا: المدنيون في الغوطة \"على شفا الانهيار\"",
			text: "ومن جهة أخرى، قال المبعوث الدولي إن الوضع في عفرين \"مقلق\"، وإن \"هناك تقارير عن عشرات الآلاف من النازحين\"، مطالبا بتوفير ممرات آمنة لخروجهم من المنطقة التي تشن عليها تركيا حملة عسكرية.",
			want: []string{"turkey"}},
		// The operation named by its author.
		{class: "named by its author", id: "SK-internationalNews-578-20180324", title: "\"بهجة عفرين\" تخرج أردوغان عن طوره.. سنحرمهم من الدراسة",
			text: "ويأتي هذا التصريح بعدما نظم طلاب، يوم الاثنين، فعالية وزعوا خلالها حلوى أطلق عليها اسم \"بهجة عفرين\" لتأبين الجنود القتلى في عملية تركيا العابرة للحدود في سوريا.",
			want: []string{"turkey"}},
		// Its own strikes.
		{class: "own strikes", id: "2015-07-26-826", title: "تركيا تبرر غاراتها الجوية في سورية برسالة للأمم المتحدة",
			text: "أبلغت تركيا الأمم المتحدة يوم الجمعة أنها بدأت في شن غارات جوية ضد تنظيم داعش في سورية لأن الحكومة السورية إما غير قادرة أو غير مستعدة لمواجهة تلك الجماعة المتطرفة.",
			want: []string{"turkey", "isis"}},
		// A campaign of arrests named by Turkey, and "حمّلتها" (held
		// it responsible), which is written as "her campaign", are no
		// armed campaign.
		{class: "no armed campaign", id: "SK-internationalNews-43-20180220", title: "تركيا.. أوامر اعتقال جديدة ترتبط \"بالانقلاب\"",
			text: "وتأتي الاعتقالات الأخيرة في إطار حملة تركيا ضد أنصار فتح الله غولن، رجل الدين المقيم في الولايات المتحدة منذ عام 1999، الذي تحمله تركيا مسؤولية محاولة الانقلاب.",
			not:  []string{"turkey"}},
		{class: "no armed campaign", id: "SK-middleEast-3642-20180911", title: "روسيا ترمي \"كرة إدلب\" بمرمى تركيا.. وأميركا تحدد الخط الأحمر",
			text: "رمت روسيا كرة \"إدلب\" في ملعب تركيا، وحملتها مسؤولية فصل المتطرفين عن المعارضة المعتدلة.",
			not:  []string{"turkey"}},

		// Syrian fighters, qualified or indefinite, called the allies
		// of "it" where Turkey was named last before them.
		{class: "allied factions", id: "SK-middleEast-244-20180312", title: "الحرس الجمهوري السوري يدخل جنوبي عفرين",
			text: "وأشار المرصد إلى أن الجيش التركي، والفصائل السوري الموالية له، وسعا سيطرتهما في عفرين لتصل إلى نحو 60 في المئة من مساحة المنطقة.",
			want: []string{"turkey", "sna"}},
		{class: "allied factions", id: "BB-middleEast-188-20180313", title: "عفرين: تفاقم الأزمة الإنسانية وسط غياب منظمات الاغاثة",
			text: "تتفاقم الأزمة الإنسانية التي يعاني منها سكان منقطة عفرين والمدينة، شمال غربي سوريا، مع اقتراب القوات التركية والمقاتلين السوريين المتحالفين معها من المدينة التي باتت مكتظة بالنازحين والفارين من المعارك.",
			want: []string{"turkey", "sna"}},
		// ... and the regime's allies stay its militias.
		{class: "allied factions", id: "FR-internationalNews-2088-20180630", title: "سوريا: ثماني بلدات في درعا تسلم أسلحتها في إطار اتفاق مصالحة برعاية روسية",
			text: "كما تدور اشتباكات مستمرة داخل مدينة درعا، تسببت منذ ليل الجمعة بمقتل 17 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها.",
			want: []string{"syrian-government"}, not: []string{"sna", "turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+" "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+" "+c.id+" actors", f.Actors, c.not...)
	}
}
