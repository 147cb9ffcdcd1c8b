package facets

import "testing"

// TestTollsM60kill pins round 60's toll rule (m60kill): the dual of a person
// noun whose singular personCounts already reads as one ("مقتل طيار") and
// whose plural is broken (قائد → قادة، زعيم → زعماء) or, for طيار, whose
// sound plural the corpus never puts bare after a kill word, counts two
// after a kill or injury word: "مقتل طيارين روسيين"، "بمقتل قائدين
// ميدانيين"، "إصابة طيارين أميركيين". A definite dual names two told
// before and stays unread; a figure before the plural is read as before.
func TestTollsM60kill(t *testing.T) {
	checkKilled(t, []tollCase{
		// pool, coded 2: the Su-30's two pilots (the crash a bird strike, an accident's toll); none on main
		{"CN-middleEast-795-20180503", "الدفاع الروسية: سقوط مقاتلة من طراز سوخوي SU-30 في سوريا", "موسكو، روسيا (CNN)— أعلنت وزارة الدفاع الروسية، الخميس، مقتل طيارين روسيين إثر سقوط مقاتلتهما من طراز SU-30 بعد إقلاعها من مطار حميميم، غرب سوريا.", "2018-05-03 08:41", 2},
		// blind, coded 2: the same crash told by CNN's other desk; none on main
		{"CN-middleEast-803-20180503", "سقوط مقاتلة \"سوخوي 30\" في سوريا.. ما هي أبرز إمكانياتها؟", "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وزارة الدفاع الروسية، الخميس، عن سقوط طائرة مقاتلة من طراز \"سوخوي 30\" بعد إقلاعها من قاعدة حميميم في سوريا ومقتل طيارين روسيين. وقالت الوزارة إنه لم يكن هناك إطلاق نار تجاه الطائرة وإن \"البيانات الأولية ترجح تحطم الطائرة بسبب وقوع طائر في المحرك\"، وفقا لما نقلته وكالة أنباء \"سبوتنيك\" الروسية الرسمية.", "2018-05-03 16:20", 2},
		// corpus: two Yemeni field commanders killed by coalition strikes; none on main
		{"SK-middleEast-1349-20180430", "مقتل قائدين حوثيين.. ومنع النزوح بالتحيتا", "أفادت مصادر عسكرية يمنية، الاثنين، بمقتل قائدين ميدانيين من ميليشيات الحوثي الإيرانية، في غارات لطائرات التحالف العربي على معاقل للمتمردين في محافظة حجة الحدودية مع السعودية وفي جبهة الساحل الغربي.", "2018-04-30 07:57", 2},
		// guard: a figure before the plural is the count, as on main
		{"m60kill-figure", "مقتل خمسة طيارين بتحطم طائرة عسكرية", "قتل خمسة طيارين في تحطم طائرة عسكرية خلال رحلة تدريبية، وفق ما أفاد الجيش الجمعة.", "2018-04-13 13:33", 5},
		// guard: a definite dual names two told before, unread as on main
		{"m60kill-definite", "تحطم طائرة عسكرية خلال رحلة تدريبية", "تحطمت طائرة عسكرية خلال رحلة تدريبية، وفق ما أفاد الجيش الجمعة. وأعلن الجيش مقتل الطيارين دون أن يذكر عددهم.", "2018-04-13 13:33", -1},
	})
	checkInjured(t, []tollCase{
		// corpus: "حول إصابة طيارين أميركيين بأشعة الليزر", the two C-130 pilots ("أصيبا"); none on main
		{"AL-internationalNews-1001-20180504", "أشعة ليزر في جيبوتي تثير أزمة بين واشنطن وبكين", "نفت بكين، الجمعة، اتهامات أميركية وصفتها بأنها \"اعتباطية\" حول إصابة طيارين أميركيين بأشعة الليزر في أثناء التحليق فوق قاعدتها العسكرية في جيبوتي.", "2018-05-04 19:19", 2},
	})
}
