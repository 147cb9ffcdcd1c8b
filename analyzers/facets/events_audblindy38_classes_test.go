package facets

import "testing"

// TestEventTypesAudblindy38 pins a round-38 blind audit's missed bombing:
// a statement's signatories condemning it with a plural verb ("يستنكرون")
// and the deed named a crime right before the bombing word ("جريمة تفجير
// مسجد قوات الطوارئ", crimeOfBlast) tell a bombing done (blastType). The
// want rows are corpus sentences that fail on main. Guards: a trial's
// charge "بجريمة تفجير", and a crime told beside a bombing with و ("بعد
// تفجير، وجريمة أخذت ...") in an essay.
func TestEventTypesAudblindy38(t *testing.T) {
	checkTypes(t, []typeCase{
		{"clerics condemning the crime of bombing a mosque", "2015-08-08-942", `علماء شيعة: الإرهاب يستهدف كل أبناء الوطن`,
			`أصدر علماء ورجال دين "شيعة" في محافظة الأحساء شرق المملكة أمس، بيانا يستنكرون فيه جريمة تفجير مسجد قوات الطوارئ في عسير، رافعين عزاءهم لذوي شهداء الوطن، ومواساتهم للمصابين.`,
			"2015-08-08 02:00", "remote-explosive-landmine-ied", true},
		{"a press club's statement after the crime of bombing", "2015-08-10-1442", `المفجرون أعداء بلباس الدين`,
			`أكد نادي الصحافة الفضائية، في بيان له أمس عقب جريمة تفجير مسجد قوات الطوارئ بمنطقة عسير، أن استهداف المساجد والمصلين دلالة واضحة على أن الإسلام بتعاليمه السمحة بريء مما يحدث.`,
			"2015-08-10 02:00", "remote-explosive-landmine-ied", true},
		{"a trial's charge", "probe-y38", `محاكمة متهمين في قضية أمنية`,
			`بدأت المحكمة الجزائية المتخصصة النظر في قضية المتهمين بجريمة تفجير مجمع سكني، واستمعت إلى أقوال الشهود.`,
			"2015-08-10 02:00", "remote-explosive-landmine-ied", false},
		{"a crime told beside the bombing word, in an essay", "2015-08-11-1198", `أفلا يتفكرون`,
			`كلما اعتصر قلوبنا الحزن بعد تفجير، وجريمة أخذت من أخذت من شباب وصغار وكبار نهضنا من جديد نتساءل: لماذا؟`,
			"2015-08-11 02:00", "remote-explosive-landmine-ied", false},
	})
}
