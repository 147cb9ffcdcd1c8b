package facets

import "testing"

// TestActorWinFoe pins ISIS named only as the group a win was won over,
// with words between the win noun and "على"/"ضد" (winBefore,
// actors_defeatfoe.go), as no party outside a Syria story: Zarif's
// reconstruction offer "بعد الانتصار الذي تحقق على عصابات داعش" and a
// Baghdad protest story's "انتصارات كبيرة ضد داعش". The not rows fail on
// m37f. The guards: a win told beside a toll, and a win in a sentence of
// battles, keep the group.
func TestActorWinFoe(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-economy-11-20180215", title: "رغم تغلغلها في اقتصاد العراق..لم تنصلت إيران من إعماره؟",
			text: "وبحسب البيان الذي أصدره المكتب الإعلامي لرئيس الوزراء العراقي، أبدى ظريف \"دعم بلاده الكامل للعراق في مجال الإعمار بعد الانتصار الذي تحقق على عصابات داعش الإرهابية وتوحيد البلد\"، مبيناً أن \"لدى الشركات الإيرانية رغبة كبيرة للعمل في العراق\".",
			not:  []string{"isis"}},
		{id: "2015-08-08-574", title: "العراق... مظاهرات عارمة تطالب برحيل الحكومة",
			text: "وأضاف «نشاهد، اليوم، حملة فيسبوكية من جهات غير معلومة تدعو لإسقاط الحكومة في الوقت الذي يحقق الحشد الشعبي والقوات الأمنية انتصارات كبيرة ضد داعش» وأضاف أن «هناك عوامل تدعو لسخط الناس أبرزها أزمة الخدمات والكهرباء».",
			not:  []string{"isis"}},
		// Guard: the win told with its dead.
		{id: "made-up guard", title: "القوات العراقية تتقدم في الأنبار",
			text: "وحققت القوات العراقية انتصارات كبيرة ضد داعش أسفرت عن مقتل 20 من عناصره في الأنبار.",
			want: []string{"isis"}},
		// Guard: a win in the battles themselves.
		{id: "made-up guard 2", title: "القوات العراقية تتقدم في الأنبار",
			text: "وحققت القوات العراقية انتصارات في المعارك ضد داعش في الأنبار.",
			want: []string{"isis"}},
	})
}
