package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansPeopleM48act pins civilians named by their people as
// an attack's target (peopleVictimMentions, actors_civpeople.go): "الهجوم
// البشع على الأبرياء السوريين"، "الاعتداءات الإسرائيلية على المدنيين
// الفلسطينيين". attackedCivilians asks the sentence for an armed force;
// a people's adjective after the victims makes them a war's victims with
// none. The want rows fail on main. The guards: an attack to be deterred
// is none done, and a norm's civilians with no people's adjective stay
// none.
func TestActorCiviliansPeopleM48act(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-855-20180409", title: "ترمب يحمل بوتين مسؤولية كيمياوي دوما.. وسأرد خلال ساعات",
			text: "واستنكر ترمب ما وصفه بـ \"الهجوم البشع على الأبرياء\" السوريين في دوما، أثناء افتتاحه اجتماع الحكومة في البيت الأبيض.",
			want: []string{"civilians"}},
		{id: "FR-middleEast-245-20180409", title: "روسيا تدعو الغرب إلى \"التخلي عن خطاب الحرب\"",
			text: "واتى تصريح السفير الروسي بعيد إعلان الرئيس الأمريكي دونالد ترامب أنه سيتخذ قراراً بشأن عمل عسكري في سوريا خلال ساعات، وذلك في إطار رد واشنطن على \"الهجوم البشع على الأبرياء السوريين بأسلحة كيميائية محظورة\".",
			want: []string{"civilians"}},
		{id: "SK-middleEast-1716-20180515", title: "مصر \"تستنفر\" لاستقبال الجرحى الفلسطينيين",
			text: "رفعت مستشفيات شمال سيناء والإسماعيلية درجة استعدادها لاستقبال الجرحى الفلسطينيين من قطاع غزة، بعد قرار السلطات المصرية فتح معبر رفح أمام حركة عبور المصابين الفلسطينيين من جراء الاعتداءات الإسرائيلية على المدنيين الفلسطينيين في الاحتجاجات المنددة بنقل السفارة الأميركية إلى القدس.",
			want: []string{"civilians"}},
		// Guards: an attack to be deterred; victims with no people named.
		{id: "2015-08-04-85", title: "دولة إسلامية سورية بمباركة تركية / أميركية",
			text: "ولردع الأكراد والتنظيمات الدينية من دخوله أو الاعتداء على المدنيين السوريين اللاجئين إليه.",
			not:  []string{"civilians"}},
		{id: "2015-07-25-1422", title: "الأمم المتحدة تدعو إلى وقف القتال في ليبيا",
			text: "وبينت بعثة الأمم المتحدة للدعم في ليبيا أن الهجمات ضد المدنيين محظورة بموجب القانون الإنساني الدولي ويمكن أن تشكل جرائم حرب.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestActorUSWeighingM48act pins the United States told studying,
// preparing or deciding on a military act against Syria by a verb
// (weighingVerbs, actors_usweighed.go): "يبحثون الضربة العسكرية في
// سوريا"، "اتخاذ قرار بتوجيه ضربة عسكرية للنظام السوري". Round 48's
// rul48a-3 (v) codes the state for its threatened or prepared military
// action. The want rows fail on main. The guard: Western states
// threatening with no US named give no usa.
func TestActorUSWeighingM48act(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-internationalNews-328-20180412", title: "قادة الأجهزة الأمنية الأمريكية يبحثون الضربة العسكرية في سوريا",
			text: "وأشار إلى ضرورة أن يفحص مفتشون من منظمة حظر الأسلحة الكيميائية مكان الحادث في البلدة.",
			want: []string{"usa"}},
		{id: "SK-middleEast-965-20180412", title: "رسالة من نتانياهو لقادة إيران",
			text: "ويأتي ذلك فيما بدأت واشنطن ولندن خطوات عملية باتجاه اتخاذ قرار بتوجيه ضربة عسكرية للنظام السوري على خلفية هجوم كيماوي مفترض أسفر عن مقتل عشرات في بلدة دوما شرقي دمشق.",
			want: []string{"usa"}},
		// Guard: no US in the sentence.
		{id: "SK-internationalNews-909-20180412", title: "الإعلام الروسي يدق ناقوس الخطر",
			text: "وتناولت القناة قضايا عدة، أبرزها الأزمة السورية، وما استجد عنها في الأيام الماضية إثر توعد دول غربية بالرد عسكريا على ضربة كيماوية للنظام السوري.",
			not:  []string{"usa"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
