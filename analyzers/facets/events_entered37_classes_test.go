package facets

import "testing"

// TestEventTypesEnteredPlace pins a force entering a place, told in a title
// or a lead, as its taking (enteredType): a past verb with the force before
// or after it, a title's present with the force before it, and the noun of
// what a force managed ("تمكنت ... من دخول"). The want rows fail on main.
// Guards: a leader entering a hospital, migrants entering a country (a
// plural verb's place after it), a war party entering into an exchange of
// blame, and a threat to enter.
func TestEventTypesEnteredPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Iraqi security forces enter Anbar University", "2015-07-26-1178", `القوات العراقية تشتبك مع مسلحي تنظيم داعش في جامعة الأنبار`,
			` قالت قيادة العمليات المشتركة العراقية في بيان إن قوات الأمن دخلت جامعة الأنبار في جنوب مدينة الرمادي بمحافظة الأنبار واشتبكت مع مسلحي داعش داخل حرمها.`,
			"2015-07-26 12:00", "government-regains-territory", true},
		{"Yemen's army manages to enter Hodeidah airport", "AL-internationalNews-1692-20180619", `مصدر يمني: الجيش يدخل المجمع الرئيسي لمطار الحديدة`,
			`قال مصدر عسكري يمني، الثلاثاء، إن قوات الجيش اليمني تمكنت من دخول المجمع الرئيسي لمطار الحديدة، بدعم من تحالف دعم الشرعية، بحسب ما نقلت عنه وكالة "رويترز".`,
			"2018-06-19 09:32", "government-regains-territory", true},
		{"the Shabwani elite enter a valley held by AQAP", "SK-middleEast-87-20180227", `"النخبة الشبوانية" تدخل وادي سرع`,
			`دخلت قوات النخبة الشبوانية، بإسناد من القوات الإماراتية المشاركة ضمن تحالف دعم الشرعية بقيادة السعودية، الثلاثاء، وادي سرع في منطقة المصينعة بمديرية الصعيد في محافظة شبوة.`,
			"2018-02-27 12:12", "government-regains-territory", true},
		{"a former president enters hospital", "BB-internationalNews-394-20180424", `جورج بوش الأب في المستشفى بعد يوم من جنازة زوجته`,
			`دخل الرئيس الأمريكي السابق جورج بوش الأب المستشفى مصابا بعدوى بعد يوم من جنازة زوجته باربرا.`,
			"2018-04-24 05:16", "non-state-actor-overtakes-territory", false},
		{"migrant children who entered the United States", "SK-internationalNews-3074-20180818", `550 طفلاً مهاجراً ما زالوا محتجزين في الولايات المتحدة`,
			`أفادت وثائق قضائية نشرت الجمعة أن السلطات الأميركية ما زالت تحتجز أكثر من 550 طفلا مهاجراً دخلوا الولايات المتحدة خلسةً، وذلك بعد ثلاثة أسابيع على قرار قضائي يُجبر الحكومة الفدرالية على لمّ شمل الأطفال المهاجرين مع ذويهم.`,
			"2018-08-18 01:27", "non-state-actor-overtakes-territory", false},
		{"factions enter into an exchange of blame", "SK-middleEast-575-20180326", `فصائل المعارضة تتبادل الاتهامات بعد خسارة الغوطة`,
			`دخلت فصائل المعارضة السورية المسلحة، مؤخرا، في تبادل للاتهامات بشأن المسؤولية عن الهزيمة التي منيت بها في غوطة دمشق الشرقية.`,
			"2018-03-26 15:50", "non-state-actor-overtakes-territory", false},
		{"Erdogan threatens to enter Afrin", "SK-middleEast-196-20180310", `أردوغان يهدد بدخول عفرين والأكراد ينفون حصار أنقرة المدينة`,
			`قال الرئيس التركي رجب طيب أردوغان إن القوات التركية ومقاتلي المعارضة المدعومين من أنقرة أحاطوا بالمدينة الرئيسية في جيب تحت سيطرة الأكراد السوريين في شمال غرب سوريا، وهم على وشك دخولها، الأمر الذي تنفيه وحدات الشعب الكردية.`,
			"2018-03-10 02:48", "non-state-actor-overtakes-territory", false},
	})
}
