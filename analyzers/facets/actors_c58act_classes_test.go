package facets

import (
	"testing"
	"time"
)

// fatahRecount is FR-middleEast-906-20180810's lead and recount paragraph
// (round 58's c58act sample): the PMF only as members of the Fatah list.
const fatahRecount = "أبقت عملية إعادة فرز الأصوات في الانتخابات التشريعية في العراق على تحالف الزعيم الشيعي البارز مقتدى الصدر مع الشيوعيين في صدارة الفائزين بالمقاعد، حيث تحصل على 54 مقعدًا، فيما احتفظت قائمة \"الفتح\" التي تضم قياديين من قوات الحشد الشعبي بالمركز الثاني مع 48 مقعدًا بدلاً من 47.\n" +
	"والتغيير الوحيد الذي طرأ بعد الفرز اليدوي يتعلّق بقائمة \"الفتح\" التي تضم قياديين من قوات الحشد الشعبي الذي قاتل تنظيم \"الدولة الإسلامية\"، والتي فازت بمقعد إضافي على حساب قائمة محلية في بغداد."

// TestActorC58actFatahBloc pins round 58's corpus audit c58act class (round
// 56's too): the PMF named only as the factions an electoral list holds
// ("تحالف "الفتح" الذي يضمّ فصائل الحشد الشعبي") is no party to a war
// (fatahBlocMember, actors_fatahbloc.go). Every not row fails on main.
// Guards: the PMF's offices burnt by protesters, named before the list's
// name; the same recount with the PMF fighting in its own sentence; and a
// joining verb with no list (an operations room that holds the PMF).
func TestActorC58actFatahBloc(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-middleEast-906-20180810", title: "العراق: قائمة الصدر تحتفظ بالصدارة في الانتخابات التشريعية بعد إعادة فرز الأصوات",
			text: fatahRecount, not: []string{"pmf"}},
		{id: "FR-internationalNews-1447-20180525", title: "تفجير في بغداد يستهدف مقر الحزب الشيوعي حليف مقتدى الصدر",
			text: "استهدفت عبوتان ناسفتان مساء الجمعة مقر الحزب الشيوعي العراقي في وسط بغداد، حسب متحدث باسم ائتلاف \"سائرون\".\n" +
				"وتقدم \"سائرون\" على تحالف \"الفتح\" (47 مقعدا) الذي يتزعمه هادي العامري ويضمّ فصائل الحشد الشعبي التي تكلفت دورا حاسما في دعم القوات الأمنية لدحر تنظيم \"الدولة الإسلامية\".",
			not: []string{"pmf"}},
		{id: "FR-internationalNews-1324-20180519", title: "العراق: الصدر على رأس نتائج الانتخابات التشريعية والحكومة المقبلة رهن التحالفات والمفاوضات",
			text: "أعلنت المفوضية العليا للانتخابات عن النتائج النهائية الرسمية للانتخابات العراقية ليل الجمعة السبت. وحلّ تحالف \"سائرون\" الذي يجمع الصدر والحزب الشيوعي وبعض أحزاب التكنوقراط، في المرتبة الأولى بـ54 مقعدا.أما تحالف \"الفتح\" الذي يضمّ فصائل الحشد الشعبي، فحلّ ثانيا على مستوى العراق بـ47 مقعدا.\n" +
				"أما تحالف \"الفتح\" الذي يتزعمه هادي العامري ويضمّ فصائل الحشد الشعبي التي لعبت دورا حاسما في دعم القوات الأمنية لدحر تنظيم \"الدولة الإسلامية\" فحلّ ثانيا على مستوى العراق بـ47 مقعدا.",
			not: []string{"pmf"}},
		// Guards.
		{id: "SK-middleEast-3562-20180908", title: "أحداث البصرة.. هل بدأت نهاية النفوذ الإيراني في العراق؟",
			text: "كما أقدم المتظاهرون على حرق مقرات فصائل \"الحشد الشعبي\"، ومنظمة بدر، التي يتزعمها رئيس تحالف الفتح، هادي العامري، وعصائب أهل الحق لزعيمها، قيس الخزعلي.",
			want: []string{"pmf"}},
		{id: "c58act-recount-fighting", title: "العراق: قائمة الصدر تحتفظ بالصدارة في الانتخابات التشريعية بعد إعادة فرز الأصوات",
			text: fatahRecount + "\nوفي الأثناء هاجمت فصائل الحشد الشعبي مواقع لتنظيم داعش قرب تلعفر وقتلت عشرة من عناصره.",
			want: []string{"pmf"}},
		{id: "c58act-operations-room", title: "هجوم على داعش قرب تلعفر",
			text: "وأعلنت غرفة العمليات التي تضم فصائل الحشد الشعبي والجيش العراقي بدء هجوم على مواقع تنظيم داعش قرب تلعفر.",
			want: []string{"pmf"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
