package facets

import "testing"

// A deal, a shipment or a smuggling of arms foiled (إحباط تهريب كمية من
// الأسلحة) is disrupted weapons use; a foiled smuggling of drugs is no
// event of the war. Real articles of the shared corpora (none from the gold
// data).
func TestEventTypesFoiledArmsSmuggling(t *testing.T) {
	const typ = "disrupted-weapons-use"
	checkTypes(t, []typeCase{
		{"a smuggling of arms foiled at the border", "2015-07-26-1451", "حرس الحدود بعسير يحبط تهريب كمية من الأسلحة والذخيرة",
			"سعود الدعجاني - سبق - عسير: تمكن أفراد دوريات حرس الحدود بقطاع ظهران الجنوب بمنطقة عسير من إحباط تهريب كمية من الأسلحة والذخيرة، وذلك أثناء ممارسة الدوريات عملها، وسط إشادة المسؤولين بقطاع حرس الحدود بالجهود المبذولة في المديان ويقظة أفراد حرس الحدود ليكون سداً منيعاً لمن يحاول المساس بأمن هذا البلد.",
			"2015-07-26 22:31", typ, true},
		{"guard: a smuggling of drugs foiled", "2015-08-08-20", "جمرك الحديثة يحبط تهريب 320 ألف حبة كبتاجون",
			"عين اليوم – الرياض\nأحبط رجال الجمارك بمنفذ الحديثة,عملية تهريب 320 ألف حبة كبتاجون.\nوأوضح مدير عام جمرك الحديثة إبراهيم العنزي, أن الكمية كانت مخباة داخل 6 جوالين بلاستيكية بطريقة محكمة في شاحنة نقل ورق صحي, وبعد تفتيشها من قبل المراقب الجمركي عُثر على المضبوطات.",
			"2015-08-08 14:45", typ, false},
	})
}
