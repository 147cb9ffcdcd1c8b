package facets

import (
	"testing"
	"time"
)

// TestOutletPatronGroupNoun pins round 57's m57afp class: a name inside
// another body's title. A militia named only as the patron of a news outlet
// ("وحدة الإعلام الحربي التابعة لحزب الله") is the teller of the news, no
// party (outletPatron, actors_match.go); the same patron named with its
// group noun between the tie and the name ("التابعة لجماعة حزب الله"،
// "لتلفزيون المنار التابع لجماعة حزب الله اللبنانية") was read as Hezbollah
// acting. The not rows fail on main. Guards: the patron whose own forces
// the article names in another sentence, and a group noun after a tie that
// owns fighters, not an outlet.
func TestOutletPatronGroupNoun(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool SK-middleEast-1890 (the whole body): Hezbollah's media unit tells of coalition strikes.
		{id: "SK-middleEast-1890-20180523", title: "غارات أميركية تستهدف مواقع عسكرية تابعة للنظام السوري",
			text: "نقلت وكالة رويترز للأنباء عن وحدة الإعلام الحربي التابعة لحزب الله الموالية للنظام السوري القول إن التحالف الدولي استهدف موقعين للجيش السوري شرقي سوريا.\nوقالت وحدة الإعلام الحربي التابعة لجماعة حزب الله اللبنانية في ساعة مبكرة من صباح الخميس إن طائرات حربية تابعة للتحالف بقيادة الولايات المتحدة استهدفت موقعين للجيش السوري في البادية السورية شرقي سوريا.\nوأضافت الوحدة المتحالفة مع دمشق أن الضربات وقعت قرب منشأة تي2 للطاقة التي تقع قرب الحدود مع العراق وعلى بعد نحو 100 كيلومتر غربي نهر الفرات حيث يدعم التحالف مقاتلين على الأرض في مواجهة تنظيم داعش.\nولم يتسن الوصول إلى متحدث باسم التحالف عبر الهاتف.",
			want: []string{"coalition", "syrian-government"}, not: []string{"hezbollah"}},
		// corpus BB-middleEast-330: Russia's ambassador speaks to Hezbollah's channel.
		{id: "BB-middleEast-330-20180411", title: "ترامب لروسيا: استعدي للصواريخ الذكية التي ستطلق على سوريا",
			text: "وقال سفير روسيا في لبنان لتلفزيون المنار التابع لجماعة حزب الله اللبنانية متحدثا بالعربية \"إذا شن الأمريكيون ضربة ... فسوف تُسقط الصواريخ، وحتى مصادر إطلاق الصواريخ\".",
			not:  []string{"hezbollah"}},
		// Guard: blind SK-middleEast-1082: the outlet's patron is also named at the struck base, and stays.
		{id: "SK-middleEast-1082-20180417", title: "ضربات صاروخية على قواعد جوية في سوريا",
			text: "وقال الإعلام الحربي التابع لجماعة حزب الله اللبنانية أيضا إن صواريخ استهدفت قاعدة جوية قرب دمشق.\nوكان التلفزيون السوري أعلن في وقت سابق عن ضربات صاروخية استهدفت مطار الشعيرات قرب شرق محافظة حمص، حيث أكبر القواعد التي تستخدمها العناصر الإيرانية، وحزب الله في سوريا.",
			want: []string{"hezbollah"}},
		// Guard: fighters, not an outlet, tied to the group.
		{id: "guard-fighters-tied", title: "اشتباكات في ريف حمص",
			text: "وقتل ثلاثة مقاتلين تابعين لجماعة حزب الله اللبنانية في اشتباكات مع فصائل المعارضة في ريف حمص.",
			want: []string{"hezbollah"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
