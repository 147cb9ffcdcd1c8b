package facets

import (
	"testing"
	"time"
)

// TestActorQaedaBesideIdiomaticBase pins round 47's m47grp class: a bare
// "القاعدة" was dropped in any article that wrote a base word anywhere
// (basesNamed), so that "لقواعد القانون الدولي" in an army's statement, "قواعد
// الاشتباك"، "قاعدة بيانات" or the group itself written indefinite in a list
// ("من إخوان و قاعدة وداعش") hid al-Qaeda from Derna's war, where the
// sentences name its leader and its gunmen. A base word before a genitive or
// a name that makes it a rule, a database, a following or al-Qaeda itself
// (nonBaseNext) no longer says the article is about military bases. The first
// two rows fail on main.
//
// Guards: a military base named in the article still makes a bare
// "القاعدة" the base ("قاعدة حميميم"); a group only "close to" al-Qaeda
// ("مسلحين مقربين من القاعدة") gives no al-qaeda (ruling rul45d-2b), which
// the indefinite plurals of affiliationWords now say as the definite ones
// did.
func TestActorQaedaBesideIdiomaticBase(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2661-20180629 (cut)", title: "الجيش الليبي يطلق \"تحذيرا عسكريا\" يمس أطرافا دولية",
			text: "وشدد البيان على أن هذا العمل \"يعتبر انتهاكا صارخا لقواعد القانون الدولي، واعتداء سافرا على الدولة الليبية\".\nوخلال العمليات الأخيرة، أعلن الجيش عن مقتل زعيم القاعدة في المدينة عطية الشاعري، خلال اشتباكات مع المتشددين، مما شكل ضربة قاضية للتنظيم.",
			want: []string{"al-qaeda"}},
		{id: "SK-middleEast-2433-20180617 (cut)", title: "درنة..  أدلة تؤكد دعم تنظيم الإخوان لداعش والقاعدة",
			text: "كشف الجيش الليبي عن المزيد من الأدلة والوقائع التي تؤكد تآمر تنظيمات الإرهاب من إخوان و قاعدة وداعش على البلاد.\nوكان الجيش الوطني قد تمكن ميدانيا من تضييق الخناق على آخر جيوب مسلحي \"القاعدة\" بمنطقة وسط درنة.",
			want: []string{"al-qaeda"}},
		// Guards.
		{id: "made-up guard: a military base named", title: "تعزيزات روسية",
			text: "وصلت طائرات روسية جديدة إلى قاعدة حميميم في اللاذقية.\nوقال مسؤول إن القاعدة تستقبل تعزيزات منذ أسابيع.",
			not:  []string{"al-qaeda"}},
		{id: "SK-middleEast-1497-20180508 (cut)", title: "درنة الليبية تعود للواجهة مجددا.. فما أهميتها الاستراتيجية؟",
			text: "وأكد المتحدث أن الجيش لا يلتزم بقواعد الاشتباك التي يفرضها الإرهابيون.\nوتزامن ذلك مع تشكيل مسلحين مقربين من القاعدة، تحالفا تحت اسم \"مجلس شورى المجاهدين\"، بذريعة محاربة تنظيم داعش، واستهداف قوات الجيش الوطني الليبي.",
			not:  []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
