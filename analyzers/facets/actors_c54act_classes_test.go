package facets

import (
	"testing"
	"time"
)

// TestActorC54actClasses pins round 54's corpus audit c54act class: Al
// Arabiya's hashtags ("في #روسيا"، "#الجيش_الإسرائيلي") read as the words
// they mark, with "#" and "_" no punctuation (hashtagMark, extract.go).
// Read as punctuation they set a gap before the word and parted a name's
// words, so a venue after "في" was an actor and a force named in a hashtag
// was none. Every not row and every want row fails on main. Guards: the same
// sentences written without hashtags, which main reads the same way.
func TestActorC54actClasses(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-1505-20180607", title: "بوتين يبحث عن \"حل متحضر\" لتأمين الإنترنت",
			text: "وأضاف بوتين في حواره التلفزيوني السنوي مع الشعب، أن #المتطرفين استخدموا خدمات الرسائل المشفرة على الإنترنت مثل #تليغرام في تنفيذ هجمات في #روسيا، بحسب رويترز.",
			not:  []string{"russia"}},
		{id: "AL-internationalNews-760-20180403", title: "قضاء أميركا يرد دعوى ضد السلطة الفلسطينية.. ويسقط حكماً",
			text: "تجنبت السلطة الفلسطينية ومنظمة التحرير الفلسطينية الاثنين احتمال دفع تعويضات بقيمة 655 مليون دولار في ست هجمات وقعت في #إسرائيل بعد أن ردت المحكمة الأميركية العليا دعوى الضحايا.",
			not:  []string{"israel"}},
		{id: "AL-internationalNews-706-20180331", title: "مجلس الأمن يفشل بالاتفاق حول غزة.. ويحذر من تدهور الوضع",
			text: "عقد #مجلس_الأمن الدولي، مساء الجمعة، جلسة طارئة مغلقة لبحث الوضع المتدهور على الحدود بين قطاع #غزة و #إسرائيل، إثر مقتل 16 فلسطينياً برصاص #الجيش_الإسرائيلي خلال تظاهرات بمناسبة #يوم_الأرض، إلا أن الجلسة انتهت من دون أن يتمكن أعضاء المجلس من الاتفاق على بيان مشترك.",
			want: []string{"israel"}},
		{id: "AL-culture-21-20180213", title: "\"73 درجة\".. فيلم عراقي عن التسامح ونبذ العنف الطائفي",
			text: "يتطرق العمل إلى الحياة الصعبة التي عاشها هؤلاء بعد أن أصبحوا ضحايا تنظيم #داعش_الإرهابي.",
			want: []string{"civilians", "isis"}},
		{id: "AL-internationalNews-836-20180408", title: "تركيا تدين الهجوم على دوما السورية",
			text: "دَانت الخارجية التركية الهجوم، الذي استهدف بلدة دوما الخاضعة لسيطرة #المعارضة_السورية بريف #دمشق، والذي يقول نشطاء إنه أسفر عن مقتل ما لا يقل عن أربعين شخصا.",
			want: []string{"opposition"}},
		{id: "AL-internationalNews-29-20180217", title: "اتهامات للجيش التركي باستخدام غاز في مهاجمة قرية بسوريا",
			text: "وقال المرصد السوري لحقوق الإنسان لرويترز إن #القوات_التركية وفصائل متحالفة معها من المعارضة المسلحة السورية أصابت القرية يوم الجمعة بقذائف.",
			want: []string{"turkey", "sna"}},
		{id: "c54act-gaza-hashtag", title: "مقتل فلسطيني",
			text: "قتل فلسطيني وأصيب العشرات برصاص #الجيش_الإسرائيلي على الحدود في قطاع #غزة.",
			want: []string{"israel"}},
		// Guards: the same sentences with no hashtag.
		{id: "c54act-venue-plain", title: "بوتين يبحث عن حل",
			text: "وأضاف بوتين أن المتطرفين استخدموا خدمات الرسائل المشفرة في تنفيذ هجمات في روسيا، بحسب رويترز.",
			not:  []string{"russia"}},
		{id: "c54act-gaza-plain", title: "مقتل فلسطيني",
			text: "قتل فلسطيني وأصيب العشرات برصاص الجيش الإسرائيلي على الحدود في قطاع غزة.",
			want: []string{"israel"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestHashtagTokens pins hashtagMark: "#" and "_" part no words and set no
// gap, as a quote does not; other punctuation still does.
func TestHashtagTokens(t *testing.T) {
	toks := tokenize("", "هجمات في #روسيا و #الجيش_الإسرائيلي، ثم")
	var words []string
	for _, k := range toks {
		words = append(words, k.w)
	}
	want := []string{"هجمات", "في", "روسيا", "و", "الجيش", "الاسراييلي", "ثم"}
	if len(words) != len(want) {
		t.Fatalf("tokens %q, want %q", words, want)
	}
	for i, k := range toks[:6] {
		if k.w != want[i] {
			t.Errorf("token %d = %q, want %q", i, k.w, want[i])
		}
		if i > 0 && k.gap {
			t.Errorf("token %q has a gap before it", k.w)
		}
	}
	if !toks[6].gap {
		t.Errorf("token %q after a comma has no gap", toks[6].w)
	}
}

// TestBorderNotShotAt pins notShotAt's الحدود: a standing order to fire on
// the border is no attack on civilians (fails on main); fire at civilians
// still is (guard).
func TestBorderNotShotAt(t *testing.T) {
	f := Extract("قبل تظاهرة غزة.. إسرائيل تبقي أوامرها بشأن إطلاق النار",
		"حذرت إسرائيل، الخميس، من أنها ستبقي على الأوامر المعطاة إلى جنودها بإطلاق النار على الحدود مع قطاع غزة في حال حصول استفزازات.", time.Time{})
	hasNone(t, "fire orders event types", f.EventTypes, "attack-on-civilians")
	f = Extract("مقتل مدني", "أطلق مسلحون النار على مدنيين في قرية شمال البلاد مما أدى إلى مقتل ثلاثة منهم.", time.Time{})
	hasAll(t, "fire at civilians event types", f.EventTypes, "attack-on-civilians")
}

// TestYemenNationalArmyPutschists pins yemenWarStory (c54act2): a Yemen
// story that names the Houthis only as the putschists ("#الميليشيات
// الانقلابية") and a place of Yemen gives "الجيش الوطني" to the Yemeni
// government, as houthiStory does when the Houthis are named. With the
// hashtag read whole, "قوات #الجيش_الوطني استعادت السيطرة" was the SNA and
// its retaking a non-state takeover (the row fails without yemenWarStory). Guards: the SNA beside Turkey in
// Syria still takes ground as a non-state force, and the putschists' word
// with no place of Yemen (Turkey's coup) makes no Yemen story.
func TestYemenNationalArmyPutschists(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-603-20180325", title: "اليمن..الجيش الوطني يستعيد السيطرة على سوق الشريجة بتعز",
			text: "أفادت مصادر عسكرية ميدانية أن قوات #الجيش_الوطني استعادت السيطرة صباح الأحد على سوق منطقة الشريجة، أول مناطق جنوب شرق محافظة #تعز القريبة من #لحج بعد معارك عنيفة تمكنت خلالها قوات الجيش من دحر #الميليشيات الانقلابية من السلسلة الجبلية الفاصلة بين منطقتي كرش والشريجة.",
			want: []string{"government-regains-territory"}, not: []string{"non-state-actor-overtakes-territory"}},
		// Guards.
		{id: "c54act2-sna-syria", title: "الجيش الوطني يسيطر على قرية في عفرين",
			text: "سيطرت قوات الجيش الوطني السوري المدعوم من تركيا على قرية جديدة في منطقة عفرين بعد اشتباكات مع الوحدات الكردية.",
			not:  []string{"government-regains-territory"}},
		{id: "c54act2-turkey-coup", title: "تركيا تحاكم الانقلابيين",
			text: "قالت أنقرة إن قوات الجيش الوطني استعادت السيطرة على القاعدة الجوية من الانقلابيين في إسطنبول.",
			not:  []string{"government-regains-territory"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" event types", f.EventTypes, c.want...)
		hasNone(t, c.id+" event types", f.EventTypes, c.not...)
	}
}

// TestTrainedToAssassinate pins actAside's training words (c54act2): a
// budget "لتدريب فرقة متخصصة على اغتيال #زعيم_كوريا" is a plan, no one
// killed; once the hashtag no longer set a gap after the act, killActTold
// read the leader as its one victim (fails without the words). Guard: an
// assassination of the news still counts one.
func TestTrainedToAssassinate(t *testing.T) {
	f := Extract("المصير الأسود.. نهاية دامية لفرقة اغتيال ديكتاتور كوريا",
		"أدرجت كوريا الجنوبية في ديسمبر/كانون الأول الماضي ميزانية خاصة لتدريب فرقة متخصصة على اغتيال #زعيم_كوريا الشمالية، في حال اندلاع حرب في شبه الجزيرة الكورية.", time.Time{})
	if f.Killed != nil {
		t.Errorf("training to assassinate: killed %d, want none", *f.Killed)
	}
	f = Extract("اغتيال مسؤول أمني في عدن", "اغتال مسلحون مجهولون مسؤولا أمنيا في مدينة عدن صباح اليوم.", time.Time{})
	if f.Killed == nil || *f.Killed != 1 {
		t.Errorf("assassination of the news: killed %v, want 1", f.Killed)
	}
}
