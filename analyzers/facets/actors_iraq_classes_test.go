package facets

import (
	"testing"
	"time"
)

// A state's forces named generically in a sentence set in Iraq are Iraq's
// (actors_iraq.go); the "want" rows fail without it, and the "not" rows
// guard another nation's or the Kurds' forces in such a sentence.
func TestActorGenericForceInIraqIsIraqs(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		{class: "generic force in Iraq", id: "FR-internationalNews-1883-20180618", title: "أنجلينا جولي تتفقد مخيمات اللاجئين السوريين في الموصل وكردستان العراق",
			text: "والسبت، تجولت جولي في الموصل، المدينة الرئيسية في شمال العراق التي استعادت القوات النظامية السيطرة عليها العام الماضي من قبضة تنظيم \"الدولة الإسلامية\".",
			want: []string{"iraqi-forces"}, not: []string{"syrian-government"}},
		{class: "generic force in Iraq", id: "SK-middleEast-3004-20180720", title: "بغداد تساند البصرة.. ودعوات لموجة جديدة من المظاهرات",
			text: "وكان مدير مكتب المفوضية العليا لحقوق الإنسان بفرع البصرة، مهدي التميمي، قد طالب الحكومة العراقية والقوات الأمنية بضرورة الإسراع بإطلاق سراح المتظاهرين الذين لم يثبت ارتكابهم أي جرم أثناء التظاهرات التي شهدتها البصرة.",
			want: []string{"iraqi-forces"}},
		{class: "another nation's forces", id: "SK-internationalNews-1851-20180529", title: "مقتل جندي تركي بـ\"رصاص كردي\" شمالي العراق",
			text: "ودأبت قوات الأمن والجيش التركيين على استهداف مواقع حزب العمال الكردستاني وملاحقة عناصره جنوبي وجنوب شرقي البلاد وشمالي العراق لما تصفه بأنه \"رد\" على هجمات ينفذها حزب العمال داخل تركيا بين الحين والآخر.",
			not:  []string{"iraqi-forces"}},
		{class: "another nation's forces", id: "FR-internationalNews-2458-20180723", title: "كردستان العراق: مسلحان يقتحمان مقر محافظة أربيل ويحتجزان رهائن",
			text: "وقد قال كل من نائب محافظ أربيل طاهر عبد الله ومسؤولون أمنيون قبل ذلك إن مسلحين اقتحما مبنى المحافظة ثم شرعا في إطلاق النار من النوافذ على قوات الأمن الكردية.",
			not:  []string{"iraqi-forces"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+" "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+" "+c.id+" actors", f.Actors, c.not...)
	}
}
