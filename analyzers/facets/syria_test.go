package facets

import "testing"

// Sentences from the corpora (article ids given) that decide whether an
// article mentions Syria at all, the test the shares report's "non-Syria"
// group rests on.
func TestMentionsSyriaAnywhere(t *testing.T) {
	for _, c := range []struct {
		id, text string
		want     bool
	}{
		{"AL-internationalNews-895-20180413", "وروسيا هي أهم حليف عسكري لدمشق في الحرب الأهلية", true},
		{"BB-culture-199-20180613", "ثم أن أحمد أغا وياسين أغا أغوات الإنكشارية بحلب وكلوه في قتل صاري عسكر العام", true},
		{"BB-middleEast-115-20180228", "وقف إطلاق نار شامل بسوريا", true},
		{"seed 001", "معارك عنيفة في البوكمال بريف دير الزور الشرقي", true},
		{"seed 000", "سيطرة قوات النظام على مدينة البوكمال وللرقة", true},
		{"2015-07-21-0", "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات", false},
		// الدمشقي (a Damascene) is an adjective, not the city's name.
		{"AL-culture-81-20180221", "بعدما انتقلت للعيش في الشام مع زوجها الدمشقي", false},
	} {
		if got := MentionsSyriaAnywhere("", c.text); got != c.want {
			t.Errorf("%s: MentionsSyriaAnywhere(%q) = %v, want %v", c.id, c.text, got, c.want)
		}
	}
}
