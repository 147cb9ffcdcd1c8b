package facets

import "testing"

// AL-internationalNews-148-20180221 (blind), Lebanon's arrests of Islamic
// State men: the body looks back on the seizure of Albu Kamal, a month
// named alone across the year's turn. Its title serves all three rows.
const m61dateAlbuKamalTitle = "لبنان.. اعتقال مسؤول مالي بداعش وآخر خطط لتفجير حافلة"

// m61dateAlbuKamal is the article's sentence on Albu Kamal.
const m61dateAlbuKamal = "وفي نوفمبر/تشرين الثاني، سيطر النظام السوري وحلفاؤه على البوكمال، آخر معقل مهم لداعش في سوريا."

// TestEventTypesM61dateYearsTurn pins the round-61 helper m61date's mend of
// pastMonth (lastYearsTurn, events.go): a month named alone that is later
// in the year than publication but within three months before it across
// the year's turn is last year's, and sets its sentence's event aside as
// history, as a month earlier in the same year already did. The first row
// fails on main. Guards: the same month named in a summer report (five
// months on, no turn: the window holds) and a month told to come (المقبل)
// past its second name stay as main reads them.
func TestEventTypesM61dateYearsTurn(t *testing.T) {
	const regain = "government-regains-territory"
	checkTypes(t, []typeCase{
		{"November named in February is last November", "AL-internationalNews-148-20180221", m61dateAlbuKamalTitle,
			m60traceLead + m61dateAlbuKamal, "2018-02-21 12:00", regain, false},
		{"guard: November named in June is beyond the turn's window", "adapted from AL-internationalNews-148-20180221", m61dateAlbuKamalTitle,
			m60traceLead + m61dateAlbuKamal, "2018-06-21 12:00", regain, true},
		{"guard: a November to come, past its second name, is no history", "adapted from AL-internationalNews-148-20180221", m61dateAlbuKamalTitle,
			m60traceLead + "وفي نوفمبر/تشرين الثاني المقبل، سيطر النظام السوري وحلفاؤه على البوكمال، آخر معقل مهم لداعش في سوريا.", "2018-02-21 12:00", regain, true},
	})
}
