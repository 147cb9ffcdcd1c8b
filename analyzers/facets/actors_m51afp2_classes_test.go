package facets

import (
	"testing"
	"time"
)

// TestChargedLabelNoOpposition pins round 51's m51afp2 class: Syria's
// generic "terrorists" or "gunmen" (the "^" aliases of data/actors.tsv)
// right after a word of a charge or a worry, who brought them in, spread,
// back or fund them, or that they are there ("بإدخال الإرهابيين إلى
// سوريا"، "وجود آلاف الإرهابيين في سوريا"، "وينشر الارهابيين"، "وتسلل
// المسلحين"، "لنمو الارهابيين"), in a sentence with no place and no harm,
// are the label of a war with no front, which round 48's ruling rul48b-1
// leaves uncoded (chargedLabel, actors_charge.go; the blind codings of
// CN-middleEast-30, SK-middleEast-3842, CN-middleEast-747,
// SK-internationalNews-2046 and AL-internationalNews-62 code no
// opposition). The not rows fail on main. Guards: the label tied to a
// front (a town the army takes, a town struck) keeps the opposition,
// whatever word governs it.
func TestChargedLabelNoOpposition(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-30-20180219", title: "مستشارة الأسد: تركيا أدخلت الإرهابيين لسوريا والآن ينتهكون القوانين الدولية",
			text: "دبي، الإمارات العربية المتحدة (CNN)— قالت بثينة شعبان، المستشارة السياسية والإعلامية للرئيس السوري بشار الأسد، إن تركيا هي من قامت بإدخال الإرهابيين إلى سوريا، على حد تعبيرها، لافتة إلى أنهم دخلوا البلاد منتهكين القوانين الدولية.",
			not:  []string{"opposition"}},
		{id: "SK-middleEast-3842-20181013", title: "السيسي: لا دور للإخوان طالما بقيت رئيسا",
			text: "وأبدى السيسي تخوفه بسبب وجود آلاف الإرهابيين في سوريا أتوا من دول العالم، متسائلا: \"أين سيذهبون بعد انتهاء الحرب في سوريا؟\"، ملمحا إلى احتمال \"استغلالهم من جهات استخباراتية تريد الدمار في المنطقة\".",
			not:  []string{"opposition"}},
		{id: "SK-internationalNews-2046-20180609", title: "تركيا تعلن الانتهاء من بناء \"جدار أمني\" مع سوريا",
			text: "وتقول أنقرة إنها تقوم بتشييد مثل هذه الجدران لحماية الحدود التركية من عمليات التهريب، والهجرة غير الشرعية، وتسلل المسلحين.",
			not:  []string{"opposition"}},
		{id: "AL-internationalNews-62-20140131", title: "أوباما وخطاب الارتباك والإرباك!",
			text: "اخطاء اوباما لا تقل عن خطايا سلفه جورج بوش، الذي اعلن حروبه الاستباقية على الارهاب، لأنه اعلن الانسحاب من هذه الاستراتيجيا مركزاً على النتائج من دون ان يلتفت لحظة الى الاسباب التي تؤمن البيئة الملائمة لنمو الارهابيين، وسوريا تمثّل نموذجاً صارخاً عن هذا.",
			not:  []string{"opposition"}},
		// Guard: the fighters' presence in a town the army takes is a front.
		{id: "guard-presence-front", title: "الجيش السوري يتقدم في الغوطة الشرقية",
			text: "وقال مصدر عسكري سوري إن الجيش أنهى وجود الإرهابيين في بلدة حرستا بعد معارك عنيفة.",
			want: []string{"opposition"}},
		// Guard: the fighters' presence struck in a town: a front and a
		// harm keep them.
		{id: "guard-presence-struck", title: "قصف على ريف إدلب",
			text: "وقصفت قوات النظام أماكن وجود المسلحين في بلدة خان شيخون بريف إدلب.",
			want: []string{"opposition", "syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
