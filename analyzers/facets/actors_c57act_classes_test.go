package facets

import (
	"testing"
	"time"
)

// TestActorC57actHealthAim pins round 57's corpus audit c57act class: a
// targeting word beside a disease is a study's, a campaign's or a
// vaccination's aim, not an attack, and the sentence's illness keeps its
// people from being civilians harmed (healthAim, actors_civhealth.go).
// Every not row fails on main. Guards: a nerve-agent poisoning that
// targeted a man (an attack: rul46a-4), an air strike on a hospital for
// cancer patients (another attack word), and armed men who target and kill
// vaccinators (a killing word).
func TestActorC57actHealthAim(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-07-25-1238", title: "العوامل الوراثية سبب 98 % من «أطفال التوحد»",
			text: "واستهدفت الدراسة الكشف عن العوامل التي تحدث أثناء فترة الحمل وتتسبب في زيادة مخاطر الإصابة بالتوحد عند الأطفال، وفحص الباحثون بيانات 1000 طفل منهم 462 طفلا يعانون من اضطرابات التوحد.",
			not:  []string{"civilians"}},
		{id: "2015-08-10-995", title: "ركود البعوض يخفض إصابات الضنك بجدة",
			text: "ويقوم كل مثقف صحي بتوعية 15 – 20 منزلاً وتدوين أي بؤر داخلية أو خارجية كي يتم معاينتها من قبل نواقل المرض، كما تم استهداف المحلات التجارية والمجمعات الكبيرة داخل الحي، كما شملت الحملة زيارة المساجد لإلقاء محاضرة وتثقيف المصلين عند الخروج من المسجد.",
			not:  []string{"civilians"}},
		{id: "2015-08-09-1188", title: "1,5 مليون جرعة لتحصين حجاج الداخل ضد «الموسمية»",
			text: "ولفت إلى أن الصحة طبقت برنامج مكافحة الإنفلونزا الموسمية من خلال حملة التطعيم وفق مراحل استهدفت شريحة كبيرة من عامة المجتمع مثل النساء الحوامل والعاملين في مجال الرعاية الصحية ومرضى الأمراض المزمنة (مرضى السكري، الرئوي للقلب والكلى الأمراض وما إلى ذلك).",
			not:  []string{"civilians"}},
		// Guards.
		{id: "BB-internationalNews-746-20180704", title: "تسمم زوجين بريطانيين بـ\"غاز الأعصاب\" الذي استهدف الجاسوس سكريبال",
			text: "قالت الشرطة البريطانية إن رجلا وامرأة تعرضا لغاز الأعصاب نوفيتشوك نفسه الذي استخدم في الهجوم على العميل الروسي السابق سيرغي سكريبال وابنته في سالزبري.",
			want: []string{"civilians"}},
		{id: "c57act-hospital-strike", title: "غارة على مستشفى في إدلب",
			text: "استهدفت غارة جوية مستشفى لعلاج مرضى السرطان في مدينة إدلب ما أدى إلى إصابة 12 مدنيا.",
			want: []string{"civilians"}},
		{id: "c57act-vaccinators", title: "هجوم على فريق تطعيم",
			text: "استهدف مسلحون فريقا للتطعيم ضد الحصبة في بيشاور وقتلوا عاملين اثنين في الحملة وأصابوا ثلاثة مدنيين.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
