package facets

import "testing"

// Date classes of round 8 (testdata/fresh4-gold.jsonl and the corpora); real
// articles, ids cited, title and the opening of the body as published.
func TestEventDateRound8(t *testing.T) {
	cases := []struct {
		class, id, title, body, pub, want string
	}{
		// SaudiNewsNet's dates are crawl times: a bare اليوم is the day
		// the text names elsewhere as "اليوم الأربعاء".
		{"bare اليوم, today's weekday named below", "2015-08-06-1566", "القصاص من مواطن بجازان  والقتل تعزيراً لباكستاني بجدة",
			"نفذت وزارة الداخلية اليوم حكمين بالقتل أحدهما قصاصًا في أحد الجناة بمنطقة جازان والآخر تعزيراً في مهرب مخدرات بمحافظة جدة.\n" +
				"وتم تنفيذ الحكم الأول بالقتل قصاصاً اليوم الأربعاء بمدينة جيزان",
			"2015-08-06 01:14", "2015-08-05"},
		{"bare اليوم, today's weekday named below", "2015-07-21-1130", "الجوازات: 354 ألف تم تصحيح أوضاعهم من الأشقاء اليمنيين حتى اليوم",
			"بدأت المديرية العامة للجوازات اليوم الاثنين العمل على تصحيح أوضاع الأشقاء أبناء الجمهورية اليمنية المقيمين في المملكة بطريقة غير نظامية",
			"2015-07-21 13:01", "2015-07-20"},
		{"... and no weekday named: the publication day", "FR-internationalNews-2558-20180801", "هل تسعى السعودية لتصحيح مسار الملف الفلسطيني؟",
			"اهتمت الصحف العالمية اليوم بإيران التي ترفض وتشكك في عرض الرئيس الأمريكي إجراء محادثات مع قادتها لعدم ثقتها بواشنطن",
			"2018-08-01 09:37", "2018-08-01"},
	}
	for _, c := range cases {
		if got := Extract(c.title, c.body, pubAt(c.pub)).EventDate; got != c.want {
			t.Errorf("%s (%s): event date %q, want %q", c.class, c.id, got, c.want)
		}
	}
}
