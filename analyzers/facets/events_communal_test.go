package facets

import "testing"

// A clash told between Muslims and the followers of another faith, with
// no armed side named, is two communities' crowds fighting: mob violence,
// not an armed clash. A militia's fight, or a clash naming one community
// only, is not retyped.
func TestEventTypesCommunalClash(t *testing.T) {
	const (
		clash = "armed-clash"
		mob   = "mob-violence"
	)
	const (
		kandy       = "قال متحدث باسم حكومة سريلانكا، الثلاثاء، إن السلطات أعلنت حالة #الطوارئ لمدة عشرة أيام، للحيلولة دون اتساع نطاق أعمال عنف طائفية، وذلك بعد يوم من اندلاع اشتباكات بين بوذيين ومسلمين في منطقة كاندي بوسط الجزيرة الواقعة في المحيط الهندي."
		mosques     = "قال مسؤولون في سريلانكا، الخميس، إنهم رفعوا الحظر على موقع فيسبوك عقب مناقشات مع شبكة التواصل الاجتماعي.\nوقتل شخصان على الأقل في اشتباكات الأسبوع الماضي عندما هاجم بوذيون، أغضبهم مقتل سائق على أيدي مسلمين، مساجد وممتلكات لمسلمين في منطقة كاندي بوسط البلاد."
		amal        = "وشاركت حركة أمل برئاسته في الحرب الأهلية اللبنانية (1975-1990)، وخاضت مواجهات مع أطراف عديدة بينها الميليشيات المسيحية، والفصائل الفلسطينية."
		aqsaMuslims = "واندلعت مواجهات خفيفة الأحد بين إسرائيليين متشددين كانوا يرغبون في زيارة المسجد الأقصى وبين حراس المسجد المسلمين."
	)
	checkTypes(t, []typeCase{
		{"Buddhists and Muslims clashing in Kandy", "AL-internationalNews-367-20180306",
			"أزمة الروهينغا تصل سريلانكا.. والحكومة تعلن الطوارئ", kandy, "2018-03-06 14:51", mob, true},
		{"Buddhists and Muslims clashing in Kandy, no clash", "AL-internationalNews-367-20180306",
			"أزمة الروهينغا تصل سريلانكا.. والحكومة تعلن الطوارئ", kandy, "2018-03-06 14:51", clash, false},
		{"Buddhist crowds attacking Muslims' mosques", "SK-technology-175-20180316",
			"بعد أسبوع الحجب.. فيسبوك يعود إلى سريلانكا", mosques, "2018-03-16 09:12", clash, false},
		// Near misses: a militia's fights, one community named.
		{"Amal's war with the Christian militias", "FR-internationalNews-1398-20180523",
			"لبنان: انتخاب نبيه بري رئيسا لمجلس النواب للمرة السادسة على التوالي", amal, "2018-05-23 12:12", mob, false},
		{"Israelis and the Aqsa's Muslim guards", "FR-internationalNews-1221-20180513",
			"إسرائيل تقر مشروع تلفريك مثير للجدل يربط القدس الغربية بحائط المبكى", aqsaMuslims, "2018-05-13 16:43", mob, false},
	})
}
