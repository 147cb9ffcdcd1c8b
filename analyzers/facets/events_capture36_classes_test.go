package facets

import "testing"

// TestEventTypesCaptureTakers pins three ways a capture's taker is told:
// fighters named before the name of their group, the subject of a capture
// verb (fightersTook: "مقاتلي تنظيم داعش الإرهابي سيطروا"); a leader who
// announces the capture (announcingLeader: "إعلان الرئيس التركي ... عن
// السيطرة الكاملة"); and a title's present expel verb with the force it
// drives out named right after it (presentExpelWords: "داعش يطرد قوات
// النظام"، "تدحر المتمردين الحوثيين"). The want rows fail on main. Guards:
// a plan told by a verbal noun after fighters, a group's standing hold, a
// state expelling diplomats and an expel verb with a pronoun object.
func TestEventTypesCaptureTakers(t *testing.T) {
	checkTypes(t, []typeCase{
		{"ISIS fighters take a Damascus quarter", "SK-middleEast-428-20180320", `المرصد: داعش يطرد قوات النظام من حي دمشقي`,
			`أفاد المرصد السوري لحقوق الإنسان بإن مقاتلي تنظيم داعش الإرهابي سيطروا على حي القدم في العاصمة دمشق، بعد طرد قوات موالية للحكومة.
وسيطر مسحلو التنظيم على حي القدم، مساء الاثنين، بعد أسبوع من تسليم قوات تابعة للمعارضة السورية الحي الصغير لقوات النظام السوري.`,
			"2018-03-20 09:53", "non-state-actor-overtakes-territory", true},
		{"Turkey's president announces the taking of Afrin", "CN-middleEast-293-20180318", `شاهد.. الجيش السوري الحر يدخل عفرين`,
			`(CNN)-- هذا الفيديو يظهر دخول الجيش السوري الحر إلى المناطق السكنية بمدينة عفرين السورية، حيث قال الجيش السوري الحر إنه يسيطر على كل المدينة. يأتي هذا تزامناً مع إعلان الرئيس التركي رجب طيب أروغان، الأحد، عن “السيطرة الكاملة” على مركز مدينة عفرين السورية.`,
			"2018-03-18 10:23", "non-state-actor-overtakes-territory", true},
		{"the resistance drives the Houthis back, a title's present", "2015-07-21-1616", `المقاومة تتقدم بالعطيف وتدحر المتمردين الحوثيين`,
			` حققت المقاومة الشعبية في محافظة مأرب شرق اليمن اليوم تقدماً ملحوظاً في جبهة “العطيف” غرب المحافظة.
 وأكدت مصادر محلية أن المقاومة دحرت المتمردين الحوثيين وسيطرت على بعض مواقعهم في المنطقة .`,
			"2015-07-21 12:00", "government-regains-territory", true},
		{"fighters of the opposition take Afrin, told after an attack", "SK-internationalNews-449-20180319", `هجوم يستهدف السفارة التركية في كوبنهاغن`,
			`ووقع الهجوم بعد يوم من إعلان الرئيس التركي رجب طيب اردوغان أن مقاتلين من المعارضة السورية مدعومين من أنقرة سيطروا "بالكامل" على مركز مدينة عفرين ذات الغالبية الكردية شمالي سوريا.`,
			"2018-03-19 12:00", "non-state-actor-overtakes-territory", true},
		{"fighters' plan to retake the capital, a verbal noun", "2015-08-08-877", `المخلوع خطط لاستعادة صنعاء من الحوثي`,
			` في تزايد للخلافات بين عنصري التمرد في اليمن، جماعة الحوثي الانقلابية، وفلول الرئيس المخلوع علي عبدالله صالح، أقدمت قوات حوثية على اعتقال عدد من كبار ضباط الحرس الجمهوري الموالي للمخلوع، وقالت مصادر مطلعة إن الخطوة جاءت عقب تسرب أنباء عن مخطط يقوده بعض عناصر الحرس الجمهوري للانقلاب على المتمردين الحوثيين واستعادة العاصمة صنعاء، وطردهم منها، مشيرة إلى أن من ضمن المعتقلين ضابطان يحملان رتبة لواء.`,
			"2015-08-08 12:00", "government-regains-territory", false},
		{"al-Qaeda's standing hold on Mukalla since April", "2015-08-02-760", `القاعدة تستنفر عناصرها بالمكلا وساحل حضرموت`,
			` تشهد مدينة المكلا حاضرة محافظة حضرموت، جنوب شرقي اليمن، حالة من الاستنفار الأمني في صفوف مقاتلي تنظيم القاعدة، الذي يفرض سيطرته الكاملة على مدن ساحل حضرموت منذ مطلع أبريل الماضي.`,
			"2015-08-02 12:00", "non-state-actor-overtakes-territory", false},
		{"Russia expels British diplomats", "AL-internationalNews-508-20180317", `روسيا ترد بالمثل.. وتطرد 23 دبلوماسياً بريطانياً`,
			`أعلنت وزارة الخارجية الروسية، السبت، أنها ستطرد 23 دبلوماسياً بريطانياً، رداً على إجراء مماثل اتخذته لندن بعد تسميم العميل الروسي المزدوج السابق، سيرغي سكريبال وابنته في إنجلترا.`,
			"2018-03-17 12:08", "non-state-actor-overtakes-territory", false},
		{"a pledge to chase and drive them back, a pronoun object", "2015-08-10-157", `مقاومة تعز تكبد الحوثيين خسائر فادحة في الأرواح والعتاد`,
			` بدوره قال رئيس المجلس التنسيقي للمقاومة الشعبية بتعز، الشيخ حمود سعيد المخلافي، إن «المقاومة لن تتراجع عن معركتها، ورجال المقاومة وضعوا أرواحهم على أكفهم وسيلاحقونهم ويدحرونهم.. إنهم لن يدعوا القتال».`,
			"2015-08-10 12:00", "government-regains-territory", false},
	})
}

// TestEventTypesYemenEliteForces pins Yemen's Security Belt and its Hadrami
// and Shabwani elite forces as the government's side when they take ground
// from AQAP (govCue). The want rows fail on main. Guard: another state's
// elite forces.
func TestEventTypesYemenEliteForces(t *testing.T) {
	checkTypes(t, []typeCase{
		{"the Shabwani elite take a valley", "SK-middleEast-86-20180226", `"النخبة" تحقق تقدما جديدا في شبوة بإسناد إماراتي`,
			`سيطرت قوات النخبة الشبوانية، بإسناد من القوات الإماراتية المشاركة ضمن تحالف دعم الشرعية في اليمن، على وادي يشبم بمديرية الصعيد، في محافظة شبوة جنوبي اليمن.
ونقل مراسل "سكاي نيوز عربية" عن مصادر يمنية، الاثنين، قولها إن قوات النخبة سيطرت على وادي يشبم وتمركزت فيه، بعد فرار مسلحي تنظيم القاعدة الذين كانوا يتمركزون فيه منذ سنوات.`,
			"2018-02-26 11:19", "government-regains-territory", true},
		{"the Security Belt takes AQAP's second stronghold", "SK-middleEast-1585-20180510", `اليمن.. دحر القاعدة من ثاني أكبر معاقلها في أبين`,
			`بسطت قوات الحزام الأمني والتدخل السريع، بدعم من القوات المسلحة الإماراتية العاملة ضمن التحالف العربي، سيطرتها الكاملة على وادي عذبه، ثاني أكبر معقل لتنظيم القاعدة بمنطقة خبر المراقشة بمحافظة أبين جنوبي اليمن.`,
			"2018-05-10 12:00", "government-regains-territory", true},
		{"another state's elite forces (probe)", "probe-elite", `قوات النخبة الروسية تسيطر على بلدة`,
			`سيطرت قوات النخبة الروسية على بلدة في ريف حماة بعد معارك مع الفصائل.`,
			"2018-03-01 12:00", "government-regains-territory", false},
	})
}
