package facets

import (
	"testing"
	"time"
)

// TestIsisParentNoQaeda pins round 54's m54grp class: al-Qaeda named only as
// the organisation ISIS came out of — a parent noun right before it ("النسخة
// المطورة من التنظيم الأم (القاعدة)"، "من حيتها الأم القاعدة") or "من" after
// a verb of issue ("وانبثق تنظيم داعش من تنظيم القاعدة"، "وتطور شيء من
// القاعدة ليصبح دولة اسمها داعش"), in a sentence that names ISIS — is ISIS's
// lineage, not a party (actors_isisparent.go), as al-Qaeda named as Nusra's
// parent is never coded (rul45d). The not rows fail on main. Guards: al-Qaeda
// fighting ISIS in Derna, a split from al-Qaeda with no ISIS in the sentence,
// and al-Qaeda's own deeds beside ISIS in an op-ed.
func TestIsisParentNoQaeda(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool 2015-08-08-581: a definition of ISIS; "AQI ... is history of another war".
		{id: "2015-08-08-581", title: "داعش",
			text: "وانبثق تنظيم داعش من تنظيم القاعدة في العراق الذي أسسه وبناه أبو مصعب الزرقاوي في عام 2004، عندما كان مشاركًا في قوات المقاومة ضد القوات التي تقودها الولايات المتحدة والحكومات العراقية المتعاقبة في أعقاب غزو العراق عام 2003.",
			want: []string{"isis"}, not: []string{"al-qaeda"}},
		// pool 2015-08-08-150: ISIS recruiting teenagers; the deed after the parent is ISIS's.
		{id: "2015-08-08-150", title: "«داعش» يستهدف المراهقين للزج بهم في الأعمال الانتحارية",
			text: "تنظيم داعش الذي يعتبر النسخة المطورة من التنظيم الأم (القاعدة) استهدف المراهقين لأسباب عدة، منها ما كشفت عنه وزارة الداخلية من أن معظم أعضاء التنظيم من المراهقين.",
			want: []string{"isis"}, not: []string{"al-qaeda"}},
		// blind 2015-07-24-1696's sentence ("al-Qaeda only as ISIS's origin").
		{id: "2015-07-24-1696", title: "قصة موجزة للجيل العالق",
			text: "وفي نهاية عام 2010 بدأت ثورات الربيع العربي، سقطت أنظمة وقامت أخرى، واندلعت حروب أهلية هنا وهناك، وتطور شيء من القاعدة ليصبح دولة اسمها داعش، تقتل العراقيين والسوريين.",
			not:  []string{"al-qaeda"}},
		// corpus CN-middleEast-1204: the Fuheis cell, which the government says follows ISIS.
		{id: "CN-middleEast-1204-20180813", title: "رأي.. بشار جرار يكتب عن اعتداء الفحيص بالأردن: تابوات الإرهاب وطواطمه",
			text: "لذا فلا فرق إن كانت تلك الخلية من داعش أو من حيتها الأم القاعدة التي ابتدعت أو بالأحرى \"أحيت\" ممارسة التضليل بفعل إرهابي بسيط قد يبدو منعزلا لاستدراج رد فعل أمني للاشتباك والالتحام به.",
			not:  []string{"al-qaeda"}},
		// Guard: al-Qaeda fighting ISIS is a party.
		{id: "guard-derna", title: "اشتباكات في درنة",
			text: "اندلعت اشتباكات عنيفة في مدينة درنة بين مسلحي تنظيم القاعدة ومسلحي تنظيم داعش، قتل فيها عشرات المسلحين من الطرفين.",
			want: []string{"al-qaeda", "isis"}},
		// Guard: a split from al-Qaeda in a sentence with no ISIS in it.
		{id: "guard-split", title: "انشقاقات في صفوف القاعدة باليمن",
			text: "وانشق عشرات المقاتلين من تنظيم القاعدة في محافظة حضرموت بعد اشتباكات مع القوات الحكومية.",
			want: []string{"al-qaeda"}},
		// Guard: pool 2015-08-01-76: al-Qaeda holding Mukalla beside an ISIS convoy.
		{id: "2015-08-01-76", title: "موكب لداعش في المكلا التي يسيطر عليها القاعدة",
			text: "جاب الموكب شوارع المدينة، وأقاموا نقطتي تفتيش فيها، بعيدًا عن أماكن وجود وانتشار عناصر تنظيم القاعدة الذي يسيطر على المدينة منذ 2 أبريل الماضي.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestShabaabBaseNoTie pins m54grp's second class: al-Shabaab is al-Qaeda
// only where the text states the tie (round 43's ruling, class 5;
// qaedaTieSaid), and a military base's bare "القاعدة" in a sentence naming
// al-Shabaab's men states none ("المتحدث باسم العمليات العسكرية للشباب ...
// قتلنا 40 جنديا صوماليا في القاعدة"). The not row fails on main. Guards: a
// bare name right after a tie word, with a base elsewhere in the story and
// a definite word after it ("المرتبطة بالقاعدة المسؤولية عنها"), is the tie.
func TestShabaabBaseNoTie(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		// pool SK-middleEast-2274: a car bomb at a base near Kismayo; ruled r43 (class 5): [al-qaeda usa] → [usa].
		{id: "SK-middleEast-2274-20180610", title: "بعد مقتل جندي أميركي.. سيارة ملغومة تستهدف قاعدة في الصومال",
			text: "أصيب سبعة جنود صوماليين في تفجير انتحاري لسيارة ملغومة عند قاعدة عسكرية في الصومال في ساعة متأخرة من مساء السبت وأعلنت حركة الشباب الإرهابية مسؤوليتها عن الهجوم.\nوأعلنت حركة الشباب مسؤوليتها عن هجوم يوم السبت وقالت إنها قتلت 40 جنديا صوماليا.\nوقال عبد العزيز أبو مصعب المتحدث باسم العمليات العسكرية للشباب لرويترز \"قتلنا 40 جنديا صوماليا في القاعدة\".",
			not:  []string{"al-qaeda"}},
		// Guard: corpus 2015-07-25-1345 with a base added: the tie stated right before the bare name.
		{id: "guard-tie", title: "اوباما يبدأ محادثات مع الرئيس الكيني",
			text: "وقال كينياتا ان الامن سيكون اولوية على جدول اعمال المحادثات. وتعرضت كينيا لسلسلة من هجمات اعلنت حركة الشباب الصومالية المرتبطة بالقاعدة المسؤولية عنها.\nواستقدمت مروحيات من قاعدة ماندا باي العسكرية.",
			want: []string{"al-qaeda"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
