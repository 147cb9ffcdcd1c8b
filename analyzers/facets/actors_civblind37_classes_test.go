package facets

import (
	"testing"
	"time"
)

// TestActorCivilians37Blind pins two civilians classes from round 37's
// blind-drawn codings.
//   - Journalists, pupils or workers counted by a number are victims like
//     a child or a driver ("كما قُتل 11 تلميذا ... في هجوم انتحاري"، "أصيب
//     ثلاثة صحافيين روس ... لإطلاق نار"، "راح ضحيته 15 رجل أمن و3 عمال"):
//     countedRoleWords, actors_match.go.
//   - Persons a sentence dates to a year before the publication's, in a
//     story whose title and lead tell no killing, are an earlier attack's
//     history (olderYearToll, actors_background.go): the Reina and
//     Istanbul bombings under an arrest, Nice's 86 dead under a parade.
//
// Guards: "أحد عمال" is one man told by his work; a lead that counts
// today's dead (Münster) keeps an older toll's persons; a war's toll since
// an earlier year is the war's up to the news; an undated article reads
// no year.
func TestActorCivilians37Blind(t *testing.T) {
	d2018 := time.Date(2018, 6, 22, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		id, title, text string
		published       time.Time
		want, not       []string
	}{
		{id: "BB-internationalNews-440-20180430", title: "عشرات القتلى من بينهم تلاميذ وصحفيون في هجمات بأفغانستان",
			text: "كما قُتل 11 تلميذا، على الأقل، في هجوم انتحاري بإقليم قندهار الجنوبي، بحسب ما أعلنته الشرطة.",
			want: []string{"civilians"}},
		{id: "SK-middleEast-954-20180411", title: "إصابة صحفيين روس بإطلاق نار على حافلتهم في سوريا",
			text: "أصيب ثلاثة صحافيين روس في سوريا، حين تعرضت الحافلة التي كانوا يستقلونها لإطلاق نار بعد إجرائهم تحقيقا في الغوطة الشرقية قرب دمشق، بحسب ما أفادت وزارة الدفاع الروسية، الأربعاء.\n" +
				"ونقلت وكالة الأنباء الروسية، عن بيان للجيش الروسي، قوله \"استهدف مجهولون بأسلحة خفيفة حافلة الصحافيين الروس الذين كانوا عائدين بعدما أعدوا تقريرا عن الوضع في الغوطة الشرقية\".",
			want: []string{"civilians"}},
		{id: "2015-08-08-562", title: "إمام مسجد الطوارئ يروي اللحظات الأخيرة للتفجير الإرهابي",
			text: "روى إمام مسجد قوات الطوارئ بعسير العريف عبدالله الشهراني اللحظات الأخيرة للتفجير الإرهابي الذي استهدف المسجد وراح ضحيته 15 رجل أمن و3 عمال، واصابة آخرين.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-1729-20180622", title: "قبيل الانتخابات.. تركيا تعتقل 14 داعشياً خططوا لهجوم",
			text: "قالت وكالة \"الأناضول\" التركية للأنباء، اليوم الجمعة، إن شرطة تركيا ألقت القبض على 14 شخصاً يشتبه بأنهم من أعضاء تنظيم \"داعش\" كانوا يجهزون لهجوم في أنقرة قبل الانتخابات المقررة يوم الأحد.\n" +
				"وشن تنظيم \"داعش\" تفجيرات عديدة في تركيا في السنوات القليلة الماضية، ومن بينها هجوم على ملهى ليلي في إسطنبول في أول يناير/كانون الثاني 2017، وراح ضحيته 39 شخصاً، وتفجير في قلب المدينة التاريخي أودى بحياة 12 شخصاً عام 2016.",
			published: d2018, not: []string{"civilians"}},
		{id: "SK-internationalNews-2614-20180714", title: "شاهد.. لحظة فشل في استعراض عسكري حضره ماكرون",
			text: "شهدت احتفالات فرنسا باليوم الوطني \"يوم الباستيل\"، السبت، موقفا محرجا للعناصر المشاركة في الاستعراض الذي حضره الرئيس الفرنسي إيمانويل ماكرون.\n" +
				"وجرى نشر 110 ألف جندي وشرطي في جميع أنحاء فرنسا لحماية احتفالات يوم الباستيل، بعد هجوم نيس عام 2016 والذي أسفر عن مقتل 86 شخصا.",
			published: d2018, not: []string{"civilians"}},
		// Guards.
		{id: "CN-internationalNews-471-20180811", title: "",
			text: "قام أحد عُمال الخدمات الأرضية في مطار سياتل في الولايات المتحدة الأمريكية بسرقة طائرة ركاب، السبت، قبل أن تقوم مقاتلتا F-16 بملاحقته حتى سقطت الطائرة وقُتل الشاب البالغ من العمر 29 عاما.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-849-20180407", title: "أول فيديو لموقع الموت بألمانيا.. ودعوة لتجنب \"التكهنات\"",
			text: "نشرت صحيفة \"بيلد\" الألمانية، على موقعها الإلكتروني، مقطع فيديو قالت إنه جرى التقاطه بعد وقوع عملية دهس في مدينة مونستر شمال غرب ألمانيا، السبت، مخلفة 4 قتلى وجرحى.\n" +
				"يذكر أن برلين شهدت عملية دهس بواسطة شاحنة استهدفت سوقا لعيد الميلاد في ديسمبر 2016، قتل خلالها 12 شخصا وتبنى تنظيم داعش المسؤولية عنه.",
			published: d2018, want: []string{"civilians"}},
		{id: "BB-middleEast-612-20180613", title: "أنباء عن هجمات جوية لقوات التحالف ضد الحوثيين في الحديدة اليمنية",
			text: "أفادت تقارير أن قوات مدعومة من التحالف بقيادة السعودية شنت ضربات جوية على مدينة الحديدة الساحلية التي يسيطر عليها الحوثيون في اليمن.\n" +
				"وقتل نحو 10 آلاف شخص في اليمن منذ تدخل التحالف بقيادة السعودية في مارس/ آذار 2015.",
			published: d2018, want: []string{"civilians"}},
		{id: "SK-internationalNews-2614-20180714 undated", title: "شاهد.. لحظة فشل في استعراض عسكري حضره ماكرون",
			text: "وجرى نشر 110 ألف جندي وشرطي في جميع أنحاء فرنسا لحماية احتفالات يوم الباستيل، بعد هجوم نيس عام 2016 والذي أسفر عن مقتل 86 شخصا.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, c.published)
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
