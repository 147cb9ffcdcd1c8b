package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansPurposeHarm pins civilians named only as the aim of a
// harm word with the ل of purpose (purposeHarm, actors_civpurpose.go): a
// base, a weapon or a deployment "to shell, target or kill civilians" is a
// side's way of war as told, not a harm the story reports; the want rows
// fail on main. The guards: the cause of a court's sentence ("بالسجن
// المؤبد ... لقتل امرأتين") and a missile fired "to target civilian
// areas" stay civilians, as the golds code them.
func TestActorCiviliansPurposeHarm(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-06-1974", title: "تطهير أبين.. المهمة المقبلة للمقاومة الشعبية",
			text: "وقال المركز الإعلامي للمقاومة إن أعدادا كبيرة من الثوار، تساندهم قوات الجيش، تطبق حصارها، بإسناد جوي وفرته طائرات التحالف العربي الذي تقوده المملكة، على معسكر اللواء 15 في مركز المحافظة زنجبار، الذي تتخذ منه ميليشيات الحوثي وفلول صالح مقرا لها لقصف المدنيين",
			not:  []string{"civilians"}},
		{id: "CN-middleEast-842-20180508", title: "السعودية والإمارات تؤيدان قرار ترامب بالانسحاب من الاتفاق النووي",
			text: "وقالت المملكة إن حزب الله والحوثيين استخدموا \"القدرات التي نقلتها إيران\" لاستهداف المدنيين في السعودية واليمن وممرات الملاحة الدولية، ودعت المجتمع الدولي لاتخاذ موقف \"حازم وموحد\" تجاه إيران.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-1773-20180627", title: "شاهد.. الجيش اليمني يستعيد مواقع جديدة في البيضاء",
			text: "كما قال قائد اللواء 117 مشاة العميد الركن عبد الرب الأصبحي إن قوات الجيش الوطني تخوض معارك عنيفة ضد ميليشيات الحوثي منذ ساعات الصباح الأولى، تمكنت خلالها من استعادة عدد من المواقع الاستراتيجية أهمها \"جبل الخليقة\" الذي كانت تستخدمه الميليشيات الحوثية لقصف المدنيين داخل \"سوق قانية\".",
			not:  []string{"civilians"}},
		{id: "2015-08-07-627", title: "أعضاء شورى: المفجرون لم يزيدونا إلا تكاتفا.. والجهل وراء داعميهم",
			text: "وقال دكتور مازن بليلة عضو مجلس الشورى: أننا نعزي ذوي ضحايا التفجير الإرهابي الشنيع وسنظل أبناء شعب واحد يقودنا ملكنا خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، مضيفا بأن وطننا الكريم يتم استهدافه من أصحاب الفكر المنحرف الذين يسعون لتخويف المواطنين وقتل رجال الأمن والذين لن يصلوا إلى مطمعهم وسنقف ضدهم ونقوم بإذن الله بإبعادهم وإجلاء كل من يحتضنون هذا الفكر المنحرف",
			not:  []string{"civilians"}},
		// Guard: the killing a court sentenced.
		{id: "AL-internationalNews-1633-20180615", title: "المؤبد لمنفذ أول هجوم إرهابي في فنلندا.. قتل امرأتين",
			text: "قضت محكمة فنلندية، اليوم الجمعة، بالسجن المؤبد على المغربي عبد الرحمن بوعنان لقتل امرأتين طعناً وإصابة ثمانية آخرين العام الماضي في أول هجوم إرهابي تشهده البلاد.",
			want: []string{"civilians"}},
		// Guard: a missile fired at civilian areas.
		{id: "SK-middleEast-2372-20180614", title: "الدفاع الجوي السعودي يعترض صاروخا باليستيا أطلقه الحوثيون",
			text: "وأوضح المتحدث أن الصاروخ كان متجها صوب مدينة خميس مشيط جنوبي السعودية، وقد أطلقه الحوثيون لاستهداف المناطق المدنية، وتمكنت قوات الدفاع الجوي الملكي السعودي من اعتراضه وتدميره، دون أن ينجم عنه أية إصابات.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
