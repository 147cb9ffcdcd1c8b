package facets

import (
	"testing"
	"time"
)

// TestActorLoneAttackVictims pins round 46's ruling rul46a-1 as fol46a
// reads it: the victims of a lone gunman, a knifeman, a driver who rams a
// crowd or a gang of smugglers are no civilians where the text ties the
// attacker to no armed group and calls the attack terrorist nowhere but in
// a denial (loneAttackStory, actors_civlone.go). The not rows fail on
// main.
//
// Guards: a knife attack the text calls terrorist with a passer-by killed
// keeps civilians; a bombing keeps its victims (the IED convention);
// hostages are not covered; a foiled plot's story keeps the earlier
// attack's passer-by, as the pool's gold does; a stabbing in an occupied
// land (settlers, soldiers) is no lone crime.
func TestActorLoneAttackVictims(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-25-393", title: "مسلح يقتل شخصين ويصيب سبعة داخل سينما ثم ينتحر",
			text: "قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح أطلق النار داخل صالة سينما في مدينة لافاييت بولاية لويزيانا (جنوب الولايات المتحدة) ثم انتحر، كما أفادت الشرطة.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-1217-20180427", title: "مقتل 7 تلاميذ طعنا بالسكين في الصين",
			text: "أعلنت السلطات الصينية مقتل 7 أطفال، وإصابة 19 آخرين، في هجوم طعنا بالسكين، أثناء عودتهم من المدرسة في شمال الصين، الجمعة. ولم تدل السلطات الصينية بأي تصريحات عن الدوافع المتوقعة للهجوم الدامي.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-3188-20180909", title: "باريس.. هجوم بالسكين يسفر عن وقوع ضحايا",
			text: "أصيب 7 أشخاص بجروح، مساء الأحد في باريس، بعد أن تعرضوا لهجوم شنه رجل تم إلقاء القبض عليه وكان يحمل سلاحا أبيض وقضيبًا من حديد. وأوضح مصدر قريب من التحقيق أن \"لا شيء في هذه المرحلة يظهر مؤشرات على الطابع الإرهابي\" لهذا الاعتداء.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-849-20180407", title: "أول فيديو لموقع الموت بألمانيا",
			text: "وذكرت متحدثة باسم وزارة الداخلية الألمانية أن 4 أشخاص قتلوا، بينهم السائق الذي قالت الشرطة المحلية في وقت سابق إنه \"قتل نفسه بالرصاص\"، بعد أن دهس الحشد وأصاب نحو 30 شخصا بجروح.",
			not:  []string{"civilians"}},
		{id: "SK-internationalNews-2142-20180615", title: "هنغاريا.. سجن أفراد عصابة قتلوا 71 مهاجرا",
			text: "قضت محكمة هنغارية، الخميس، بسجن رجال من أفراد عصابة لتهريب البشر لمدة 25 عاما لتركهم 71 رجلا وامرأة وطفلا يموتون اختناقا داخل شاحنة في عام 2015. ووجهت للرجال الأربعة تهمة قتل الضحايا اختناقا في شاحنة.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "made-up guard: a terrorist knifeman", title: "مقتل أحد المارة في هجوم بسكين في باريس",
			text: "قتل مهاجم أحد المارة في هجوم بسكين أصاب خلاله أيضاً أربعة آخرين قبل أن تقتله الشرطة. وأشاد الرئيس برجال الشرطة لتحييدهم الإرهابي.",
			want: []string{"civilians"}},
		{id: "made-up guard: a bombing", title: "مقتل 5 أشخاص في انفجار عبوة ناسفة بمقهى",
			text: "قتل خمسة أشخاص وأصيب عشرة آخرون في انفجار عبوة ناسفة داخل مقهى، ثم طعن رجل أحد الجرحى بالسكين.",
			want: []string{"civilians"}},
		{id: "SK-internationalNews-1629-20180518", title: "إفشال محاولة اعتداء جديدة في فرنسا.. وتوقيف مصريين",
			text: "أعلن وزير الداخلية الفرنسي، الجمعة، أنه تم إفشال محاولة اعتداء جديدة في فرنسا. وذكرت السلطات الفرنسية أن مهاجما قتل أحد المارة في هجوم بسكين أصاب خلاله أيضا 5 آخرين في قلب باريس، مساء السبت الماضي، قبل أن تقتله الشرطة بالرصاص.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
