package facets

import (
	"testing"
	"time"
)

// TestActorAud58aTurkeyOperation pins round 58's aud58a class: Turkey's
// military operation in Syria stated in a sentence, which round 45's
// rul45b codes even as one line of an economy or diplomatic story, by two
// forms Turkey's finders missed (actors_turkey.go): a verb of taking part
// before the bare name with the armed campaign after it (partakingVerbs in
// turkeyWages), and an offensive whose adjective names Turkey joined to
// Afrin by "في" (afrinOperationMentions). Both want rows fail on main.
// Guards: taking part in talks or a summit (no armed campaign), a bare
// attack in Afrin with no Turkish adjective (anyone's), and the forms
// already read (على after the offensive; a waging verb).
func TestActorAud58aTurkeyOperation(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// SK-internationalNews-2366-20180628: Turkish potato imports.
		{id: "SK-internationalNews-2366-20180628", title: "تركيا تستنجد بخيرات الأراضي السورية لمحاربة غلاء الأسعار",
			text: "وقال زيبكجي: \"لقد سمحنا باستيراد كميات محدودة جدا من البطاطس من بعض المناطق السورية التي تشارك فيها تركيا بعمليات عسكرية\"، حسب ما نشرت صحيفة \"حرييت\" التركية.",
			want: []string{"turkey"}},
		// SK-middleEast-830-20180407 (round 40's blind coding): Mattis on
		// the Kurds who left the fight against ISIS.
		{id: "SK-middleEast-830-20180407", title: "واشنطن: مشاورات بشأن إبقاء الدعم لأكراد سوريا",
			text: "وتخلى العديد من الاكراد عن محاربة داعش في محافظة دير الزور شرقي سوريا ليتمكنوا من التصدي للهجوم التركي في عفرين شمالا.",
			want: []string{"turkey"}},
		// Guards.
		{id: "aud58a-talks", title: "محادثات بشأن سوريا",
			text: "وتشارك تركيا في محادثات أستانا بشأن سوريا إلى جانب روسيا وإيران، وقال دبلوماسيون إن الجولة المقبلة ستبحث ملف المعتقلين.",
			not:  []string{"turkey"}},
		{id: "aud58a-bare-attack", title: "قتلى بانفجار في عفرين",
			text: "قتل ثلاثة أشخاص في هجوم في عفرين شمالي سوريا بعبوة ناسفة انفجرت قرب سوق المدينة، ولم تتبن أي جهة الهجوم.",
			not:  []string{"turkey"}},
		{id: "aud58a-offensive-on", title: "الأكراد يستعدون في عفرين",
			text: "وقالت وحدات حماية الشعب الكردية إنها تستعد لصد الهجوم التركي على عفرين شمالي سوريا.",
			want: []string{"turkey"}},
		{id: "aud58a-waging", title: "تركيا تواصل عمليتها",
			text: "وتشن تركيا منذ الشهر الماضي عملية عسكرية في شمال سوريا ضد المقاتلين الأكراد.",
			want: []string{"turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
