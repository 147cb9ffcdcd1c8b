package facets

import "testing"

// TestActorFormerRank pins a force named only as where a serviceman once
// served, by his rank or his service noun and "السابق"، "سابق" or
// "المتقاعد" (formerPost, actors_formerpost.go), as no party: the former
// brigadier on a banner at a march against sexual violence, a retired
// general who comments on a summit, the former colonel of Russian
// military intelligence whom a nerve agent poisoned. The not rows fail
// before aud39b. The guards: a serving officer killed, a former officer
// beside his army's own strike, and "في وقت سابق" before an army keep it.
func TestActorFormerRank(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "SK-internationalNews-1364-20180505", title: "نساء عاريات يجتحن شوارع تل أبيب",
			text: "شاركت آلاف الإسرائيليات، الجمعة، في مظاهرة احتجاجا على العنف الجنسي. كما رفعت بعض المشاركات في المظاهرة لافتات تعرض صورة العميد السابق في الجيش الإسرائيلي أوفيك بوخريس، الذي اتهم العام الماضي بإقامة علاقات جنسية مع إحدى المجندات.",
			not:  []string{"israel"}},
		{id: "SK-internationalNews-2100-20180612", title: "خلوة ترامب وكيم \"تهديد\" للأمن القومي",
			text: "وصف مسؤولون أميركيون سابقون الاجتماع الشخصي المباشر بين دونالد ترامب وكيم جونغ أون بأنه خطر على الأمن القومي الأميركي. بينما ذهب الجنرال المتقاعد بالجيش الأميركي باري ماكفري إلى أبعد من ذلك، محذرا من أن أمن أميركا \"كان على المحك\".",
			not:  []string{"usa"}},
		{id: "AL-internationalNews-669-20180328", title: "روسيا تلوح بـ\"حرب باردة\" جديدة.. وتتهم الغرب بالتحيز",
			text: "وأعلنت الولايات المتحدة أنها ستطرد 48 دبلوماسيا روسيا و12 موظفا من البعثة الروسية لدى الأمم المتحدة، وذلك على خلفية تسمم العقيد السابق في الاستخبارات العسكرية الروسية، سيرغي سكريبال في بريطانيا.",
			not:  []string{"russia"}},
		// Guard: a serving officer killed keeps his army.
		{id: "made-up guard", title: "مقتل ضابط إسرائيلي على حدود غزة",
			text: "قتل العميد في الجيش الإسرائيلي بنيران قناص قرب السياج الحدودي مع قطاع غزة.",
			want: []string{"israel"}},
		// Guard: the army's own strike elsewhere in the story.
		{id: "made-up guard 2", title: "غارة إسرائيلية على موقع في سوريا",
			text: "قال اللواء السابق في الجيش الإسرائيلي ياكوف عميدرور إن الرد كان متوقعا. وشن الجيش الإسرائيلي غارة جوية على موقع عسكري قرب دمشق.",
			want: []string{"israel"}},
		// Guard: "سابق" after a time noun is no former post.
		{id: "made-up guard 3", title: "قصف موقع في غزة",
			text: "وكان قد أعلن في وقت سابق الجيش الإسرائيلي أنه قصف موقعا لحماس في شمال قطاع غزة.",
			want: []string{"israel"}},
	})
}
