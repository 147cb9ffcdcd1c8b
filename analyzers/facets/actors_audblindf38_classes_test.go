package facets

import (
	"testing"
	"time"
)

// TestActorIranRepression38 pins round 38's blind-audit class: Iran's
// police or security forces crushing a protest at home
// (actors_iranrepress.go). A bare force counts in a story set in Iran (its
// title names Iran, Tehran or Ahvaz; its lead neither Syria nor Iraq);
// Iran's adjective makes the organ Iran's anywhere.
//
// Guards: the protesters going home as police come near (تفرق) (an
// arrest of a crowd, once a guard, is an act since round 48's rul48a-1), the winter's protests told as background ("تلك الاحتجاجات"), and
// a bare force in an Iraqi story whose title names Iran.
func TestActorIranRepression38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2733-20180703", title: "رسالة مؤثرة من شاب عربي من قلب انتفاضة الأحواز",
			text: "نشر ناشطون شريطا مصورا لشاب من منطقة الأحواز.\nويظهر الشاب وهو يشكو بحرقة الأوضاع المتردية في مدينة المحمرة بمحافظة خوزستان، وذلك خلال مظاهرة شارك فيها المئات رغم محاولات الأمن قمع المحتجين.",
			want: []string{"iran"}},
		{id: "SK-internationalNews-2391-20180629", title: "الأحواز تنتفض مجددا.. وانكسار حاجز الخوف",
			text: "انطلقت مظاهرات شعبية الجمعة في مدينة المحمرة في الأحواز جنوب غربي إيران، احتجاجا على شح مياه الشرب.\nوأظهرت مقاطع مصورة حشود كبيرة من المتظاهرين في المدينة.\nوتدخلت قوات من الأمن لقمع المتظاهرين، لكن لا تزال الاحتجاجات مستمرة.",
			want: []string{"iran"}},
		{id: "SK-internationalNews-2408-20180630", title: "الأمن الإيراني يفرق المتظاهرين.. وفيديوهات توثق إطلاق النار",
			text: "قال ناشطون إيرانيون، إن قوات الأمن الإيرانية أطلقت الرصاص على متظاهرين على النظام الإيراني في مدينة خور مشهر في إقليم الأحواز ليل السبت.",
			want: []string{"iran"}},
		{id: "BB-middleEast-686-20180702", title: "احتجاجات على رداءة المياه جنوب غربي إيران",
			text: "خرج محتجون إلى الشوارع في مدينة عبدان.\nوقالت الوكالة إن قوات الأمن فضت الجموع.\nواعتقلت الشرطة يوم 30 يونيو/ حزيران عددا من المحتجين واستعملت الغاز المسيل للدموع لتفريق المتظاهرين في خورامشهر.",
			want: []string{"iran"}},
		// Round 48's rul48a-1 codes the police arresting those who defied
		// the protest ban: once a guard, now a want (newAct).
		{id: "SK-internationalNews-1295-20180501", title: "اعتقالات في إيران بعد تحدي المئات لـ\"حظر يوم العمال\"",
			text: "اعتقلت الشرطة الإيرانية 6 أشخاص على الأقل، الثلاثاء، بعدما تحدى المئات من الإيرانيين حظرا على الاحتجاجات احتفالا باليوم العالمي للعمال.",
			want: []string{"iran"}},
		// Guards.
		{id: "FR-internationalNews-2013-20180625", title: "إضراب في بازار طهران احتجاجا على تدهور قيمة الريال الإيراني",
			text: "أغلق تجار البازار متاجرهم في طهران.\nوتفرق المحتجون الذين كانوا يهتفون \"ادعمونا أيها الإيرانيون\" عندما بدأ عناصر الشرطة بالاقتراب منهم.",
			not:  []string{"iran"}},
		{id: "CN-technology-73-20180401", title: "إيران تستبدل \"تلغرام\" بتطبيق محلي الصنع خلال أسابيع",
			text: "قررت السلطات استبدال التطبيق.\nوقتل في تلك الاحتجاجات ما لا يقل عن 21 شخصاً، في مواجهات بين المتظاهرين وقوات الأمن.",
			not:  []string{"iran"}},
		{id: "SK-middleEast-3534-20180906", title: "قتلى وجرحى وإحراق مقرات أحزاب وميليشيا موالية لإيران بالبصرة",
			text: "قتل متظاهرون في البصرة العراقية.\nواتهم حقوقيون قوات الأمن بالتسبب في ذلك، في حين أمرت السلطات قوات الأمن بعدم إطلاق الرصاص الحي على المحتجين.",
			not:  []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorIraqStoryForce38 pins the Iraqi side of the same class: a
// generic security force in a sentence that tells a fight, a bombing or a
// protest crushed, in a story whose title names Iraq or an Iraqi city
// (actors_iraq.go, iraqSet), is Iraq's though its sentence names no Iraqi
// place.
//
// Guards: an election story's force with no deed, Erbil's forces (the
// Kurdistan Region's), and Turkey's forces fighting the PKK in a story
// titled on Iraq.
func TestActorIraqStoryForce38(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1891-20180523", title: "تفجير انتحاري في حي الشعلة أبرز معاقل التيار الصدري في بغداد",
			text: "ارتفعت حصيلة التفجير الانتحاري في حي الشعلة إلى 3 قتلى وإصابة 8 بجروح.\nونقلت مصادر أن أجهزة الأمن تصدت لإرهابي انتحاري يرتدي حزاما ناسفا فجر نفسه بعد محاصرته من قبل القوات الأمنية عند مدخل متنزه الصقلاوية في الشعلة، مما أسفر عن مقتل وإصابة عدد من المواطنين.",
			want: []string{"iraqi-forces"}},
		{id: "SK-middleEast-2909-20180715", title: "توسع رقعة المظاهرات بالعراق.. وقتلى برصاص الأمن",
			text: "اتسعت رقعة المظاهرات في محافظات الجنوب.\nوسقط قتلى خلال مواجهات بين قوات الأمن ومتظاهرين في المثنى، حيث تم إحراق مقرات أحزاب الدعوة والفضيلة والحكمة.",
			want: []string{"iraqi-forces"}},
		// Guards.
		{id: "FR-internationalNews-1198-20180512", title: "العراق: بدء عملية التصويت في أول انتخابات تشريعية",
			text: "فتحت مراكز الاقتراع أبوابها صباح السبت.\nوعززت السلطات قوات الأمن في أنحاء البلاد، إذ كلفت نحو 900 ألف عنصر من الشرطة والجيش لحماية مراكز الاقتراع.",
			not:  []string{"iraqi-forces"}},
		{id: "FR-internationalNews-2458-20180723", title: "كردستان العراق: مسلحان يقتحمان مقر محافظة أربيل ويحتجزان رهائن",
			text: "اقتحم مسلحان مقر المحافظة صباح الاثنين.\nوقال نائب المحافظ إن \"قوات الأمن تحاصر المبنى ودخلت الطابق الأرضي استعدادا لمهاجمة المسلحين\".",
			not:  []string{"iraqi-forces"}},
		{id: "FR-internationalNews-1699-20180608", title: "أردوغان يتوعد \"حزب العمال الكردستاني\" بالعراق بشن عملية عسكرية",
			text: "توعد الرئيس التركي بعملية عسكرية في جبال قنديل.\nويشهد جنوب شرق تركيا مواجهات شبه يومية بين قوات الأمن والمتمردين الأكراد منذ صيف 2015.",
			not:  []string{"iraqi-forces"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
