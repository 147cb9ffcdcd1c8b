package facets

import (
	"testing"
	"time"
)

// TestActorDamascusForItsGovernment pins Syria's government named by its
// capital: a regime or force noun before it (fresh-2's "دعما لنظام دمشق",
// "حكومة دمشق"، "قوات دمشق") and the bare capital in a sentence about arms
// or forces (fresh-12's "قد نزود دمشق بأنظمة صاروخية"). The guards are the
// corpus articles the draft read wrong: the capital that condemns and
// demands, the one another backs, and the city after a distance or a
// region ("عن دمشق"، "الغوطة الشرقية لدمشق").
func TestActorDamascusForItsGovernment(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-505-20180318", title: "فلاديمير بوتين.. من شوارع لينينغراد إلى \"قيصر\" روسيا",
			// Round 45's rul45c-3 ruled this line's regime out (only the
			// object of Russia's support in a profile with no event):
			// regimeBackdrop drops it (actors_fol45c_classes_test.go);
			// "حكومة دمشق" below still pins the capital read as the regime.
			text: "وهو نهج طبقه بنجاح في سوريا حيث تمكن التدخل العسكري الروسي منذ 2015  دعما لنظام دمشق من تبديل مجرى الحرب.",
			not:  []string{"syrian-government"}},
		{id: "SK-middleEast-1041-20180414", title: "روسيا: قد نزود دمشق بأنظمة صاروخية جديدة",
			text: "قال رئيس غرفة العمليات في هيئة الأركان الروسية، الفريق سيرغي رودسكوي، السبت، إن موسكو قد تدرس تزويد سوريا ودول أخرى بأنظمة \"إس 300\" الصاروخية.\n" +
				"ونفذت قوات أميركية وبريطانية وفرنسية ضربات جوية ضد سوريا في وقت مبكر من السبت، ردا على هجوم يعتقد أنه كيماوي، أسفر عن مقتل العشرات في دوما بالغوطة الشرقية قبل أيام.",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-3889-20181015", title: "سوريا الديمقراطية ترد على المعلم: لا نؤمن بالحل العسكري",
			text: "وجاء فيه أن \"سبب تعثر المباحثات مع دمشق يعود إلى القيود المسبقة والحدود الضيقة التي رسمتها حكومة دمشق لهذا الحوار\".",
			want: []string{"syrian-government"}},
		{id: "SK-middleEast-196-20180310", title: "أردوغان يهدد بدخول عفرين والأكراد ينفون حصار أنقرة المدينة",
			text: "واستغلت دمشق هذه النقطة وأرسلت قوات للدفاع عن عفرين، الأمر الذي يمنح الرئيس السوري نفوذا خاصا على الإدارة الذاتية الكردية.",
			want: []string{"syrian-government"}},
		// Guards: a capital that speaks, one another backs, the city.
		// (The speaking capital of FR-internationalNews-524, "دمشق تدين
		// «احتلال» عفرين وتطالب «القوات الغازية» بالانسحاب", was a guard
		// here until round 45's rul45c-2 coded the regime speaking on its
		// war; round 54's m54regime reads it, actors_regimespokesman.go.)
		{id: "FR-internationalNews-2605-20180807", title: "العقوبات الأمريكية على إيران: موسكو ودمشق تدينان وبغداد \"مضطرة\" للالتزام",
			text: "",
			not:  []string{"syrian-government"}},
		{id: "FR-internationalNews-1423-20180524", title: "إسرائيل تضغط على الولايات المتحدة للاعتراف بـ\"سيادتها\" على هضبة الجولان",
			text: "إلا أنهم قالوا في السنوات القليلة الماضية إن الحرب الأهلية في سوريا ووجود قوات إيرانية هناك تدعم دمشق يظهر أنه ينبغي لإسرائيل الاحتفاظ بالهضبة الإستراتيجية.",
			not:  []string{"syrian-government"}},
		{id: "SK-middleEast-1603-20180511", title: "إسرائيل تحرج إيران وتنشر صور قواعدها المدمرة بسوريا",
			text: "كما نشر صورا لمجمع عسكري في منطقة الكسوة ومجمع لوجستي يبعد نحو 10 كيلومترات عن دمشق.",
			not:  []string{"syrian-government"}},
		// The title ("الأسلحة المستخدمة بضربة سوريا") names the regime as
		// the strike's target (round 45, m45act: struckStateMentions); the
		// lead alone pins "لدمشق" as no government.
		{id: "CN-middleEast-613-20180414", title: "",
			text: "أعلن الرئيس الأمريكي، دونالد ترامب، فجر السبت، عن شن بلاده إلى جانب كل من بريطانيا وفرنسا لضربات استهدفت مواقع ومنشآت كيماوية في سوريا وذلك بعد تقارير عن هجوم كيماوي استهدف منطقة دوما في الغوطة الشرقية لدمشق، الأسبوع الماضي.",
			not:  []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorDamascusDenyingAnAttack pins the capital that denies the attack
// it is blamed for as the regime (holdout-14, holdout-19: one sentence of
// each article, which fails on main), and guards the capital that denies
// no attack, and a foreign state denying a strike, which the denial veto
// still drops.
func TestActorDamascusDenyingAnAttack(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-969-20180412", title: "فرنسا تقرر خلال أيام",
			text: "ونفت دمشق الوقوف وراء هذا الهجوم، وأيدت روسيا هذا النفي.",
			want: []string{"syrian-government"}},
		{id: "BB-middleEast-316-20180409", title: "سوريا: إسرائيل قصفت قاعدة التيفور",
			text: "من جانبها، نفت دمشق أية مسؤولية عن الهجوم، وقالت وكالة الأنباء الرسمية السورية إن تلك الاتهامات ادعاءات.",
			want: []string{"syrian-government"}},
		// Guards: a denial of no attack; a foreign state's denial.
		{id: "guard-denial-no-attack", title: "تصريحات",
			text: "ونفت دمشق صحة التقارير عن زيارة الوفد.",
			not:  []string{"syrian-government"}},
		{id: "guard-foreign-denial", title: "غارات على ريف حلب",
			text: "ونفت الولايات المتحدة شن أي غارات على المنطقة.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
