package facets

// Two bodies found are a toll of two. "الجيش النيجيري أنقذ 76 تلميذة وعثر على
// جثتي تلميذتين"، "العثور على جثتي شرطيين في منزلهما"، "انتشال جثتين من بئر
// ارتوازي": the dual of جثة counts the dead as قتيلين does, but only as the
// object of a finding or a recovery. Elsewhere it is a body handled
// ("تشريح الجثتين"، "احتجزت الشرطة جثتي فلسطينيين") or a first person's
// ("مدري جثتي من دفنها"). A round-37 blind sample read no toll for the
// Dapchi schoolgirls.

var (
	// bodyDuals are the dual of جثة, with its construct form.
	bodyDuals = wordSet("جثتين جثتان جثتي جثتا الجثتين الجثتان")
	// bodiesFoundWords find or recover bodies: "عثر على"، "العثور على"،
	// "انتشال"، "ينتشل".
	bodiesFoundWords = wordSet("عثر عثرت عثروا العثور يعثر انتشال انتشلت انتشل ينتشل تنتشل استخراج انتشلوا")
)

// bodiesFound reports a dual of جثة at token i that a finding or recovery
// word within two words before it, in its sentence, takes as its object
// ("عثر على جثتي"، "انتشال جثتين"), not a part of a count already told
// ("على جثتين جديدتين": the running toll of a disaster counts them).
func bodiesFound(toks []token, i int) bool {
	if !toks[i].has(bodyDuals) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].has(bodiesMoreWords) {
		return false
	}
	return clauseBefore(toks, i, 2, bodiesFoundWords)
}

// bodiesMoreWords after the bodies make them more of a toll told: "جثتين
// جديدتين"، "جثتين أخريين".
var bodiesMoreWords = wordSet("جديدتين اخريين أخريين اضافيتين إضافيتين")
