package facets

import (
	"slices"
	"testing"
	"time"
)

// Round 57's m57num class: the duals of a thousand and a hundred in every
// case and spelling are numbers (numberWords): "ألفي" and "مئتي"،
// "مائتي"، "مئتا"، "مائتا" were not read, so "إصابة أكثر من ألفي فلسطيني"
// was no count and the Gaza count rule (israeliFireCount) let it stand as
// civilians. A construct dual before an accusative is a name ("وكان ألفي
// مصابا": Alfie), and the tolls take a construct dual as loose
// (tallyRead), as they did before.

// m57numLeague is FR-middleEast-492 (FR-internationalNews-1296 the same
// story): the Gaza border's hurt counted by ألفي beside Israel's attacks.
const m57numLeague = "يعقد الخميس بمقر جامعة الدول العربية في العاصمة المصرية القاهرة وزراء الخارجية العرب اجتماعا طارئا لبحث الاعتداءات الإسرائيلية على الفلسطينيين الاثنين 14 مايو/أيار الماضي على حدود قطاع غزة المحاصر وأسفرت عن مقتل العشرات وإصابة أكثر من ألفي فلسطيني."

func TestReadNumberM57numDuals(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"ألفي شخص", 2000}, // failed on main
		{"ألفين", 2000},
		{"ألفان", 2000},
		{"ألف", 1000},
		{"مئتا قتيل", 200},  // failed on main
		{"مئتي شخص", 200},   // failed on main
		{"مائتي شخص", 200},  // failed on main
		{"مائتا جريح", 200}, // failed on main
		{"مئتين", 200},
		{"مئتان", 200},
		{"مائتين", 200},
		{"مائتان", 200},
		{"عشرة آلاف", 10000},
		{"ثلاثة آلاف ومئتي شخص", 3200}, // failed on main
		{"مئتي ألف", 200000},           // failed on main
		{"ألفي مصابا", 0},              // a name before an accusative (SK-technology-528)
	} {
		toks := tokenize("", c.text)
		if got, _ := readNumber(toks, 0); got != c.want {
			t.Errorf("%q: read %d, want %d", c.text, got, c.want)
		}
	}
}

func TestFacetsM57numDuals(t *testing.T) {
	// FR-middleEast-492: the count is read, so the Gaza count rule leaves
	// it no civilians (round 43's ruling 2). Failed on main.
	if f := Extract("الجامعة العربية تطالب بإجراء تحقيق دولي", m57numLeague, time.Time{}); slices.Contains(f.Actors, "civilians") {
		t.Errorf("FR-middleEast-492: civilians from the Gaza count %q", f.Actors)
	}
	// Pool FR-internationalNews-1041 (holdout-17 gold arrests): "توقيف
	// مئتي شخص" counts the arrested. The whole article lacked arrests on
	// main; this excerpt alone has it there too, so the row is a guard.
	if f := Extract("المغرب.. المقاطعة الاقتصادية شكل جديد من الاحتجاج!!",
		"كان عددهم يوم أمس في شوارع باريس يفوق ألف شخص، جاؤوا بذريعة المشاركة في مسيرة الأول من مايو لكنهم دخلوا في مواجهات مع رجال الأمن مما أسفر عن توقيف مئتي شخص منهم.",
		time.Time{}); !slices.Contains(f.EventTypes, "arrests") {
		t.Errorf("FR-internationalNews-1041: no arrests in %q", f.EventTypes)
	}
	// Guards: a round dual is no toll over the exact figure below it, and
	// a name is no count.
	checkKilled(t, []tollCase{
		{"FR-internationalNews-2274-20180712", "اليابان: ارتفاع حصيلة ضحايا الفيضانات إلى نحو مئتي قتيل وعشرات المفقودين",
			"ارتفعت حصيلة ضحايا الفيضانات الجارفة التي اجتاحت غرب اليابان إلى نحو مئتي قتيل، وفق ما أعلن متحدث باسم الحكومة الخميس.\nأعلن المتحدث باسم الحكومة اليابانية يوشيهيد سوغا الخميس، ارتفاع حصيلة قتلى الفيضانات والانهيارات الأرضية التي اجتاحت غرب اليابان إلى 199 شخصا على الأقل.", "2018-07-12 10:00", 199},
		{"FR-internationalNews-2239-20180710", "الأمم المتحدة تتهم قوات جنوب السودان وحلفاءها بقتل واغتصاب مئات المدنيين",
			"اتهمت الأمم المتحدة الثلاثاء قوات حكومة جنوب السودان وحلفاءها بقتل أكثر من مئتي مدني واغتصاب 120 امرأة على الأقل أثناء هجماتها على قرى تسيطر عليها المعارضة.\nقال مكتب حقوق الإنسان التابع للأمم المتحدة الثلاثاء إن 232 مدنيا على الأقل قتلوا وتعرضت 120 امرأة للاغتصاب في هجمات شنتها حكومة جنوب السودان وقوات حليفة لها في قرى تسيطر عليها المعارضة.", "2018-07-10 10:00", 232},
	})
	checkInjured(t, []tollCase{
		{"SK-technology-528-20180428", "مأساة رضيع بريطاني تطلق جدلا طبيا عالميا",
			"وكان ألفي مصابا بمرض انتكاسي نادر، وظل في حالة تشبه الغيبوبة لأكثر من عام.", "2018-04-28 10:00", -1},
	})
}
