package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansGasCountedPersons pins round 55's aud55b rule
// (actors_civgassed.go: countedPerson, gasAttackPersons): a chemical
// attack's dead or hurt told only as plain persons are no civilians
// (round 43's ruling 6), also when the count is the singular a hundred or
// more takes ("أكثر من 1000 شخص") and when the sentence names the attack
// by its bare noun ("الهجوم المزعوم"، "هجوم مفترض") in an article whose
// title or lead names the chemical weapon. The want-less rows fail on
// main. The guards: people hit in shelters (ruling 6 keeps them), the
// same singular count of a bombardment's dead, and a chemical article
// that names children.
func TestActorCiviliansGasCountedPersons(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-325-20180410", title: "سوريا تدعو منظمة حظر الأسلحة الكيمياوية إلى إرسال فريق إلى دوما للتحقيق",
			text: "دعت الحكومة السورية منظمة حظر الأسلحة الكيمياوية إلى إرسال فريق للتحقيق في ادعاءات بهجوم كيمياوي في بلدة دوما بالغوطة الشرقية، بحسب ما ذكرته وسائل إعلام رسمية الثلاثاء.\nوقد قتل فيما يشتبه بأنه هجوم كيمياوي وقع في وقت متأخر من يوم السبت، 60 شخصا على الأقل، وأصيب أكثر من 1000 شخص آخر في مواقع مختلفة في دوما، الواقعة قرب العاصمة السورية، دمشق، بحسب ما قاله اتحاد منظمات الرعاية الطبية.",
			not:  []string{"civilians"}},
		{id: "BB-middleEast-329-20180411", title: "منظمة الصحة العالمية تطلب دخول دوما فورا لرعاية 500 مصاب بـ\"مواد سامة\"",
			text: "طلبت منظمة الصحة العالمية من الحكومة السورية السماح لها بـ\"الدخول الفوري دون أي عوائق\" إلى بلدة دوما، للتأكد من التقارير الواردة من شركائها على الأرض، والتي تفيد بإصابة 500 شخص في هجوم كيمياوي هناك.",
			not:  []string{"civilians"}},
		{id: "SK-middleEast-1048-20180416", title: "واشنطن تشتبه في أن روسيا \"عبثت\" بموقع هجوم دوما",
			text: "قال المندوب الأميركي لدى منظمة حظر الأسلحة الكيماوية، الاثنين، إن روسيا قد تكون زارت موقع الهجوم المفترض بالغاز السام في بلدة دوما السورية \"وعبثت\" بالأدلة.\nوقال إن ذلك في حال ثبوته، سيثير \"أسئلة جدية\" حول قدرة بعثة تقصي الحقائق على القيام بعملها. والتقى المجلس التنفيذي للمنظمة خلف أبواب مغلقة لمناقشة هجوم مفترض في دوما أودى بأربعين شخصا.",
			not:  []string{"civilians"}},
		{id: "BB-internationalNews-332-20180414 (blind)", title: "ترامب يأمر بضرب سوريا.. وانفجارات ضخمة في دمشق",
			text: "أعلن الرئيس الأمريكي دونالد ترامب أنه أمر بتوجيه ضربات عسكرية ضد أهداف في سوريا ردا على هجوم كيماوي مزعوم في مدينة دوما.\nوقتل في في الهجوم المزعوم 60 شخصا على الأقل، وأصيب أكثر من 1000 شخص آخر في مواقع مختلفة في دوما، الواقعة قرب العاصمة السورية، دمشق.",
			not:  []string{"civilians"}},
		// Guards.
		{id: "BB-middleEast-362-20180417 (shelters)", title: "مفتشو الأسلحة الكيمياوية \"سيدخلون دوما الأربعاء\"",
			text: "سمحت روسيا لمفتشي الأسلحة الكيمياوية في سوريا، بعد خمسة أيام من وصولهم، بدخول موقع الهجوم المشتبه به الأربعاء، بحسب ما تقوله روسيا.\nويقول نشطاء على الأرض في سوريا إن الهجوم أودى بحياة أكثر من 40 شخصا، وأصاب مئات آخرين كانوا يختبئون في مخابئ تحت الأرض في المدينة خوفا من القنابل.",
			want: []string{"civilians"}},
		{id: "guard: a bombardment's singular count", title: "فيديو.. طفل يوثق لحظات مؤثرة من \"جحيم الغوطة\"",
			text: "وتقول منظمة أطباء بلا حدود إن قوات النظام السوري قصفت المنطقة على مدار الساعة تقريبا خلال الأسبوعين الماضيين، مما أسفر عن مقتل ما يربو على ألف شخص.",
			want: []string{"civilians"}},
		{id: "guard: children named", title: "هجوم كيمياوي على دوما",
			text: "قالت منظمات إغاثة إن هجوما بالغاز السام استهدف مدينة دوما.\nوقتل في الهجوم أكثر من 40 شخصا بينهم أطفال ونساء.",
			want: []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
