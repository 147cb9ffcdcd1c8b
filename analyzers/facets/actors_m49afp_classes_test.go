package facets

import (
	"testing"
	"time"
)

// TestCiviliansNamedInANormOrPractice pins round 49's m49afp classes: the
// civilians word as the object of a harm masdar that a negation, a
// prohibition, a prevention or a cessation governs ("لا تعني قتل
// المدنيين"، "توقفت عن استهداف المدنيين"، civiliansHarmNorm,
// actors_civnorm.go), and worshippers as the object of a harm masdar joined
// to a harm done to houses of worship in general ("تفجير المساجد وقتل
// المصلين"، worshipRhetoric, actors_civmosque.go), state a norm or a
// practice condemned, not a harm the article tells (rul43-2, rul46a). The
// not rows fail on main. Guards: a harm told with a masdar and no
// governing word, a negation of cessation ("لا يزال قصف المدنيين"), and a
// worshipper killed in a told bombing.
func TestCiviliansNamedInANormOrPractice(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-123-20180228", title: "أنقرة \"مستاءة\" من فرنسا بسبب عملية عفرين",
			text: "وقال المسؤول الفرنسي أن \"تركيا تنتهك القانون الدولي\" مضيفا ان \"لتركيا حقا مشروعا في حماية حدودها ولكن حماية الحدود لا تعني قتل المدنيين وإضافة حربا الى الحرب\".",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-1237-20180425", title: "مشروع قانون أميركي يحظر المساعدات لمناطق سيطرة النظام السوري",
			text: "ولا يسمح مشروع القانون بمثل هذه المساعدة إلا إذا أقر الرئيس الأميركي بأن الحكومة السورية قد توقفت عن استهداف المدنيين وتحقيق تقدم في ملفات حماية حقوق الإنسان.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-750-20180402", title: "مجددا.. أردوغان يتخطى الحدود",
			text: "وقال أردوغان إنه يريد أن تصبح تركيا \"واحدة من أكبر الدول الديمقراطية والاقتصادية في العالم\"، متناسيا أن بناء دولة ديمقراطية لا يقوم بقتل المدنيين في الخارج وخنق الحريات في الداخل.",
			not:  []string{"civilians"}},
		{id: "2015-08-09-657", title: "رئيس جامعة نايف العربية يدين الجريمة الإرهابية في عسير",
			text: "وتابع: لقد تجاوز هؤلاء المجرمون كل الخطوط الحمراء فلم يردعهم وازع من دين أو ضمير، فها هم يواصلون تفجير المساجد وقتل المصلين الركع السجود كما فعلوا من قبل.",
			not:  []string{"civilians"}},
		{id: "2015-08-09-1173", title: "الذين في قلوبهم زيغ",
			text: "إنما هو الوطن الذي بات هدفا للجماعات الإرهابية التي لا دين لها يحول بينها وبين تفجير بيوت الله وقتل المصلين فيها.",
			not:  []string{"civilians"}},
		// Guard: a harm masdar with no governing word tells the harm.
		{id: "guard-harm-told", title: "غارات على إدلب",
			text: "وأدانت المنظمة استهداف المدنيين في غارات جوية على ريف إدلب أسفرت عن مقتل 12 شخصا.",
			want: []string{"civilians"}},
		// Guard: "لا يزال" before the masdar says the harm goes on.
		{id: "guard-still", title: "الغوطة تحت القصف",
			text: "وقال المرصد إنه لا يزال قصف المدنيين مستمرا في الغوطة الشرقية رغم الهدنة، ما أدى إلى مقتل 5 أشخاص.",
			want: []string{"civilians"}},
		// Guard: worshippers killed in a told bombing, no practice pair
		// before them (BB-internationalNews-491).
		{id: "guard-worshippers-killed", title: "ذبح ثلاثة مصلين في مسجد في جنوب إفريقيا",
			text: "هاجم مسلحون مسجدا في مدينة ديربان وذبحوا ثلاثة مصلين وأصابوا آخرين.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestAlmanacColumnNamesNoParty pins round 49's m49afp almanac class: a
// column titled "هذا اليوم في التاريخ" or "في مثل هذا اليوم" lists
// anniversaries, history the golds code no party for (7 of 7 scored
// almanacs; almanacTitle, dates_onthisday.go). The not rows fail on
// main. Guard: "هذا اليوم" in a news title that is no almanac phrase keeps
// the parties of the strike it tells.
func TestAlmanacColumnNamesNoParty(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-25-436", title: "هذا اليوم في التاريخ",
			text: "1993 - إسرائيل تشن عملية ضد مواقع لحزب الله في جنوب لبنان انتهت في 31 يوليو واسفرت عن مقتل 132 شخصاً.",
			not:  []string{"hezbollah", "israel", "civilians"}},
		{id: "2015-08-01-399", title: "هذا اليوم في التاريخ",
			text: "1944 - الحرب العالمية الثانية: بداية إعدام أربعة آلاف من الغجر من النساء والرجال والأطفال في غرف الغاز في معسكر اوشفيتز النازي.",
			not:  []string{"civilians"}},
		// Guard: no almanac phrase, a strike told today.
		{id: "guard-news-today", title: "إسرائيل تقصف مواقع لحزب الله في هذا اليوم",
			text: "شنت إسرائيل اليوم غارات على مواقع لحزب الله في جنوب لبنان أسفرت عن مقتل 3 أشخاص.",
			want: []string{"hezbollah", "israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
