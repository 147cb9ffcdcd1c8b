package watch

import (
	"testing"
	"time"
)

// SaudiNewsNet records carry their only date as date_extracted (the time
// the article was crawled); the publication day is the issue date its URL
// carries, if any, and event dates such as "أمس" are resolved against it.
func TestParseArticleDateExtracted(t *testing.T) {
	cases := []struct {
		name, raw string
		want      time.Time
	}{
		{"saudinewsnet 2015-07-21-0", `{"id": "2015-07-21-0", "source": "aawsat", "date_extracted": "2015-07-21 02:51:32", "title": "بريطانيا: أربعة محاور لاستراتيجية جديدة", "body": "حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية"}`,
			time.Date(2015, 7, 21, 2, 51, 32, 0, time.UTC)}, // no date in its URL: the crawl's
		{"okaz issue date in the URL", `{"id": "2015-07-21-2414", "source": "okaz", "url": "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784708.htm", "date_extracted": "2015-07-21 02:27:16", "title": "57 قتيلاً في مجزرة للحوثي على أطراف عدن", "body": "أمس"}`,
			time.Date(2015, 7, 20, 0, 0, 0, 0, time.UTC)},
		{"aleqt date path", `{"id": "x", "url": "http://www.aleqt.com/2015/07/20/article_974922.html", "date_extracted": "2015-07-21 13:47:05", "title": "t"}`,
			time.Date(2015, 7, 20, 0, 0, 0, 0, time.UTC)},
		{"daytime crawl keeps its time", `{"id": "y", "url": "http://www.alriyadh.com/1066713", "date_extracted": "2015-07-21 13:05:37", "title": "t"}`,
			time.Date(2015, 7, 21, 13, 5, 37, 0, time.UTC)},
		{"a URL date after the crawl is not an issue date", `{"id": "z", "url": "http://example.com/2015/07/25/a", "date_extracted": "2015-07-21 13:05:37", "title": "t"}`,
			time.Date(2015, 7, 21, 13, 5, 37, 0, time.UTC)},
		{"a URL date long before the crawl is not an issue date", `{"id": "w", "url": "http://example.com/20100101/a", "date_extracted": "2015-07-21 13:05:37", "title": "t"}`,
			time.Date(2015, 7, 21, 13, 5, 37, 0, time.UTC)},
		{"digits inside a segment are no date", `{"id": "v", "url": "http://www.okaz.com.sa/new/Con20150720784708.htm", "date_extracted": "2015-07-21 13:05:37", "title": "t"}`,
			time.Date(2015, 7, 21, 13, 5, 37, 0, time.UTC)},
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
