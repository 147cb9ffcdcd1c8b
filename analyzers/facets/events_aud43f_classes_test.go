package facets

import "testing"

// TestEventTypesTurnoutCalled pins a protest a call asks its addressees to
// go out to or hold (turnoutCalled, events_protestcall.go): "جدد دعوته
// للعراقيين بالخروج في تظاهرة مليونية"، "ندعو المحافظات الأخرى إلى الخروج
// بمظاهرات" name a protest not yet held. The true rows fail on main (round
// 43's Iraqi speaker calling for an election-day demonstration, the
// corpus's Basra statement). Guards: a protest held at a call ("خرجوا في
// تظاهرة بدعوة من"), and a call on something else before a protest held.
func TestEventTypesTurnoutCalled(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the speaker renews his call on Iraqis to go out in a demonstration", "SK-middleEast-827-20180407", "الجبوري: العراق لم يستطع القضاء على الفساد حتى الآن",
			`قال رئيس مجلس النواب العراق سليم الجبوري، السبت، ان بلاده "لم تستطع" الى الان القضاء على ظاهرة الفساد، فيما جدد دعوته للعراقيين بالخروج في "تظاهرة مليونية" في يوم الانتخابات "من اجل التغيير".
وجدد الجبوري دعوته الى العراقيين، للقيام بـ"تظاهرة مليونية في يوم الانتخابات التشريعية المقبلة، من اجل ان يحددوا رفضهم او قبولهم بدون تردد، من اجل التغيير".`,
			"2018-04-07 08:50", "peaceful-protest", false},
		{"we call on the other provinces to go out in demonstrations", "", "أهالي البصرة يطالبون بحلول لمشكلات مدنهم",
			`وقال البيان: كما ندعو المحافظات الأخرى إلى الخروج بمظاهرات مشابهة ووفق الدستور الذي يضمن لنا حق التظاهر.`,
			"2015-07-31 12:00", "peaceful-protest", false},
		{"guard: a protest held at a call", "", "الآلاف يتظاهرون في بغداد",
			`خرج آلاف العراقيين الجمعة في تظاهرة حاشدة بساحة التحرير بدعوة من لجان التنسيق.
ورفع المتظاهرون لافتات تطالب بمحاسبة الفاسدين.`,
			"2018-07-20 20:00", "peaceful-protest", true},
		{"guard: a call for something else after a protest held", "", "الآلاف يتظاهرون في بغداد",
			`جدد الناشطون دعوتهم للحكومة بعد المشاركة في تظاهرة حاشدة الجمعة في ساحة التحرير.`,
			"2018-07-20 20:00", "peaceful-protest", true},
	})
}
