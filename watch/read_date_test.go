package watch

import (
	"testing"
	"time"
)

// SaudiNewsNet records carry their only date as date_extracted (the day the
// article was crawled); event dates such as "أمس" are resolved against it.
func TestParseArticleDateExtracted(t *testing.T) {
	cases := []struct {
		name, raw string
		want      time.Time
	}{
		{"saudinewsnet 2015-07-21-0", `{"id": "2015-07-21-0", "source": "aawsat", "date_extracted": "2015-07-21 02:51:32", "title": "بريطانيا: أربعة محاور لاستراتيجية جديدة", "body": "حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية"}`,
			time.Date(2015, 7, 21, 2, 51, 32, 0, time.UTC)},
		{"date wins over date_extracted", `{"id": "a", "title": "t", "date": "2018-02-13", "date_extracted": "2015-07-21 02:51:32"}`,
			time.Date(2018, 2, 13, 0, 0, 0, 0, time.UTC)},
		{"no date", `{"id": "b", "title": "t"}`, time.Time{}},
	}
	for _, c := range cases {
		d, err := ParseArticle([]byte(c.raw))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !d.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.name, d.Published, c.want)
		}
	}
	if _, err := ParseArticle([]byte(`{"id": "c", "title": "t", "date_extracted": "yesterday"}`)); err == nil {
		t.Error("an unreadable date_extracted was accepted")
	}
}
