package facets

import "testing"

// Round 45's event-type audit (m45evr) found a deal missed when the verb
// that announces it stands past four words back, its subject between:
// "أعلنت وكالة الأنباء السورية الرسمية "سانا"، التوصل لاتفاق مع مسلحي
// الفصيل المعارض" (reachedTold read only four words back). An announcing
// verb (reachAnnounced) now counts up to eight words back, the look back
// still stopped by a word of aim (reachSought). Guard: a Douma deal told
// near (قرب), not reached.
func TestEventTypesDealAnnouncedAcrossSubject(t *testing.T) {
	checkTypes(t, []typeCase{
		{"SANA announces a Douma deal with Jaish al-Islam", "SK-middleEast-709-20180401",
			"سوريا.. اتفاق نهائي بشأن الأوضاع في مدينة دوما",
			"أعلنت وكالة الأنباء السورية الرسمية \"سانا\"، التوصل لاتفاق مع مسلحي الفصيل المعارض\"جيش الإسلام\" في الغوطة الشرقية لدمشق.",
			"2018-04-01 12:00", "agreement", true},
		{"guard: a Douma deal told near, not reached", "SK-middleEast-659-20180330",
			"دوما.. تضارب بشأن \"الاتفاق المستعصي\"",
			"ونقلت وكالة \"إنترفاكس\" الروسية الخبر عن مصادر عسكرية، فيما أكد التلفزيون السوري وجود \"معلومات أولية\" عن قرب التوصل لاتفاق خروج المسلحين من دوما إلى إدلب.",
			"2018-03-30 12:00", "agreement", false},
	})
}
