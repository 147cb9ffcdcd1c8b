package facets

import "strings"

// syriaForm reports whether the word w (normalized) holds سوري as a form
// of Syria's name (سوريا، السوري، بسوريه، السوريين، سوريتنا): only
// proclitics before it and only a Syrian ending after it. Round 65's
// c65town found `namesSyria` reading سوري inside a person's name (Ferran
// Soriano, "سوريانو"), which let everyday names (دوما "always") through as
// towns in a Manchester City story with no Syrian word. Over ant-all and
// SaudiNewsNet the words holding سوري end, after it, in ا، ة، "" , ين، ون،
// ات، تين، ان (every one Syrian's) and then in names and loans: انو
// (Soriano, 12), ن (Søren and the misspelt السورين, 31), و (Osorio, Sorio and
// "سوريو الخارج", 14), نسون، ل، تش، الية (surreal), ش، ده، ندر، نام
// (Suriname) …; before it a ت (تسوريتش Zurich) or أ (أوسوريو) is a name's.
func syriaForm(w string) bool {
	i := strings.Index(w, "سوري")
	if i < 0 {
		return false
	}
	if !syriaProclitic(w[:i]) {
		return false
	}
	switch rest := w[i+len("سوري"):]; rest {
	case "", "ا", "ه", "ي", "ين", "ون", "ات", "تين", "تان", "ان", "يا", "يه", "انا", "نا", "تنا", "ته", "تها", "تهم", "اتنا":
		return true
	case "ن", "و":
		// السورين (a misspelt السوريين), never Søren, who takes no ال.
		return strings.HasSuffix(w[:i], "ال") || strings.HasSuffix(w[:i], "لل")
	}
	return false
}

// syriaProclitic reports whether p is nothing or proclitics only: و/ف, then
// ب/ل/ك, then ال (لل for ل+ال).
func syriaProclitic(p string) bool {
	p = strings.TrimPrefix(p, "و")
	p = strings.TrimPrefix(p, "ف")
	if strings.HasPrefix(p, "لل") {
		return p == "لل"
	}
	for _, c := range []string{"ب", "ل", "ك"} {
		if strings.HasPrefix(p, c) {
			p = p[len(c):]
			break
		}
	}
	return p == "" || p == "ال"
}
