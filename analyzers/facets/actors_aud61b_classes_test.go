package facets

import (
	"testing"
	"time"
)

// baghdadCheckpointText is SK-middleEast-2497-20180620's lead (round 61's
// blind audit b): Iraq's Hezbollah named once with "في العراق", then bare.
const baghdadCheckpointText = "طوقت القوات الأمنية العراقية، الأربعاء، المقر العام لميليشيات حزب الله في العراق، عقب اشتباكات اندلعت بين قوة من الميليشيات رفضت الامتثال لنقطة تفتيش تابعة للشرطة العراقية في منطقة شارع فلسطين شرقي بغداد.\n" +
	"وذكرت مصادر محلية وشهود عيان، أن القوة التابعة لميليشيات حزب الله أصابت اثنين من عناصر القوات الأمنية العراقية، بجروح عقب فتح عناصرها النار باتجاه نقطة التفتيش الرسمية، ومن ثم دخلت إلى المقر للاحتماء هناك."

// Iraq's Hezbollah told by the bare name (iraqHezbollahMentions,
// actors_iraqhezbollah.go). The first three rows fail on main 0aea40af, the fourth before the
// review mend of lebanonSaid (ونصر);
// the "not moved" rows guard Lebanon's party where the article speaks of
// Lebanon, or where no Iraqi Hezbollah is named.
func TestActorIraqHezbollahBareName(t *testing.T) {
	for _, c := range []struct {
		class, id, title, text string
		want, not              []string
	}{
		// "حزب الله في العراق" once, then bare: all Iraq's.
		{class: "named in Iraq", id: "SK-middleEast-2497-20180620", title: "الأمن العراقي يحاصر مقرا لميليشيات حزب الله",
			text: baghdadCheckpointText, want: []string{"kataib-hezbollah"}, not: []string{"hezbollah"}},
		// The Iraqi adjective after a quoted name, the full name in the
		// title.
		{class: "Iraqi adjective", id: "SK-middleEast-1307-20180428", title: "حزب الله العراقي.. كتائب طائفية مولتها قطر بالصفقة الفضيحة",
			text: "وتورطت ميليشيات \"حزب الله\" العراقية في أعمال دموية على أساس طائفي خلال السنوات الماضية.\n" +
				"ومارست طهران ضغوطا على بغداد حتى تضفي الطابع القانوني على عمل ميليشيات حزب الله والحشد الشعبي.",
			want: []string{"kataib-hezbollah"}, not: []string{"hezbollah"}},
		// The bare name in the title over the full name in the body.
		{class: "bare title", id: "2015-07-24-1774", title: "موجة تفجيرات جديدة تضرب بغداد ومقتل 27 من «حزب الله»",
			text: "وفي التفاصيل، أفاد مصدر طبي عراقي في مستشفى سامراء بأن كتائب حزب الله المنضوية في الحشد الشعبي الشيعي فقدت 27 من عناصرها في بيجي العراقية.",
			want: []string{"kataib-hezbollah"}, not: []string{"hezbollah"}},
		// "ونصر" (and victory) is no Nasrallah: the article still names no
		// Lebanon word.
		{class: "victory is no Nasrallah", id: "guard", title: "كتائب حزب الله العراقية تعلن النفير في بيجي",
			text: "وقالت ميليشيات حزب الله إن مقاتليها يستعدون للمعارك مع تنظيم داعش ونصر الحشد الشعبي في بيجي.",
			want: []string{"kataib-hezbollah"}, not: []string{"hezbollah"}},
		// Not moved: both parties named, Lebanon's by its adjective.
		{class: "not moved: Lebanon said", id: "SK-middleEast-1306-20180428", title: "مراسلات مسربة تثبت أن قطر دفعت أكثر من مليار دولار لإرهابيين",
			text: "وكتب السفير وهو متزعم المباحثات \"كلهم لصوص، السوريون وحزب الله اللبناني وكتائب حزب الله العراقي، كلهم يريدون المال وهذه فرصتهم\".\n" +
				"وشملت الصفقة حكومات العراق وإيران وتركيا، فضلا عن ميليشيات حزب الله التي تقاتل في سوريا إلى جانب قوات النظام.",
			want: []string{"hezbollah"}},
		// Not moved: no Iraqi Hezbollah named.
		{class: "not moved: Lebanon's alone", id: "guard", title: "مقتل عنصرين من حزب الله في معارك ريف حمص",
			text: "قتل عنصران من ميليشيا حزب الله خلال معارك مع فصائل المعارضة في ريف حمص الشمالي، بحسب المرصد السوري.",
			want: []string{"hezbollah"}, not: []string{"kataib-hezbollah"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.class+" "+c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.class+" "+c.id+" actors", f.Actors, c.not...)
	}
}
