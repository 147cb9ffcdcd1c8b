package facets

import "testing"

// Round-36 recall audit of event types (audrecallev36): a seeded sample of
// fresh war-titled corpus articles coded blind and compared with rasid's
// event types. Three gaps of the trigger lists: the exchange of fire told
// indefinite ("في تبادل إطلاق نار") and the plural verb "اشتبكوا" are
// clashes; two bombs told in the dual ("انفجرت عبوتان ناسفتان"، "بسيارتين
// مفخختين") are remote explosives; and Egypt's army word for a seizure,
// "التحفظ على", makes the bombs it lists found, not gone off. The want
// rows fail on main; the guards keep two bombs defused and the rules of
// engagement what they were.
func TestEventTypesAudit36Recall(t *testing.T) {
	checkTypes(t, []typeCase{
		{"an officer killed in an indefinite exchange of fire", "2015-08-10-223", "مقتل ضابط مصري في تبادل إطلاق نار مع عناصر إرهابية بمحافظة السويس",
			"لقي ضابط مصري مصرعه خلال تبادل إطلاق نار مع عناصر إرهابية بمحافظة السويس المصرية .",
			"2015-08-10 12:00", "armed-clash", true},
		{"a plotter killed in an exchange of fire", "AL-internationalNews-2006-20180721", "باكستان تقتل مدبر أسوأ تفجير انتحاري في تاريخها",
			"قتلت قوات الأمن في باكستان الجمعة العقل المدبر لأسوأ تفجير انتحاري على الإطلاق في تاريخ البلاد في تبادل إطلاق نار في إقليم بلوشستان في جنوب غرب البلاد، على ما قال مسؤولون.",
			"2018-07-21 12:00", "armed-clash", true},
		{"attackers who clashed with the government's forces", "SK-middleEast-3098-20180725", "\"عودة داعش\".. ماذا حدث في السويداء؟",
			"شن مسلحو داعش هجمات بالأسلحة على عدد من القرى بالريفين الشمالي والشرقي لمدينة السويداء حيث اشتبكوا مع القوات الحكومية.",
			"2018-07-25 12:00", "armed-clash", true},
		{"two roadside bombs went off", "FR-middleEast-533-20180525", "تفجير في بغداد يستهدف مقر الحزب الشيوعي حليف مقتدى الصدر",
			"انفجرت عبوتان ناسفتان الجمعة على بضعة أمتار من مقر الحزب الشيوعي العراقي في وسط العاصمة، وفق ما أكد متحدث باسم ائتلاف \"سائرون\".",
			"2018-05-25 12:00", "remote-explosive-landmine-ied", true},
		{"an attack with two car bombs", "2015-08-01-1157", "مقتل 9 جنود يمنيين في هجوم بسيارتين مفخختين في حضرموت",
			"قتل تسعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في وادي سر بوادي حضرموت جنوب شرق اليمن أمس.",
			"2015-08-01 12:00", "remote-explosive-landmine-ied", true},
		{"two bombs seized among rifles", "CN-middleEast-1442-20181008", "الجيش المصري يعلن تفاصيل البيان 28 للعملية \"سيناء 2018\"",
			"في ضربة استباقية لقوات الشرطة المدنية تم تنفيذ عمليات نوعية بواسطة عناصر الأمن الوطنى بالعريش أسفرت عن القضاء على (26) فردا تكفيريا شديد الخطورة والتحفظ على (10) بنادق آلية و (4) بندقية خرطوش وعبوتين ناسفتين.",
			"2018-10-08 12:00", "remote-explosive-landmine-ied", false},
		{"a terrorist done away with in an operation", "SK-middleEast-2052-20180530", "الجيش الجزائري يواصل \"تحييد\" الإرهابيين الخطيرين",
			"وقال الجيش في بيان له أن قوات تابعة له تمكنت خلال عملية عسكرية أمس الثلاثاء من القضاء على إرهابي في بلدية حمام ريغة بمنطقة عين الدفلى والاستيلاء على سلاح من نوع \"كلاشينكوف\" وكمية من الذخيرة.",
			"2018-05-30 12:00", "armed-clash", true},
		{"a riddance put off", "SK-middleEast-2129-20180603", "الجيش الليبي يتقدم في درنة",
			"وأكد المتحدث باسم الجيش الليبي أن حماية المدنيين والممتلكات العامة أولوية تؤخر القضاء على الإرهابيين.",
			"2018-06-03 12:00", "armed-clash", false},
		{"two bombs defused", "guard-defused-dual", "تفكيك عبوتين ناسفتين في بغداد",
			"تمكنت فرق الهندسة من تفكيك عبوتين ناسفتين زرعتا قرب سوق شعبي في بغداد.",
			"2018-05-25 12:00", "remote-explosive-landmine-ied", false},
		{"the rules of engagement", "guard-rules-engagement", "الجيش يعدل قواعد الاشتباك على الحدود",
			"قال وزير الدفاع إن الجيش عدل قواعد الاشتباك على الحدود الشمالية بعد مناقشات مع الحلفاء.",
			"2018-05-25 12:00", "armed-clash", false},
	})
}
