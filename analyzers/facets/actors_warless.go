package facets

// A foreign state's forces in a story of no war at all: "قررت وزارة
// الدفاع الأميركية (بنتاغون) تغيير اسم قيادتها العسكرية لمنطقة المحيط
// الهادئ"، "أعلنت وزارة الدفاع الأمريكية (البنتاغون) الجمعة فوز مجموعة
// لوكهيد مارتن ... بعقد"، "قررت وزارة الدفاع الأميركية منع أفراد الجيش
// الأميركي ... من استخدام خصائص تحديد المواقع على الهواتف الذكية". The
// gold guide codes a state only where the article is about its military
// role in the conflict; a ministry renaming a command, awarding a contract
// or ruling on its soldiers' phones takes part in no armed event (round
// 43's blind audit aud43d, SK-internationalNews-1880; holdout-34's gold
// codes no United States for the Pentagon cancelling Pakistan's aid). The
// drill, parade, crash, flood and migrant rules (actors_statedisaster.go)
// read such stories by their topic; this reads any topic, but only an
// article whose title and text name no fighting, no attack, no killing,
// no weapon fired, no terror, no detention, no war and neither Syria nor
// Iraq: one such word anywhere leaves the state to the other checks. The
// forces' own nouns (الجيش، القوات، عسكري) are no veto: they are the
// mention itself. Round 43's war43 landed it with a second set of vetoes
// (warlessConflictWords) for stories of conflict that name no fire, the
// class rows of earlier rounds, and with the state's bare name cut beside
// its forces.

// warlessVetoWords name war or harm anywhere in an article (see above);
// the sets they join are the attack verbs, the attack nouns, abduction and
// detention, captors, shelling, harm done, a mishap's vetoes (a downing,
// a spy flight: "سقوط طائرة تجسس إسرائيلية في بنت جبيل"), Syria and Iraq.
var warlessVetoWords = union(attackWords, abductionWords, attackOnWords, detentionWords, captorWords, shelledVerbs, harmWords, mishapVetoWords, syrianWords, iraqWords,
	wordList("هجوم هجوما الهجوم هجمات الهجمات اشتباك اشتباكات الاشتباكات معارك المعارك معركة المعركة قتال القتال رصاص الرصاص بالرصاص برصاص النار "+
		"طعن حرب الحرب الحروب حربا بالحرب للحرب إرهاب الإرهاب الإرهابيين الإرهابية إرهابية إرهابي إرهابيين الارهاب اعتقال قتل قتلت قتلوا قتلى القتلى مقتل قتيل يقتل قتلته قتلها قتلهم قتلتهم قتلتها يقتلون "+
		"اغتيال احتلال الاحتلال قذيفة قذائف صاروخ صاروخا صواريخ الصواريخ لغم ألغام إعدام العنف نزاع النزاع صراع الصراع غارة غارات الغارات ضربة ضربات الضربات "+
		"قصف القصف داعش طالبان القاعدة التحالف عملية العملية عمليات العمليات مواجهة مواجهات المواجهات الحصار إسقاط المسقطة اقتحام الاقتحام اقتحمت اقتحم مداهمة المداهمة مداهمات الشغب شغب هاجم هاجمت هاجموا يهاجم تهاجم حطموا تخريب تهديد تهديدات تهديدا النووي نووي النووية نووية "+
		"مناورات المناورات تدريبات التدريبات ضحايا الضحايا جرحى إصابة إصابات مصرع تحطم انفجار الانفجار تفجير متشددين المتشددين مسلحي"),
	warlessConflictWords)

// warlessConflictWords name what makes a story one of conflict though it
// names no fire or killing (round 43, war43: the class rows of earlier
// rounds): a state repressing or dispersing protesters ("محاولات الأمن قمع
// المحتجين"), a truce ("هدنة إنسانية أعلنتها روسيا"), a force funded or
// armed ("تمويل"، "تهريب الأسلحة"), a raid or an assault ("مداهمة"،
// "واعتدى عناصر الشرطة الإسرائيلية بالضرب"), a campaign or an
// intervention ("حملة عسكرية"، "مهمة التدخل في عفرين"، "عدم تدخل الطائرات
// الحربية الروسية"), militias ("تدخل الميلشيات الإيرانية"), harassment of
// another state's ship ("الحرس الثوري الإيراني يتحرش بسفينة"، "ورغم هذه
// المضايقات الطائشة"), a poisoning blamed on a state ("واقعة التسمم"),
// soldiers held by another state ("جنديين يونانيين معتقلين في تركيا") and
// shots fired in warning ("أطلقت البحرية الأميركية عيارات تحذيرية").
var warlessConflictWords = wordList("قمع القمع لقمع بقمع يقمع تقمع قمعت قمعوا تفريق لتفريق فرقت يفرق تفرق " +
	"هدنة الهدنة هدن تهدئة التهدئة " +
	"تمويل التمويل بتمويل يمول تمول مولت تسليح التسليح بتسليح يسلح تهريب التهريب أسلحة الأسلحة بالأسلحة سلاح السلاح بالسلاح " +
	"مداهمة المداهمة مداهمات المداهمات داهمت داهم داهموا تداهم يداهم عدوان العدوان اعتداء الاعتداء اعتداءات الاعتداءات اعتدى اعتدت اعتدوا بالضرب " +
	"حملة الحملة حملته حملتها حملات الحملات تدخل التدخل تدخلت يتدخل تتدخل بالتدخل تدخلها تدخله " +
	"ميليشيات الميليشيات مليشيات المليشيات ميلشيات الميلشيات ميليشيا الميليشيا مليشيا المليشيا " +
	"تحرش يتحرش تتحرش التحرش تحرشات تحرشت تحرشوا استفزاز استفزازات الاستفزازات مضايقة مضايقات " +
	"تسميم التسميم بتسميم تسمم التسمم للتسمم بالتسمم " +
	"معتقل معتقلين المعتقلين معتقلان معتقلون محتجزين المحتجزين توقيف " +
	"عيارات أعيرة طلقات الطلقات المضايقات")

// warlessState reports a strong name's state (a ministry, an army, a
// fleet: see above) in an article that no word of warlessVetoWords names,
// that no word says Syria or Syrian, and where every actor named is a
// foreign state. The state's bare name goes with it ("بسبب الهند.. أميركا
// تغير اسم قيادة عسكرية"), but only where the article also names its
// forces: a country's bare name alone is as often its government in a
// quarrel the golds code (Russia blamed for the Skripal poisoning). The
// article question is asked once (c.warless) and first, so that a
// mention of a war story costs one cue lookup.
func (l *lexicon) warlessState(toks []token, ms []mention, m mention, c *articleCues) bool {
	if c.aboutSyria || !once(&c.warless, func() bool { return l.warlessArticle(toks, ms, c) }) {
		return false
	}
	if !m.e.weak {
		return true
	}
	id := m.e.ids[0]
	for _, o := range ms {
		if o.e != nil && o.e.kind == kindActor && !o.e.weak && len(o.e.ids) > 0 && o.e.ids[0] == id {
			return true
		}
	}
	return false
}

// warlessArticle is warlessState's article question: no Syrian word, no
// actor but foreign states, no veto word.
func (l *lexicon) warlessArticle(toks []token, ms []mention, c *articleCues) bool {
	if once(&c.syrian, func() bool { return syrianWord(toks) }) {
		return false
	}
	for _, o := range ms {
		if o.e == nil || o.e.kind != kindActor || len(o.e.ids) == 0 {
			continue
		}
		if a := l.actors[o.e.ids[0]]; a == nil || a.kind != "external" {
			return false
		}
	}
	return !inArticleAny(toks, warlessVetoWords)
}
