package facets

import "strings"

// A bare strike noun joined by و to an air strike told just before it is
// the other fire, the ground's: "ترافقت مع قصف جوي على منطقة الاشتباكات
// وقصف لقوات النظام"، "يتعرضون لضربات جوية وقصف مستمر"، "الغارات الجوية
// والقصف الذي تشنه قوات النظام". Were it the air's, the text would not
// name it twice. Yet triggerType read it as the air's (the adjective
// within three words) or strikeType did (the article's explicit air
// strike), and the shelling went untyped. Told so, beside the air strike
// it is set against, it is as specific as "قصف جوي وبري" is.

var (
	// airAdjectives make a strike noun the air's: "قصف جوي"، "غارات جوية".
	airAdjectives = wordSet("جوي الجوي جويه الجويه جويا")
	// airStrikeNouns are the nouns an air adjective follows.
	airStrikeNouns = wordSet("قصف القصف قصفا غارات الغارات غاره الغاره ضربات الضربات ضربه الضربه")
)

// groundAfterAir reports a one-word strike noun at i with a coordinating
// و ("وقصف"، "والقصف") whose sentence tells an air strike (a strike noun
// and its air adjective) within the eight words before it and no other
// strike word between, and no air word within three words after it ("وقصف
// الطيران" is the air's again).
func groundAfterAir(toks []token, i, end int) bool {
	if end != i+1 || !strings.HasPrefix(toks[i].w, "و") || !toks[i].has(airStrikeNouns) {
		return false
	}
	s := toks[i].sent
	for j := end; j < len(toks) && j < end+3 && toks[j].sent == s; j++ {
		if toks[j].has(airWords) || toks[j].has(strikeAircraft) {
			return false
		}
	}
	for j := i - 1; j > 0 && j >= i-8 && toks[j].sent == s; j-- {
		if toks[j].has(airStrikeNouns) || toks[j].has(strikeAircraft) {
			return false
		}
		if toks[j].has(airAdjectives) && toks[j-1].sent == s && toks[j-1].has(airStrikeNouns) {
			return true
		}
	}
	return false
}
