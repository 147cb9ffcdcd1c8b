package facets

import (
	"testing"
	"time"
)

// TestActorQaedaRule40b pins a bare "القاعدة" right after a copula pronoun
// (copulaRule, actors_match.go): the predicate of a nominal sentence, "the
// rule", not al-Qaeda. Round 40's blind codings refuse al-qaeda in the
// Lebanese election story (FR-internationalNews-1098, FR-middleEast-408 is
// the same text) and the Madrid hostage story (2015-07-23-736); the three
// are every corpus article the rule moves.
//
// Guard: al-Qaeda named as an organisation whose men fight. The list the
// pronoun opens ("وهي القاعدة وداعش والنصرة") is pinned on copulaRule
// itself (TestCopulaRule): the article's other rules drop its al-Qaeda.
func TestActorQaedaRule40b(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-1098-20180506", title: "اللبنانيون يدلون بأصواتهم في أول انتخابات برلمانية منذ 9 سنوات",
			text: "وقال الرئيس اللبناني: \"في لبنان نربح جميعاً، وإذا ما خسر أحدنا فإننا جميعا خاسرون\" وهي القاعدة التي تطبع المعادلة السياسية في لبنان.",
			not:  []string{"al-qaeda"}},
		{id: "2015-07-23-736", title: "مدريد تدعو للتعامل بحرص مع قضية الصحفيين المفقودين في سورية",
			text: "وقال المتحدث: \"ما نريده هو إعادتهم إلى ديارهم سالمين في أقرب وقت لذلك الحرص هو القاعدة\" في التعامل مع هذه القضية.",
			not:  []string{"al-qaeda"}},
		{id: "2015-08-11-100", title: "أمير المنطقة يشدد على الحزم",
			text: "مشددا على أن الحزم هو القاعدة عندما يتعلق الأمر بسلامة المواطنين والمقيمين.",
			not:  []string{"al-qaeda"}},
		// Guard.
		{id: "guard-qaeda-subject", title: "تنظيم القاعدة في اليمن",
			text: "وشن مسلحو تنظيم القاعدة هجوما على نقطة للجيش اليمني في أبين وقتلوا ثلاثة جنود.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestCopulaRule pins copulaRule on the bare "القاعدة" itself, the list
// guard among them: "وهي القاعدة وداعش والنصرة" (2015-07-21-2557) is
// al-Qaeda whatever the article's other rules then make of the list.
func TestCopulaRule(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"لذلك الحرص هو القاعدة في التعامل مع هذه القضية", true},
		{"وهي القاعدة التي تطبع المعادلة السياسية في لبنان", true},
		{"الحزم هو القاعدة عندما يتعلق الأمر بسلامة المواطنين", true},
		{"يتعين محاربتها، وهي القاعدة وداعش والنصرة، مشددا", false},
		{"وقبل داعش كانت القاعدة تحاول أن تعبث في أفكار شبابنا", false},
		{"وقال إن المسؤول هو، القاعدة", false},
	} {
		toks := tokenize("", c.text)
		got := false
		for i := range toks {
			if toks[i].w == "القاعده" { // normalized: ة is written ه
				got = copulaRule(toks, mention{start: i, end: i + 1})
			}
		}
		if got != c.want {
			t.Errorf("%s: copulaRule %v, want %v", c.text, got, c.want)
		}
	}
}
