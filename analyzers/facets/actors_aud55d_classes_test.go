package facets

import (
	"testing"
	"time"
)

// TestAud55dVictimClasses pins round 55's aud55d classes: settlers a
// Palestinian attack killed or hurt (actors_civsettler.go), and a child, a
// girl or a woman a falling shell killed or hurt (the victim words' checks
// read the fall phrase, actors_civprojectile.go). The guards keep settlers
// who do the harm, a dated settler killing, and a shell that hurt no one.
func TestAud55dVictimClasses(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-3123-20180726", title: "عملية طعن بالضفة الغربية.. مقتل مستوطن وشاب فلسطيني",
			text: "أعلن الجيش الإسرائيلي، الخميس، أن مستوطنا قتل وأصيب اثنان آخرن في \"هجوم بسكين\" شنه شاب فلسطيني قتل بالرصاص لاحقا في مستوطنة بالضفة الغربية المحتلة، وفق ما أورد مراسل \"سكاي نيوز\".",
			want: []string{"civilians"}},
		{id: "SK-middleEast-3117-20180727", title: "إسرائيل ترد على عملية الطعن بتوسيع مستوطنة",
			text: "أعلن وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، الجمعة، توسيع مستوطنة آدم جنوب شرقي مدينة رام الله بالضفة الغربية، ردا على مقتل مستوطن طعنا على يد فلسطيني قتل هو أيضا.",
			want: []string{"civilians"}},
		{id: "2015-07-27-81", title: "السعودية: سقوط مقذوف عسكري من جهة اليمن على منطقة نجران وإصابة فتاة وطفلين",
			text: "أوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران جنوب السعودية المقدم علي بن عمير الشهراني \"أن الدفاع المدني باشر بلاغاً عند الساعة 5:20 عصر يوم أمس (الأحد) عن سقوط مقذوف عسكري من داخل الحدود اليمنية على منزل بمدينة نجران، ما نتج عنه إصابة فتاة وطفلين سعوديين\".",
			want: []string{"civilians"}},
		// guards
		{id: "settlers who do the harm", title: "مستوطنون يرشقون سيارات فلسطينية بالحجارة قرب نابلس",
			text: "رشق مستوطنون سيارات فلسطينيين كانت تمر في المنطقة، مما أدى إلى تهشم زجاج عدد منها.",
			not:  []string{"civilians"}},
		{id: "2015-07-22-1187 (a dated settler killing)", title: "سكان قرية سوسيا الفلسطينية في الضفة الغربية يتأهبون ليوم هدم قريتهم",
			text: "وفي الماضي كان الفلسطينيون يعيشون في كهوف لكنهم طردوا من مساكنهم الاصلية عام 1986 بعد اكتشاف الموقع الأثري وتم تدمير الكهوف في موقعها الحالي في التسعينات وأوائل الألفية الثالثة بعد سلسلة من المواجهات بما في ذلك مقتل أحد المستوطنين.",
			not:  []string{"civilians"}},
		{id: "a shell that hurt no one", title: "سيدة من نجران تروي لحظة سقوط مقذوف",
			text: "روت سيدة من نجران لحظة سقوط مقذوف عسكري قرب الحي الذي تسكنه.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestSettlerHarmed pins the settler's place in his sentence: harmed after
// a harm word (a figure or "فيه" between), or before a passive harm verb;
// not after a word of agency or before an active verb.
func TestSettlerHarmed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"وطعن 3 مستوطنين داخل أحد المنازل", true},
		{"هجوما قتل فيه مستوطنان وأصيب ثالث بجروح", true},
		{"أن مستوطنا قتل وأصيب اثنان آخران", true},
		{"ردا على مقتل مستوطن طعنا على يد فلسطيني", true},
		{"أصيب شاب فلسطيني برصاص مستوطن قرب نابلس", false},
		{"بعد أن قام مستوطن بدهسه", false},
		{"مستوطن قتل فلسطينيا قرب الخليل", false},
	} {
		toks := tokenize("", c.text)
		got := false
		for i := range toks {
			if toks[i].has(settlerVictimWords) {
				got = got || settlerHarmed(toks, i)
			}
		}
		if got != c.want {
			t.Errorf("%s: settlerHarmed %v, want %v", c.text, got, c.want)
		}
	}
}
