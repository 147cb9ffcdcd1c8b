package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansM48civ pins the medics, witnesses and residents an
// attribution names as the source of a toll or an account ("وفق مسعفين
// وأطباء"، "بحسب سكان محليين"، quotedPeople, actors_speakers.go): they tell
// the news and are not its victims, as round 43's ruling 6 leaves
// civilians out of a chemical attack whose dead are only "أشخاص". The not
// rows fail on main. The guards: civilians the same sentence reports
// killed or targeted stay, whoever reports them.
func TestActorCiviliansM48civ(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// The source of the toll, after the toll or inside its verb.
		{id: "FR-internationalNews-732-20180416", title: "واشنطن تعتزم فرض عقوبات على روسيا بسبب \"استخدام النظام السوري لأسلحة كيميائية\"",
			text: "أعلنت منظمة حظر الأسلحة الكيميائية على موقع تويتر وصول فريق تقصي حقائق الى دمشق ظهر السبت تمهيدا للتحقيق في الهجوم الكيميائي المفترض في دوما الذي أدى في السابع من نيسان/أبريل إلى مقتل أربعين شخصا، وفق مسعفين وأطباء محليين.",
			not:  []string{"civilians"}},
		{id: "FR-middleEast-296-20180414", title: "دمشق تندد بالضربات الغربية",
			text: "وجاء توجيه هذه الضربات ردا على هجوم كيميائي \"مفترض\" في مدينة دوما السبت الماضي، والتي كانت آخر معقل لفصائل المعارضة قرب دمشق، تسبب بمقتل أكثر من أربعين شخصا وفق مسعفين وأطباء، واتهمت دمشق بتنفيذه.",
			not:  []string{"civilians"}},
		{id: "FR-middleEast-272-20180413", title: "دوما محور اهتمام المجتمع الدولي",
			text: "وباتت مدينة دوما منذ أيام محور اهتمام المجتمع الدولي إثر تقارير عن شن هجوم كيميائي السبت أسفر وفق مسعفين وأطباء عن مقتل أكثر من 40 شخصا، ودفع بدول غربية على رأسها الولايات المتحدة إلى التلويح برد عسكري.",
			not:  []string{"civilians"}},
		{id: "FR-middleEast-382-20180430", title: "ضربات غربية على مواقع النظام السوري",
			text: "وفي الرابع عشر من نيسان/أبريل، كانت الولايات المتحدة وفرنسا وبريطانيا قد شنت ضربات استهدفت العديد من المواقع العسكرية التابعة للنظام السوري، ردا على هجوم كيميائي مفترض أدى بحسب مسعفين إلى مقتل العشرات في مدينة دوما التي كانت معقلا لفصائل المعارضة المسلحة في الغوطة الشرقية.",
			not:  []string{"civilians"}},
		// The source of an account of strikes on fighters.
		{id: "AL-internationalNews-1699-20180619", title: "غارات للتحالف على آليات الحوثيين في الحديدة",
			text: "وبحسب سكان محليين، فقد شن طيران التحالف غارات مركزة استهدفت آليات عسكرية للحوثيين في شوارع الحديدة، ما أدى إلى تدميرها ومقتل من كانوا على متنها.",
			not:  []string{"civilians"}},
		// Guards: civilians the sentence reports killed or targeted.
		{id: "AL-internationalNews-481-20180315", title: "مقتل مدنيين بانفجار عبوة حوثية جنوب الحديدة",
			text: "إلى ذلك، انفجرت عبوة ناسفة زرعتها ميليشيا الحوثي الانقلابية على الطريق الرابط بين الخوخة وحيس جنوب الحديدة، ما أدى إلى مقتل مدنيين، وفق سكان محليين.",
			want: []string{"civilians"}},
		{id: "AL-internationalNews-1395-20180531", title: "مقتل أسرة بانفجار لغم حوثي",
			text: "وبحسب سكان محليون، فإن الأسرة عادت قبل أيام قليلة، إلى منزلها الذي نزحت منه في قرية القوز، عقب طرد ميليشيات الحوثي من المنطقة، والتي تعمدت زرع الغام وعبوات ناسفة بشكل كثيف في القرى السكنية والمزارع، والطرقات، بهدف إيقاع أكبر عدد من الضحايا المدنيين.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorCiviliansMarchTollM48civ pins round 43's ruling (class 2) on
// the return marches' running toll told in a sentence of its own, with
// gunfire and no protest word beside it, in a story that tells the
// marches or their marchers elsewhere (firedAtMarchers,
// actors_civmarch.go): "وقتل 125 فلسطينيا برصاص إسرائيلي على الحدود منذ 30
// آذار/مارس" counts the marchers, no civilians. The not rows fail on
// main. The guard: a shooting in a story that tells no march keeps its
// victims.
func TestActorCiviliansMarchTollM48civ(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-1675-20180606", title: "رئيسة الحكومة البريطانية تعرب لنظيرها الإسرائيلي عن قلقها حيال الوضع في غزة",
			text: "ويخرج المتظاهرون في غزة منذ 30 آذار/مارس في احتجاجات أمام الحدود في إطار ما يسمى \"مسيرة العودة\" للمطالبة بعودة الفلسطينيين للأراضي التي فروا أو أخرجوا منها في حرب 1948 عند إعلان قيام دولة إسرائيل. وقتل 125 فلسطينيا برصاص إسرائيلي على الحدود منذ 30 آذار/مارس.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-807-20180406", title: "مسيرات غزة تدخل أسبوعها الثاني بـ\"جمعة الكاوتشوك\"",
			text: "ويأمل الشبان الفلسطينيون في أن يمنع دخان إطارات السيارات القناصة الإسرائيليين المنتشرين على طول الحدود من استهدافهم، حيث قتل 20 فلسطينيا على مدار الأسبوع الماضي برصاص القناصة.",
			not:  []string{"civilians"}},
		{id: "AL-internationalNews-1920-20180713", title: "مقتل فلسطيني برصاص إسرائيلي شرق غزة",
			text: "وقال أشرف القدرة لوكالة فرانس برس: \"قتل عثمان رامي حلس (15 عاما) إثر إصابته برصاصة في الصدر أطلقها جنود الاحتلال الإسرائيلي عليه أثناء مشاركته في مسيرات العودة السلمية شرق مدينة غزة\".",
			not:  []string{"civilians"}},
		// Guard: no march in the story.
		{id: "AL-internationalNews-2029-20180723", title: "مقتل فلسطيني برصاص الجيش الإسرائيلي في الضفة الغربية",
			text: "قتل فتى فلسطيني يبلغ 15 عاما برصاص #الجيش_الإسرائيلي ليل الأحد- الاثنين بالقرب من #بيت_لحم بجنوب الضفة الغربية المحتلة، بحسب ما أعلنت وزارة الصحة الفلسطينية.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
