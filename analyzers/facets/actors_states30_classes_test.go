package facets

import (
	"testing"
	"time"
)

// TestActorStackedNationalities pins a force shared by states whose
// adjectives stand stacked with no و (stackedNationality, actors_forces.go):
// each state of the list is read, and a joint operation is military by a
// modifier after the whole list ("مشتركة"), and an attack two states or
// more make together is their strike with no modifier (attackHeads); the
// want rows fail on main. The guards: one state's bare attack stays words,
// and a state's adjective stacked after a people's is where that people is
// from ("القوات الكردية السورية" are no regime forces).
func TestActorStackedNationalities(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-102-20180226", title: "وابل القصف على غوطة دمشق يحصد المزيد من الأرواح",
			text: "أفادت مصادر طبية في غوطة دمشق لسكاي نيوز عربية بارتفاع حصيلة القتلى إلى 28 مدنياً، معظمهم من الأطفال، إضافة إلى أكثر من 200 مصاب، بينهم 21 مدنياً في دوما، إثر غارات جوية سورية روسية وقصف صاروخي مكثف على الأحياء السكنية على مدينة دوما ومدن وبلدات الغوطة الشرقية المحاصرة.",
			want: []string{"syrian-government", "russia"}},
		{id: "SK-middleEast-1618-20180512", title: "لبنان.. رهينة حزب الله في \"المواجهة الكبرى\"",
			text: "بعد ليلة تبادل القصف الإسرائيلي الإيراني، تناثرت بقايا صواريخ على جنوبي لبنان، لتعطي بذلك صورة للتداعيات المحتملة والأثمان التي قد يدفعها لبنان مع كل تطور عسكري في المنطقة.",
			want: []string{"israel", "iran"}},
		{id: "SK-middleEast-1831-20180520", title: "واشنطن بوست: البغدادي حي.. ويدبر مخططا \"جهنميا\"",
			text: "وقال قيادي سابق في داعش، أوقف في عملية عراقية أميركية مشتركة، إن البغدادي نادى على مساعدين له في تلك الظروف \"العصيبة\" حتى يطمئن على المستقبل الأيديولوجي للتنظيم.",
			want: []string{"iraqi-forces", "usa"}},
		{id: "SK-middleEast-1131-20180419", title: "موسكو تتهم المعارضة بعرقلة مفتشي الكيماوي في دوما",
			text: "وكان هجوم أميركي بريطاني فرنسي استهدف أهدافا سورية، فجر السبت الماضي، ردا على الهجوم في دوما.",
			want: []string{"usa"}},
		// Guard: one state's bare attack is words.
		{id: "AL-internationalNews-1675-20180618", title: "هجوم إسرائيلي على الأمير ويليام بسبب \"تشويه الحقائق\"",
			text: "هجوم إسرائيلي على الأمير ويليام بسبب \"تشويه الحقائق\".",
			not:  []string{"israel"}},
		// Guards: Syria's Kurds by a people's adjective, then the state's.
		{id: "SK-middleEast-766-20180404", title: "مسؤولون بريطانيون في القامشلي للتضامن مع الأكراد",
			text: "وأضاف في تصريحات أدلى بها في مدينة القامشلي الواقعة في منطقة تخضع معظمها لسيطرة القوات الكردية السورية \"نحن نقدم أيضا تضامننا من القلب\".",
			not:  []string{"syrian-government"}},
		{id: "2015-07-23-593", title: "الجيش التركي يقصف موقع إطلاق النار في سوريا",
			text: "وكان هؤلاء تجمعوا في تحرك لإعادة إعمار كوباني، المدينة الكردية شمال سوريا التي دمرتها معارك ضارية انتهت بانتصار الميليشيات الكردية السورية على تنظيم داعش.",
			not:  []string{"syrian-government"}},
		{id: "2015-07-27-922", title: "المدفعية التركية تقصف مواقع كردية عراقية",
			text: "المدفعية التركية تقصف مواقع كردية عراقية.",
			want: []string{"turkey"}, not: []string{"iraqi-forces"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
