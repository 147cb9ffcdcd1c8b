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
// Guards: an arrest alone, the protesters going home as police come near
// (تفرق), the winter's protests told as background ("تلك الاحتجاجات"), and
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
		// Guards.
		{id: "SK-internationalNews-1295-20180501", title: "اعتقالات في إيران بعد تحدي المئات لـ\"حظر يوم العمال\"",
			text: "اعتقلت الشرطة الإيرانية 6 أشخاص على الأقل، الثلاثاء، بعدما تحدى المئات من الإيرانيين حظرا على الاحتجاجات احتفالا باليوم العالمي للعمال.",
			not:  []string{"iran"}},
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
