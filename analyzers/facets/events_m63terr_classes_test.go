package facets

import "testing"

// dernaLastHours is SK-middleEast-2563-20180624 (pool), the LNA's last
// hours in Derna: the army is named in full in the lead and bare
// ("الجيش الوطني") where it takes the city.
const dernaLastHours = "تدخل المعارك ساعاتها الأخيرة بين الجيش الوطني الليبي وتنظيم القاعدة الإرهابي في \"حي المغار\" وسط مدينة درنة الساحلية شرقي ليبيا لتطهير المدينة من مسلحي التنظيمات المتطرفة.\n" +
	"ومنذ بدء الهجوم الحاسم لقوات الجيش الليبي قام تنظيم القاعدة بتنفيذ واحد وعشرين تفجيرا انتحاريا بحزام ناسف وثلاثة عشرين استهدافا بسيارة مفخخة بحسب مصادر العسكرية ، لكنها لم تفلح في عرقلة تقدم الجيش الوطني باتجاه السيطرة الكاملة على المدينة وإخلائها من المتطرفين."

// dernaCoast is SK-middleEast-2192-20180606 (ant-all, a corpus move): the
// LNA takes Derna's coast, named in full and then bare.
const dernaCoast = "سيطر الجيش الوطني الليبي، الأربعاء، بالكامل على ساحل مدينة درنة بعد طرد الميليشيات التابعة لتنظيم القاعدة الإرهابي من مواقعهم.\n" +
	"كما بسط الجيش الوطني سيطرته على مستشفى \"الهريش\"، الذي كان المركز الطبي الرئيس للمتطرفين، إضافة لاستعادته شارع الفنار وسط المدينة."

// TestM63terrLibyanArmy pins the bare "الجيش الوطني" of a story that names
// Libya's national army in full as the government's side, not Syria's
// Turkish-backed national army the actors' lexicon reads it as
// (takerWithin: the bare army is the SNA only in a story that names
// Turkey, and not in the war on the Houthis). Of the pool and blind gold
// articles that name "الجيش الوطني" beside Libya (13 and 26), none codes
// sna; the LNA's captures are coded government-regains-territory. The
// first two rows fail on main (the taker read as sna made the capture a
// non-state takeover); the last guards the full name, typed right on
// main, against moving.
func TestM63terrLibyanArmy(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the bare national army of a Libyan story takes the city (pool)", "SK-middleEast-2563-20180624", "ليبيا.. الساعات الأخيرة على حسم معركة درنة",
			dernaLastHours, "2018-06-24 12:00", "government-regains-territory", true},
		{"the same: no non-state takeover (pool)", "SK-middleEast-2563-20180624", "ليبيا.. الساعات الأخيرة على حسم معركة درنة",
			dernaLastHours, "2018-06-24 12:00", "non-state-actor-overtakes-territory", false},
		{"the bare national army extends its hold: no non-state takeover (corpus)", "SK-middleEast-2192-20180606", "تحرير ساحل درنة بالكامل.. ورصد موقع قادة الميليشيات",
			dernaCoast, "2018-06-06 12:00", "non-state-actor-overtakes-territory", false},
		{"guard: the army named in full takes the coast (corpus)", "SK-middleEast-2192-20180606", "تحرير ساحل درنة بالكامل.. ورصد موقع قادة الميليشيات",
			dernaCoast, "2018-06-06 12:00", "government-regains-territory", true},
	})
}
