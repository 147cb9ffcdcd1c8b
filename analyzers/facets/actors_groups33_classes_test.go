package facets

import (
	"testing"
	"time"
)

// TestActorGroups33 pins two readings of armed groups named as someone
// else's label or lineage; the want rows fail on main. Al-Qaeda named once
// beside a story of its Syrian branch is the branch's allegiance
// (qaedaLineage, actors_match.go); the terrorists Turkey names are the
// Kurdish fighters it wages war on, not Syria's opposition (actorCounts).
// The guards: al-Qaeda in the title is the story's own actor, and the
// terrorists of Assad's adviser, in a sentence that also names Turkey, stay
// the opposition.
func TestActorGroups33(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2072-20180601", title: "واشنطن تدرج \"جبهة تحرير الشام\" في القائمة الإرهابية",
			text: "أدرجت وزارة الخارجية الأميركية اسم \"جبهة تحرير الشام\" وغيرها من الأسماء الأخرى المستعارة التابعة لها في قائمة المنظمات الإرهابية الأجنبية.\n" +
				"جاء ذلك خلال بيان للخارجية الأميركية، لفتت خلاله إلى أن جبهة تحرير الشام هو الاسم الجديد المستعار الذي أطلقته جبهة \"النصرة\" الإرهابية التابعة لتنظيم القاعدة، كبديل لاسمها في يناير 2017.\n" +
				"وكانت الولايات المتحدة قد أعلنت في أواخر 2016 أنها لن ترفع اسم المجموعات التابعة لجبهة النصرة سابقًا مهما كانت مسمياتهم الجديدة من قائمة المنظمات الإرهابية لأن مبادئها \"مشابهة لتلك التي لدى تنظيم القاعدة.",
			want: []string{"hts"}, not: []string{"al-qaeda"}},
		{id: "CN-middleEast-20-20180217", title: "سوريا.. ستة مصابين بعد هجوم كيماوي مزعوم لتركيا بعفرين",
			text: "تلقى ستة مدنيين عناية طبية بعد هجوم مزعوم بسلاح كيماوي من قبل القوات التركية على قرية المزينة في ناحية شيخ الحديد بمنطقة عفرين السورية، الجمعة.\n" +
				"تركيا تحذر القوات الأمريكية في منبج السورية: إذا ارتدوا زي الإرهابيين لن نفرق بينهم",
			want: []string{"turkey"}, not: []string{"opposition"}},
		// Guard: al-Qaeda in the title.
		{id: "2015-08-06-761", title: "القاعدة تختطف مقاتلين سوريين دربتهم الولايات المتحدة",
			text: "خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين جدد على الاقل كانوا قد تلقوا تدريبات في إطار التدريب الأميركي للمعارضة في شمال غرب سوريا. وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس «خطفت جبهة النصرة يوم أمس الثلاثاء خمسة مقاتلين على الاقل من الفرقة 30». حيث تدور اشتباكات بينهم وبين مقاتلي الفصائل المعارضة وجبهة النصرة للدفاع عنه.",
			want: []string{"al-qaeda", "hts"}},
		// Damascus's terrorists, Turkey the one blamed for them: once a
		// guard, now no opposition. Round 48's ruling rul48b-1 leaves the
		// generic label with no front uncoded, and round 50's blind coding
		// of this article says "'الإرهابيين' tied to no front -> no
		// opposition" (m51afp2, chargedLabel).
		{id: "CN-middleEast-30-20180219", title: "مستشارة الأسد: تركيا أدخلت الإرهابيين لسوريا والآن ينتهكون القوانين الدولية",
			text: "قالت بثينة شعبان، المستشارة السياسية والإعلامية للرئيس السوري بشار الأسد، إن تركيا هي من قامت بإدخال الإرهابيين إلى سوريا، على حد تعبيرها، لافتة إلى أنهم دخلوا البلاد منتهكين القوانين الدولية.",
			not:  []string{"opposition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
